/** Figures in plan text → targets `{ year, value, text, comparator, area }`. */
import type { Comparator, Target } from '../schema/records';
import { fold } from '../search/normalize';

// A number as plans write it: "87,5", "14.000", "03", "1-1,5", "75-80".
const NUM = String.raw`\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?`;
// What makes a bare number a commitment: a percent, per-mille, or a counted unit.
const W = String.raw`(?![\p{L}\d])`;
const UNIT = String.raw`(?:\s*(?:%0|‰|%)(?:\s*\/\s*năm${W})?|\s*(?:m2|m²)(?:\s*sàn)?(?:\s*\/\s*người${W})?|\s*\/\s*(?:1 vạn|10\.000|100\.000|100)(?:\s+[\p{L}]+){0,2}|\s+(?:người|lao động|bác\s*sĩ|bác\s*sỹ|giường(?: bệnh)?|dược\s*s[ĩỹ](?: đại học)?|điều dưỡng(?: viên)?|căn(?: hộ)?|mô hình|tuổi|năm|lần|hộ|xã|trường)${W}(?:\s*\/\s*(?:năm|người|1 vạn dân|10\.000 dân|100\.000 dân)${W})?)`;
const CUE = String.raw`(?:(?:trên|dưới|hơn|ít nhất|tối thiểu|tối đa|khoảng|từ|đạt|còn|xuống(?: còn| dưới)?|giảm|tăng|bằng|>=|<=|>|<)\s*)*`;
const FIGURE = new RegExp(`(${CUE})(${NUM})(${UNIT})(\\s*trở lên|\\s*trở xuống)?`, 'giu');

function comparatorOf(cue: string, tail: string, value: string): Comparator {
  const c = fold(`${cue} ${tail}`);
  if (/[-–]/.test(value)) return 'range';
  if (/tro len|it nhat|toi thieu|>=/.test(c)) return '>=';
  if (/tro xuong|toi da|<=/.test(c)) return '<=';
  if (/tren|hon|>/.test(c)) return '>';
  if (/duoi|</.test(c)) return '<';
  return '=';
}

const YEAR = /(?:năm|đến|vào|cuối năm)\s+((?:19|20)\d{2})(?!\d)/giu;

/** Area the clause speaks of: thành thị / nông thôn, or all. */
export function areaOf(text: string): string {
  const f = fold(text);
  if (/thanh thi|do thi/.test(f)) return 'thành thị';
  if (/nong thon/.test(f)) return 'nông thôn';
  return 'all';
}

/**
 * Targets written in one clause: "xuống 4% vào năm 2025 và xuống 3,5% vào năm 2030" → two targets.
 * A figure takes the year written right after it, else the nearest year before it, else `defaultYear`.
 */
export function readTargets(clause: string, defaultYear: number | null): Target[] {
  const years = [...clause.matchAll(YEAR)].map((m) => ({ at: m.index ?? 0, year: Number(m[1]) }));
  const targets: Target[] = [];
  for (const m of clause.matchAll(FIGURE)) {
    const [whole, cue = '', value = '', unit = '', tail = ''] = m;
    const at = m.index ?? 0;
    // "năm 2025" itself, "giai đoạn 2021-2025" and "từ 5 đến 17 tuổi" ages are not targets.
    if (/^(?:19|20)\d{2}$/.test(value)) continue;
    // Ages and durations ("trẻ em dưới 5 tuổi", "từ 15-60") are targets only after "đạt"/"khoảng".
    if (/^\s*(?:tuổi|năm)/u.test(unit) && !/dat|khoang|toi thieu/.test(fold(cue))) continue;
    const end = at + whole.length;
    const after = years.find((y) => y.at >= end && y.at - end < 12);
    const before = [...years].reverse().find((y) => y.at < at);
    targets.push({
      year: after?.year ?? before?.year ?? defaultYear,
      value: value.replace(/\s+/g, ''),
      text: whole.trim(),
      comparator: comparatorOf(cue, tail, value),
      scope: 'province',
      area: areaOf(clause),
    });
  }
  return targets;
}

/** A table cell value → a target: "> 95" is `>`, "75-80" a range, "-" nothing, "Tiểu học" text. */
export function readCellTarget(
  cell: string,
  unit: string,
  year: number | null,
  scope: 'province' | 'central',
  area: string,
): Target | null {
  const v = cell.trim();
  if (!v || v === '-' || v === '–') return null;
  const m = /^(>=|<=|>|<|≥|≤)?\s*(\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?)\s*(.*)$/u.exec(v);
  if (!m) return { year, value: v, text: v, comparator: 'text', scope, area };
  const op = (m[1] ?? '').replace('≥', '>=').replace('≤', '<=');
  const value = (m[2] ?? '').replace(/\s+/g, '');
  const comparator: Comparator = /[-–]/.test(value) ? 'range' : ((op || '=') as Comparator);
  const shown = unit && unit !== '%' && !m[3] ? `${v} ${unit}` : unit === '%' ? `${v}%` : v;
  return { year, value, text: shown.replace(/\s+%/, '%'), comparator, scope, area };
}
