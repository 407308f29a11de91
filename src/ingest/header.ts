/** The plan's own facts: number, place and date, title, signer, basis documents, horizon. */
import type { BasisDocument, Plan, Source } from '../schema/records';
import { fold } from '../search/normalize';
import { parseDate } from './dates';
import type { Line } from './lines';

/** A problem found while reading a plan, with where it is. */
export interface IngestIssue {
  file: string;
  line: number;
  message: string;
}

type Facts = Omit<Plan, 'id' | 'reportingDuties' | 'horizon' | 'sourceFile' | 'documents'>;

const src = (file: string, from: Line, to: Line, quote: string, section = ''): Source => ({
  file,
  lineStart: from.no,
  lineEnd: to.no,
  section,
  quote,
});

/** Text of `lines[i]` and the next non-empty line, for facts the scrape wrapped ("ngày" / "26 tháng 4"). */
function withNext(lines: Line[], i: number): { text: string; last: Line } {
  const line = lines[i] as Line;
  for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
    const next = lines[j];
    if (next?.text) return { text: `${line.text} ${next.text}`, last: next };
  }
  return { text: line.text, last: line };
}

const DOC_KINDS =
  'Kết luận|Nghị quyết|Quyết định|Kế hoạch|Chương trình hành động|Chương trình|Công văn|Tờ trình|Chỉ thị|Thông báo|Nghị định';
const DOC = new RegExp(
  `(${DOC_KINDS})\\s+(?:số\\s+)?(\\d+[\\w/.\\-&]*[-/][\\w/.\\-&Đđ]+)((?:\\s+ngày\\s+[\\d/]+|\\s+ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})?)(?:\\s+(?:của|do)\\s+([^;,“"(]+?))?(?=\\s+(?:về|thực hiện|ban hành|triển khai|phê duyệt|tiếp tục|\\(|Hội nghị)|[;,.“"(]|$)`,
  'gu',
);

/** Documents named in the preamble (before the first numbered section). */
function readBasis(file: string, lines: Line[], planNumber: string): BasisDocument[] {
  const start = lines.findIndex((l) => /^(Căn cứ|Thực hiện|Theo đề nghị)\s/u.test(l.text));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^(I\.|1\.)\s/.test(l.text));
  const region = lines.slice(start, end < 0 ? start + 20 : end);
  const text = region.map((l) => l.text).join(' ');
  const seen = new Set<string>();
  const docs: BasisDocument[] = [];
  for (const m of text.matchAll(DOC)) {
    const number = (m[2] ?? '').replace(/\.$/, '');
    const key = fold(number);
    if (seen.has(key) || fold(planNumber) === key) continue;
    seen.add(key);
    const at = m.index ?? 0;
    // Find the line the match starts on, for the source.
    let offset = 0;
    let first = region[0] as Line;
    for (const l of region) {
      if (offset + l.text.length >= at) {
        first = l;
        break;
      }
      offset += l.text.length + 1;
    }
    const quote = m[0].trim();
    const lastLine = region.find((l) => l.no >= first.no && offset + quote.length <= offset + 400) ?? first;
    docs.push({
      kind: m[1] ?? '',
      number,
      date: parseDate(m[3] ?? ''),
      // "theo đề nghị của Sở X tại Tờ trình số …": the issuer stands before the number.
      issuer:
        (m[4] ?? '').trim() ||
        (/của\s+([^,;]+?)\s+tại\s*$/u.exec(text.slice(Math.max(0, at - 120), at))?.[1] ?? ''),
      source: src(file, first, lastLine.no < first.no ? first : first, quote, 'căn cứ'),
    });
  }
  return docs;
}

/** Reads the header, footer and signer block of a plan. */
export function readFacts(file: string, lines: Line[], issues: IngestIssue[]): Facts {
  const factSources: Record<string, Source> = {};
  let number = '';
  const numberAt = lines.findIndex((l) => /^Số\s*:?\s*\d+\s*\/\s*[\p{Lu}-]+/u.test(l.text));
  if (numberAt >= 0) {
    const l = lines[numberAt] as Line;
    const m = /^Số\s*:?\s*(\d+)\s*\/\s*([\p{Lu}-]+)/u.exec(l.text);
    number = `${m?.[1]}/${m?.[2]}`;
    factSources.number = src(file, l, l, l.text);
  } else issues.push({ file, line: 1, message: 'không tìm thấy số kế hoạch ("Số: …/KH-UBND")' });

  let province = '';
  let signedDate: string | null = null;
  const placeAt = lines.findIndex((l) => /^[\p{L} .]+,\s*ngày\b/u.test(l.text));
  if (placeAt >= 0) {
    const { text, last } = withNext(lines, placeAt);
    province = (text.split(',')[0] ?? '').replace(/^(TP\.?|Thành phố|Tỉnh)\s*/iu, '').trim();
    signedDate = parseDate(text.replace(/,\s*ngày\s*$/u, ''));
    if (!signedDate) signedDate = parseDate(text);
    factSources.signedDate = src(file, lines[placeAt] as Line, last, text);
    factSources.province = factSources.signedDate;
  } else
    issues.push({ file, line: 1, message: 'không tìm thấy địa danh, ngày ký ("…, ngày … tháng … năm …")' });

  // Title: the lines after "KẾ HOẠCH", up to the preamble; else the web page's footer line.
  let title = '';
  const titleAt = lines.findIndex((l) => fold(l.text) === 'ke hoach');
  if (titleAt >= 0) {
    const parts: Line[] = [];
    for (let j = titleAt + 1; j < lines.length && parts.length < 8; j++) {
      const l = lines[j] as Line;
      if (/^(Căn cứ|Thực hiện|Theo|Để|I\.)\s/u.test(l.text)) break;
      if (l.text) parts.push(l);
    }
    title = parts.map((l) => l.text).join(' ');
    if (parts.length) factSources.title = src(file, parts[0] as Line, parts[parts.length - 1] as Line, title);
  }
  if (!title) {
    const footer = lines.find((l) => /^Kế hoạch\s+\d+\/[\p{Lu}-]+/u.test(l.text) && l.text.length > 40);
    if (footer) {
      title = footer.text;
      factSources.title = src(file, footer, footer, footer.text);
    }
  }
  if (!title) issues.push({ file, line: 1, message: 'không tìm thấy tên kế hoạch' });

  // Signer: the footer's "Người ký:" when present, else the line after the last "CHỦ TỊCH".
  let signerName: string | null = null;
  let signerTitle: string | null = null;
  const titleLine = [...lines].reverse().find((l) => /^(KT\.\s*)?(PHÓ\s+)?CHỦ TỊCH$/u.test(l.text));
  if (titleLine) signerTitle = /PHÓ/u.test(titleLine.text) ? 'Phó Chủ tịch' : 'Chủ tịch';
  const signedBy = lines.find((l) => /^Người ký\s*:/iu.test(l.text));
  if (signedBy) {
    signerName = signedBy.text
      .replace(/^Người ký\s*:\s*/iu, '')
      .replace(/\s*\|\s*/g, ' ')
      .trim();
    factSources.signer = src(file, signedBy, signedBy, signedBy.text);
  } else if (titleLine) {
    const after = lines.find(
      (l) => l.no > titleLine.no && l.text && /^[\p{Lu}][\p{Ll}]+(\s+[\p{Lu}][\p{Ll}]+){1,4}$/u.test(l.text),
    );
    if (after) {
      signerName = after.text;
      factSources.signer = src(file, titleLine, after, `${titleLine.text} ${after.text}`);
    }
  }
  if (!signerName) issues.push({ file, line: lines.length, message: 'không tìm thấy người ký' });

  return {
    province,
    number,
    title,
    signedDate,
    signer: { name: signerName, title: signerTitle },
    basis: readBasis(file, lines, number),
    factSources,
  };
}
