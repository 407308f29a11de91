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
  String.raw`(?<![\p{L}])(${KINDS})\s+(?:số\s*)?(${NUMBER})(?:\s*,?\s*ngày\s+(${DATE}))?(?:\s+(?:của|do)\s+([^;,“"”(.]+?)${ISSUER_END})?(?:\s+(?:(?:về việc|về|V\/v)\s+|(?=(?:ban hành|phê duyệt)\s))((?:“[^”|]{1,80}”|[^;(“"”|])+?)(?=[;(|]|\.\s|\.$|$|,?\s+(?:và\s+)?(?:${KINDS})\s+(?:số\s*)?\d|,\s+(?:Kế hoạch|Quyết định|Nghị quyết|Chương trình|Đề án)\s))?`,
  'gu',
);
// A named document without a number: the kind capitalised, then a name that is not a pronoun or a list; or any
// kind, then its name in quotes ("đề án “Phát triển nguồn nhân lực … đến năm 2030”"); in a table cell the name
// runs to the cell's end, commas and all ("Thực hiện Kế hoạch về nông nghiệp, nông dân, nông thôn … |").
const NAMED =
  /(?<![Cc]ác )(?<![\p{L}])(Chương trình hành động|Chương trình|Đề án|Chiến lược|Kế hoạch|Luật|Pháp lệnh|Bộ [Tt]iêu chí|Quyết định(?= (?:phê duyệt|ban hành) )|chương trình|đề án|chiến lược|kế hoạch)\s+((?!này|số|đó|trên|,|và\s|của\s|hằng|hàng)(?:“[^”|]{6,200}”|(?:“[^”|]{1,200}”|[^;.:()|“”]){6,250}?(?=\.?\s*\|)|(?:“[^”|]{1,200}”|\([^)|]{1,30}\)|[^;.,:()|“”]){6,160}?))(?=\s*[;.,:)|]|\s*\((?![^)|]{1,30}\)\s+\p{Ll})|\s(?:nhằm|để|và các|cho|theo|được|bảo đảm|đảm bảo|gắn với|và (?:thực hiện|triển khai|tổ chức|nâng cao|đẩy mạnh|tăng cường))\s|\svà\s(?:Nghị quyết|Quyết định|Kết luận|Kế hoạch|Chương trình|Đề án|Chỉ thị)\s|$)/gu;

// "Kế hoạch của UBND tỉnh về thực hiện Chiến lược quốc gia …": the issuer before the subject.
const ISSUED_FIRST =
  /(?<![\p{L}])(Kế hoạch|Chương trình hành động|Chương trình|Đề án|Quyết định)\s+của\s+((?:UBND|Ủy ban nhân dân|Tỉnh ủy|Ban Thường vụ Tỉnh ủy|HĐND|Hội đồng nhân dân|Chính phủ|Thủ tướng Chính phủ|Bộ [\p{Lu}][\p{L}]*(?: [\p{L}]+){0,5}?)(?: tỉnh| thành phố)?)\s+về\s+((?:việc\s+)?[^;.:()|“”]{6,250}?)(?=\s*[;.:()|]|$)/gu;

// "Nghị quyết Hội nghị Trung ương 5 (khóa XI) về một số vấn đề …", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX":
// a resolution named after the conference that passed it. It is a document of its own even inside another
// citation ("Kết luận 92-KL/TW … tiếp tục thực hiện Nghị quyết Hội nghị …"); the term names which conference.
const CONFERENCE = new RegExp(
  String.raw`(?<![\p{L}])Nghị quyết\s+((?:Hội nghị|Đại hội)[^;.,:()|“”]*?(?:\s*\([^)|]{1,30}\))?)(?!\s*\()(?:\s+về\s+([^;.:()|“”]{6,250}?)|(?<=\))\s+([^;.:()|“”]{6,250}?))?(?=\s*[;.:()|]|\s+(?:của|đã|và|nhằm|trên địa bàn|[Cc]ăn cứ|[Tt]hực hiện)\s|\s+(?:${KINDS})\s+(?:số\s*)?\d|$)`,
  'gu',
);

// Words that open no document's name: a verb or preposition after "Kế hoạch" means the plan itself.
const SELF =
  /^(?:của|thì|được|đã|sẽ|có|gửi|bằng|cần|với|này|hành động(?: này)?$|đề ra|như|và|là|sau|khi|đến|nêu|trên|liên quan|khác)(?![\p{L}])/u;
// A kind written in lower case ("thuộc chương trình mục tiêu quốc gia …") names one document only when its name
// says which: national, a proper name, a quote or a period; "các chương trình, kế hoạch hằng năm" names none.
const SPECIFIC = /quốc gia|[\p{Lu}“"]|giai đoạn \d|đến năm \d/u;
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
// "Ban Chấp hành Trung ương Đảng khóa XIII": the term is not part of who issued it.
const issuerOf = (s: string | undefined) =>
  s ? squeeze(s.replace(/\(?\s*khóa\s+[IVXLC]+\s*\)?/giu, '')) || null : null;

/** Every document cited in `text`, numbered ones first found. `citations('… Quyết định số 1983/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ …')`. */
export function citations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const start = m.index ?? 0;
    const date = m[3] ? parseDate(`ngày ${m[3].replace(/\s*\/\s*/g, '/')}`) : null;
    out.push({
      kind: m[1] ?? '',
      number: squeeze(m[2] ?? '').replace(/\s*([-/])\s*/g, '$1'),
      date,
      // "theo đề nghị của Sở LĐTBXH tại Tờ trình số …": the issuer stands before the number.
      issuer:
        issuerOf(m[4]) ??
        issuerOf(/của\s+([^,;]+?)\s+tại\s*$/u.exec(text.slice(Math.max(0, start - 120), start))?.[1]),
      // "… giai đoạn 2018-2025 theo Quyết định số 1677/QĐ-TTg": the next citation takes its connector with it.
      title: m[5] ? squeeze(m[5]).replace(/\s+(?:theo|của|và|tại|về|để)$/u, '') || null : null,
      start,
      end: start + m[0].length,
    });
  }
  const numbered = [...out];
  for (const m of text.matchAll(CONFERENCE)) {
    const start = m.index ?? 0;
    out.push({
      inner: numbered.some((c) => start >= c.start && start < c.end),
      kind: 'Nghị quyết',
      number: null,
      date: null,
      issuer: squeeze(m[1] ?? '') || null,
      // After the term in brackets the subject may follow without "về": "… (khóa XI) một số vấn đề …".
      title: (m[2] ?? m[3]) ? squeeze(m[2] ?? m[3] ?? '') : null,
      start,
      end: start + m[0].length,
    });
  }
  for (const m of text.matchAll(ISSUED_FIRST)) {
    const start = m.index ?? 0;
    if (out.some((c) => start >= c.start && start < c.end)) continue;
    out.push({
      kind: m[1] ?? '',
      number: null,
      date: null,
      issuer: issuerOf(m[2]),
      title: squeeze(m[3] ?? '').replace(/^việc\s+/u, ''),
      start,
      end: start + m[0].length,
    });
  }
  for (const m of text.matchAll(NAMED)) {
    const start = m.index ?? 0;
    // Inside another citation ("Quyết định số 980/QĐ-UBND … ban hành Đề án …", "Kế hoạch thực hiện
    // Chương trình …") it is that document's subject, not a document of its own.
    if (out.some((c) => start >= c.start && start < c.end)) continue;
    const name = squeeze(m[2] ?? '');
    // "Kế hoạch này", "Kế hoạch gửi Sở …", "Kế hoạch bằng nhiều hình thức": the plan speaking of itself.
    if (!/\p{L}{3}/u.test(name) || SELF.test(name)) continue;
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
