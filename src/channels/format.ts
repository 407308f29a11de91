/** Turning reply text into what a chat accepts: HTML escaping and splitting at a platform's length limit. */
import type { SourceRef } from '../answer/types';
import { location } from '../text/citation';
import { cutAt, ellipsize } from '../text/truncate';

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

/** Cuts one over-long line into pieces of at most `limit`, preferring a space, never inside a grapheme. */
function cutLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    const hard = cutAt(rest, limit);
    let at = hard.lastIndexOf(' ');
    // A space in the first half would leave a tiny piece; a hard cut reads better then.
    if (at < limit / 2) at = hard.length || limit;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, '');
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * The text's records: a line with the lines that belong to it — its indented "  Nguồn: …" line, its
 * «quote» — so a message never ends between a statement and its source.
 */
function records(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const belongs = out.length > 0 && /^(?:\s+\S|«)/u.test(line);
    if (belongs) out[out.length - 1] += `\n${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * Splits text into messages of at most `limit` characters, between records where possible (a source stays
 * with its statement, a label with its quote), else between lines, else inside a line at a space;
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
  const add = (piece: string) => {
    if (current && current.length + 1 + piece.length > limit) flush();
    current = current ? `${current}\n${piece}` : piece;
  };
  for (const record of records(text)) {
    if (record.length <= limit) {
      add(record);
      continue;
    }
    // A record longer than a message is cut between its lines, and a line longer than that inside it.
    for (const line of record.split('\n'))
      for (const piece of line.length > limit ? cutLine(line, limit) : [line]) add(piece);
  }
  flush();
  return chunks;
}

/** Longest quote shown by /nguon, so one source never fills a whole message. */
const MAX_QUOTE = 700;

/** Where a source is: `'KH 91/KH-UBND (Quảng Ninh), mục I.2.6, dòng 202–203'`, `'…, Phụ lục I, mục 4.6, dòng 301–310'`. */
export function sourceLabel(s: SourceRef): string {
  return `KH ${s.planNumber} (${s.province}), ${location(s)}`;
}

/**
 * A line led by its province once: `withProvince('Đồng Nai: Tỷ lệ…', 'Đồng Nai')` → `'Đồng Nai: Tỷ lệ…'`,
 * `withProvince('Tỷ lệ…', 'Đồng Nai')` → `'Đồng Nai: Tỷ lệ…'` (answer lines name it when they span provinces).
 */
export function withProvince(line: string, province: string): string {
  return line.startsWith(`${province}:`) ? line : `${province}: ${line}`;
}

/** The sources of an answer as plain text, one block each: the label, then «the quote». */
export function formatSources(sources: readonly SourceRef[]): string {
  return sources
    .map((s) => {
      const quote = ellipsize(s.quote, MAX_QUOTE + 1);
      return `${sourceLabel(s)}\n«${quote}»`;
    })
    .join('\n\n');
}
