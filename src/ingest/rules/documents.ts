/**
 * Rule: documents a plan cites. A citation is a kind ("Quyết định", "Kết luận", "Đề án"…), then a number
 * ("số 1983/QĐ-TTg"), a date ("ngày 24/11/2021"), an issuer ("của Thủ tướng Chính phủ") and a subject
 * ("về …"); a document named without a number ("Đề án ổn định dân cư …", "Chương trình mục tiêu quốc gia
 * về nước sạch …") is cited by its capitalised kind and its name.
 */

import { parseDate } from '../../text/dates';
import { fold } from '../../text/normalize';

/** One cited document, as the plan writes it, with where in `text` its fullest citation stands. */
export interface Citation {
  kind: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  /** The Party term the issuer sat in, as the plan writes it: "XIII" of "Ban Chấp hành Trung ương Đảng (Khóa XIII)". */
  term?: string;
  title: string | null;
  start: number;
  end: number;
  /** Cited inside another citation ("Kết luận … về tiếp tục thực hiện Nghị quyết Hội nghị …"): not the plan's basis. */
  inner?: boolean;
}

const KINDS =
  'Kết luận|Nghị quyết|Quyết định|Kế hoạch|Chương trình hành động|Chương trình|Công văn|Văn bản|Tờ trình|Chỉ thị|Thông báo|Nghị định|Thông tư|Luật|Pháp lệnh|Đề án|Chiến lược|Hướng dẫn|Quy định|Bộ [Tt]iêu chí';
// "92-KL/TW", "1983/QĐ-TTg", "45/2025/NĐ-CP", "154 /KH- UBND".
const NUMBER = String.raw`\d+(?:\/\d{4})?(?:\s*[-/]\s*[\p{Lu}Đ][\p{L}&]*)+`;
const DATE = String.raw`\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
const ISSUER_END = String.raw`(?=\s+(?:về|thực hiện|ban hành|triển khai|phê duyệt|thông qua|tiếp tục|quy định|hướng dẫn|ngày|tại|và (?:Kế hoạch|Quyết định|Nghị quyết|Chương trình|Kết luận))(?![\p{L}])|[;,.“"”(]|$)`;
const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}])(${KINDS})\s+(?:số\s*)?(${NUMBER})(?:\s*,?\s*ngày\s+(${DATE}))?(?:\s+(?:của|do)\s+([^;,“"”(.]+?)${ISSUER_END})?(?:\s+(?:(?:về việc|về|V\/v)\s+|(?=(?:ban hành|phê duyệt|triển khai|thực hiện)\s))((?:“[^”|]{1,80}”|[^;(“"”|])+?)(?=[;(|]|\.\s|\.$|$|,?\s+(?:và\s+)?(?:${KINDS})\s+(?:số\s*)?\d|,\s+(?:Kế hoạch|Quyết định|Nghị quyết|Chương trình|Đề án)\s))?`,
  'gu',
);
// A named document without a number: the kind capitalised, then a name that is not a pronoun or a list; or any
// kind, then its name in quotes ("đề án “Phát triển nguồn nhân lực … đến năm 2030”"); in a table cell the name
// runs to the cell's end, commas and all ("Thực hiện Kế hoạch về nông nghiệp, nông dân, nông thôn … |").
const NAMED =
  /(?<![Cc]ác )(?<![\p{L}])(Chương trình hành động|Chương trình|Đề án|Chiến lược|Kế hoạch|Luật|Pháp lệnh|Bộ [Tt]iêu chí|Quyết định(?= (?:phê duyệt|ban hành) )|chương trình|đề án|chiến lược|kế hoạch)\s+((?!này|số|đó|trên|,|và\s|của\s|hằng|hàng)(?:“[^”|]{6,200}”|(?:“[^”|]{1,200}”|[^;.:()|“”]){6,250}?(?=\.?\s*\|)|(?:“[^”|]{1,200}”|\([^)|]{1,30}\)|[^;.,:()|“”]){6,160}?))(?=\s*[;.,:)|]|\s*\((?![^)|]{1,30}\)\s+\p{Ll})|\s(?:nhằm|để|và các|cho|theo|được|bảo đảm|đảm bảo|gắn với|và (?:thực hiện|triển khai|tổ chức|nâng cao|đẩy mạnh|tăng cường))\s|\svà\s(?:Nghị quyết|Quyết định|Kết luận|Kế hoạch|Chương trình|Đề án|Chỉ thị)\s|$)/gu;

// "Kế hoạch của UBND tỉnh về thực hiện Chiến lược quốc gia …": the issuer before the subject.
const ISSUERS = String.raw`(?:UBND|Ủy ban nhân dân|Tỉnh ủy|Ban Thường vụ Tỉnh ủy|HĐND|Hội đồng nhân dân|Chính phủ|Thủ tướng Chính phủ|Bộ [\p{Lu}][\p{L}]*(?: [\p{L}]+){0,5}?)(?: tỉnh| thành phố)?`;
const ISSUED_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(Kế hoạch|Chương trình hành động|Chương trình|Đề án|Quyết định)\s+của\s+(${ISSUERS})\s+về\s+((?:việc\s+)?[^;.:()|“”]{6,250}?)(?=\s*[;.:()|]|$)`,
  'gu',
);

// "Nghị quyết Hội nghị Trung ương 5 (khóa XI) về một số vấn đề …", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX":
// a resolution named after the conference that passed it. It is a document of its own even inside another
// citation ("Kết luận 92-KL/TW … tiếp tục thực hiện Nghị quyết Hội nghị …"); the term names which conference.
const CONFERENCE = new RegExp(
  String.raw`(?<![\p{L}])Nghị quyết\s+((?:Hội nghị|Đại hội)[^;.,:()|“”]*?(?:\s*\([^)|]{1,30}\))?)(?!\s*\()(?:\s+về\s+([^;.:()|“”]{6,250}?)|(?<=\)|khóa [IVXLC]+)\s+([^;.:()|“”]{6,250}?))?(?=\s*[;.:()|”"]|\s+(?:của|đã|và|nhằm|trên địa bàn|[Cc]ăn cứ|[Tt]hực hiện)\s|\s+(?:${KINDS})\s+(?:số\s*)?\d|$)`,
  'gu',
);

/**
 * Rule: a numbered citation after ";" goes on a list of documents, not a new duty. "… thực hiện Kết luận số
 * 92-KL/TW …; Kế hoạch số 41-KH/TU … của Tỉnh ủy, các nội dung …" is one sentence naming what to publicise.
 */
export function opensCitation(text: string): boolean {
  return OPENS_CITATION.test(text);
}
const OPENS_CITATION = new RegExp(String.raw`^\s*(?:${KINDS})\s+(?:số\s*)?\d`, 'u');

// Words that open no document's name: a verb or preposition after "Kế hoạch" means the plan itself.
const SELF =
  /^(?:của|thì|được|đã|sẽ|có|gửi|bằng|cần|với|này|hành động(?: này)?$|đề ra|như|và|là|sau|khi|đến|nêu|trên|liên quan|khác)(?![\p{L}])/u;
// A kind written in lower case ("thuộc chương trình mục tiêu quốc gia …") names one document only when its name
// says which: national, a proper name, a quote or a period; "các chương trình, kế hoạch hằng năm" names none.
const SPECIFIC = /quốc gia|[\p{Lu}“"]|giai đoạn \d|đến năm \d/u;
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
// "Ban Chấp hành Trung ương Đảng khóa XIII": the term is not part of who issued it.
const TERM = /\(?\s*khóa\s+([IVXLC]+)\s*\)?/iu;
const TERMS = new RegExp(TERM.source, 'giu');
const issuerOf = (s: string | undefined) => (s ? squeeze(s.replace(TERMS, '')) || null : null);
/**
 * The term of a numbered citation's issuer: in the issuer's words ("… Trung ương Đảng khóa XIII về …") or in
 * brackets right after them ("… Trung ương Đảng (Khóa XIII) về …"), which end the issuer.
 */
const termOf = (issuer: string | undefined, after: string) =>
  (issuer ? TERM.exec(issuer)?.[1] : undefined) ?? /^\s*\(\s*khóa\s+([IVXLC]+)\s*\)/iu.exec(after)?.[1];

/**
 * Rule: a document that a numbered one carries out is cited too. "Kế hoạch số 214/KH-UBND … thực hiện Chiến
 * lược phát triển lĩnh vực thông tin cơ sở …", "Quyết định số 2244/QĐ-UBND … ban hành Kế hoạch triển khai
 * Chương trình mục tiêu Y tế - Dân số": the Chiến lược and the Chương trình are documents of their own, named
 * after "thực hiện" / "triển khai" with the kind capitalised. What a decision issues or approves ("ban hành
 * Kế hoạch", "phê duyệt Đề án") is that decision's content; an unnumbered "Kế hoạch thực hiện Chương trình
 * X" is known by its whole name, X included.
 */
export function carriedOut(before: string, kind: string): boolean {
  return /^\p{Lu}/u.test(kind) && /(?:thực hiện|triển khai)\s+$/u.test(before);
}

// Every match of NAMED, nested ones too: the next search starts after the kind, not after the name, so
// "Kế hoạch thực hiện Chương trình “Có việc làm” …" also yields the Chương trình.
function* namedMatches(text: string): Generator<RegExpExecArray> {
  const re = new RegExp(NAMED.source, NAMED.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    re.lastIndex = m.index + (m[1]?.length ?? 1);
  }
}

// The issuers ISSUED_FIRST knows, for a citation that shares its subject with the next one.
const SHARED = new RegExp(
  String.raw`(?<![\p{L}])(Kế hoạch|Chương trình hành động|Chương trình|Đề án)\s+của\s+(${ISSUERS})\s*,\s*$`,
  'u',
);

/**
 * Rule: two citations that share one subject. "Chương trình hành động của Tỉnh ủy, Kế hoạch của UBND tỉnh về
 * thực hiện Nghị quyết số 28-NQ/TW …" cites the Tỉnh ủy's programme on that subject too. `before` is the text
 * right before the second citation; the first one's kind, issuer and length, or null.
 */
export function sharedSubject(before: string): { kind: string; issuer: string; length: number } | null {
  const m = SHARED.exec(before);
  return m ? { kind: m[1] ?? '', issuer: m[2] ?? '', length: before.length - m.index } : null;
}

/**
 * Rule: laws cited by their abbreviations, several at once: "việc thực hiện Luật BHXH, BHYT" cites the Law on
 * Social Insurance and the Law on Health Insurance.
 */
export function lawAbbreviations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(
    /(?<![\p{L}])(Luật|Pháp lệnh)\s+([A-ZĐ]{2,8}(?:\s*(?:,|và)\s*[A-ZĐ]{2,8})*)(?![\p{L}])/gu,
  )) {
    let at = (m.index ?? 0) + m[0].indexOf(m[2] ?? '');
    for (const part of (m[2] ?? '').split(/(\s*(?:,|và)\s*)/u)) {
      if (/^[A-ZĐ]{2,8}$/u.test(part))
        out.push({
          kind: m[1] ?? '',
          number: null,
          date: null,
          issuer: null,
          title: part,
          start: at,
          end: at + part.length,
        });
      at += part.length;
    }
  }
  return out;
}

// What a school teaches ("Chương trình giáo dục phổ thông", "Chương trình Giáo dục mầm non") is a curriculum,
// not a programme the plan cites.
const curriculum = (kind: string, name: string) =>
  /^chương trình$/iu.test(kind) &&
  /^giáo dục (?:mầm non|phổ thông|thường xuyên|tiểu học|trung học)/iu.test(name);

// "… trong xây dựng chính sách, chương trình, đề án, kế hoạch phát triển kinh tế - xã hội": a kind written in
// lower case at the end of a list of kinds names a sort of documents, not one.
const kindOfList = (kind: string, before: string) =>
  /^\p{Ll}/u.test(kind) &&
  /(?:chính sách|chương trình|đề án|kế hoạch|chiến lược|dự án)\s*(?:,|và|hoặc)\s*$/iu.test(before);

/** Every document cited in `text`, numbered ones first found. `citations('… Quyết định số 1983/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ …')`. */
export function citations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const start = m.index ?? 0;
    const date = m[3] ? parseDate(`ngày ${m[3].replace(/\s*\/\s*/g, '/')}`) : null;
    // (Brackets after the title are the title's: "… thực hiện Nghị quyết Hội nghị Trung ương 5 (khóa XI)".)
    const term = m[4] ? termOf(m[4], m[5] ? '' : text.slice(start + m[0].length)) : undefined;
    out.push({
      kind: m[1] ?? '',
      number: squeeze(m[2] ?? '').replace(/\s*([-/])\s*/g, '$1'),
      date,
      ...(term ? { term } : {}),
      // "theo đề nghị của Sở LĐTBXH tại Tờ trình số …": the issuer stands before the number.
      issuer:
        issuerOf(m[4]) ??
        issuerOf(/của\s+([^,;]+?)\s+tại\s*$/u.exec(text.slice(Math.max(0, start - 120), start))?.[1]),
      // "… giai đoạn 2018-2025 theo Quyết định số 1677/QĐ-TTg": the next citation takes its connector with it.
      // "… thực hiện Kết luận số 92-KL/TW …": a verb whose object is another citation names nothing itself.
      title: m[5]
        ? squeeze(m[5])
            .replace(/\s+(?:theo|của|và|tại|về|để)$/u, '')
            .replace(/^(?:triển khai|thực hiện|triển khai thực hiện)$/u, '') || null
        : null,
      start,
      end: start + m[0].length,
    });
  }
  const numbered = [...out];
  for (const m of text.matchAll(CONFERENCE)) {
    const start = m.index ?? 0;
    // Inside the quoted subject of a citation just before it ("Kết luận số 92-KL/TW … về “tiếp tục thực hiện
    // Nghị quyết Hội nghị …”"), even when the quote ran past what that citation's pattern read.
    const before = text.slice(0, start);
    const quoted =
      before.lastIndexOf('“') > before.lastIndexOf('”') &&
      numbered.some((c) => c.end <= start && start - c.end < 160);
    out.push({
      inner: quoted || numbered.some((c) => start >= c.start && start < c.end),
      kind: 'Nghị quyết',
      number: null,
      date: null,
      issuer: squeeze(m[1] ?? '') || null,
      // After the term the subject may follow without "về": "… (khóa XI) một số vấn đề …", "… khóa XI một số …".
      title: (m[2] ?? m[3]) ? squeeze(m[2] ?? m[3] ?? '') : null,
      start,
      end: start + m[0].length,
    });
  }
  for (const m of text.matchAll(ISSUED_FIRST)) {
    const start = m.index ?? 0;
    if (out.some((c) => start >= c.start && start < c.end)) continue;
    const title = squeeze(m[3] ?? '').replace(/^việc\s+/u, '');
    out.push({
      kind: m[1] ?? '',
      number: null,
      date: null,
      issuer: issuerOf(m[2]),
      title,
      start,
      end: start + m[0].length,
    });
    const shared = sharedSubject(text.slice(Math.max(0, start - 160), start));
    if (shared)
      out.push({
        kind: shared.kind,
        number: null,
        date: null,
        issuer: issuerOf(shared.issuer),
        title,
        start: start - shared.length,
        end: start,
      });
  }
  out.push(...lawAbbreviations(text));
  for (const m of namedMatches(text)) {
    const start = m.index ?? 0;
    // Inside another citation it is that document's subject ("Quyết định số 980/QĐ-UBND … ban hành Đề án …"
    // issues the Đề án: one document), unless the other carries it out (`carriedOut`).
    const around = out.find((c) => start >= c.start && start < c.end);
    const outer = Boolean(around);
    if (
      around &&
      !(
        around.number &&
        carriedOut(text.slice(Math.max(0, start - 40), start), m[1] ?? '') &&
        // "… Đề án phát triển giáo dục mầm non … theo Quyết định số 1677/QĐ-TTg": known by that decision's number.
        !/^\s*theo\s+(?:Quyết định|Nghị quyết|Chỉ thị)\s+số/u.test(
          text.slice(start + m[0].length, start + m[0].length + 40),
        )
      )
    )
      continue;
    const name = squeeze(m[2] ?? '');
    // "Kế hoạch này", "Kế hoạch gửi Sở …", "Kế hoạch bằng nhiều hình thức": the plan speaking of itself.
    if (!/\p{L}{3}/u.test(name) || SELF.test(name)) continue;
    // "Chương trình hành động của Tỉnh ủy": the kind is "Chương trình hành động", issued by someone.
    if (/^hành động\s+của\s/u.test(name)) continue;
    // "thực hiện Chương trình chính sách an sinh xã hội": the common pair "(các) chương trình, chính sách …"
    // (programmes and policies of a field) with its comma left out, not one programme's name.
    if (/^chính sách\s/u.test(name)) continue;
    if (curriculum(m[1] ?? '', name) || kindOfList(m[1] ?? '', text.slice(Math.max(0, start - 60), start)))
      continue;
    // "Kế hoạch lao động - việc làm, giáo dục nghề nghiệp hằng năm": a plan made every year, not one document.
    if (/(?<![\p{L}])h[àằ]ng năm(?![\p{L}])/u.test(name)) continue;
    // An unnumbered "Kế hoạch" is a document when its name says which: a proper name, a quote, a period or
    // a subject of some length; "Kế hoạch bảo đảm bám sát thực tiễn" and "… với các nội dung sau" are this plan.
    if (/^[\p{Ll}]/u.test(m[1] ?? '') && !SPECIFIC.test(name)) continue;
    if (
      /^kế hoạch$/iu.test(m[1] ?? '') &&
      (/nội dung/u.test(name) || !(/[\p{Lu}“"]|giai đoạn|\d{4}/u.test(name) || name.split(' ').length >= 7))
    )
      continue;
    out.push({
      ...(outer ? { inner: true } : {}),
      // Written in lower case mid-sentence, the kind is shown as a document's kind is.
      kind: (m[1] ?? '').replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
      number: null,
      date: null,
      issuer: null,
      // "Đề án về bảo vệ môi trường": a title is what the document is about, without "về".
      title: name.replace(/^về\s+(?=\p{L})/u, ''),
      start,
      end: start + m[0].length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One key per document: its number, else its kind and name. */
export function citationKey(c: Pick<Citation, 'kind' | 'number' | 'title'>): string {
  return c.number ? fold(c.number).replace(/\s+/g, '') : `${fold(c.kind)}:${fold(c.title ?? '')}`;
}
