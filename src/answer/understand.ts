/** Question understanding: province, plan, year, area, agency and intent, from the folded question. */
import { agencyKey } from '../ingest/agencies';
import type { Corpus } from '../schema/records';
import { detelex, fold, tokens } from '../text/normalize';
import { remembered } from '../text/remember';
import {
  AGENCIES,
  agencySpellings,
  INSURANCES,
  OTHER_BODIES,
  PROVINCE_ALIASES,
  PROVINCES,
} from '../text/vocabulary';
import { withoutAgency, withoutWords } from './agency-text';
import { cueMatcher, cueText } from './cue-match';
import {
  ALL_PROVINCES_CUES,
  DOCUMENT_KIND_WORDS,
  ENGLISH_WORDS,
  figuresAsked,
  INTENT_CUES,
  PLAN_FACT_CUES,
  putsForward,
  QUESTION_PHRASES,
  QUESTION_SPELLINGS,
  QUESTION_WORDS,
  ROLE_IN_PLAN,
  RUNS_THE_PLAN,
  SMALL_TALK,
  SMALL_TALK_FILLERS,
  whoAsked,
} from './cues';
import { spellInitials } from './initials';
import { spellOut } from './shorthand';
import type { Intent } from './types';

/** What the engine read from a question. */
export interface Question {
  raw: string;
  folded: string;
  /** Provinces of the corpus the question names, in order. */
  provinces: string[];
  /** A province the question names that no plan covers ("Điện Biên"). */
  missingProvince: string | null;
  /** Plan ids named by number ("kế hoạch 230", "KH 68"). */
  planIds: string[];
  years: number[];
  area: 'thành thị' | 'nông thôn' | null;
  /** Both areas named ("ở thành thị và ở nông thôn"): each area's row is wanted. */
  bothAreas: boolean;
  /** Canonical agency the question names ("sở y tế" → "Sở Y tế"). */
  agency: string | null;
  /** A body the question names that no plan in the data names ("Liên đoàn Lao động"), when `agency` is null. */
  unnamedBody: { name: string; sociopolitical?: boolean } | null;
  /**
   * A body the question asks to have confirmed as the lead ("có phải Sở LĐTBXH chủ trì không?"): not its
   * subject; the answer says who leads and whether that is this body. `agency` is then null.
   */
  claimed?: string;
  /**
   * The other bodies put forward with `claimed` as one list ("Sở Xây dựng, Sở NN&PTNT và Sở TN&MT cùng chủ trì
   * …, phải không?"): the claim is that they lead together.
   */
  claimedWith?: string[];
  /**
   * A body the question asks to have confirmed as a partner ("… thì MTTQ tỉnh có phối hợp không?", "… có phối
   * hợp với Sở GD&ĐT không?"): the answer says who leads and takes part, and whether this body does.
   */
  claimedPartner?: string;
  /**
   * A second body asked about beside `agency`, the two joined by "và" or a comma ("Sở KH&ĐT và Sở Tài chính làm
   * gì?"): each one's duties are the answer.
   */
  alsoAgency?: string;
  /** Two bodies the question asks to choose between ("Sở GDĐT hay Sở LĐTBXH lo?"); `agency` is then null. */
  choice?: [string, string];
  intent: Intent;
  /** Whether the question is about every province ("so sánh … các tỉnh"): no default province narrows it. */
  allProvinces: boolean;
  /** The topic: the question without province, year, plan number and question words. */
  topic: string;
  /**
   * Whether "may" in the folded question is "mấy" (how many) rather than "máy" ("bộ máy", "máy móc"): the
   * spelling decides when the question has diacritics, a phrase the plans use when it has none.
   */
  howMany: boolean;
}

const intentCues = INTENT_CUES.map(([intent, cues]) => [intent, cueMatcher(cues)] as const);
// A document's number asked right after its kind: "kế hoạch số mấy", "quyết định số bao nhiêu".
const DOCUMENT_NUMBER_ASKED =
  /\b(?:ke hoach|kh|quyet dinh|qd|nghi quyet|nq|chuong trinh|de an|van ban|cong van|chi thi) so (?:may|bao nhieu)\b/;
// "bên nào / nơi nào / tỉnh nào … cao hơn / thấp hơn / cao nhất": a comparison of figures.
const WHICH_SIDE_HIGHER =
  /\b(?:ben|noi|tinh|dia phuong) nao\b.*\b(?:cao|thap|nhieu|it|lon|nho) (?:hon|nhat)\b/;
// The plan's own facts, but for its period ("giai đoạn nào"), which a target also has.
const planMetaBesidesPeriod = cueMatcher(
  INTENT_CUES.flatMap(([intent, cues]) => (intent === 'plan_meta' ? cues : [])).filter(
    (c) => c !== 'giai doan nao',
  ),
);
const asksAllProvinces = cueMatcher(ALL_PROVINCES_CUES);
const asksPlanFact = cueMatcher(PLAN_FACT_CUES);
const smallTalkPhrases = Object.entries(SMALL_TALK).flatMap(([kind, phrases]) =>
  phrases.map((p) => ({ kind: kind as keyof typeof SMALL_TALK, words: p.split(' ') })),
);

// "Thế sở đó còn phải …?", "thế thì …", typed plain "the thi …": "thế" (so, then) opens a turn of a chat. Plain
// "the" alone stays: it may be "thẻ" ("the BHYT").
const TURN_OPENER = /^\s*(?:thế(?:\s+thì)?|the\s+thi)\s+(?=\p{L})/iu;

// "… có anh gọi tới phản ánh chuyện ngộ độc ở quán ăn và hỏi thành phố có đặt mục tiêu … không?": a question
// told as asked ("(và / rồi / muốn / xin) hỏi (là / rằng / xem)"), after at least three words of a story in the
// same sentence, starts a sentence of its own; only the written "hỏi" (unwritten, "hoi" may be "hội", as in "xã
// hội", "Hội Nông dân").
// ("… cho anh hỏi nhanh, …", "… cho tôi hỏi: …": a word on how it is asked, or a colon, may follow "hỏi".)
const REPORTED_QUESTION =
  /(?<=(?:^|[.?!]\s)\s*(?:[^.?!\s]+\s+){2,}[^.?!\s]+)\s+(?:(?:và|rồi|nên|thì|muốn|xin|cần|nhờ|gọi|điện|đến|tới|lại)\s+)*hỏi(?:\s+(?:là|rằng|xem|nhanh|chút|thử|giúp))?\s*[:,]?\s+(?=\p{L})/u;

/** A message with a question told as asked parted from the story before it: `REPORTED_QUESTION`. */
export const withReportedQuestionApart = (raw: string) => raw.replace(REPORTED_QUESTION, '. ');

// After the question, a sentence that only thanks ("Cảm ơn nhiều.") or says where the asker heard it ("thấy
// trên mạng ghi vậy", "nghe hàng xóm nói thế"): no part of what is asked. Not one that asks again.
const TAIL_AFTER_QUESTION =
  /(?<=\?)\s+(?:(?:(?:xin )?(?:cảm ơn|cám ơn|cam on)|thanks|thank you|tks)(?:\s+\S+){0,3}|(?:(?:tôi|toi|em|mình|minh|anh|chị|chi|cháu|chau)\s+)?(?:thấy|thay|nghe|đọc|doc)\s+[^?]*?)\s*[.!…]*\s*$/iu;
const ASKS_AGAIN = /(?<!\p{L})(?:bao nhiêu|bao nhieu|nào|nao|ai|gì|gi|khi nào|mấy|may)(?!\p{L})/iu;

/** A message without a sentence after its question that only thanks or says where the asker heard it. */
export function withoutTailAfterQuestion(raw: string): string {
  const tail = TAIL_AFTER_QUESTION.exec(raw);
  return tail && !ASKS_AGAIN.test(tail[0]) ? raw.slice(0, tail.index) : raw;
}

/**
 * The kind of small talk a message is, when it is nothing else: "cảm ơn bot nhé" → 'thanks',
 * "👋 chào bot" → 'greeting', "ok" → 'ack', "chào bot, tỷ lệ hộ nghèo?" → null.
 */
export function smallTalkKind(folded: string): keyof typeof SMALL_TALK | null {
  const ws = cueText(folded).split(' ').filter(Boolean);
  let kind: keyof typeof SMALL_TALK | null = null;
  for (let i = 0; i < ws.length; ) {
    // The longest phrase that starts here, else a filler word, else this is not small talk.
    const hit = smallTalkPhrases
      .filter((p) => p.words.every((w, j) => ws[i + j] === w))
      .sort((a, b) => b.words.length - a.words.length)[0];
    if (hit) {
      kind ??= hit.kind;
      i += hit.words.length;
    } else if (SMALL_TALK_FILLERS.has(ws[i] ?? '')) i++;
    else return null;
  }
  return kind;
}

/** Whether a question is written in English: no Vietnamese letters and two English-only words. */
export function isEnglish(raw: string): boolean {
  if (/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu.test(raw)) return false;
  const ws = raw.toLowerCase().split(/[^a-z']+/);
  return ws.filter((w) => ENGLISH_WORDS.has(w)).length >= 2;
}

/** Syllables of province names, which plans' records seldom spell out. */
const PLACE_SYLLABLES = new Set(PROVINCES.flatMap((p) => fold(p).split(/[^a-z]+/)));

const words = (s: string) => ` ${s.replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * "… trong kế hoạch chính sách xã hội 2021-2025", "kế hoạch chính sách xã hội của Đà Nẵng đặt …": the words
 * after "(trong/theo/của) kế hoạch (về)" that the plans' titles use say which plan, not what is asked about; they leave the topic (a duty that also
 * speaks of "chính sách xã hội" must not outrank the target asked for).
 */
export function withoutPlanTitle(topic: string, titleWords: ReadonlySet<string>): string {
  return topic.replace(
    // A plan named by its number is already a bar: "trong KH 91 về chính sách xã hội" → "trong | về …".
    /(?:^| )((?:trong|theo|cua|thuoc) )?(?:(?:ke hoach|kh)(?![a-z0-9])|\|(?= ve ))((?: [a-z0-9-]+)*)/g,
    (all, after: string | undefined, rest: string) => {
      const ws = rest.trim().split(' ').filter(Boolean);
      const from = ws[0] === 've' ? 1 : 0;
      let n = from;
      while (n < ws.length && (titleWords.has(ws[n] ?? '') || /^[\d-]+$/.test(ws[n] ?? ''))) n++;
      // Without "trong / theo / của", "kế hoạch …" names this plan only when all its words are the titles'
      // ("kế hoạch chính sách xã hội 2021-2025"); "Kế hoạch thực hiện Chương trình “Có việc làm”" is another.
      // "… nằm ở mục nào trong KH?": a plan named and nothing after it is this plan too.
      if (n === from ? !after || ws.length > from : !after && n < ws.length) return all;
      return ` |${ws
        .slice(n)
        .map((w) => ` ${w}`)
        .join('')}`;
    },
  );
}

/** Folded forms of province names and aliases, and agency keys, computed once per corpus. */
interface Lexicon {
  known: string[];
  places: { name: string; key: string }[];
  agencies: { name: string; key: string }[];
  /** Words of the plans' titles: "trong kế hoạch chính sách xã hội" names a plan, not a topic. */
  titleWords: Set<string>;
}
const lexicons = new WeakMap<Corpus, Lexicon>();

/** Words of the plans' titles (folded): words that name a plan, not what a question is about. */
export const titleWordsOf = (corpus: Corpus): ReadonlySet<string> => lexicon(corpus).titleWords;

/**
 * Two-syllable provinces as people shorten them, the first syllable to its initial ("Đ.Nai", "T.Hóa",
 * "Q.Ninh"): folded keys, those two provinces share left out ("H.Giang" is Hà Giang or Hậu Giang: neither).
 */
function initialled(provinces: readonly string[]): { name: string; key: string }[] {
  const short = provinces.flatMap((name) => {
    const syllables = fold(name)
      .split(/[^a-z]+/)
      .filter(Boolean);
    return syllables.length === 2 ? [{ name, key: words(`${syllables[0]?.[0]} ${syllables[1]}`) }] : [];
  });
  return short.filter((x) => short.filter((y) => y.key === x.key).length === 1);
}

/** A place's padded key as a topic may write it: its words apart or joined by a dot ("d.nai", "tp.hcm"). */
const spelledPlace = (key: string) => new RegExp(`(?<= )${key.trim().replace(/ /g, '[ .]+')}(?= )`, 'g');

function lexicon(corpus: Corpus): Lexicon {
  let lex = lexicons.get(corpus);
  if (!lex) {
    const known = [...new Set(corpus.plans.map((p) => p.plan.province))];
    const provinces = [...new Set([...known, ...PROVINCES])];
    const places = [
      ...provinces.map((name) => ({ name, key: words(fold(name)) })),
      ...Object.entries(PROVINCE_ALIASES).map(([alias, name]) => ({ name, key: words(fold(alias)) })),
      ...initialled(provinces),
    ];
    const names = [...new Set([...AGENCIES.map((a) => a.name), ...corpus.agencies.map((a) => a.name)])];
    const agencies = names.flatMap((name) =>
      agencySpellings(name).map((alias) => ({
        name,
        key: agencyKey(alias),
      })),
    );
    const titleWords = new Set(corpus.plans.flatMap((p) => fold(p.plan.title).split(/[^a-z0-9]+/)));
    lex = { known, places, agencies, titleWords };
    lexicons.set(corpus, lex);
  }
  return lex;
}

// The plans' record texts, folded and spaced, read only when a question names a province no plan covers.
const plainTexts = new WeakMap<Corpus, string>();
function plansText(corpus: Corpus): string {
  let text = plainTexts.get(corpus);
  if (text === undefined) {
    text = corpus.plans
      .flatMap((p) => [...p.tasks.map((t) => t.text), ...p.indicators.map((i) => i.source.quote)])
      .map((t) => words(fold(t)))
      .join('\n');
    plainTexts.set(corpus, text);
  }
  return text;
}

/**
 * Rule: a province's name inside a name the plans themselves write ("vùng tái định cư thủy điện Sơn La" in Lai
 * Châu's duties) is part of that name, not a province asked about: the word before it and the name, as the
 * question writes them, stand in a plan's text.
 */
function namedByPlans(text: string, at: number, key: string, corpus: Corpus): boolean {
  const before = text.slice(0, at).trim().split(' ').pop();
  return !!before && plansText(corpus).includes(` ${before}${key}`);
}

function provincesIn(folded: string, corpus: Corpus): { found: string[]; missing: string | null } {
  const { known, places } = lexicon(corpus);
  const text = words(folded);
  const hits: { name: string; at: number }[] = [];
  for (const { name, key } of places) {
    const at = text.indexOf(key);
    if (at < 0 || hits.some((h) => h.name === name)) continue;
    if (!known.includes(name) && namedByPlans(text, at, key, corpus)) continue;
    hits.push({ name, at });
  }
  hits.sort((a, b) => a.at - b.at);
  const found = hits.filter((h) => known.includes(h.name)).map((h) => h.name);
  const missing = hits.find((h) => !known.includes(h.name))?.name ?? null;
  return { found, missing };
}

/**
 * Names of places below the province the question writes ("Hạ Long", "Cẩm Phả", "Hai Chau"): a run of two or
 * more capitalised syllables that no plan uses together (no bigram of it is a phrase the plans use), and that is
 * no province or body. The plans are provincial: such a name narrows nothing and is no part of the topic. Folded.
 */
export function localitiesIn(raw: string, knownPhrase: (bigram: string) => boolean): string[] {
  const tokens = raw
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ({
      f: fold(word),
      capital: /^\p{Lu}\p{Ll}*$/u.test(word) && /^[a-z]+$/.test(fold(word)),
    }));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i]?.capital) {
      i++;
      continue;
    }
    let end = i;
    while (tokens[end + 1]?.capital) end++;
    const run = tokens.slice(i, end + 1).map((t) => t.f);
    const before = tokens[i - 1]?.f;
    const after = tokens[end + 1]?.f;
    i = end + 1;
    // A province's name in the run ("Hai Chau Da Nang") is the province, read as such elsewhere.
    const parts = PROVINCE_KEYS.reduce(
      (text, key) => text.replaceAll(key, ' | '),
      words(run.join(' ')),
    ).split('|');
    for (const [k, part] of parts.entries()) {
      const name = part.trim().split(' ').filter(Boolean);
      // A name that goes on into a phrase with the words around it ("Phó Chủ tịch") is part of that phrase.
      const joined =
        (k === 0 && before !== undefined && knownPhrase(`${before}_${name[0]}`)) ||
        (k === parts.length - 1 && after !== undefined && knownPhrase(`${name.at(-1)}_${after}`));
      // Words the plans use together ("Tỷ Lệ Hộ Nghèo", "Bảo Hiểm") are a question in capitals, no name.
      if (!joined && name.length >= 2 && name.every((w, n) => n === 0 || !knownPhrase(`${name[n - 1]}_${w}`)))
        out.push(name.join(' '));
    }
  }
  return out;
}

// Every province's folded name, padded: "Hai Chau Da Nang" holds " da nang ".
const PROVINCE_KEYS = [...new Set([...PROVINCES, ...Object.keys(PROVINCE_ALIASES)])].map((p) =>
  words(fold(p)),
);

// The place after an insurance's name that makes it the body running it: "BHXH tỉnh", "BHXH Việt Nam".
const INSURER_PLACE = '(?:tinh|thanh pho|viet nam|huyen|quan|thi xa)';

// An insurance named as what a policy, a fund or a share is of ("chính sách BHXH bắt buộc", "tham gia BHXH"), not
// as the body that runs it ("BHXH tỉnh", "BHXH làm gì?").
const INSURANCE_IN_CONTEXT = new RegExp(
  ` (?:chinh sach|che do|tham gia|dong|quy|luat|the|ty le|doi tuong|he thong|cai cach|phat trien|bao phu|huong) (bao hiem (?:xa hoi|y te|that nghiep))(?= (?!${INSURER_PLACE} ))`,
  'g',
);

// A question's words as bodies' names are keyed ("so ld tb xh" → "so lao dong thuong binh xa hoi"): several
// readers of one question need them, so the last few are kept.
const bodyWords = remembered((folded: string) => words(agencyKey(folded)), 4);

// An insurance by its kind ("BHXH bắt buộc", "BHXH tự nguyện", "BHYT toàn dân") is the scheme, never the body.
const INSURANCE_OF_KIND = / (bao hiem (?:xa hoi|y te|that nghiep))(?= (?:bat buoc|tu nguyen|toan dan)\b)/g;

function agencyIn(folded: string, corpus: Corpus): string | null {
  const joined = (m: string, name: string) => m.replace(name, name.replace(/ /g, '_'));
  const text = bodyWords(folded).replace(INSURANCE_IN_CONTEXT, joined).replace(INSURANCE_OF_KIND, joined);
  const { agencies } = lexicon(corpus);
  // The longest name wins, but a body named as such beats a group ("Sở Xây dựng … phối hợp với các cơ quan
  // liên quan": the question is about Sở Xây dựng).
  // A body named as the one worked with or sent to ("… phối hợp với Sở LĐTBXH", "gửi … cho Sở Tài chính") is
  // not the question's subject when another body is named too.
  const object = (key: string) =>
    /(?:^| )(?:voi|cung|cho|toi|qua) $/.test(text.slice(0, text.indexOf(` ${key} `) + 1));
  const weight = (key: string) =>
    key.length + (/^(?:cac|nhung) /.test(key) ? 0 : 1000) + (object(key) ? 0 : 10000);
  let best: { name: string; len: number } | null = null;
  for (const { name, key } of agencies) {
    if (key.length > 4 && text.includes(` ${key} `) && (!best || weight(key) > best.len))
      best = { name, len: weight(key) };
  }
  if (best) return best.name;
  // "sở lao động" names the first agency whose name starts with it (longest prefix first). ("tổng số lao động",
  // "chỉ số …", "con số …": "số" after these words is a number, as folded "số" and "sở" are alike.)
  const m = /(?<! (?:tong|chi|con|ty|ti)) so ((?:[a-z]+ ){1,3})/.exec(text);
  const typed = m?.[1]?.trim().split(' ') ?? [];
  // ("chuyển đổi số KH 10": "số", then a plan by its number, names no body.)
  if (/^\d/.test(text.slice((m?.index ?? 0) + 4).split(' ')[typed.length] ?? '')) return null;
  for (let n = typed.length; n >= 1; n--) {
    const start = `so ${typed.slice(0, n).join(' ')}`;
    if (/^so (nao|bao|may|lieu)\b/.test(start)) break;
    // (Whole words: "số xã" is no start of "sở xây dựng".)
    const hit = agencies.find((a) => `${a.key} `.startsWith(`${start} `) && start.length >= 5);
    if (hit) return hit.name;
  }
  return null;
}

// "Ban Dân tộc tỉnh (nay là Sở Dân tộc và Tôn giáo)": the body asked about is the one named; what took it over since
// is a gloss, and the plans give their duties to the body by its name then.
const SUCCESSOR_GLOSS =
  /\((?:nay|gio|bay gio|hien nay|hien|tu 2025) (?:la|da la|thanh|da thanh|thuoc|da nhap vao)\b[^)]*\)/g;

/**
 * "ngoài Sở LĐTBXH ra (thì) còn cơ quan nào …?", "ngoài các sở ngành và UBND huyện, những sở nào …?",
 * "ngoài Sở LĐTBXH thì/còn …": the words from "ngoài" to the "ra", comma, "thì" or "còn" that closes them, when
 * they name a body, left out of what is asked (the question is who else); null when there is no such span. (From
 * the last "ngoài" before them: "ngoại ngữ" folds to "ngoai ngu".)
 */
export function besidesBody(folded: string, corpus: Corpus): string | null {
  const m = /\bngoai ((?:(?!\bngoai\b).){2,80}?)(?: ra\b|,| thi\b| con\b)/.exec(folded);
  return m && agencyIn(m[1] as string, corpus) ? m[0] : null;
}

// "NQ 34/", "quyết định số 1983/": the first part of a document's number stands before a year.
const NUMBER_BEFORE_YEAR = new RegExp(`(?:${DOCUMENT_KIND_WORDS}) (?:so )?\\d+\\/$`);

// "Quận Hải Châu", "huyện Mường Tè", "thị xã Bỉm Sơn": one district, by its name (capitalised, as written).
const NAMED_DISTRICT =
  /(?:^|[\s,(])(?:[Qq]uận|[Hh]uyện|[Tt]hị xã)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})/u;

// "ubnd huyen muong te", "uy ban nhan dan thi xa quang yen": one district by name after its UBND (not "các").
const NAMED_DISTRICT_UBND =
  /\b(?:ubnd|uy ban nhan dan) (?:quan|huyen|thi xa) (?!(?:cac|nhung|minh|em|toi|do|nay|ngheo)\b)([a-z]+(?: [a-z]+){0,2})/;

/**
 * The district level's body for a question about one district by name ("Quận Hải Châu cần làm gì …?"): the
 * plans give their duties to the districts together ("UBND các quận, huyện"). Null when none is named, or the
 * name is a province's.
 */
function districtBodyIn(raw: string, corpus: Corpus): string | null {
  // (Typed without capitals or marks, "ubnd thi xa quang yen": the district's UBND named by "UBND" before it.)
  const name = NAMED_DISTRICT.exec(raw)?.[1] ?? NAMED_DISTRICT_UBND.exec(fold(raw))?.[1];
  if (!name || provincesIn(fold(name), corpus).found.length) return null;
  return agencyIn('ubnd cac huyen', corpus);
}

// Verbs by which a question puts a body forward as the one in charge.
// ("theo dõi": the tables' "Cơ quan chủ trì theo dõi, đánh giá".)
const CLAIM_VERB =
  '(?:chu tri|phu trach|thuc hien|dam nhiem|dam nhan|duoc giao|lam dau moi|chiu trach nhiem|tham muu|theo doi)';
// "… có phải (là) (do) X chủ trì … không?", "có đúng là X chủ trì … không?": X is all that stands between.
// Put forward this way, a body is also claimed by the everyday verbs "làm", "lo", "quản lý" ("có phải Sở Y tế
// lo không?"; "theo dõi" is one of CLAIM_VERB's); after it ("X có phải làm … không?") "phải" is "must", and they ask about X's duty instead.
// "Có phải X là cơ quan thường trực / chủ trì … không?": the role named after the body.
const CLAIM_ASKED = new RegExp(
  `\\b(?:co phai|co dung la|dung la) (?:la |do |la do )*(?!(?:la )?(?:co quan |don vi )?(?:dau moi|thuong truc)\\b)(.{2,80}?) (?:la (?:co quan|don vi) (?:(?:dau moi|thuong truc)\\b|(?=${CLAIM_VERB}))|${CLAIM_VERB}|lam|lo|quan ly)\\b.*\\b(?:khong|ko)\\b`,
);
// "X có phải (là) chủ trì … không?", "… do X chủ trì, phải không / đúng không?": X is among the words before.
// ("X có phải là cơ quan tham mưu … không?": the role named by the body that holds it.)
const CLAIM_BEFORE = new RegExp(
  `^(.{2,160}?) co phai (?:la )?(?:(?:(?:co quan|don vi)(?: dau moi)? )?${CLAIM_VERB}|(?:(?:co quan|don vi) )?(?:dau moi|thuong truc))\\b.*\\b(?:khong|ko)\\b`,
);
// "Sở GD&ĐT có được giao việc kiểm định … không?": the body the duty is said to be given to.
// (Not "… có được phân công nhiệm vụ gì / nhiệm vụ riêng không?": that asks for the body's duties; nor "… có
// được giao phối hợp … không?": a partner put forward.)
const CLAIM_GIVEN =
  /^(.{2,160}?) co (?:duoc giao|duoc phan cong|nhan)\b(?! (?:phoi hop|tham gia|nhiem vu (?:rieng|cu the|nao|gi)|viec (?:gi|nao))\b)(?:(?! (?:gi|nao|nhung gi)\b).)*\b(?:khong|ko)\s*(?:\?|[.!]*$)/;
const CLAIM_TAGGED = new RegExp(`^(.{2,160}?) ${CLAIM_VERB}\\b.*\\b(?:phai|dung) (?:khong|ko|chua)\\b`);
// "việc … là Sở Tài chính lo đúng không?": a body put forward as the doer by an everyday verb ("lo", "làm", "quản lý"),
// right after "là".
const CLAIM_DOER = /\bla (?:do )?(.{2,80}?) (?:lo|lam|quan ly)\b.{0,20}?\b(?:phai|dung) (?:khong|ko|k)\b/;
// "Vậy là Sở LĐTBXH à?", "tức là BHXH tỉnh hả?": a body put forward with no verb, after a question of who.
const CLAIM_BARE =
  /^(?:(?:vay|the|tuc|nghia)(?: thi)? )?la (.{2,80}?)\s*(?:\b(?:a|ha|ak|ah|nhi|u|phai khong|dung khong))?\s*(?:[?.!]|$)/;

// "… là nhiệm vụ của / thuộc trách nhiệm của Sở X (phải / đúng) không?": a duty said to be the body's.
const CLAIM_DUTY_OF =
  /\b(?:la|thuoc) (?:nhiem vu|trach nhiem|viec|phan viec)(?: cua)? (.{2,80}?),? (?:(?:phai|dung) (?:khong|ko|k|chu)|(?:a|ha|ak|ah|u))\s*(?:\?|[.!]*\s*$)/;

// "… chỉ / mỗi / riêng Sở LĐTBXH (lo) thôi à?": a body put forward as the only one, closing what asks (a
// follow-up's subject may come after its "?").
const CLAIM_ONLY =
  /\b(?:chi|moi|rieng)(?: co)? (.{2,80}?) (?:(?:lo|lam|chu tri) )?thoi\b(?: (?:a|ha|ak|ah|u|sao|phai khong|dung khong))?\s*(?:\?|[.!]*\s*$)/;

// "Sở LĐTBXH chủ trì chỉ tiêu này à?", "chỉ tiêu đó do BHXH tỉnh chủ trì hả?": a body and its verb, closed by a
// particle that asks for confirmation, with no question word asking something else ("… những gì à?"); a
// follow-up's subject may come after its "?".
const CLAIM_PARTICLE = new RegExp(
  `^(.{2,160}?) (?:${CLAIM_VERB}|lo)\\b(?:(?! (?:nao|gi|ai|bao nhieu|nhung|may)\\b).){0,60}?\\s(?:a|ha|ak|ah|u)\\s*(?:\\?|[.!]*$)`,
);

// A role named before the body put forward: "cơ quan chủ trì thực hiện kế hoạch …", "cơ quan thường trực (theo dõi
// thực hiện kế hoạch) …" — the standing body is a role too.
const ROLE_NAMED = `\\b(?:co quan|don vi|so|nganh)(?: dau moi)? (?:${CLAIM_VERB}|thuong truc)\\b.{0,80}?`;
const CLAIM_AFTER_ASKED = new RegExp(
  `${ROLE_NAMED} co phai (?:la )?(.{2,80}?) (?:khong|ko)\\s*(?:\\?|[.!]*$)`,
);
const CLAIM_AFTER = new RegExp(`${ROLE_NAMED} la (.{2,80}?),? (?:dung|phai) (?:khong|ko)\\b`);

// "Sở LĐ-TB&XH là cơ quan đầu mối đôn đốc, kiểm tra các sở ngành và UBND huyện …, đúng không?": the body that
// holds the role, not a body named after it (those the role is over).
// ("Sở Y tế là nơi tổng hợp báo cáo định kỳ …, đúng không?": the body that sums up the reports.)
// ("… Sở LĐTBXH là nơi giải ngân vốn vay này à?": any role, closed by a tag or a particle that asks to confirm.)
const CLAIM_ROLE_HELD =
  /^(.{2,240}?) la (?:co quan|don vi|noi|ben) (?!(?:nao|gi)\b)(?:(?!\b(?:nao|gi|ai|bao nhieu)\b).)*?(?:\b(?:phai|dung) (?:khong|ko|k)\b|\s(?:a|ha|ak|ah|u)\s*(?:\?|[.!]*\s*$))/;

// "(Tỉnh / KH …) giao (cho) X <làm gì> …, đúng không?": the body the duty is said to be given to.
const CLAIM_GIVEN_TO = /\bgiao (?:cho )?(.{2,200}?)\s*,?\s*(?:dung|phai) (?:khong|ko|k)\b/;
// "Có phải Lai Châu giao Sở Tài chính giải ngân vốn vay … không?": the same, asked with "có phải … không".
const CLAIM_GIVEN_ASKED = /\bco phai\b.*?\bgiao (?:cho )?(.{2,200}?)\s*(?:khong|ko|k)\s*(?:\?|[.!]*\s*$)/;

// ("… không, hay sở nào?": the other answer invited.)
const CLAIM_ALONE =
  /^(?:(?:vay|the|the thi|vay thi) )?(?:co phai|co dung|dung) (?:la |do |la do )*(.{2,80}?)\s+(?:khong|ko)(?:,? hay (?:la )?(?:(?:so|co quan|don vi|ben|nganh) nao|ai)(?: khac)?)?\s*(?:\?|[.!]*\s*$)/;

// The asker's own province or city: "tỉnh mình", "thành phố mình", "tp nhà", "tỉnh ta".
const OWN_PLACE = /\b(?:tinh|thanh pho|tp) (?:minh|nha|ta)\b/;

/** The body `words` name when they name it and nothing else ("sở lđtbxh", not "sở lđtbxh chủ trì nước sạch"). */
function bodyAlone(words: string | undefined, corpus: Corpus): string | null {
  const body = words ? agencyIn(words, corpus) : null;
  return words && body && !withoutAgency(words, body).replace(/[^a-z0-9]/g, '') ? body : null;
}

/**
 * The body a question asks to have confirmed as the one in charge, and the words that name it (empty when
 * they are among other words): "… có phải do Hội Liên hiệp Phụ nữ tỉnh chủ trì không? Nếu không thì cơ quan
 * nào?" → Hội LHPN. Null when what is put forward names no body ("có phải thực hiện hằng năm không?").
 */
export function claimIn(folded: string, corpus: Corpus): { name: string; words: string } | null {
  const put = CLAIM_ASKED.exec(folded)?.[1];
  if (put) {
    // A body no plan names counts only here, where it is the whole of what is put forward.
    const body = agencyIn(put, corpus) ?? unnamedBodyIn(put, corpus)?.name;
    if (body) return { name: body, words: put };
  }
  const bare = CLAIM_BARE.exec(folded)?.[1];
  const named = bare ? agencyIn(bare, corpus) : null;
  if (named) return { name: named, words: bare ?? '' };
  // "ai chủ trì vậy, mỗi Sở LĐTBXH thôi hả?": a body put forward as the only one.
  // (Its words leave the subject with "chỉ … thôi" around them.)
  const sole = CLAIM_ONLY.exec(folded);
  const soleBody = bodyAlone(sole?.[1], corpus);
  if (sole && soleBody) return { name: soleBody, words: sole[0].replace(/[?.!\s]+$/, '') };
  // "thẩm định các khoản viện trợ … là nhiệm vụ của Sở Ngoại vụ phải không?": the duty said to be a body's.
  const dutyOf = CLAIM_DUTY_OF.exec(folded)?.[1];
  const holder = bodyAlone(dutyOf, corpus);
  if (dutyOf && holder) return { name: holder, words: dutyOf };
  // "có phải Sở GD&ĐT không?": a body and nothing else put forward, no verb needed.
  const alone = CLAIM_ALONE.exec(folded)?.[1];
  const only = bodyAlone(alone, corpus);
  if (alone && only) return { name: only, words: alone };
  // "cơ quan chủ trì thực hiện kế hoạch là Sở LĐTBXH đúng không?", "… có phải Sở KH&ĐT không?": the body named
  // after the role.
  const after = (CLAIM_AFTER.exec(folded) ?? CLAIM_AFTER_ASKED.exec(folded))?.[1];
  const then = after ? agencyIn(after, corpus) : null;
  if (then) return { name: then, words: '' };
  // "Tỉnh giao Sở TT&TT đôn đốc tiến độ các chỉ tiêu …, đúng ko?": the body right after "giao", whatever the verb.
  const given = (CLAIM_GIVEN_TO.exec(folded) ?? CLAIM_GIVEN_ASKED.exec(folded))?.[1];
  const to = given ? firstBody(given, corpus) : null;
  if (to) return { name: to, words: '' };
  const before = (CLAIM_BEFORE.exec(folded) ??
    CLAIM_ROLE_HELD.exec(folded) ??
    CLAIM_TAGGED.exec(folded) ??
    CLAIM_DOER.exec(folded) ??
    CLAIM_PARTICLE.exec(folded) ??
    CLAIM_GIVEN.exec(folded))?.[1];
  // (With the words that named it, which leave the subject: "… là Sở Lao động TBXH chủ trì hả?")
  return before ? nearestBodyNamed(before, corpus) : null;
}

/**
 * A second body named beside `first`, the two joined by "và" or a comma with nothing between ("Sở Kế hoạch và
 * Đầu tư và Sở Tài chính", "Sở KH&ĐT, Sở Tài chính"); null when there is none, or it is worked with or sent to.
 */
function secondBodyIn(folded: string, first: string, corpus: Corpus): string | null {
  const text = bodyWords(folded);
  const { agencies } = lexicon(corpus);
  const keys = agencies.filter((a) => a.name === first).map((a) => a.key);
  const at = keys
    .map((k) => ({ k, i: text.indexOf(` ${k} `) }))
    .filter((x) => x.i >= 0)
    .sort((a, b) => a.i - b.i)[0];
  if (!at) return null;
  // (The key drops "và" and commas: the two names stand side by side.)
  const after = text.slice(at.i + at.k.length + 1);
  const joined = /^ (?:cung )?(.+)$/.exec(after)?.[1];
  if (!joined) return null;
  const second = agencies
    .filter((a) => a.key.length > 4 && a.name !== first && ` ${joined}`.startsWith(` ${a.key} `))
    .sort((a, b) => b.key.length - a.key.length)[0];
  return second && !/^(?:cac|nhung) /.test(second.key) ? second.name : null;
}

/**
 * The bodies named as one list with the body a claim puts forward, side by side but for commas and "và" ("Sở
 * Xây dựng, Sở NN&PTNT và Sở TN&MT cùng chủ trì …?"), in order; [claimed] when it stands alone.
 */
export function claimedList(folded: string, claimed: string, corpus: Corpus): string[] {
  const text = bodyWords(folded);
  const mentions: { name: string; at: number; end: number }[] = [];
  for (const a of lexicon(corpus).agencies) {
    if (a.key.length <= 4 || /^(?:cac|nhung) /.test(a.key)) continue;
    for (let i = text.indexOf(` ${a.key} `); i >= 0; i = text.indexOf(` ${a.key} `, i + 1))
      mentions.push({ name: a.name, at: i, end: i + a.key.length + 1 });
  }
  // The longest name at each place; none inside another.
  mentions.sort((a, b) => a.at - b.at || b.end - a.end);
  const names = mentions.filter((m, i) => !mentions.slice(0, i).some((o) => o.at <= m.at && m.end <= o.end));
  const own = names.findIndex((m) => m.name === claimed);
  if (own < 0) return [claimed];
  let from = own;
  while (from > 0 && names[from - 1]?.end === names[from]?.at) from--;
  let to = own;
  while (to + 1 < names.length && names[to]?.end === names[to + 1]?.at) to++;
  return [...new Set(names.slice(from, to + 1).map((m) => m.name))];
}

/** The body named at the start of `words`: the longest name of one that they open with. */
function firstBody(words: string, corpus: Corpus): string | null {
  const text = ` ${agencyKey(words)} `;
  return (
    lexicon(corpus)
      .agencies.filter((a) => a.key.length > 2 && text.startsWith(` ${a.key} `))
      .sort((a, b) => b.key.length - a.key.length)[0]?.name ?? null
  );
}

/**
 * The body named last in `words`, the one next to the verb that follows them: "Chính sách BHXH, BHYT ở Đà Nẵng
 * chỉ có Sở Y tế (chủ trì)" puts Sở Y tế forward; "BHXH" there is the insurance the duty is about.
 */
function nearestBody(words: string, corpus: Corpus): string | null {
  return nearestBodyNamed(words, corpus)?.name ?? null;
}

/** `nearestBody`, with the words that named it ("so lao dong tbxh"). */
function nearestBodyNamed(words: string, corpus: Corpus): { name: string; words: string } | null {
  const ws = words.split(' ');
  for (let n = 1; n <= ws.length; n++) {
    const named = ws.slice(-n).join(' ');
    const body = agencyIn(named, corpus);
    if (body) return { name: body, words: named };
  }
  return null;
}

// "… có phối hợp với Sở GD&ĐT (trong việc này) không?": the body after "với", what the duty is about aside.
const PARTNER_CLAIM_WITH =
  /\bco (?:cung )?phoi hop (?:voi )?(.{2,80}?)(?: (?:trong|de|ve|khi|o|tai)\b.{0,80}?)? (?:khong|ko|k)\s*(?:\?|[.!]*$)/;
// "… thì MTTQ tỉnh có phối hợp không?", "Hội Nông dân có tham gia không?": the body right before the verb.
// (A follow-up's subject may come after its "?".)
const PARTNER_CLAIM_BEFORE =
  /^(.{2,160}?) co (?:cung )?(?:phoi hop|tham gia)\s*(?:khong|ko|k)\s*(?:\?|[.!]*$)/;
// "Sở GD&ĐT có được giao phối hợp theo dõi không?": the body given a part.
const PARTNER_CLAIM_GIVEN =
  /^(.{2,160}?) co duoc (?:giao|de nghi|phan cong) (?:phoi hop|tham gia)\b(?:(?! (?:gi|nao|nhung gi)\b).)*\b(?:khong|ko)\s*(?:\?|[.!]*$)/;

/**
 * The body a question asks to have confirmed as a partner: "… có phối hợp với Sở GD&ĐT không?" → Sở GD&ĐT,
 * "… thì MTTQ tỉnh có phối hợp không?" → the Front. Null when none is put forward that way.
 */
export function partnerClaimIn(folded: string, corpus: Corpus): string | null {
  const put = PARTNER_CLAIM_WITH.exec(folded)?.[1];
  const withBody = put ? agencyIn(put, corpus) : null;
  if (withBody) return withBody;
  const before = (PARTNER_CLAIM_BEFORE.exec(folded) ?? PARTNER_CLAIM_GIVEN.exec(folded))?.[1];
  return before ? nearestBody(before, corpus) : null;
}

// "… thì SGD hay SLĐ lo?", "Sở Y tế hay BHXH tỉnh chủ trì …?": a choice between two bodies.
const CHOICE = new RegExp(
  `^(.{2,160}?) (?:hay la|hay|hoac la|hoac) (.{2,80}?) (?:lo|${CLAIM_VERB.slice(3, -1)})\\b`,
);

// "… giao ai chủ trì …: Ngân hàng Chính sách xã hội hay Sở Tài chính?": who asked first, the two bodies offered last.
const CHOICE_AFTER_WHO =
  /(?:^|[:,;—–-] ?)([^:,;]{2,80}?) (?:hay la|hay|hoac la|hoac) ([^:,;?]{2,80}?)\s*[?.!]*\s*$/;

/** The two bodies a question asks to choose between, as canonical names; null unless both are bodies. */
export function choiceIn(folded: string, corpus: Corpus): [string, string] | null {
  const m = CHOICE.exec(folded) ?? (whoAsked(folded) > 0 ? CHOICE_AFTER_WHO.exec(folded) : null);
  const first = m?.[1] ? agencyIn(m[1].split(/\s+/).slice(-8).join(' '), corpus) : null;
  const second = m?.[2] ? agencyIn(m[2], corpus) : null;
  return first && second && first !== second ? [first, second] : null;
}

/** A body from OTHER_BODIES the question names, unless some plan in the corpus names it too. */
export function unnamedBodyIn(
  folded: string,
  corpus: Corpus,
): { name: string; sociopolitical?: boolean } | null {
  const text = bodyWords(folded);
  const body = OTHER_BODIES.find((b) => text.includes(` ${b.key} `));
  if (!body) return null;
  return corpusWords(corpus).includes(` ${body.key} `) ? null : body;
}

const corpusTexts = new WeakMap<Corpus, string>();
/** Every record's words and every agency name of the corpus, folded, once per corpus. */
function corpusWords(corpus: Corpus): string {
  let all = corpusTexts.get(corpus);
  if (all === undefined) {
    const parts: string[] = corpus.agencies.flatMap((a) => [a.name, ...a.aliases]);
    for (const p of corpus.plans) {
      for (const t of p.tasks) parts.push(t.text, ...t.leads, ...t.partners);
      for (const i of p.indicators) parts.push(i.name, ...i.leads, ...i.partners);
    }
    all = words(agencyKey(fold(parts.join(' . '))));
    corpusTexts.set(corpus, all);
  }
  return all;
}

/** A plan named by its number, folded: "kh 68", "ke hoach so 767", "kh 10/kh-ubnd" (the number captured). */
export const PLAN_NUMBER = /\b(?:ke hoach|kh)\s*(?:so\s*)?(\d{1,4})(?:\s*\/\s*[a-z]+(?:-[a-z]+)?)?/g;
// "kế hoạch (chính sách xã hội) thực hiện Kết luận 92", "KH triển khai NQ 42-NQ/TW": a plan by the document it
// carries out.
// (Not another body's plan, "Kế hoạch của Tỉnh ủy thực hiện NQ 42", which is a document the plan cites.)
const PLAN_BY_BASIS =
  /\b(?:ke hoach|kh)(?: (?!tinh uy|thanh uy|ban |bo |chinh phu|dang bo|trung uong)\S+){0,4}? (?:thuc hien|trien khai) (?:ket luan|nghi quyet|quyet dinh|kl|nq|qd)(?: so)? ?\d+(?:[-/][a-z]+)*/g;
/** A plan named by its number with the word that brings it ("theo KH 91"): "theo" alone is no topic word. */
const PLAN_NAMED = new RegExp(`(?:\\b(?:trong|theo|cua|thuoc)\\s+)?${PLAN_NUMBER.source}`, 'g');

// An insurance named on its own ("tham gia BHXH"), not as the body that runs it ("BHXH tỉnh").
// (Spelled out too: "chính sách bảo hiểm xã hội" is the insurance, whoever "BHXH tỉnh" is.)
const INSURANCE_ABBRS = [...Object.keys(INSURANCES), ...Object.values(INSURANCES)].map(fold);
const INSURANCE_ALONE = new RegExp(`\\b(${INSURANCE_ABBRS.join('|')})\\b(?! ${INSURER_PLACE})`, 'g');
const INSURANCE_KEPT = new RegExp(`qq(${INSURANCE_ABBRS.join('|')})qq`, 'g');

/**
 * The topic without a body put forward or offered as a choice, in any of its spellings — but an insurance named
 * on its own stays: "tỷ lệ lao động tham gia BHXH thì BHXH tỉnh hay Sở LĐTBXH chủ trì?" is still about BHXH.
 */
export function withoutBody(topic: string, body: string): string {
  const kept = topic.replace(INSURANCE_ALONE, 'qq$1qq');
  return withoutAgency(kept, body).replace(INSURANCE_KEPT, '$1');
}

// Words that join a phrase to the rest of a question ("được đi học", "cần luật sư", "ở Đồng Nai").
const RESTATED_STOP = new Set('duoc la co thi cua o cho ve can muon cac nhung va hay bi phai'.split(' '));

/**
 * A question that restates its own words in parentheses, as the plans' term ("luật sư miễn phí (trợ giúp pháp
 * lý)"), is about that term: the parenthesis stands in for as many words before it, when the plans (`plansSay`,
 * their folded words) use the term and not the words. Not a figure, a list or a reference in parentheses
 * ("(trên 95% dân số)", "(4G, internet)", "(mục 5.11)"), nor one or two words ("lao động nữ (phụ nữ)"; an
 * abbreviation spelled out is read already).
 */
export function restated(folded: string, plansSay: string): string {
  const said = (phrase: string) => plansSay.includes(` ${phrase} `);
  return folded.replace(
    /((?:[a-z]+ )+)\(([a-z]+(?: [a-z]+){2,})\)/g,
    (all, before: string, inner: string) => {
      const ws = before.trim().split(' ');
      // As many words back as the parenthesis has, not past a word that joins the phrase to the rest ("được đi
      // học", "cần luật sư …", "ở Đồng Nai").
      let from = ws.length;
      while (from > 0 && ws.length - from < inner.split(' ').length && !RESTATED_STOP.has(ws[from - 1] ?? ''))
        from--;
      if (from === ws.length || from === 0) return all;
      // Only the plans' own term for words they never use: "(chỉ tiêu riêng của tỉnh)" after "dân có BHYT" is a
      // column asked, "(đt thông minh)" after "smartphone" a gloss in the asker's words.
      if (!said(inner) || said(ws.slice(from).join(' '))) return all;
      return `${ws.slice(0, from).join(' ')} ${inner} `;
    },
  );
}

/** Reads a question against the corpus it will be answered from. */
/**
 * Whether a topic names nothing but the plan and who runs it: "cơ quan thường trực kế hoạch 230", "cơ quan nào
 * chủ trì thực hiện kế hoạch 767?".
 */
export const namesOnlyThePlan = (topic: string) =>
  namesNothingBut(
    topic,
    // ("… giữ / đóng / đảm nhận vai trò thường trực", "làm đầu mối": holding the role, said another way.)
    /\b(?:target|ke hoach|kh|nay|ca|toan bo|co quan|thuong truc|dau moi|chu tri|thuc hien|trien khai|to chuc|cua|giao|cho|theo|la|ai|nao|dung|phai|giu|dong|dam nhan|dam nhiem|vai tro|lam)\b/g,
  );

/** Whether a topic holds nothing but the `words` (a global pattern) and punctuation: no subject of its own. */
export const namesNothingBut = (topic: string, words: RegExp) => !/[a-z0-9]/.test(topic.replace(words, ''));

/** The areas folded text names, as whole words: "thanh thiếu niên" is no "thành thị". */
export function areasIn(folded: string): { urban: boolean; rural: boolean } {
  return { urban: URBAN.test(folded), rural: RURAL.test(folded) };
}
// "nông thôn" as an area; not the programme "(xây dựng) Nông thôn mới", named after the countryside. (Folded,
// "mới" is also "mỗi": "nông thôn mỗi năm / mỗi nơi / mỗi bên" still names the area.)
const RURAL = /\bnong thon\b(?! moi\b(?! (?:nam|noi|ben|phan|khu|nguoi|ho|thang|xa|huyen|cho)\b))/;
// "thành thị", "đô thị" as an area; not a kind of project or policy named after towns ("khu đô thị", "phát
// triển đô thị", "quy hoạch đô thị", "đô thị hóa"), nor "đó thì sao?" typed or folded alike.
const URBAN =
  /(?<!\b(?:khu|phat trien|quy hoach|chinh trang) )\b(?:thanh thi|do thi(?! (?:sao|the nao|ra sao)\b))\b(?! hoa\b)/;

// A sentence that asks: a question word, or "không" / "chưa" closing a yes-or-no question.
const ASKS = /\b(?:bao nhieu|nao|ai|gi|the nao|ra sao|bao gio|khi nao|o dau|may)\b|\b(?:khong|chua|ko)\s*$/;

// The asker opening on themselves or their own: "tôi …", "mình …", "mẹ tôi …", "nhà em …" (not the "tới" of
// "hướng tới", nor "tội phạm": only at the clause's start).
const OWN_SITUATION =
  /^(?:(?:me|bo|cha|con|vo|chong|nha|gia dinh|ong|ba|anh|chi|em gai|em trai|chau) )?(?:toi|minh|chung toi)\b|^(?:nha|me|bo|con|gia dinh) em\b/;

/**
 * A first sentence cut where the asker stops telling their situation: "mẹ tôi khuyết tật nặng ở Đà Nẵng, mức
 * chuẩn trợ giúp xã hội … thông qua tại nghị quyết nào?" → the two clauses; the whole sentence when its first
 * clause says nothing of the asker.
 */
function situationClauses(sentence: string): string[] {
  const cut = sentence.indexOf(', ');
  if (cut < 0 || !OWN_SITUATION.test(sentence.slice(0, cut))) return [sentence];
  return [sentence.slice(0, cut + 1), sentence.slice(cut + 2)];
}

// "anh đang làm báo cáo ngành giáo dục: …", "tôi là cán bộ xã: …": the asker saying who they are or what they do,
// before a colon.
const ASKER_BEFORE_COLON =
  /^(?:(?:anh|chi|em|chau|toi|minh|chung toi|chung em)(?: (?:cung|hien|vua|moi|dang))? (?:la|lam|dang|o|cong tac|phu trach|duoc giao|can|viet))\b[^:]*$/;

// "… giao cấp huyện chúng tôi …", "sở em": what is asked names the asker's own body, which the words before say.
const ASKERS_BODY =
  /\b(?:chung toi|chung em|(?:so|don vi|co quan|phong|ban|xa|huyen|nganh) (?:toi|em|minh))\b/;

/**
 * A sentence cut after the asker's own words before a colon: "anh đang làm báo cáo …: kế hoạch … bao nhiêu?";
 * not when what follows names the asker's own body.
 */
function askerClauses(sentence: string): string[] {
  const cut = sentence.indexOf(': ');
  if (cut < 0 || !ASKER_BEFORE_COLON.test(sentence.slice(0, cut)) || ASKERS_BODY.test(sentence.slice(cut)))
    return [sentence];
  return [`${sentence.slice(0, cut)}.`, sentence.slice(cut + 2)];
}

// ("… bao nhiêu % hộ như vậy được hưởng trợ cấp?": the asker's own situation, just told, pointed at.)
// ("trên" points back only after a verb of saying or before what is asked of it, not as "trên 1 vạn dân", "trên
// địa bàn"; "nay" not as a time word: "hiện nay", "năm nay". "Cụ thể là dưới bao nhiêu ca?" opening what asks
// details what was just told.)
const POINTS_BACK_TO_TOLD =
  /^cu the\b|\b(?<!\b(?:hien|nam|hom|ngay|bay|dao) )(?:nay|ay)\b|\b(?:neu|o|noi|ke|nhu|de cap|noi den) tren\b|\btren(?= *(?:[?.,!]|$| (?:la|thi|do|co|duoc|can|se|bao|ai|nao|giao|chu tri)\b))|\b(?:muc tieu|chi tieu|viec|nhiem vu|chuong trinh|noi dung|van de|linh vuc|mang|de an|chinh sach) do\b|\bnhu (?:vay|the)\b|\bcon so\b/;

// Question words of two syllables: a phrase ending in the first ("nghe bảo") is not one when the second
// follows ("đào tạo nghề bao nhiêu người").
const TWO_SYLLABLE_QUESTION_WORDS = new Set(['bao nhieu', 'bao gio', 'bao lau', 'the nao', 'khi nao']);
const startsQuestionWord = (phrase: string, after: string) =>
  TWO_SYLLABLE_QUESTION_WORDS.has(`${phrase.slice(phrase.lastIndexOf(' ') + 1)} ${after.split(' ')[0]}`);

/** `text` (spaced at both ends) with each of `QUESTION_PHRASES` that stands whole put as `by`, in their order. */
function withoutQuestionPhrases(text: string, by: string): string {
  let out = text;
  for (const phrase of QUESTION_PHRASES) {
    if (!out.includes(` ${phrase} `)) continue;
    const parts = out.split(` ${phrase} `);
    out = parts.reduce((acc, part, i) =>
      i === 0 ? part : startsQuestionWord(phrase, part) ? `${acc} ${phrase} ${part}` : `${acc}${by}${part}`,
    );
  }
  return out;
}

// Words that name no subject of their own in an asking sentence ("Chỉ tiêu địa phương của Đồng Nai cho năm 2025 là
// bao nhiêu?" asks of what was told).
const NO_SUBJECT = new Set('chi tieu muc tieu cua nam tinh thanh pho theo trong dia phuong'.split(' '));

/**
 * The sentences of a message that ask, when others only tell ("Em gái tôi bị lừa bán sang Trung Quốc, nay đã
 * về quê. Kế hoạch nói nạn nhân mua bán người được hỗ trợ thế nào?"), and a first clause telling the asker's own
 * situation ("mẹ tôi khuyết tật nặng ở Đà Nẵng, …"): what they say is no part of what is asked about. When any
 * sentence ends in "?", those ask; otherwise the ones holding a question word. The whole message when the first
 * sentence asks or none does. When what asks points back ("… chủ trì mục tiêu này?") or names no subject of its
 * own ("Tôi hỏi về BHYT học sinh. Tỷ lệ là bao nhiêu?", "Chỉ tiêu của Đồng Nai năm 2025 là bao nhiêu?" — `places`:
 * the provinces named, folded), the whole message, less the sentences introducing the asker when another told
 * sentence stays.
 */
export function askedPart(folded: string, places: readonly string[] = []): string {
  const joined = askingSentences(folded);
  if (joined === null) return folded;
  // "Tôi mới nhận công tác ở Ban Dân tộc tỉnh. Theo KH 767 thì cơ quan nào chủ trì thực hiện Kế hoạch?": who
  // runs the plan itself is a whole question, however few its words.
  if (RUNS_THE_PLAN.test(joined)) return joined;
  // "… giao sở nào chủ trì mục tiêu này?": the question points back at what was told.
  if (POINTS_BACK_TO_TOLD.test(joined)) return nearestTold(folded, joined);
  const placeWords = new Set(places.flatMap((p) => p.split(' ')));
  // ("… có mục tiêu gì về hộ nghèo …?": "về" names the subject, however few its words.)
  return subjectWords(joined, placeWords).length >= 4 || ABOUT_NAMED.test(joined)
    ? joined
    : withoutSelfIntroduction(folded, joined);
}

// "(mục tiêu / chỉ tiêu / nhiệm vụ) gì về X": the subject named after "về" (not a pointer, "về đâu", "về quê").
const ABOUT_NAMED =
  /\b(?:gi|nao|nhung gi) (?:ve|doi voi) (?!(?:viec|van de|noi dung) (?:nay|do|tren)\b|(?:nay|do|tren|dau|que)\b)[a-z]+ [a-z]+/;

/** The words of a sentence that name a subject: not question words, words naming none, nor the places named. */
function subjectWords(sentence: string, placeWords: ReadonlySet<string> = new Set()): string[] {
  return withoutQuestionPhrases(` ${cueText(sentence)} `, ' ')
    .split(' ')
    .filter((w) => /[a-z]/.test(w) && !QUESTION_WORDS.has(w) && !NO_SUBJECT.has(w) && !placeWords.has(w));
}

// "Tôi là nghiên cứu viên …", "Em đang làm bài tập …": a sentence saying who the asker is or what they are doing.
const SELF_INTRODUCTION =
  /^(?:toi|em|minh|chung toi|chung em)(?: (?:cung|hien|vua|moi|dang))? (?:la|lam|dang|nghien cuu|cong tac|phu trach|duoc giao|muon|can|viet|tong hop|ra soat|so sanh)\b/;

/**
 * "Tôi nghiên cứu về tín dụng vi mô …. Phụ lục II … có một dòng về …. Cơ quan nào chủ trì dòng nhiệm vụ đó?": what
 * the asking part points back at is what the message tells, not who the asker is; sentences introducing the
 * asker go when another told sentence stays.
 */
function withoutSelfIntroduction(folded: string, asking: string): string {
  if (!folded.endsWith(asking)) return folded;
  const told = folded.slice(0, folded.length - asking.length);
  const sentences = told.split(/(?<=[.!?])\s+/).filter((x) => /[a-z]/.test(x));
  const kept = sentences.filter((x) => !SELF_INTRODUCTION.test(x.trim()));
  return kept.length && kept.length < sentences.length ? `${kept.join(' ')} ${asking}` : folded;
}

/**
 * What "việc này", "chỉ tiêu đó" points back at: of several told sentences, the one right before what asks, when
 * it names a subject of its own ("Nhà mẹ tôi là gia đình có công …, mái nhà dột nát. Tôi nghe nói tỉnh sẽ hỗ trợ
 * người có công làm nhà, sửa nhà. … sở nào chủ trì việc này?" points at the support, not at the roof); else the
 * told sentences less those introducing the asker (`withoutSelfIntroduction`).
 */
function nearestTold(folded: string, asking: string): string {
  const whole = withoutSelfIntroduction(folded, asking);
  if (!whole.endsWith(asking)) return whole;
  const told = whole
    .slice(0, whole.length - asking.length)
    .split(/(?<=[.!?])\s+/)
    .filter((x) => /[a-z]/.test(x));
  const last = told.at(-1) ?? '';
  return told.length >= 2 && subjectWords(last).length >= 4 ? `${last} ${asking}` : whole;
}

/** The sentences of a message from the first that asks, when others before it only tell; null otherwise. */
function askingSentences(folded: string): string | null {
  // Sentences, and before them clauses of the asker's own situation ("mẹ tôi khuyết tật nặng ở Đà Nẵng, …").
  const sentences = folded.split(/(?<=[.!?])\s+/).filter((x) => /[a-z]/.test(x));
  const pieces = sentences.flatMap((x, i) => (i === 0 ? situationClauses(x) : [x])).flatMap(askerClauses);
  if (pieces.length < 2) return null;
  // Only what stands before the first sentence that asks is told: what follows it may be the subject
  // ("… chủ trì không? <the subject>", as a follow-up is put together) or a second question.
  // A sentence ending in "?" asks; without any, one holding a question word ("nước máy" holds "máy").
  const marked = pieces.some((x) => /\?\s*$/.test(x));
  const asks = (x: string) => (marked ? /\?\s*$/.test(x) : ASKS.test(x.replace(/[.!,]+\s*$/, '')));
  const first = pieces.findIndex(asks);
  return first <= 0 ? null : pieces.slice(first).join(' ');
}

// "… đúng vậy không?", "phải thế không?", "đúng vậy chứ?": a claim's tag with a filler between its two words.
const TAG_WITH_FILLER =
  /(?<!\p{L})(đúng|phải|dung|phai) (?:vậy|thế|vay|the|như vậy|như thế|nhu vay|nhu the) (không|khong|ko|k|chứ|chu)(?!\p{L})/giu;

/** A question with its claim's tag as "đúng không" ("… đúng vậy không?"): the filler adds nothing to the claim. */
export const withPlainTag = (raw: string) => raw.replace(TAG_WITH_FILLER, '$1 $2');

const PRESENT_DAY =
  /\b(?:hom nay|bay gio|hien nay|hien tai|(?:den |tai )?thoi diem(?: nay)?)(?: (?:la|da la))?(?: ngay)? ?\(?(?:\d{1,2} ?\/ ?){1,2}(?:(?:19|20)\d{2})? ?\)?(?: roi)?/g;

/** The plans a question names by number: "KH 230", "kế hoạch số 91". */
function plansNumbered(folded: string, corpus: Corpus): Corpus['plans'] {
  const plans: Corpus['plans'] = [];
  for (const m of folded.matchAll(/\b(?:ke hoach|kh)\s*(?:so\s*)?(\d{1,4})\b/g)) {
    for (const p of corpus.plans)
      if (p.plan.number.split('/')[0] === m[1] && !plans.includes(p)) plans.push(p);
  }
  return plans;
}

/**
 * A claim's own words, once its body is out: "… là cơ quan chủ trì …" leaves "cơ quan" alone in a part, and
 * "… đúng không?" leaves "đúng" (its "không" is a question word) — neither is what the claim is about
 * ("đúng hạn", "cơ quan hành chính" stay: each is a phrase with the next word).
 */
export const withoutClaimWords = (topic: string) =>
  topic.replace(/(^|\|)\s*(?:la )?co quan\s*(?=\||$)/g, '$1').replace(/\s+dung\s*(?=\||$)/g, ' ');

/**
 * Words about where and how the plan writes what is asked, which no record holds: "… nêu chỉ tiêu … ở những chỗ
 * nào, mỗi chỗ ghi con số bao nhiêu?" asks the target itself. ("nêu", "ghi", "(ở) đâu", "(chỗ) cho" go only
 * standing alone in a part: "ghi nhận" stays.)
 */
export const withoutWhereWritten = (topic: string) =>
  topic
    .replace(
      /\b(?:o )?(?:nhung |cac )?cho nao\b|\b(?:moi|may|hai|ca hai) cho\b|\b(?:ghi |neu )?con so\b/g,
      ' | ',
    )
    .replace(/(^|\|)\s*(?:neu|ghi|nam|viet|cho|dau)\s*(?=\||$)/g, '$1');

/** A topic with each run of separators made one " | ", none at its ends. */
const tidyTopic = (topic: string) => topic.replace(/(\s*\|\s*)+/g, ' | ').replace(/^[\s|,]+|[\s|,]+$/g, '');

// A body (or group of bodies) made to issue something by a day: "… các huyện … ban hành … trước ngày nào?".
// ("hạn chót để UBND các huyện ban hành kế hoạch …" asks it the other way round.)
const BODY_ISSUES_BY =
  /\b(?:ubnd|uy ban nhan dan|so|cac so|nganh|huyen|quan|xa|dia phuong|don vi)\b.*\b(?:ban hanh|xay dung)\b.*\b(?:truoc ngay|han (?:chot|cuoi)?|thoi han)\b|\b(?:han chot|han cuoi|thoi han)\b.*\b(?:ubnd|uy ban nhan dan|so|cac so|nganh|huyen|quan|xa|dia phuong|don vi)\b.*\b(?:ban hanh|xay dung)\b/;

export function understand(
  asked: string,
  corpus: Corpus,
  phrases?: (bigram: string) => boolean,
  chatProvince?: string,
): Question {
  const raw = withReportedQuestionApart(
    withoutTailAfterQuestion(withPlainTag(asked).replace(TURN_OPENER, '')),
  );
  // Without the corpus's phrases every word is unknown: nothing is then taken for a place's name.
  const knownPhrase = phrases ?? (() => false);
  // "ĐN (Đồng Nai)", "ĐN" beside "KH 230" or in a chat about Đồng Nai is Đồng Nai: the provinces the question
  // names in full, those of the plans it names by number, then the chat's, decide a shorthand with two readings.
  const context = [
    ...provincesIn(fold(raw), corpus).found,
    ...plansNumbered(fold(raw), corpus).map((p) => p.plan.province),
    ...(chatProvince ? [chatProvince] : []),
  ].map(fold);
  // Words the plans never use but that read as a plan word once Telex keys are dropped ("bhyt quangr ninh").
  const folded = spellInitials(spellOut(fold(raw), context).replace(/\s+/g, ' ').trim(), corpus)
    .split(' ')
    .map((w) => {
      const isWord = (x: string) => knownPhrase(tokens(x)[0] ?? x) || PLACE_SYLLABLES.has(x);
      if (!/^[a-z]{3,}$/.test(w) || isWord(w)) return w;
      const plain = detelex(w);
      return plain !== w && isWord(plain) ? plain : w;
    })
    .join(' ');
  const named = provincesIn(folded, corpus);
  const { missing } = named;
  // "tỉnh mình đặt bao nhiêu? So với Lai Châu thì …": the asker's own province (the chat's) is asked beside the
  // one named.
  const found =
    chatProvince && named.found.length && !named.found.includes(chatProvince) && OWN_PLACE.test(folded)
      ? [chatProvince, ...named.found]
      : named.found;
  const asking = askedPart(folded, found.map(fold));
  const planIds = plansNumbered(folded, corpus).map((p) => p.plan.id);
  // "bây giờ 2026 rồi", "năm nay (là) 2026": the asker's present, not a year asked about.
  // A document's number ("QĐ 1983/QĐ-TTg", "NQ 34/2021") is no year asked about either.
  const stated = [...folded.matchAll(/\b(?:19|20)\d{2}\b/g)].filter(
    (m) =>
      // ("hôm nay 2/12/2026", "bây giờ (12/2026)", "đến thời điểm 2/12/2026": the present as a day.)
      !/\b(?:bay gio|hien (?:tai|nay|gio)|nam nay|nay|thoi diem)(?: (?:la|da|dang|da la))?(?: nam| ngay)?(?: ?\(?(?:\d{1,2} ?\/ ?){1,2})? ?$/.test(
        folded.slice(0, m.index),
      ) &&
      !/^\/\s*[a-z]/.test(folded.slice((m.index ?? 0) + 4)) &&
      !NUMBER_BEFORE_YEAR.test(folded.slice(0, m.index)),
  );
  // "đến 2030 giảm … so với năm 2020": the baseline a target is measured from, before the year it is set for,
  // is not asked about ("năm 2025 so với năm 2030" compares two years asked).
  const latest = Math.max(...stated.map((m) => Number(m[0])));
  // "Lai Châu đặt chỉ tiêu cho cả hai mốc 2025 và 2030. Đến năm 2030, … bao nhiêu %?": the years of the sentences
  // that ask, when they name any, are those asked about; a year only told is context.
  const askedYears = new Set(
    asking === folded ? [] : [...asking.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])),
  );
  const years = stated
    .filter((m) => !(/\bso voi(?: nam)? $/.test(folded.slice(0, m.index)) && Number(m[0]) < latest))
    .map((m) => Number(m[0]))
    .filter((y) => !askedYears.size || askedYears.has(y));
  // "giai đoạn 2021-2025" asks about the end of the period.
  const range = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/.exec(folded);
  // ("Theo kế hoạch 2021-2025 … đến hết năm nào phải có 100% số xã …?": when the year itself is asked, the range
  // is the plan's period, no year asked.)
  const yearAsked = /\b(?:nam nao|khi nao|bao gio|luc nao)\b/.test(asking);
  const targetYears = range
    ? years.filter((y) => y !== Number(range[1]) && !(yearAsked && y === Number(range[2])))
    : years;
  // Both areas named ("thành thị với nông thôn") asks for both: no one area is preferred.
  const { urban, rural } = areasIn(folded);
  const area = urban && !rural ? 'thành thị' : rural && !urban ? 'nông thôn' : null;
  // (What only tells — "Mình đang làm bảng so sánh theo từng mốc năm." — asks for no province.)
  const allProvinces = asksAllProvinces(asking);
  // "trợ giúp pháp lý cho người nghèo … sở nào chủ trì?" opens with "trợ giúp" and is no request for help:
  // a question that names a province or asks which/how much is about the plans.
  const substantive =
    cueText(folded).split(' ').length > 4 && (found.length > 0 || /\b(?:nao|bao nhieu|ai)\b/.test(folded));
  // What a message only tells before it asks ("cán bộ xã nói tỉnh có giao chỉ tiêu. … bao nhiêu % số xã …?") says
  // nothing of what kind of answer is wanted: the sentences that ask decide it.
  const first = intentCues.find(([intent, test]) => !(intent === 'help' && substantive) && test(asking))?.[0];
  // "… giảm bao nhiêu mỗi năm, trong giai đoạn nào?": a figure and its period, which the target's own words
  // give; the plan's period is asked only when nothing else is.
  const cued =
    first === 'plan_meta' &&
    /\bbao nhieu\b(?<!\b(?:ngay|hom) bao nhieu)(?<!\b(?:ky|ban hanh)(?: vao)? nam bao nhieu)/.test(asking) &&
    !planMetaBesidesPeriod(asking)
      ? 'target'
      : // "… Lai Châu với Đà Nẵng bên nào đặt mục tiêu cao hơn?": which side's figure is higher, not which body.
        first === 'agency' && WHICH_SIDE_HIGHER.test(asking)
        ? 'target'
        : // "UBND các quận, huyện ban hành kế hoạch cụ thể … trước ngày nào?": a body's deadline to issue its own
          // plan, not the day the plan was issued.
          first === 'plan_meta' && BODY_ISSUES_BY.test(asking)
          ? 'deadline'
          : // "Đà Nẵng triển khai kế hoạch số mấy của UBND thành phố về BHXH, ngày nào?": a document's number
            // (and its day) asked, whatever period or "ngày nào" would otherwise ask a target's or a duty's.
            // (Not beside a figure asked: "… bao nhiêu xã đạt chuẩn, theo kế hoạch số mấy?" asks both.)
            (first === undefined || first === 'deadline') &&
              DOCUMENT_NUMBER_ASKED.test(asking) &&
              !/(?<!\bso )\bbao nhieu\b/.test(asking)
            ? 'plan_meta'
            : // "… Sở LĐTBXH giữ vai trò gì?" alone (not after "… ai chủ trì, …", a role in that duty).
              ROLE_IN_PLAN.test(asking) && !whoAsked(asking)
              ? 'assignments'
              : first;
  const choice = choiceIn(folded, corpus);
  const partnerClaim = choice ? null : partnerClaimIn(folded, corpus);
  const claim = choice || partnerClaim ? null : claimIn(folded, corpus);
  const intent: Intent = smallTalkKind(folded)
    ? 'smalltalk'
    : isEnglish(raw)
      ? 'english'
      : // Several provinces, or "các tỉnh", with nothing more specific asked: a comparison.
        (found.length > 1 || (allProvinces && !found.length)) &&
          (!cued || cued === 'list') &&
          !asksPlanFact(folded)
        ? 'compare'
        : claim || choice || partnerClaim
          ? 'agency'
          : (cued ?? 'target');

  // The topic keeps " | " where words were taken out, so no phrase is made of words that were apart.
  // Punctuation after a word stands apart, so "bao nhiêu, tỉnh đặt …" still reads the phrase "bao nhiêu".
  // A word written both ways ("muốn vay vốn … vậy ạ?"): each "vậy" goes now, each "vay" stays a word below.
  // "ngoài Sở LĐTBXH ra, còn cơ quan nào cùng chủ trì?": the body named is left out, not asked about.
  const besides = besidesBody(folded, corpus);
  const withoutBesides = (text: string, by = ' ') => (besides ? text.replace(besides, by) : text);
  const { asked: source, mixed } = withoutQuestionSpellings(withoutBesides(asking, ' | '), raw);
  let topic = ` ${restated(source, corpusWords(corpus))
    .replace(PLAN_NAMED, ' | ')
    .replace(/([a-z0-9%])([,?!;:.])(?=\s|$)/g, '$1 $2')
    // A question's end: what follows ("… trong KH? tỷ lệ hộ nghèo …", a follow-up before its subject) is apart.
    .replace(/[?!;]/g, ' | ')
    // "giảm bn/năm": the question words stand apart from the unit they ask per ("bao nhieu /nam").
    .replace(/([a-z%])\/(?=[a-z])/g, '$1 /')
    .replace(/[^a-z0-9%/.,|]+/g, ' ')} `;
  // The body put forward to be confirmed is no part of what is asked about, nor the province its words hold
  // ("Sở Tài nguyên và Môi trường Quảng Ninh"): taken out before the province alone is.
  if (claim) topic = claim.words ? withoutWords(topic, claim.words) : withoutBody(topic, claim.name);
  // … and so are the bodies put forward with it, as one list.
  const claimedTogether = claim
    ? claimedList(folded, claim.name, corpus).filter((b) => b !== claim.name)
    : [];
  for (const body of claimedTogether) topic = withoutBody(topic, body);
  for (const body of [...(choice ?? []), ...(partnerClaim ? [partnerClaim] : [])])
    topic = withoutBody(topic, body);
  // "bên QN", "bên Đồng Nai": "bên" (the side of) goes with the province it points at.
  for (const name of [...found, missing ?? ''])
    if (name) {
      topic = topic.replace(words(`ben ${fold(name)}`), ' | ');
      // Every mention, by every name ("đn (đà nẵng)" names it twice, side by side; "Đ.Nai", "TP.HCM").
      for (const place of lexicon(corpus).places.filter((p) => p.name === name))
        topic = topic.replace(spelledPlace(place.key), ' | ');
    }
  // A place below the province ("Hạ Long") is no part of what is asked about; bodies' names are kept.
  for (const place of phrases ? localitiesIn(raw, phrases) : [])
    if (!agencyIn(place, corpus)) topic = topic.replace(words(place), ' | ');
  topic = withoutPlanTitle(topic, lexicon(corpus).titleWords);
  // "kế hoạch thực hiện Kết luận 92 của tỉnh mình …": the plan named by what it carries out, no part of what is
  // asked of it (a question about the document itself is plan_meta and keeps it).
  if (intent !== 'plan_meta') topic = topic.replace(PLAN_BY_BASIS, ' | ');
  // "Tới năm 2030", "vào năm 2025": the year and the words that bring it go together.
  // "hôm nay 2/12/2026 rồi", "bây giờ (12/2026)": the asker's present, no part of what is asked about.
  topic = topic.replace(PRESENT_DAY, ' | ');
  topic = topic.replace(/\b(?:(?:toi|den|vao|trong|tu|cuoi|nam)\s+)*(?:19|20)\d{2}\b/g, ' | ');
  // "điều dưỡng (tính) trên 1 vạn dân": "trên" is "per" here, as the plans' "/1 vạn dân", not a comparator.
  topic = topic.replace(
    /\b(?:tinh )?(?:tren|moi)\s+(?=(?:1|mot)\s+van\s+dan\b|(?:10|100)\.000\s+(?:dan|nguoi)\b)/g,
    '',
  );
  // "Dòng 7.10 / hàng 7.10 (trong phụ lục)": the word for a table's row goes with the row's number (not the
  // "động" of "lao động 2.5 triệu", half of a phrase the plans use).
  topic = topic.replace(
    /(\S+)?(\s+)(dong|hang)\s+(?=\d+\.\d+\b)/g,
    (m, prev: string | undefined, gap: string, w: string) =>
      prev && knownPhrase(`${prev}_${w}`) ? m : `${prev ?? ''}${gap}`,
  );
  for (let pass = 0; pass < 2; pass++) topic = withoutQuestionPhrases(topic, ' | ');
  // "… của Lai Châu với Quảng Ninh chênh nhau thế nào?": between provinces, how far apart is the comparison
  // asked. (Between areas of one province, "… so với thành thị thì chênh nhau thế nào?", it stays a part of its
  // own, the other area's.)
  // ("tỉnh nào làm nhiều nhà ở xã hội hơn": the comparison's words around what is compared, which stays.)
  if (intent === 'compare')
    topic = topic
      .replace(/\bchenh (?:lech )?nhau\b/g, ' | ')
      .replace(/\b(?:(?:lam|co|dat|xay) )?(?:nhieu|it|cao|thap) ([a-z ]{2,40}?) hon\b/g, ' | $1 | ');
  // "… chính sách xã hội do (cơ quan nào chủ trì)": "do" (by) only brought the question words that left.
  if (/\bdo (?:co quan|so|don vi|nganh|ai)(?: nao)? (?:chu tri|phu trach|thuc hien|lam)\b/.test(folded))
    topic = topic.replace(/ do(?= \|| *$)/g, ' ');
  // "mục tiêu gì về việc học sinh …", "về vấn đề …": only brings the subject (not "việc làm", jobs).
  topic = topic.replace(/ (?:ve|doi voi) (?:viec|van de)(?= )(?! lam\b)/g, ' | ');
  // "…, đúng không?": the tag asks for a verdict; its "đúng" folds as "dùng" (to use), so it goes only here, before
  // "không/ko/chứ", unless the question writes "dùng" there.
  if (!/dùng\s+(?:không|ko|k|chứ)(?!\p{L})/iu.test(raw)) topic = topic.replace(CLAIM_TAG_DUNG, ' | ');
  // A question word is dropped unless it is half of a phrase the plans use ("về" in "vệ sinh" folds to
  // "ve", "hỏi" in "xã hội" to "hoi").
  const ws = topic.split(/\s+/);
  const bare = (w: string | undefined) => (w ?? '').replace(/[?.,!]+$/, '');
  const spelled = spellingsIn(raw);
  const isQw = (w: string | undefined) => {
    const b = bare(w);
    if (!QUESTION_WORDS.has(b) || mixed.has(b)) return false;
    // "ma túy", "vay vốn", "ô tô": written with diacritics, the spelling says it is no question word.
    const as = QUESTION_SPELLINGS.get(b);
    const written = spelled?.get(b);
    return !as || !written || [...written].some((r) => as.includes(r));
  };
  topic = ws
    .map((w, i) => {
      if (!isQw(w)) return w;
      const prev = ws[i - 1];
      const next = ws[i + 1];
      // "được", "của", "những" … join nothing: "hộ nghèo được hỗ trợ" is a common bigram, not a phrase.
      // "dược sỹ" folds as "được" + "sỹ": before these nouns the word is "dược" (pharmacy), never "được".
      if (bare(w) === 'duoc' && DUOC_NOUNS.has(bare(next))) return w;
      const joins =
        !NEVER_JOINS.has(bare(w)) &&
        ((prev && !isQw(prev) && knownPhrase(`${bare(prev)}_${bare(w)}`)) ||
          (next && !isQw(next) && !locative(w, next) && knownPhrase(`${bare(w)}_${bare(next)}`)));
      // A dropped "và" / "hoặc" still parts what it joined: "nhà trẻ và trẻ mẫu giáo" asks two things.
      // "thôn ở vùng núi", "hộ ở vùng khó khăn": a dropped "ở" leaves one noun phrase, not two parts.
      // "trung tâm y tế cấp huyện sẽ trực thuộc …": "sẽ" (will) marks the verb's time inside one phrase.
      if (!joins && (locative(w, next) || bare(w) === 'se')) return '';
      return joins ? w : /^(?:va|hoac|hay)$/.test(bare(w)) ? ',' : '|';
    })
    .filter(Boolean)
    .join(' ')
    .replace(/(\s*\|\s*)+/g, ' | ')
    .replace(/^[\s|]+|[\s|]+$/g, '');
  topic = withoutGivenFigures(topic);
  if (putsForward({ raw, folded })) topic = withoutClaimedFigures(topic);
  if (claim || partnerClaim) topic = withoutClaimWords(topic);
  topic = withoutWhereWritten(topic);
  // "…, còn TW là bao nhiêu?", "tỉnh đặt so với TW": the centre's column asked, no subject of its own.
  // "việc đó sở nào chủ trì? <subject>": a part that is only "việc" (its pointer gone) names nothing either.
  topic = tidyTopic(
    topic
      .replace(
        /(^|\|)\s*(?:(?:so voi|con|va|chi tieu|cua) )*trung uong(?: (?:dat|giao|la|yeu cau))?\s*(?=\||$)/g,
        '$1',
      )
      .replace(/(^|\|)\s*(?:viec|vu|van de)\s*(?=\||$)/g, '$1'),
  );
  // "Tôi mới nhận công tác ở Ban Dân tộc tỉnh. Theo KH 767 thì cơ quan nào chủ trì thực hiện Kế hoạch?": a body
  // the told part names is the asker's own; when the asking part asks who leads, the body is what it names.
  // (Asked where reports go, "Tôi ở UBND huyện: … báo cáo về đâu, qua cơ quan nào?", the asker's body reports.)
  const askingOnly = askingSentences(folded);
  // ("Tôi là nghiên cứu viên …, đang rà soát các cơ quan …. Ở Đồng Nai, … giao cơ quan chủ trì …. Đó là cơ quan nào?":
  // who is asked of what the message tells, not of the bodies the asker's introduction names.)
  const bodyText =
    askingOnly !== null && whoAsked(askingOnly) > 0
      ? /\b(?:chu tri|phu trach|theo doi)\b/.test(askingOnly)
        ? askingOnly
        : withoutSelfIntroduction(folded, askingOnly)
      : folded;
  const agency =
    claim || choice || partnerClaim
      ? null
      : (agencyIn(withoutBesides(bodyText).replace(SUCCESSOR_GLOSS, ' '), corpus) ??
        (intent === 'assignments' ? districtBodyIn(raw, corpus) : null));
  // "Sở GD&ĐT Đồng Nai: năm 2025 tỷ lệ trường học … bao nhiêu %?": the body a figure is asked of says whose
  // target it is, not what it is about (its name, often abbreviated, is in no row of a table).
  // (Only a department, board or office: "Bảo hiểm xã hội" names a body and the insurance a figure may be of.)
  if (intent === 'target' && agency && /^(?:Sở|Ban|Cục|Chi cục) /.test(agency) && figuresAsked(folded) > 0) {
    const rest = tidyTopic(withoutBody(topic, agency));
    if (rest.split(/[\s|,]+/).length >= 2) topic = rest;
  }
  const howMany = asksHowMany(spelled, folded, knownPhrase);
  // "Phụ lục II … có một dòng về …. Cơ quan nào được giao chủ trì dòng nhiệm vụ đó?": duties "giao" with no body
  // named, and which body leads asked: the body of one duty, not a body's duties.
  const whoLeads =
    intent === 'assignments' &&
    agency === null &&
    whoAsked(asking) > 0 &&
    /\b(?:chu tri|phu trach|theo doi)\b/.test(asking) &&
    // (Not when what it does is asked too: "… cơ quan nào chủ trì và có trách nhiệm gì?", "… nhiệm vụ nào, ai chủ trì?")
    !/\b(?:trach nhiem|nhiem vu|viec|lam|chi tieu) (?:gi|nao)\b/.test(asking);
  const alsoAgency = agency ? secondBodyIn(folded, agency, corpus) : null;
  return {
    raw,
    folded,
    provinces: found,
    missingProvince: missing,
    planIds,
    years: [...new Set(targetYears)],
    area,
    bothAreas: urban && rural,
    agency,
    unnamedBody: agency || claim || choice || partnerClaim ? null : unnamedBodyIn(folded, corpus),
    ...(claim ? { claimed: claim.name } : {}),
    ...(claimedTogether.length ? { claimedWith: claimedTogether } : {}),
    ...(partnerClaim ? { claimedPartner: partnerClaim } : {}),
    ...(alsoAgency ? { alsoAgency } : {}),
    ...(choice ? { choice } : {}),
    intent: whoLeads ? 'agency' : intent,
    allProvinces,
    topic,
    howMany,
  };
}

/**
 * The topic without the figures a claim puts forward ("… hộ nghèo còn dưới 3% phải không?" → "ho ngheo"): the
 * figure is what is checked, not what the target is about; a wrong one is held by no right record, only by
 * whatever else happens to hold that number. Only shares go: a count ("10.000 USD", "6 tháng") may be what
 * names the thing.
 */
/** The "đúng" of a claim's tag ("…, đúng không/ko/chứ?"), folded: "dung" right before the asking word. */
const CLAIM_TAG_DUNG = /\bdung(?= (?:khong|ko|k|chu)\b)/g;

export function withoutClaimedFigures(topic: string): string {
  const rest = tidyTopic(
    topic.replace(
      /\b(?:(?:duoi|tren|dat|la|con|it nhat|toi thieu|toi da|khong qua|hon|muc|o muc|khoang) )*(?<![\d.,/-])\d+(?:[.,]\d+)?\s*%(?:\s*\/\s*nam)?/g,
      ' | ',
    ),
  );
  return /[a-z]{2}/.test(rest) ? rest : topic;
}

/**
 * The topic without the parts that state the centre's figure as given ("Trung ương khống chế dưới 60%, còn Đồng
 * Nai tự đặt bao nhiêu?"): the asker quotes it as context; the subject is elsewhere. Kept when nothing else is.
 */
export function withoutGivenFigures(topic: string): string {
  const parts = topic.split('|');
  // A figure, not a document's number ("42-NQ/TW"): a percentage, or a number after "dưới / trên / giao …".
  const given = (p: string) => {
    const words = p.replace(/\S*\/tw\b/g, ' ');
    return (
      /\b(?:trung uong|tw)\b/.test(words) && /\d\s*%|\b(?:duoi|tren|dat|giao|khong che|la)\s+\d/.test(words)
    );
  };
  // The centre and its figure go; what the figure is of stays ("TW yêu cầu giảm tỷ lệ hộ nghèo DTTS trên 3%/năm"
  // keeps "giảm tỷ lệ hộ nghèo DTTS").
  const rest = parts
    .map((p) =>
      given(p)
        ? p
            .replace(/\b(?:trung uong|tw)\b(?: (?:yeu cau|dat|giao|khong che|quy dinh|la))*/g, ' ')
            .replace(
              /\b(?:(?:duoi|tren|dat|giao|khong che|la|it nhat|toi thieu) )*\d+(?:[.,]\d+)*\s*%?(?:\s*\/\s*nam)?/g,
              ' ',
            )
        : p,
    )
    .map((p) => p.replace(/\s+/g, ' '))
    .filter((p) => /[a-z]/.test(p));
  return rest.some((p) => /[a-z]{2}/.test(p)) && parts.some(given) ? tidyTopic(rest.join('|')) : topic;
}

/** A question's words as written, in lower case, in order. */
const writtenWords = (raw: string) =>
  [
    ...raw
      .normalize('NFC')
      .toLowerCase()
      .matchAll(/[\p{L}\p{N}]+/gu),
  ].map(([w]) => w);

/**
 * A question that writes one folded word both as a question word and as a content word ("Nhà tôi nghèo, muốn
 * vay ít vốn … thì hỏi ai vậy ạ?"): the occurrences not written plain ("vậy") are taken out of `asked` (the
 * folded text the topic is read from), matched to the raw words from the end (what is asked is the question's
 * end), and the word is `mixed`: what is left of it, written without diacritics, is the content word.
 */
export function withoutQuestionSpellings(asked: string, raw: string): { asked: string; mixed: Set<string> } {
  const mixed = new Set<string>();
  const written = writtenWords(raw);
  // Folded once: the keys are many, the words few.
  const foldedWritten = written.map(fold);
  let out = asked;
  for (const [key, spellings] of QUESTION_SPELLINGS) {
    // ("cho", "khi": the question word is written plain too; the spelling tells nothing.)
    if (spellings.includes(key)) continue;
    const own = written.filter((_, i) => foldedWritten[i] === key);
    // Only a word written without diacritics beside them is surely the content word ("vay", "con", "thi"); "đặt"
    // beside "đạt" is a verb of framing, dropped like the question word.
    if (!own.some((w) => spellings.includes(w)) || !own.includes(key)) continue;
    mixed.add(key);
    // The k-th occurrence from the end of `asked` is the k-th from the end of the raw words; only a plain one
    // stays (a question word's spelling is never the plain one: those keys were passed over above).
    const parts = out.split(new RegExp(`\\b${key}\\b`));
    const n = parts.length - 1;
    out = parts.reduce((acc, part, i) =>
      i === 0 ? part : `${acc}${own[own.length - 1 - (n - i)] === key ? key : ' | '}${part}`,
    );
  }
  return { asked: out, mixed };
}

/** Each folded word of a question with its spellings as written (lower case); null without diacritics. */
function spellingsIn(raw: string): Map<string, Set<string>> | null {
  if (!/\P{ASCII}/u.test(raw)) return null;
  const out = new Map<string, Set<string>>();
  for (const word of writtenWords(raw)) {
    const key = fold(word);
    const set = out.get(key) ?? new Set<string>();
    set.add(word);
    out.set(key, set);
  }
  return out;
}

/**
 * "mấy" (how many), not "máy" (a machine, "bộ máy"): see `Question.howMany`. With diacritics the spelling
 * decides (QUESTION_SPELLINGS, as for every question word); without, a phrase the plans use.
 */
function asksHowMany(
  spelled: Map<string, Set<string>> | null,
  folded: string,
  knownPhrase: (bigram: string) => boolean,
): boolean {
  const ws = folded.split(/[^a-z0-9]+/);
  // "giai đoạn mấy", "số mấy", "ngày mấy", "lần thứ mấy": which one, not how many. "mấy sở cùng chủ trì":
  // the bodies, which the answer lists, counted; no figure.
  // "giao ai thẩm định mấy khoản viện trợ …?": in a question that asks who, "mấy" before things is the
  // spoken plural ("those"), not a count.
  const who = whoAsked(folded) > 0;
  if (
    ws.every(
      (w, i) =>
        w !== 'may' ||
        WHICH_ONE_BEFORE.has(ws[i - 1] ?? '') ||
        BODY_NOUNS.test(ws.slice(i + 1).join(' ')) ||
        (who && SPOKEN_PLURAL_OF.test(ws.slice(i + 1).join(' '))),
    )
  )
    return false;
  if (spelled) return [...(spelled.get('may') ?? [])].some((w) => QUESTION_SPELLINGS.get('may')?.includes(w));
  return ws.some(
    (w, i) =>
      w === 'may' &&
      !(i > 0 && knownPhrase(`${ws[i - 1]}_may`)) &&
      !(i + 1 < ws.length && knownPhrase(`may_${ws[i + 1]}`)),
  );
}

// The words that start a kind of body: "(mấy / bao nhiêu) sở, cơ quan, đơn vị, ngành, bên".
export const BODY_NOUN = '(?:so|co quan|don vi|nganh|ben)';
const BODY_NOUNS = new RegExp(`^${BODY_NOUN}\\b`);

// Words after which "mấy" asks which one ("giai đoạn mấy", "số mấy", "ngày mấy", "thứ mấy"), not how many.
const WHICH_ONE_BEFORE = new Set([
  'doan',
  'so',
  'ngay',
  'thang',
  'nam',
  'thu',
  'khoa',
  'muc',
  'dong',
  'quy',
  'hom',
]);

// Nouns of things that "mấy" makes plural in speech ("mấy khoản", "mấy việc này"): never a unit of a figure.
const SPOKEN_PLURAL_OF =
  /^(?:khoan|viec|cai|noi dung|nhiem vu|chinh sach|chuong trinh|de an|hoat dong|van de|van ban)\b/;

// Nouns after which "duoc" is "dược" (pharmacy): "dược sỹ", "dược sĩ", "dược phẩm", "dược liệu".
const DUOC_NOUNS = new Set(['sy', 'si', 'pham', 'lieu']);

// Function words that never make half of a phrase the plans use, however often they stand beside one.
const NEVER_JOINS = new Set(['duoc', 'cua', 'nhung', 'cac', 'la', 'voi', 'hay', 'hoac', 'ma', 'mot']);

// "ở" before a place word is the preposition, no half of a phrase ("ở vùng" is only the plans' frequent pair): "thôn
// ở vùng núi" asks of "thôn vùng núi". Before other words it may be a noun ("nhà ở") or, typed plain, "ô" ("o nhiem").
const PLACE_WORDS = new Set('vung mien xa huyen tinh dia quan thon ban duoi tren noi que cac'.split(' '));
const locative = (w: string | undefined, next: string | undefined) =>
  (w ?? '').replace(/[?.,!]+$/, '') === 'o' && PLACE_WORDS.has((next ?? '').replace(/[?.,!]+$/, ''));

// Words of a topic that say nothing of what is asked about.
const FILLER = new Set([
  'cac',
  'cua',
  'nhung',
  'cho',
  'voi',
  'duoc',
  'trong',
  'theo',
  'tinh',
  'thanh',
  'pho',
  'the',
]);

// Which-one questions whose noun a long duty writes near its answer: "là giai đoạn mấy", "năm nào", "đợt nào".
const WHICH_NOUN = /\b(giai doan|nam|thang|quy|dot|dot thu|muc do|lan thu) (?:may|nao)\b/g;

/** The words of what a question asks which one of ("giai đoạn mấy" → giai, doan): a shown excerpt must reach them. */
export function whichWords(folded: string): string[] {
  return [...folded.matchAll(WHICH_NOUN)].flatMap((m) => (m[1] ?? '').split(' '));
}

/** The words of a question's topic that can find the part of a text it asks about: "bao", "cao", "ubnd", … */
export function topicWords(topic: string): string[] {
  return [...new Set(topic.split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !FILLER.has(w)))];
}
