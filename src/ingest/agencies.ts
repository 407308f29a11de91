/** Agency names: find them in text, and bring every spelling to one canonical name. */
import { fold } from '../text/normalize';
import { remembered } from '../text/remember';
import { ABBREVIATIONS, AGENCIES, AGENCY_SHORTHANDS } from '../text/vocabulary';

// Each abbreviation as a pattern over the folded, de-punctuated text, compiled once.
const ABBREVIATION_PATTERNS: [RegExp, string][] = Object.entries({
  ...ABBREVIATIONS,
  ...AGENCY_SHORTHANDS,
}).flatMap(([abbr, full]) => {
  const a = fold(abbr)
    .replace(/[-–&,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return a.length >= 2
    ? [[new RegExp(` ${a.replace(/ /g, '\\s*')} `, 'g'), ` ${fold(full)} `] as [RegExp, string]]
    : [];
});

/** Folded form with punctuation ("-", "&", "?", …) and "và" evened out; abbreviations expanded. */
export function agencyKey(name: string): string {
  let s = ` ${fold(name).replace(/[^a-z0-9]+/g, ' ')} `;
  for (const [pattern, full] of ABBREVIATION_PATTERNS) s = s.replace(pattern, full);
  return s
    .replace(/\bva\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KNOWN = AGENCIES.flatMap((a) =>
  [a.name, ...a.aliases].map((alias) => ({ key: agencyKey(alias), name: a.name })),
)
  // Longest first, so "sở nông nghiệp và phát triển nông thôn" wins over a shorter alias.
  .sort((a, b) => b.key.length - a.key.length);

// Words after which a "Sở …" name has certainly ended.
const NAME_END =
  /\s+(?:chủ trì|phối hợp|là cơ quan|và các|tham mưu|triển khai|thực hiện|hướng dẫn|chỉ đạo|có trách nhiệm|căn cứ|theo dõi|tổng hợp|báo cáo|để|trong|tại|với|về|là|có|được|theo)(?![\p{L}]).*$/iu;

const canonicalName = remembered((spelling) => canonicalAgency(spelling).name);

/** Canonical names of every lead of a record, remembered per spelling (readers call it per question). */
export function leadNames(record: { leads: string[] }): string[] {
  return record.leads.map(canonicalName);
}

/** The canonical name for a spelling, or the spelling itself (trimmed) when it is not known. */
export function canonicalAgency(spelling: string): { name: string; known: boolean } {
  // A table cell may run on into a verb ("… chủ động xây dựng kế hoạch"): the name ends before it.
  const trimmed = spelling
    .replace(NAME_END, '')
    .replace(/[\s,.:;]+$/, '')
    .trim();
  const key = agencyKey(trimmed);
  const hit = KNOWN.find((k) => k.key === key) ?? actingFor(key) ?? nearlyKnown(key);
  return hit ? { name: hit.name, known: true } : { name: trimmed.replace(/\s+/g, ' '), known: false };
}

// The head of a body acts for it: "Chủ tịch UBND các huyện …", "Giám đốc Sở Y tế", "Thủ trưởng …".
const HEAD_TITLE = /^(?:chu tich|giam doc|thu truong|truong) /;

// Kinds of body listed together stand for all of them: "Sở, ngành liên quan", "sở, ban, ngành".
const KINDS_LISTED =
  /^(?:so|ban|nganh|co quan|don vi)(?: (?:so|ban|nganh|co quan|don vi|dia phuong))+(?: |$)/;

/**
 * A name that is a group ("các tổ chức chính trị - xã hội", "Sở, ngành liên quan") or a body's head ("Thủ
 * trưởng các ban, ngành"), not one body.
 */
export function groupOrHead(name: string): boolean {
  const key = agencyKey(name);
  return key.startsWith('cac ') || HEAD_TITLE.test(key) || KINDS_LISTED.test(key);
}

/** The body a head title stands for, when the rest is a known body ("Chủ tịch UBND các huyện" → UBND cấp huyện). */
function actingFor(key: string): (typeof KNOWN)[number] | undefined {
  if (!HEAD_TITLE.test(key)) return undefined;
  const body = key.replace(HEAD_TITLE, '');
  return KNOWN.find((k) => k.key === body) ?? nearlyKnown(body);
}

// Scraped plans misspell a long name by one letter ("thành phối"); a short one ("Sở Y tế") is never guessed,
// nor the first word, which says what kind of body it is: "Bộ Lao động …" is the ministry, not the Sở.
const NEAR_MIN = 20;

/** A known name one letter away (added, dropped or changed) from a long key, of the same kind of body. */
function nearlyKnown(key: string): (typeof KNOWN)[number] | undefined {
  if (key.length < NEAR_MIN) return undefined;
  const kind = key.split(' ')[0];
  return KNOWN.find(
    (k) =>
      Math.abs(k.key.length - key.length) <= 1 && k.key.split(' ')[0] === kind && oneEditApart(k.key, key),
  );
}

/** Whether `a` becomes `b` by one insertion, deletion or substitution. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length > b.length) return oneEditApart(b, a);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

// Where an agency's name starts; what follows runs to the next separator.
const AGENCY_HEAD =
  /(Sở [\p{Lu}](?:[^,;:()]|, Thể thao)*|Bảo hiểm xã hội (?:tỉnh|thành phố|Việt Nam)|Công an (?:tỉnh|thành phố)|Ban Dân tộc(?: tỉnh)?|Ban Quản lý [^,;:()]*|Cục Thống kê(?: tỉnh)?|(?:Chi nhánh )?Ngân hàng [Cc]hính sách xã hội(?: tỉnh)?|(?:Ủy ban|UB) ?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?(?: tỉnh)?|UBMTTQ(?: Việt Nam)?(?: tỉnh)?|(?:UBND|Ủy ban nhân dân) (?:các )?(?:huyện|quận)[^;:()]*?(?:thành phố|huyện)|Liên đoàn Lao động tỉnh|Tỉnh đoàn|Hội Liên hiệp Phụ nữ tỉnh|Hội Nông dân tỉnh|Hội Cựu chiến binh tỉnh|Văn phòng UBND tỉnh|Đài Phát thanh và Truyền hình[^,;:()]*|[Cc]ác sở, ban, ngành(?: có liên quan| cấp tỉnh)?)/gu;

/** Agencies named in `text`, in order, canonicalized: "Sở LĐTBXH chủ trì, phối hợp Sở Y tế" → both. */
export function findAgencies(text: string, spellings?: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(AGENCY_HEAD)) {
    let spelling = (m[1] ?? '').replace(NAME_END, '').trim();
    // "Sở Kế hoạch và Đầu tư, Sở Tài chính" is split by the regex already; trailing words are not.
    spelling = spelling.replace(/\s+(?:và|hoặc)$/u, '').trim();
    if (spelling.length < 5) continue;
    const { name } = canonicalAgency(spelling);
    if (spellings) spellings.set(name, (spellings.get(name) ?? new Set()).add(spelling));
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/**
 * Lead and partners of an assignment: "X chủ trì, phối hợp với Y, Z" → lead X, partners Y, Z;
 * "X: Chủ trì …" → lead X. Without "chủ trì", the first agency named leads.
 */
export function readAssignment(text: string): { lead: string | null; partners: string[] } {
  const f = fold(text);
  const colon = text.indexOf(':');
  const head = colon > 0 && colon < 160 ? text.slice(0, colon) : '';
  const chuTri = f.search(/chu\s*tri/);
  let leads = findAgencies(head);
  if (!leads.length && chuTri > 0) leads = findAgencies(text.slice(0, chuTri));
  const phoiHop = f.search(/phoi hop/);
  const partners = phoiHop >= 0 ? findAgencies(text.slice(phoiHop)) : [];
  // Without "chủ trì", the first agency named leads, unless it comes after "phối hợp (với)": then it is
  // a partner, and the lead is whoever the section assigns ("Chủ trì, phối hợp với các sở, ban, ngành…").
  const all = leads.length ? leads : findAgencies(phoiHop >= 0 ? text.slice(0, phoiHop) : text).slice(0, 1);
  const [lead = null, ...coLeads] = all;
  return { lead, partners: [...coLeads, ...partners.filter((p) => !all.includes(p))] };
}

/**
 * Bodies of one assignment as records carry them: `leads` and `partners` in the plan's words, and the
 * first lead's canonical name in `leadAgency`; every spelling is remembered under its canonical name.
 */
export function recordAgencies(
  a: { leads: string[]; partners: string[] },
  spellings: Map<string, Set<string>>,
): { leads: string[]; leadAgency: string | null; partners: string[] } {
  for (const spelling of [...a.leads, ...a.partners]) {
    const { name } = canonicalAgency(spelling);
    spellings.set(name, (spellings.get(name) ?? new Set()).add(spelling));
  }
  const first = a.leads[0];
  return { leads: a.leads, leadAgency: first ? canonicalAgency(first).name : null, partners: a.partners };
}
