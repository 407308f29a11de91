/** The plan's own facts: number, place and date, title, signer. */
import type { Plan, Source } from '../schema/records';
import { parseDate } from '../text/dates';
import { fold } from '../text/normalize';
import type { Line } from './lines';
import { titleFromPage, titleFromPreamble } from './rules/plan-title';

/** A problem found while reading a plan, with where it is. */
export interface IngestIssue {
  file: string;
  line: number;
  message: string;
}

type Facts = Omit<Plan, 'id' | 'reportingDuties' | 'horizon' | 'sourceFile' | 'documents' | 'basis'>;

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

/** A person's name on a line of its own: "Phạm Quang Ngọc". */
const nextIsName = (text: string | undefined): text is string =>
  !!text && /^[\p{Lu}][\p{Ll}]*(\s+[\p{Lu}][\p{Ll}]*){1,4}$/u.test(text);

/** Reads the header, footer and signer block of a plan. */
export function readFacts(file: string, lines: Line[], issues: IngestIssue[]): Facts {
  const factSources: Record<string, Source> = {};
  let number = '';
  // "Số: 91/KH-UBND", "Số: 154 /KH- UBND", or one cell of a header written on one line ("| Số: 96/KH-UBND | …").
  const NUMBER = /(?:^|\|\s*)Số\s*:?\s*(\d+)\s*\/\s*([\p{Lu}Đ]+(?:\s*-\s*[\p{Lu}Đ]+)*)/u;
  const numberAt = lines.findIndex((l) => NUMBER.test(l.text));
  if (numberAt >= 0) {
    const l = lines[numberAt] as Line;
    const m = NUMBER.exec(l.text);
    number = `${m?.[1]}/${(m?.[2] ?? '').replace(/\s+/g, '')}`;
    factSources.number = src(file, l, l, l.text);
  } else issues.push({ file, line: 1, message: 'không tìm thấy số kế hoạch ("Số: …/KH-UBND")' });

  let province = '';
  let signedDate: string | null = null;
  const PLACE = /(?:^|\|\s*)([\p{L} .]+,\s*ngày\b.*)$/u;
  const placeAt = lines.findIndex((l) => PLACE.test(l.text));
  if (placeAt >= 0) {
    const joined = withNext(lines, placeAt);
    // Only the place-and-date cell of a one-line header counts.
    const text = (PLACE.exec(joined.text)?.[1] ?? joined.text).split(/\s*\|\s*/)[0] ?? '';
    const last = joined.last;
    province = (text.split(',')[0] ?? '').replace(/^(TP\.?|Thành phố|Tỉnh)\s*/iu, '').trim();
    signedDate = parseDate(text.replace(/,\s*ngày\s*$/u, ''));
    if (!signedDate) signedDate = parseDate(text);
    factSources.signedDate = src(file, lines[placeAt] as Line, last, text);
    factSources.province = factSources.signedDate;
  } else
    issues.push({ file, line: 1, message: 'không tìm thấy địa danh, ngày ký ("…, ngày … tháng … năm …")' });

  // Title: the lines after "KẾ HOẠCH", up to the preamble; else the web page's footer line.
  let title = '';
  const PREAMBLE = /^(Căn cứ|Thực hiện\s+(?:các\s+)?[\p{Lu}]|Theo|Để|I\.)\s*/u;
  // The lines from `from` up to the preamble ("Căn cứ …", "Thực hiện Văn bản số …"); the first is the title
  // even when it opens with "Thực hiện …". `head` is the title's start on the first line.
  const titleFrom = (from: number, head?: string) => {
    const parts: Line[] = [];
    for (let j = from; j < lines.length && parts.length < 8; j++) {
      const l = lines[j] as Line;
      if ((parts.length || head) && PREAMBLE.test(l.text)) break;
      if (l.text) parts.push(l);
    }
    const text = [...(head ? [head] : []), ...parts.map((l) => l.text)].join(' ');
    const first = head ? lines[from - 1] : parts[0];
    const last = parts[parts.length - 1] ?? first;
    if (text && first && last) {
      title = text;
      factSources.title = src(file, first, last, text);
    }
  };
  const titleAt = lines.findIndex((l) => fold(l.text) === 'ke hoach');
  // "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW …": the title on the same line, in capitals.
  const sharedAt = lines.findIndex(
    (l, i) => i > numberAt && /^KẾ HOẠCH\s+\S/u.test(l.text) && l.text === l.text.toUpperCase(),
  );
  if (titleAt >= 0) titleFrom(titleAt + 1);
  else if (sharedAt >= 0)
    titleFrom(sharedAt + 1, (lines[sharedAt] as Line).text.replace(/^KẾ HOẠCH\s+/u, ''));
  for (const l of lines) {
    if (title) break;
    const found = titleFromPreamble(l.text);
    if (found) {
      title = found;
      factSources.title = src(file, l, l, found);
    }
  }
  for (const l of lines) {
    if (title) break;
    const found = titleFromPage(l.text);
    if (found) {
      title = found;
      factSources.title = src(file, l, l, l.text);
    }
  }
  // No "KẾ HOẠCH" line at all: the lines right after the place and date, up to the preamble.
  if (!title && placeAt >= 0) {
    const after = lines.findIndex((l, i) => i > placeAt && l.text && !/,\s*ngày\b/u.test(l.text));
    const first = lines[after];
    if (first && !PREAMBLE.test(first.text) && first.text.length >= 30) titleFrom(after);
  }
  if (!title) issues.push({ file, line: 1, message: 'không tìm thấy tên kế hoạch' });

  // Signer: the footer's "Người ký:" when present, else the line after the last "CHỦ TỊCH".
  let signerName: string | null = null;
  let signerTitle: string | null = null;
  const titleLine = [...lines].reverse().find((l) => /^(KT\.\s*)?(PHÓ\s+)?CHỦ TỊCH$/u.test(l.text));
  // "KT. CHỦ TỊCH": a deputy signs on the chairman's behalf, even when the scrape lost "PHÓ CHỦ TỊCH".
  const onBehalf = titleLine
    ? lines.slice(Math.max(0, titleLine.no - 3), titleLine.no).some((l) => /^KT\./u.test(l.text))
    : false;
  if (titleLine) signerTitle = /PHÓ/u.test(titleLine.text) || onBehalf ? 'Phó Chủ tịch' : 'Chủ tịch';
  const signedBy = lines.find((l) => /^Người ký\s*:/iu.test(l.text));
  if (signedBy) {
    // Website metadata may put the name on its own line, up to two lines below "Người ký:".
    const own = signedBy.text
      .replace(/^Người ký\s*:\s*/iu, '')
      .replace(/\s*\|\s*/g, ' ')
      .trim();
    const nameLine = lines.slice(signedBy.no, signedBy.no + 3).find((l) => l.text);
    const next = nameLine?.text.replace(/\s*\|\s*/g, ' ').trim();
    const below = !own && nextIsName(next) ? next : null;
    signerName = own || below;
    // The source quotes the name too: "Người ký: Phạm Quang Ngọc", not "Người ký:" alone.
    factSources.signer =
      below && nameLine
        ? src(file, signedBy, nameLine, `Người ký: ${below}`)
        : src(file, signedBy, signedBy, signedBy.text);
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
    factSources,
  };
}
