/** Figures in plan text → targets `{ year, value, text, comparator, area }`. */
import type { Comparator, Target } from '../schema/records';
import { fold } from '../text/normalize';

// A number as plans write it: "87,5", "14.000", "03", "1-1,5", "75-80".
const NUM = String.raw`\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?`;
// What makes a bare number a commitment: a percent, per-mille, or a counted unit.
const W = String.raw`(?![\p{L}\d])`;
const UNIT = String.raw`(?:\s*(?:%0|‰|%)(?:\s*\/\s*năm${W}|\s+năm(?=\s*[,;.]|\s*$))?|\s+bé trai\s*\/\s*100 bé gái|\s*(?:USD|triệu đồng|tỷ đồng)${W}|\s*(?:m2|m²)(?:\s*sàn)?(?:\s*\/\s*người${W})?|\s*\/\s*(?:1 vạn|10\.000|100\.000|100)(?:\s+(?!vào|năm|đến|và)[\p{L}]+){0,2}|\s+(?:người|lao động|bác\s*sĩ|bác\s*sỹ|giường(?: bệnh)?|dược\s*s[ĩỹ](?: đại học)?|điều dưỡng(?: viên)?|căn(?: hộ)?|mô hình|tuổi|năm|lần|hộ|xã|trường)${W}(?:\s*\/\s*(?:năm|người|1 vạn dân|vạn dân|10\.000 dân|100\.000 dân)${W})?)`;
const CUE = String.raw`(?:(?:trên|dưới|hơn|ít nhất|tối thiểu|tối đa|khoảng|xấp xỉ|từ|đạt|còn|có|xuống(?: còn| dưới)?|giảm|tăng|bằng|>=|<=|>|<)\s*)*`;
const FIGURE = new RegExp(`(${CUE})(${NUM})(${UNIT})(\\s*trở lên|\\s*trở xuống)?`, 'giu');

function comparatorOf(cue: string, tail: string, value: string): Comparator {
  const c = fold(`${cue} ${tail}`);
  if (/[-–]/.test(value)) return 'range';
  if (/khoang|xap xi/.test(c)) return '~';
  if (/tro len|it nhat|toi thieu|>=/.test(c)) return '>=';
  if (/tro xuong|toi da|<=/.test(c)) return '<=';
  if (/tren|hon|>/.test(c)) return '>';
  if (/duoi|</.test(c)) return '<';
  return '=';
}

/** A year a figure is aimed at, as plans write it: "năm 2025", "đến 2030", "vào năm 2025". */
export const YEAR_WORDS = String.raw`(?:năm|đến|vào|cuối năm)\s+((?:19|20)\d{2})(?!\d)`;
const YEAR = new RegExp(YEAR_WORDS, 'giu');

// A region a figure is set for, as written: "vùng sâu, vùng xa, biên giới, hải đảo", "vùng đồng bào dân tộc
// thiểu số và miền núi", "(riêng) các huyện nghèo". The list runs on over commas only into further region words.
const REGION =
  /(?<![\p{L}])(vùng (?:sâu|xa|cao|khó khăn|đặc biệt khó khăn|đồng bào|dân tộc|miền núi|biên giới|bãi ngang|ven biển)(?:(?:,\s*|\s+và\s+|\s+)(?!được|có|đạt|tham|sử|là|thuộc|trên|dưới)[\p{L}]+)*|các (?:huyện|xã) nghèo)/iu;
const REGION_TAIL = /(?:,\s*|\s+)(?:[\p{L}]+)$/u;
const REGION_WORD =
  /^(?:vùng|sâu|xa|cao|khó|khăn|đặc|biệt|đồng|bào|dân|tộc|thiểu|số|miền|núi|biên|giới|hải|đảo|bãi|ngang|ven|biển|và|các|huyện|xã|nghèo)$/iu;

/** The region phrase in `text`, trimmed to region words ("vùng sâu, vùng xa, biên giới, hải đảo"), or null. */
export function regionOf(text: string): string | null {
  let phrase = REGION.exec(text)?.[1];
  if (!phrase) return null;
  // Drop trailing words that are not region words ("… miền núi người dân").
  for (let tail = REGION_TAIL.exec(phrase); tail; tail = REGION_TAIL.exec(phrase)) {
    const word = tail[0].replace(/^[,\s]+/u, '');
    if (REGION_WORD.test(word) && !/^(?:và|các)$/iu.test(word)) break;
    phrase = phrase.slice(0, tail.index);
  }
  return phrase.replace(/\s+/g, ' ');
}

/** Area the words speak of: thành thị (đô thị) / nông thôn, a region, a group, or all. */
export function areaOf(text: string): string {
  // "xã nông thôn mới", "Nông thôn mới nâng cao" name a programme, not the countryside.
  const f = fold(text).replace(/\bnong thon moi\b/g, ' ');
  // Whole words: "đột xuất do thiên tai" folds to "…do thien…", which holds no "đô thị".
  if (/\b(?:thanh thi|do thi)\b/.test(f)) return 'thành thị';
  if (/\bnong thon\b/.test(f)) return 'nông thôn';
  const region = regionOf(text);
  if (region) return region;
  // Groups a figure is set for: women, ethnic minorities, mountain areas.
  if (/\bdong bao dan toc thieu so\b|\bdong bao dtts\b/.test(f)) return 'đồng bào dân tộc thiểu số';
  if (/\bdan toc thieu so\b|\bdtts\b/.test(f)) return 'dân tộc thiểu số';
  if (/\bmien nui\b/.test(f)) return 'miền núi';
  if (isWomen(f)) return 'nữ';
  return 'all';
}

/**
 * Women as a share of a group ("lao động nữ", "nữ học viên", "phụ nữ"). Pregnant women are the whole population an
 * indicator counts, not a split by sex: "phụ nữ mang thai" is no area.
 */
function isWomen(folded: string): boolean {
  if (/\bphu nu (?:mang thai|co thai|sinh con)\b/.test(folded)) return false;
  return /\b(?:lao dong|hoc sinh|sinh vien|hoc vien|can bo) nu\b|\bphu nu\b|\bnu (?:sinh|gioi|hoc vien|hoc sinh|sinh vien|lao dong|can bo)\b/.test(
    folded,
  );
}

/** The unit as the plan writes it after a figure, evened out: "%0" → "‰", "m2" → "m²", "% / năm" → "%/năm". */
export function unitOf(raw: string): string {
  return raw
    .trim()
    .replace(/%0/g, '‰')
    .replace(/m2/g, 'm²')
    .replace(/\s*\/\s*/g, '/')
    .replace(/^(%|‰)\s+năm$/u, '$1/năm')
    .replace(/\/1 vạn\b/u, '/vạn')
    .replace(/\s+/g, ' ');
}

// "… trên 10.000 dân", "Số bác sĩ/1 vạn dân": the population a count is reckoned per, written once in a clause.
const PER_POPULATION = /(?:\/\s*|\btrên\s+)((?:1\s+)?vạn dân|\d{1,3}(?:\.000)+ dân)(?![\p{L}])/iu;

/**
 * A count per population written once for a whole clause: "đạt 39 giường bệnh, 15 bác sĩ … trên 10.000 dân" and
 * "Số giường bệnh/1 vạn dân đạt 61 giường bệnh" give each counted figure the denominator ("giường bệnh/10.000 dân").
 * Only counts of a noun take it: percentages and figures that carry their own "/…" keep their unit.
 */
export function perPopulation(unit: string, clause: string): string {
  if (!unit || unit.includes('/') || !/^[\p{L}]/u.test(unit) || /^(?:tuổi|năm|lần)$/u.test(unit)) return unit;
  const m = PER_POPULATION.exec(clause);
  return m?.[1] ? unitOf(`${unit}/${m[1]}`) : unit;
}

// "phổ cập giáo dục tiểu học đạt mức độ 3": a level is a target written before its figure.
/**
 * A figure's unit, read with its neighbours: "550/100.000 trẻ em … và 500/100.000" repeats the unit cut short;
 * "hằng năm, đào tạo nghề cho 8.000 người" counts people a year.
 */
function unitFor(raw: string, previous: string | undefined, before: string): string {
  const unit = unitOf(raw);
  if (previous && unit && previous.startsWith(unit) && previous !== unit) return previous;
  if (/^(?:người|lao động|hộ|lượt người)$/u.test(unit) && /(?:hằng|hàng|mỗi) năm/iu.test(before))
    return `${unit}/năm`;
  return unit;
}

// A service's level in its name ("dịch vụ công trực tuyến mức độ 4") is no target: it needs "đạt (chuẩn …)".
const LEVEL = /(?<=đạt(?: chuẩn)?(?: [\p{L}]+){0,5} )mức độ\s+(\d{1,2})(?!\d|[,.]\d|\s*%)/giu;
/**
 * "89% số xã, phường, thị trấn trở lên đạt chuẩn": "trở lên" / "trở xuống" after the counted noun still bounds the
 * figure, as long as no verb or other figure comes first.
 */
export function trailingBound(after: string): string {
  const m = /^[^\d;.]*?\s(trở lên|trở xuống)(?![\p{L}])/u.exec(after);
  if (!m?.[1]) return '';
  return /(?:^|\s)(?:đạt|được|có|là|tham gia|chiếm)\s/u.test(
    after.slice(0, m.index + m[0].length - m[1].length),
  )
    ? ''
    : m[1];
}
// "ít nhất 75% người dân …, 80% các xã …": "at least" governs the whole list.
const LIST_CUE = /(?:ít nhất|tối thiểu)\s*(?:có\s*)?$/iu;

/**
 * Targets written in one clause: "xuống 4% vào năm 2025 và xuống 3,5% vào năm 2030" → two targets.
 * A figure takes the year written right after it, else the nearest year before it, else `defaultYear`;
 * its area from the words between the figures before and after it.
 */
export function readTargets(clause: string, defaultYear: number | null): Target[] {
  return readFigures(clause, defaultYear).map((f) => f.target);
}

/** A target with where its figure stands in the clause. */
export interface Figure {
  target: Target;
  at: number;
  end: number;
}

/** `readTargets` with the figures' places, for naming each figure from its own words. */
export function readFigures(clause: string, defaultYear: number | null): Figure[] {
  const years = [...clause.matchAll(YEAR)].map((m) => ({ at: m.index ?? 0, year: Number(m[1]) }));
  const found: { at: number; end: number; target: Target; cue: string }[] = [];
  for (const m of clause.matchAll(FIGURE)) {
    const [whole, cue = '', value = '', unit = '', tail = ''] = m;
    const at = m.index ?? 0;
    // "năm 2025" itself, "giai đoạn 2021-2025" and "từ 5 đến 17 tuổi" ages are not targets.
    if (/^(?:19|20)\d{2}$/.test(value)) continue;
    // Ages and durations ("trẻ em dưới 5 tuổi", "từ 15-60") are targets only after "đạt"/"khoảng".
    if (/^\s*(?:tuổi|năm)/u.test(unit) && !/dat|khoang|toi thieu/.test(fold(cue))) continue;
    const end = at + whole.length;
    let comparator = comparatorOf(cue, tail || trailingBound(clause.slice(end)), value);
    const previous = found[found.length - 1];
    if (
      comparator === '=' &&
      !cue.trim() &&
      previous &&
      LIST_CUE.test(previous.cue) &&
      /^[\s\p{L},]*,\s*[\p{L}\s]*$/u.test(clause.slice(previous.end, at))
    )
      comparator = previous.target.comparator;
    found.push({
      at,
      end,
      cue,
      target: {
        year: yearFor(years, clause, at, end, defaultYear),
        value: value.replace(/\s+/g, ''),
        text: whole.trim(),
        comparator,
        scope: 'province',
        area: 'all',
        unit: unitFor(unit, previous?.target.unit, clause.slice(0, at)),
      },
    });
  }
  for (const m of clause.matchAll(LEVEL)) {
    const at = m.index ?? 0;
    // "89% số xã … đạt chuẩn mức độ 3": the level is what that share must reach, not a target of its own.
    if (/\d\s*%[^;]*$/u.test(clause.slice(0, at))) continue;
    const end = at + m[0].length;
    found.push({
      at,
      end,
      cue: '',
      target: {
        year: yearFor(years, clause, at, end, defaultYear),
        value: m[1] ?? '',
        text: m[0],
        comparator: '=',
        scope: 'province',
        area: 'all',
        unit: 'mức độ',
      },
    });
  }
  found.sort((a, b) => a.at - b.at);
  // Each figure's own words: those after it up to the next comma or figure ("100% hộ gia đình ở thành thị"),
  // else those before it back to the last comma ("…, tỷ lệ thất nghiệp khu vực thành thị dưới 2,5%").
  return found.map((f, i) => {
    const nextAt = found[i + 1]?.at ?? clause.length;
    const span = upTo(clause.slice(f.end, nextAt), /[;(]/);
    // A region list runs over commas ("vùng sâu, vùng xa, biên giới, hải đảo"); other words stop at one.
    const after = regionOf(span) ?? areaOf(upTo(span, /,/));
    const head = clause.slice(found[i - 1]?.end ?? 0, f.at);
    const lastComma = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
    // The first figure's head is its indicator's whole name ("Tỷ lệ nữ học viên, học sinh, sinh viên … đạt").
    const own = areaOf(head.slice(lastComma + 1));
    const area = after !== 'all' ? after : own === 'all' && i === 0 ? areaOf(upTo(head, /;/)) : own;
    const unit = perPopulation(f.target.unit ?? '', clause);
    return { at: f.at, end: f.end, target: { ...f.target, area, unit } };
  });
}

/** `text` up to the first match of `stop`, or all of it. */
function upTo(text: string, stop: RegExp): string {
  const at = text.search(stop);
  return at < 0 ? text : text.slice(0, at);
}

function yearFor(
  years: { at: number; year: number }[],
  clause: string,
  at: number,
  end: number,
  fallback: number | null,
) {
  // "4% vào năm 2025" — but not "20%, năm 2030 có 25%", where the comma starts the next target.
  const after = years.find((y) => y.at >= end && y.at - end < 12 && !/[,;]/.test(clause.slice(end, y.at)));
  // "Phấn đấu đến năm 2025, có 20%, năm 2030 có 25% …, trong đó … 1,1%": a year written right before another
  // figure ("năm 2030 có 25%") owns it; a later figure takes the year that opened the clause.
  const owned = (y: { at: number }) =>
    /^\s*(?:có|đạt|là|còn)?\s*\d/u.test(clause.slice(y.at).replace(/^\S+\s+\d{4}/u, ''));
  const earlier = [...years].reverse().filter((y) => y.at < at);
  // The nearest year before that is this figure's own or owns no other figure; else simply the nearest.
  const before = earlier.find((y) => !owned(y) || clause.slice(y.at, at).length < 24) ?? earlier[0];
  return after?.year ?? before?.year ?? fallback;
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
  if (!m) return { year, value: v, text: v, comparator: 'text', scope, area, unit: unitOf(unit) };
  const op = (m[1] ?? '').replace('≥', '>=').replace('≤', '<=');
  const value = (m[2] ?? '').replace(/\s+/g, '');
  const comparator: Comparator = /[-–]/.test(value) ? 'range' : ((op || '=') as Comparator);
  const shown = unit && unit !== '%' && !m[3] ? `${v} ${unit}` : unit === '%' ? `${v}%` : v;
  // "1 triệu" in a "Căn hộ" column is a million flats: the multiplier belongs to the unit.
  const scale = /^(triệu|nghìn|ngàn|vạn|tỷ)$/iu.test((m[3] ?? '').trim())
    ? `${(m[3] ?? '').trim()} ${unit.toLowerCase()}`
    : unit;
  return { year, value, text: shown.replace(/\s+%/, '%'), comparator, scope, area, unit: unitOf(scale) };
}
