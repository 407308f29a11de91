/** A unit's text → clauses and sentences that keep the lines they came from. */
import { opensCitation } from './rules/documents';
import type { Unit } from './units';

/** A piece of a unit with its own line range. */
export interface Piece {
  text: string;
  lineStart: number;
  lineEnd: number;
}

/** Line number of character `at` in a unit whose lines were joined with single spaces. */
function lineAt(unit: Unit, at: number): number {
  let line = unit.lineStart;
  for (const [i, offset] of unit.offsets.entries()) if (offset <= at) line = unit.lineStart + i;
  return Math.min(line, unit.lineEnd);
}

function cut(unit: Unit, boundary: RegExp, maxLength: number, keep = (_after: string) => false): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  const text = unit.text;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece.length > 1) {
      pieces.push({
        text: piece,
        lineStart: lineAt(unit, start + lead),
        lineEnd: lineAt(unit, start + lead + piece.length - 1),
      });
    }
  };
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[0] === ';' && keep(text.slice(end, end + 80))) continue;
    if (end - start < 25 && maxLength > 0) continue;
    if (maxLength > 0 && end - start < maxLength / 3) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return pieces;
}

/** Clauses split at ";" and at sentence ends: one commitment each, mostly. */
export function clauses(unit: Unit): Piece[] {
  // A "." before a lower-case word ends "hỗ trợ tín dụng... và các", not a sentence.
  return cut(unit, /;(?=\s+[\p{L}\d"“(])|\.(?=\s+[\p{Lu}\d"“(])/gu, 0);
}

/** Sentence groups of at most ~`maxLength` characters, for long task paragraphs. */
export function sentences(unit: Unit, maxLength: number): Piece[] {
  if (unit.text.length <= maxLength)
    return [{ text: unit.text, lineStart: unit.lineStart, lineEnd: unit.lineEnd }];
  return cut(unit, /[.;](?=\s+[\p{Lu}"“(])/gu, maxLength, opensCitation);
}

/**
 * A paragraph's sentences grouped by who they assign: consecutive sentences with the same `key` stay one piece.
 * "Cùng với Sở LĐTBXH chủ trì tham mưu … . Nâng cao chất lượng phục vụ …" under "9. Bảo hiểm xã hội" is two duties:
 * the first with two leads, the rest the heading's alone.
 */
export function sentencesBy(unit: Unit, key: (sentence: string) => string): Piece[] {
  const all = cut(unit, /\.(?=\s+[\p{Lu}"“(])/gu, 0);
  const groups: { piece: Piece; key: string }[] = [];
  for (const p of all) {
    const k = key(p.text);
    const last = groups[groups.length - 1];
    if (last && last.key === k)
      last.piece = {
        text: `${last.piece.text} ${p.text}`,
        lineStart: last.piece.lineStart,
        lineEnd: p.lineEnd,
      };
    else groups.push({ piece: p, key: k });
  }
  return groups.map((g) => g.piece);
}
