/**
 * Rule: which words name each figure of a clause. "Tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực
 * thành thị dưới 2,5%" holds two indicators, each named by the words before its figure; "đến năm 2025 có 20%,
 * năm 2030 có 25% lực lượng lao động …" and "100% hộ ở thành thị và 75% hộ ở nông thôn …" hold one, whose
 * figures differ only by year or area.
 */
import type { Figure } from '../figures';

/** Figures that share one name, with the words that name them. */
export interface FigureGroup {
  /** The indicator's own words, "" when the clause itself must stand for the name. */
  name: string;
  figures: Figure[];
  /** The name follows the figure ("60% lực lượng lao động … tham gia BHXH"): it names the first group too. */
  trailing?: boolean;
}

// Words that only say when or compare: "năm 2030 có", "đến năm 2025 đạt", "trong đó", "dưới".
const NOT_A_NAME =
  /(?:^|\s)(?:trong đó|riêng|(?:đến|vào|tới|cuối)?\s*(?:năm\s+)?(?:19|20)\d{2}|giai đoạn|có|đạt|còn|là|giảm|tăng|xuống|dưới|trên|hơn|khoảng|ít nhất|tối thiểu|tối đa|từ|bằng|phấn đấu|và)(?=\s|$)/giu;

const letterWords = (s: string) => s.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
// Where-words: two names that differ only by them name one indicator ("hộ ở thành thị", "hộ ở nông thôn").
const WHERE = /(?:^|\s)(?:ở|tại|khu vực|thành thị|nông thôn|đô thị|miền núi|vùng)(?=\s|$)/giu;
const core = (name: string) =>
  name
    .replace(WHERE, ' ')
    .replace(NOT_A_NAME, ' ')
    .replace(/[\s,;:]+/g, ' ')
    .trim();

// The verb that opens a subject's predicate, and what follows it: "… được hưởng thụ …", "… có Internet".
const PREDICATE = /\s(?:được|có|sử dụng|tham gia)\s.*$/u;

/**
 * Rule: in a clause that opens with its figure ("60% lực lượng lao động … tham gia BHXH và trên 45% lực
 * lượng lao động … tham gia BHTN"), each figure is named by the words after it, up to the next figure's
 * connector; a figure with no words of its own ("đến năm 2025 có 20%, năm 2030 có 25% …") shares the next
 * one's, and names that differ only by where ("100% hộ ở thành thị và 75% hộ ở nông thôn …") are one.
 * Null when the clause does not open with a figure or its figures name one indicator.
 */
export function trailingGroups(clause: string, figures: Figure[]): FigureGroup[] | null {
  const first = figures[0];
  if (!first || figures.length < 2) return null;
  // "39 giường bệnh, 15 bác sĩ …": the words after a count are its unit, not a name; "…, trong đó 99% …"
  // is a part of the figure before it.
  if (figures.some((f) => !/^(?:%|‰)$/u.test(f.target.unit ?? ''))) return null;
  if (/trong đó/u.test(clause.slice(first.end))) return null;
  if (
    letterWords(
      clause
        .slice(0, first.at)
        .replace(NOT_A_NAME, ' ')
        .replace(/^[\s\-+•]+/u, ''),
    ) >= 1
  )
    return null;
  const names = figures.map((f, i) => {
    const next = figures[i + 1];
    const after = clause.slice(f.end, next ? next.at : clause.length);
    // Up to the connector before the next figure: "… (BHXH) và trên " → "… (BHXH)".
    const cut = next
      ? after.replace(
          /(?:\s*(?:[,;]|\svà\s|\s)\s*(?:trên|dưới|khoảng|ít nhất|tối thiểu|có|đạt|là|năm\s+(?:19|20)\d{2}|(?:đến|vào)\s+năm\s+(?:19|20)\d{2})?\s*)+$/u,
          '',
        )
      : after;
    return cut.replace(/^[\s,;:]+|[\s,;:.]+$/gu, '').trim();
  });
  // A figure with no name of its own takes the next one's.
  for (let i = names.length - 2; i >= 0; i--)
    if (letterWords(core(names[i] ?? '')) < 2) names[i] = names[i + 1] ?? '';
  // "hộ gia đình ở thành thị" and "hộ gia đình ở nông thôn được sử dụng nước sạch": one subject, the
  // predicate written once at the end.
  const same = (a: string, b: string) => {
    const [x, y] = [core(a), core(b)];
    return x === y || y.startsWith(`${x} `) || x.startsWith(`${y} `);
  };
  const groups: FigureGroup[] = [];
  figures.forEach((f, i) => {
    const last = groups[groups.length - 1];
    if (last && same(last.name, names[i] ?? '')) last.figures.push(f);
    else groups.push({ name: names[i] ?? '', figures: [f], trailing: true });
  });
  if (groups.length < 2) return null;
  // Subjects listed with their figures share the last one's predicate: "75% người dân ở vùng sâu …, 80% các
  // xã … được hưởng thụ …" → "người dân ở vùng sâu … … được hưởng thụ …".
  const lastName = groups[groups.length - 1]?.name ?? '';
  const predicate = PREDICATE.exec(lastName)?.[0] ?? '';
  for (const g of groups.slice(0, -1))
    if (predicate && !PREDICATE.test(g.name)) g.name = `${g.name} …${predicate}`;
  return groups;
}

/** Groups a clause's figures by the words that name them. */
export function figureGroups(clause: string, figures: Figure[]): FigureGroup[] {
  const trailing = trailingGroups(clause, figures);
  if (trailing) return trailing;
  const groups: FigureGroup[] = [];
  for (const [i, f] of figures.entries()) {
    const previous = figures[i - 1];
    const last = groups[groups.length - 1];
    const gap = previous ? clause.slice(previous.end, f.at) : '';
    // A new name opens after a separator right behind the previous figure: "…3%, tỷ lệ … dưới 2,5%".
    const opened = /^\s*(?:[,;]|\svà\s)/u.test(gap);
    const words = gap
      .replace(/^\s*(?:[,;]|và)\s*/u, '')
      .replace(NOT_A_NAME, ' ')
      .replace(/[\s,;:]+/g, ' ')
      .trim();
    if (!last || (opened && words.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length >= 2)) {
      const own = last
        ? gap
            .replace(/^\s*(?:[,;]|và)\s*(?:trong đó,?\s*)?/u, '')
            .replace(
              /\s*(?:có|đạt|còn|là|giảm|tăng|xuống|dưới|trên|hơn|khoảng|ít nhất|tối thiểu|tối đa|từ|bằng)\s*$/u,
              '',
            )
            .trim()
        : '';
      // "87,5%, trong đó có bằng cấp, chứng chỉ đạt 52%": a part of the figure before, named with it.
      const part = /^\s*[,;]?\s*trong đó/u.test(gap) && last;
      const name = part
        ? `${last.name || clause.slice(0, figures[0]?.at ?? 0).trim()}, trong đó ${own}`
        : own;
      groups.push({ name, figures: [f] });
    } else last.figures.push(f);
  }
  return groups;
}

/**
 * Where a figure's name starts in a long sentence: at its last "phấn đấu" after a comma or a full stop, the verb
 * that opens the target ("Triển khai … các chính sách …, phấn đấu toàn tỉnh giảm tỷ lệ hộ nghèo bình quân
 * 3%/năm" → "phấn đấu toàn tỉnh giảm tỷ lệ hộ nghèo bình quân"); the words before it are the duty, not the
 * indicator. Without such a boundary the words stay whole.
 */
export function targetClause(before: string): string {
  const matches = [...before.matchAll(/[,.;]\s+(phấn đấu)(?=\s)/giu)];
  const last = matches[matches.length - 1];
  return last?.index === undefined ? before : before.slice(last.index).replace(/^[,.;]\s+/u, '');
}
