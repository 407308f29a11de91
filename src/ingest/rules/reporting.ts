/**
 * Rule: duties to report. "Định kỳ hằng năm (vào ngày 30/11), các cơ quan, đơn vị, địa phương báo cáo kết quả
 * thực hiện Kế hoạch gửi về Sở LĐTBXH để tổng hợp báo cáo UBND thành phố" → the bodies that report (the
 * clause's subject, else the heading's body), to whom (UBND thành phố), through whom (Sở LĐTBXH), the day
 * (30/11) and how often (yearly). A clause that reports both periodically and "đột xuất" holds two duties;
 * one that reports to two bodies, one duty each.
 */

import { parseYearlyDay } from '../../text/dates';
import { fold } from '../../text/normalize';
import { agencyMentions } from './agency-mentions';
import { type Assignment, readAssignment } from './assignment';

/** How often a report is due. `periodic` is "định kỳ" with no period named. */
export type Frequency =
  | 'yearly'
  | 'half-yearly'
  | 'quarterly'
  | 'monthly'
  | 'once'
  | 'as-needed'
  | 'periodic';

/** One duty to report, bodies in the plan's words. */
export interface Report {
  reporters: string[];
  to: string;
  via: string | null;
  /** The words that say when: "trước ngày 10/12 hằng năm". */
  due: string;
  /** `--MM-DD` for a yearly day. */
  dueDate: string | null;
  frequency: Frequency;
  /** What is reported, in the plan's words ("kết quả thực hiện các chỉ tiêu, nội dung chỉ đạo tại Kế hoạch này"). */
  matter?: string;
}

const REPORT = /bao cao/;
// "(qua Sở LĐTBXH tổng hợp)", "gửi về Sở LĐTBXH để tổng hợp": the body a report passes through.
const VIA = /(?:\(\s*qua|qua|gửi(?: về)?)\s+$/iu;
const DUE = /(?:trước|vào|chậm nhất)\s+ngày\s+\d{1,2}(?:\s*\/\s*\d{1,2}|\s+tháng\s+\d{1,2})/iu;

const AS_NEEDED =
  /dot xuat|(?:khi|theo) (?:co )?yeu cau|(?:neu|khi) (?:co |can )?(?:kho khan|vuong mac|phat sinh|can)/;

// What a report is about: "(báo cáo / tổng hợp) kết quả thực hiện …", "tình hình thực hiện Kế hoạch" — up to the
// words that say where it goes, when, how or what else is done ("về UBND tỉnh", "gửi Sở …", "trước ngày …",
// "theo quy định", "và kịp thời đề xuất …", ", báo cáo UBND thành phố").
const MATTER = /(?<![\p{L}])(?:kết quả|tình hình)(?![\p{L}])/iu;
const MATTER_ENDS =
  /\s*(?:\(|[;.]|,\s*(?:báo cáo|đề xuất|kiến nghị)|\s(?:về|gửi|trước|vào|theo|cho|với|để|qua|lên|báo cáo|định kỳ|hằng năm|hàng năm|và (?:kịp thời|đề xuất|kiến nghị|tham mưu))(?![\p{L}]))/iu;

/**
 * Rule: what a report is about, when its clause says: the first "kết quả …" or "tình hình …" phrase
 * ("báo cáo kết quả thực hiện các chỉ tiêu, nội dung chỉ đạo tại Kế hoạch này về UBND tỉnh" → "kết quả thực
 * hiện các chỉ tiêu, nội dung chỉ đạo tại Kế hoạch này"). Undefined when the clause names no such thing
 * ("tổng hợp các báo cáo định kỳ, đột xuất").
 */
export function reportedMatter(clause: string): string | undefined {
  const m = MATTER.exec(clause);
  if (!m) return undefined;
  const rest = clause.slice(m.index);
  const end = MATTER_ENDS.exec(rest.slice(m[0].length));
  const phrase = (end ? rest.slice(0, m[0].length + end.index) : rest).replace(/[\s,]+$/u, '').trim();
  // A bare "kết quả" / "tình hình" says nothing the report's name does not.
  return phrase.length > m[0].length ? phrase : undefined;
}

/** How often, read from the clause: "hằng năm" yearly, "6 tháng" half-yearly, "đột xuất" as needed… */
export function frequenciesOf(clause: string, sentence = clause): Frequency[] {
  const f = fold(clause);
  const out: Frequency[] = [];
  if (/(?:hang|moi) nam|thuong nien/.test(f)) out.push('yearly');
  else if (/6 thang|sau thang/.test(f)) out.push('half-yearly');
  else if (/(?:hang|moi) quy/.test(f)) out.push('quarterly');
  else if (/(?:hang|moi) thang/.test(f)) out.push('monthly');
  // "nếu có khó khăn, vướng mắc … báo cáo": reported when it arises; "vấn đề vướng mắc" alone is not a when.
  // The sentence's condition ("nếu có khó khăn, vướng mắc; báo cáo …") counts for a clause with no period of its own.
  const explicit = out.length > 0 || /dinh ky/.test(f);
  const asNeeded = AS_NEEDED.test(f) || (!explicit && AS_NEEDED.test(fold(sentence)));
  // "theo quy định" is a period only when nothing says the report is occasional.
  if (!out.length && (/dinh ky/.test(f) || (!asNeeded && /theo quy dinh/.test(f)))) out.push('periodic');
  if (asNeeded) out.push('as-needed');
  return out;
}

/**
 * Reporting duties in one clause or sentence. `owner` is the body of the heading it sits under;
 * `superior` the body reports go to when the plan names none ("UBND tỉnh", "UBND thành phố").
 */
export function readReports(
  sentence: string,
  context: { owner: Assignment | null; superior: string; paragraph?: string },
): Report[] {
  const { owner, superior } = context;
  // A clause without its own subject or time takes the sentence's: "1. Giám đốc các sở … xây dựng kế hoạch;
  // định kỳ trước ngày 10/12 hằng năm, báo cáo …"; "nếu có khó khăn, vướng mắc; báo cáo, đề xuất UBND tỉnh";
  // else the paragraph's ("… đề nghị các sở, UBND các huyện triển khai thực hiện. Trong quá trình …, báo cáo").
  const sentenceLeads = readAssignment(sentence, null).leads;
  const leads = sentenceLeads.length
    ? sentenceLeads
    : context.paragraph
      ? readAssignment(context.paragraph, null).leads
      : [];
  const whole = { leads, frequencies: frequenciesOf(sentence) };
  return sentence
    .split(/[.;](?=\s|$)/u)
    .flatMap((clause) => readClause(clause, owner, superior, { ...whole, sentence }));
}

function readClause(
  text: string,
  owner: Assignment | null,
  superior: string,
  whole: { leads: string[]; frequencies: Frequency[]; sentence: string },
): Report[] {
  const f = fold(text);
  const at = f.search(REPORT);
  if (at < 0 || /^co quan tong hop/.test(f)) return [];
  const own = frequenciesOf(text, whole.sentence);
  const frequencies = own.length ? own : whole.frequencies;
  const dueMatch = DUE.exec(text);
  if (!frequencies.length && !dueMatch) return [];
  // Up to and with "báo cáo", so a subject right before it reads as one ("…, các cơ quan, đơn vị báo cáo …").
  const subject = readAssignment(text.slice(0, at + 'bao cao'.length), null).leads;
  const reporters = subject.length ? subject : whole.leads.length ? whole.leads : (owner?.leads ?? []);
  if (!reporters.length) return [];

  let via: string | null = null;
  const recipients: string[] = [];
  for (const m of agencyMentions(text)) {
    if (m.end <= at || reporters.includes(m.name)) continue;
    if (VIA.test(text.slice(Math.max(0, m.start - 12), m.start))) via ??= m.name;
    else if (!recipients.includes(m.name)) recipients.push(m.name);
  }
  // With no day or period written, the words the plan uses: "định kỳ", or "theo quy định" (as regulated).
  const due = dueMatch
    ? dueMatch[0]
    : frequencies.includes('yearly')
      ? // As the plan spells it: "hàng năm" or "hằng năm".
        (/h[àằ]ng năm/iu.exec(text)?.[0].toLowerCase() ?? 'hằng năm')
      : !/dinh ky/.test(f) && /theo quy dinh/.test(f)
        ? 'theo quy định'
        : 'định kỳ';
  const dueDate = dueMatch ? parseYearlyDay(dueMatch[0]) : null;
  const to = recipients.length ? recipients : [superior];
  const matter = reportedMatter(text);
  return (frequencies.length ? frequencies : ['yearly' as const]).flatMap((frequency) =>
    to.map((recipient) => ({
      reporters,
      to: recipient,
      via,
      due: frequency === 'as-needed' ? 'đột xuất' : due,
      dueDate: frequency === 'as-needed' ? null : dueDate,
      frequency,
      ...(matter ? { matter } : {}),
    })),
  );
}
