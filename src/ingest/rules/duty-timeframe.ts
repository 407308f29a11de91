/**
 * Rule: the time a duty is to be done in, read from its own words. A period is the duty's only when it
 * qualifies the action: not when it is part of a document's name ("Chương trình … giai đoạn 2021-2025"),
 * the year of a target ("đạt 30% đến năm 2030"), a noun's rhythm ("kế hoạch hằng năm", "dự toán … hằng
 * năm") or a reporting clause's ("định kỳ hằng năm … báo cáo", a reporting duty of its own); "thường
 * xuyên" is a timeframe when the duty opens with it, "giai đoạn …" when it opens it or follows "trong".
 */
import type { Timeframe } from '../../schema/records';
import { fold } from '../../text/normalize';
import { readTimeframe } from '../timeframe';
import { citations } from './documents';

// "trước ngày 10 tháng 11 hàng năm", "(vào ngày 30/11)", "từ ngày 15/11 đến ngày 15/12 hằng năm", "Quý III/2023".
const DUE =
  /(?:(?:dinh ky )?(?:hang|moi) nam,? )?(?:\(?(?<![a-z0-9/])(?:truoc|vao|cham nhat|tu) ngay \d{1,2}(?:\s*\/\s*\d{1,2}|\s+thang\s+\d{1,2})(?!\s*\/\s*\d|\s+nam\s+\d)(?:\s+den ngay \d{1,2}(?:\s*\/\s*\d{1,2}|\s+thang\s+\d{1,2}))?\)?(?:\s+(?:hang|moi) nam)?|quy [ivx1-4]+\s*(?:\/|nam)\s*\d{4})/;
const PHRASE =
  /(?:hang nam|thuong xuyen|dinh ky|(?:den|trong|vao) nam (?:19|20)\d{2}|giai doan (?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})/g;
// "kế hoạch hằng năm", "dự toán kinh phí hằng năm": the rhythm of a thing, not of the duty.
const NOUN_BEFORE =
  /(?:ke hoach|du toan|chuong trinh|ngan sach|kinh phi|bao cao|thi dua|tong ket|so ket)(?:\s+\S+){0,2}\s*$/;
const FIGURE_BEFORE = /\d\s*(?:%|‰)?[^.;]{0,40}$/;
// "phấn đấu đến năm 2025, có 66% trường học đạt chuẩn": the year of the figure after it.
const FIGURE_AFTER = /^[^.;]{0,60}\d\s*(?:%|‰)/;
// "hằng năm, đào tạo nghề cho 8.000 người": a count after the rhythm is what recurs.
const COUNT_AFTER = /^[^.;]{0,60}\d/;

// "Thường xuyên …", "6. Định kỳ sơ kết …", "X: thường xuyên lắng nghe …": the duty opens with the word.
const opens = (before: string) =>
  /^(?:\s*(?:[-+•]|\d+(?:\.\d+)*\.|[a-zđ]\)))?\s*$/.test(before) || /:\s*$/.test(before);

/**
 * Where the duty's report starts when the report follows the duty in a clause of its own: "Chủ trì …
 * triển khai Kế hoạch này; định kỳ hàng năm tổng hợp …, báo cáo UBND thành phố" → the offset of "định
 * kỳ". The date and rhythm there are the report's (a reporting duty of its own), not the duty's. A duty
 * that is the report ("Báo cáo kết quả … trước ngày 15 tháng 12 hằng năm", "Định kỳ hằng năm (vào ngày
 * 30/11), các cơ quan … báo cáo") has no such clause: its first clause holds the report.
 */
export function appendedReport(folded: string): number {
  const first = /[;.](?=\s)/.exec(folded);
  if (!first) return -1;
  let at = first.index;
  for (const clause of folded.slice(at).split(/(?<=[;.])(?=\s)/)) {
    if (/bao cao/.test(clause)) return at;
    at += clause.length;
  }
  return -1;
}

/** `dutyTimeframe('Hằng năm, tổ chức hội nghị sơ kết …')` → yearly; `dutyTimeframe('Triển khai Chương trình … giai đoạn 2021-2025')` → unspecified. */
export function dutyTimeframe(sentence: string): Timeframe {
  const folded = fold(sentence);
  const report = appendedReport(folded);
  // Only the duty's own words: a report appended to it keeps its date for the reporting duty.
  const f = report >= 0 ? folded.slice(0, report) : folded;
  // A day or quarter the duty is due by is its timeframe: "trước ngày 10 tháng 11 hàng năm", "Quý III/2023".
  const due = DUE.exec(f);
  if (due) return readTimeframe(sentence.slice(due.index, due.index + due[0].length));
  // Folding keeps one character per character here, so offsets in `f` are offsets in `sentence`.
  const names = citations(sentence);
  const reporting = /bao cao/.test(f);
  for (const m of f.matchAll(PHRASE)) {
    const at = m.index ?? 0;
    const before = f.slice(Math.max(0, at - 60), at);
    if (names.some((c) => at >= c.start && at < c.end)) continue;
    if ((m[0] === 'thuong xuyen' || m[0] === 'dinh ky') && !opens(before)) continue;
    // "hằng năm, đào tạo nghề cho 8.000 người": the rhythm of a target's figure; opening the duty ("Hằng năm,
    // bố trí kinh phí … 0,5%") it is the duty's.
    if (m[0] === 'hang nam' && !opens(before) && COUNT_AFTER.test(f.slice(at + m[0].length))) continue;
    if (
      m[0] === 'hang nam' &&
      (NOUN_BEFORE.test(before) ||
        (reporting && /dinh ky\s*$|bao cao/.test(f.slice(Math.max(0, at - 80), at + 80))))
    )
      continue;
    const after = f.slice(at + m[0].length);
    if (
      /^(?:den|vao|trong) nam/.test(m[0]) &&
      // "các định hướng hợp tác quốc tế lớn đến năm 2030, tầm nhìn 2045": a strategy's horizon, not the duty's.
      (/^,?\s*tam nhin/.test(after) ||
        FIGURE_BEFORE.test(before) ||
        FIGURE_AFTER.test(after) ||
        /phan dau|phan dau\s*$/.test(before.slice(-20)))
    )
      continue;
    // "Chương trình phát triển nhà ở giai đoạn 2021-2025": a period is the duty's only "trong giai đoạn …" or up front.
    if (m[0].startsWith('giai doan') && at > 3 && !/trong\s*$/.test(before)) continue;
    return readTimeframe(sentence.slice(at, at + m[0].length));
  }
  return { text: '', kind: 'unspecified' };
}

/**
 * The rhythm a paragraph opens with ("Thường xuyên rà soát …", "Hằng năm, tại thời điểm lập dự toán, …"),
 * or null. A paragraph cut for length is one duty's text, so its later pieces keep it.
 */
export function openingTimeframe(paragraph: string): Timeframe | null {
  const m =
    /^(?:\s*(?:[-+•]|\d+(?:\.\d+)*\.|[a-zđ]\)))?\s*((?:định kỳ )?(?:hằng|hàng) năm|thường xuyên)(?![\p{L}])/iu.exec(
      paragraph,
    );
  return m?.[1] ? readTimeframe(m[1]) : null;
}
