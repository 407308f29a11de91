/** Agency names: find them in text, and bring every spelling to one canonical name. */
import { fold } from '../search/normalize';
import { ABBREVIATIONS, AGENCIES } from '../search/vocabulary';

/** Folded form with dashes, "&", commas and "và" evened out; abbreviations expanded. */
export function agencyKey(name: string): string {
  let s = ` ${fold(name).replace(/[-–&,.]/g, ' ')} `;
  for (const [abbr, full] of Object.entries(ABBREVIATIONS)) {
    const a = fold(abbr)
      .replace(/[-–&,.]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (a.length >= 2) s = s.replace(new RegExp(` ${a.replace(/ /g, '\\s*')} `, 'g'), ` ${fold(full)} `);
  }
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

/** The canonical name for a spelling, or the spelling itself (trimmed) when it is not known. */
export function canonicalAgency(spelling: string): { name: string; known: boolean } {
  const key = agencyKey(spelling);
  const hit = KNOWN.find((k) => k.key === key);
  return hit ? { name: hit.name, known: true } : { name: spelling.replace(/\s+/g, ' ').trim(), known: false };
}

// Where an agency's name starts; what follows runs to the next separator.
const AGENCY_HEAD =
  /(Sở [\p{Lu}](?:[^,;:()]|, Thể thao)*|Bảo hiểm xã hội (?:tỉnh|thành phố|Việt Nam)|Công an (?:tỉnh|thành phố)|Ban Dân tộc(?: tỉnh)?|Cục Thống kê(?: tỉnh)?|(?:Chi nhánh )?Ngân hàng [Cc]hính sách xã hội(?: tỉnh)?|(?:Ủy ban|UB) ?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?(?: tỉnh)?|UBMTTQ(?: Việt Nam)?(?: tỉnh)?|(?:UBND|Ủy ban nhân dân) (?:các )?(?:huyện|quận)[^;:()]*?(?:thành phố|huyện)|Liên đoàn Lao động tỉnh|Tỉnh đoàn|Hội Liên hiệp Phụ nữ tỉnh|Hội Nông dân tỉnh|Hội Cựu chiến binh tỉnh|Văn phòng UBND tỉnh|Đài Phát thanh và Truyền hình[^,;:()]*|Các sở, ban, ngành[^;:()]*)/gu;

// Words after which a "Sở …" name has certainly ended.
const NAME_END =
  /\s+(?:chủ trì|phối hợp|là cơ quan|và các|tham mưu|triển khai|thực hiện|hướng dẫn|chỉ đạo|có trách nhiệm|căn cứ|theo dõi|tổng hợp|báo cáo|để|trong|tại|với|về|là|có|được|theo)(?![\p{L}]).*$/iu;

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
  const all = leads.length ? leads : findAgencies(text).slice(0, 1);
  const [lead = null, ...coLeads] = all;
  return { lead, partners: [...coLeads, ...partners.filter((p) => !all.includes(p))] };
}
