/**
 * Rule: the plan's title. Under a "KẾ HOẠCH" line, the lines after it; without one, what the preamble says
 * the UBND issues ("UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết … , cụ thể như sau:"); else the web
 * page's own line ("Kế hoạch 10/KH-UBND năm 2022 thực hiện … do thành phố Đà Nẵng ban hành"), without the
 * page's wrapping.
 */

// "… ban hành Kế hoạch <title>, cụ thể như sau:" / "… với các nội dung như sau:".
const ISSUES =
  /(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố)(?:\s+[\p{Lu}][\p{L}]*)*\s+ban hành Kế hoạch\s+(.+?)(?:,?\s*(?:cụ thể|với (?:các|những) nội dung|gồm (?:các|những) nội dung)?\s*như sau\s*:?\s*$|\s*như sau\s*:?\s*$)/u;
// "Kế hoạch 10/KH-UBND năm 2022 <title> do thành phố Đà Nẵng ban hành".
const PAGE = /^Kế hoạch\s+\d+\s*\/\s*[\p{Lu}Đ-]+(?:\s+năm\s+\d{4})?\s+(.+?)(?:\s+do\s+.+\s+ban hành)?$/u;

/** A title is a phrase of some length: "triển khai thực hiện" alone names nothing. */
const MIN_LENGTH = 30;

/** The title a preamble sentence gives: `titleFromPreamble('UBND tỉnh ban hành Kế hoạch thực hiện …, cụ thể như sau:')`. */
export function titleFromPreamble(text: string): string | null {
  const m = ISSUES.exec(text);
  const title = m?.[1]?.trim() ?? '';
  return title.length >= MIN_LENGTH ? title : null;
}

/** The title in the web page's own line, or null when the line is not one. */
export function titleFromPage(text: string): string | null {
  const m = PAGE.exec(text.trim());
  const title = m?.[1]?.trim() ?? '';
  return title.length >= MIN_LENGTH ? title : null;
}
