/** Turning reply text into what a chat accepts: HTML escaping and splitting at a platform's length limit. */
import type { SourceRef } from '../answer/types';
import { location } from '../text/citation';

/** Longest Telegram message, counted after entity parsing (so on the unescaped text). */
export const TELEGRAM_MAX_TEXT = 4096;
/** Longest Zalo Bot message. */
export const ZALO_MAX_TEXT = 2000;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Escapes text for Telegram's HTML parse mode: `escapeHtml('a < b & c')` → `'a &lt; b &amp; c'`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Cuts one over-long line into pieces of at most `limit`, preferring a space, never inside a surrogate pair. */
function cutLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let at = rest.lastIndexOf(' ', limit);
    // A space in the first half would leave a tiny piece; a hard cut reads better then.
    if (at < limit / 2) at = limit;
    const code = rest.charCodeAt(at - 1);
    if (at === limit && code >= 0xd800 && code <= 0xdbff) at -= 1;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, '');
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Splits text into messages of at most `limit` characters, on line boundaries where possible;
 * whitespace-only pieces are dropped because chat APIs refuse empty messages.
 * `splitText('a\nb', 2)` → `['a', 'b']`.
 */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return text.trim() ? [text] : [];
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) chunks.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    for (const piece of line.length > limit ? cutLine(line, limit) : [line]) {
      if (current && current.length + 1 + piece.length > limit) flush();
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  flush();
  return chunks;
}

/** Longest quote shown by /nguon, so one source never fills a whole message. */
const MAX_QUOTE = 700;

/** Where a source is: `'KH 91/KH-UBND (Quảng Ninh), mục I.2.6, dòng 202–203'`, `'…, Phụ lục 1, mục 4.6, dòng 301–310'`. */
export function sourceLabel(s: SourceRef): string {
  return `KH ${s.planNumber} (${s.province}), ${location(s)}`;
}

/** The sources of an answer as plain text, one block each: the label, then «the quote». */
export function formatSources(sources: readonly SourceRef[]): string {
  return sources
    .map((s) => {
      const quote = s.quote.length > MAX_QUOTE ? `${s.quote.slice(0, MAX_QUOTE)}…` : s.quote;
      return `${sourceLabel(s)}\n«${quote}»`;
    })
    .join('\n\n');
}
