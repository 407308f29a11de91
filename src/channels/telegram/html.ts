/**
 * A reply's plain text as Telegram HTML: everything escaped, figures and agency names in bold, and each
 * source line ("Nguồn: KH 91/KH-UBND …", or a label of /nguon) a link to its row on the web page.
 */
import type { Reply } from '../conversation';
import { escapeHtml } from '../format';

/**
 * A figure as the plans write it, with what bounds it: "trên 95%", "< 3%", "≥ 98,5%", "60‰", "> 25".
 * Years and line numbers carry no unit or comparator, so they stay plain.
 */
const FIGURE =
  /(?:(?:trên|dưới|tối thiểu|tối đa|ít nhất|không quá|>=|<=|[<>≥≤])\s?\d+(?:[.,]\d+)*(?:\s?(?:%|‰))?|\d+(?:[.,]\d+)*\s?(?:%|‰))/giu;
/**
 * A line that names a source and nothing else: "  Nguồn: KH 91/KH-UBND (26/04/2021), mục I.2.6, dòng 202–203."
 * or a /nguon label; a sentence about a plan ("KH 230/KH-UBND (Đồng Nai) ban hành ngày …") is not one.
 */
const SOURCE_LINE = /^(\s*(?:Nguồn: )?)(KH \S+ \([^)]*\), .*dòng \d+(?:–\d+)?)(\.?)$/u;

type Range = [number, number];

function boldRanges(line: string, strong: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const m of line.matchAll(FIGURE)) ranges.push([m.index, m.index + m[0].length]);
  for (const name of strong) {
    if (!name) continue;
    for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + name.length))
      ranges.push([at, at + name.length]);
  }
  // Overlaps (a name inside a longer name) merge into one bold run.
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function boldLine(line: string, strong: readonly string[]): string {
  let out = '';
  let at = 0;
  for (const [from, to] of boldRanges(line, strong)) {
    out += `${escapeHtml(line.slice(at, from))}<b>${escapeHtml(line.slice(from, to))}</b>`;
    at = to;
  }
  return out + escapeHtml(line.slice(at));
}

/** A link Telegram accepts: the URL escaped as an attribute. */
export function htmlLink(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

/**
 * One part of a reply as HTML. `links` is a cursor over the reply's source links, shared by its parts so
 * the third "Nguồn:" line gets the third link whichever message it lands in.
 */
export function partHtml(part: string, marks: Reply['marks'], links: { next: number }): string {
  if (!marks) return escapeHtml(part);
  return part
    .split('\n')
    .map((line) => {
      const source = SOURCE_LINE.exec(line);
      const url = source ? marks.sourceUrls[links.next] : undefined;
      if (source && url) {
        links.next++;
        const [, lead = '', label = '', end = ''] = source;
        return `${escapeHtml(lead)}${htmlLink(url, label)}${escapeHtml(end)}`;
      }
      return source ? escapeHtml(line) : boldLine(line, marks.strong);
    })
    .join('\n');
}

/** The line added when no source line carried the answer's link: "Xem trên trang kế hoạch". */
export function webLinkLine(url: string): string {
  return `\n🔗 ${htmlLink(url, 'Xem dòng này trên trang kế hoạch')}`;
}
