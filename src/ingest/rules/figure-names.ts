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
}

// Words that only say when or compare: "năm 2030 có", "đến năm 2025 đạt", "trong đó", "dưới".
const NOT_A_NAME =
  /(?:^|\s)(?:trong đó|riêng|(?:đến|vào|tới|cuối)?\s*(?:năm\s+)?(?:19|20)\d{2}|giai đoạn|có|đạt|còn|là|giảm|tăng|xuống|dưới|trên|hơn|khoảng|ít nhất|tối thiểu|tối đa|từ|bằng|phấn đấu|và)(?=\s|$)/giu;

/** Groups a clause's figures by the words that name them. */
export function figureGroups(clause: string, figures: Figure[]): FigureGroup[] {
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
