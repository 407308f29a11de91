/**
 * Rule: a plan says what each annex holds where it refers to it: "11. Phân công nhiệm vụ chi tiết cho các Sở,
 * ban, ngành … (Phụ lục II đính kèm)." The statement before the reference, from its sentence's start, is the
 * annex's content; the first reference to an annex describes it.
 */
import type { Source } from '../../schema/records';
import type { Unit } from '../units';

/** One annex as the plan describes it: `{ label: 'Phụ lục II', about: 'Phân công nhiệm vụ chi tiết …' }`. */
export interface Annex {
  label: string;
  about: string;
  source: Source;
}

const REFERENCE = /\(\s*phụ lục\s+([IVXLC]+|\d+)\s*(?:đính kèm|kèm theo)?\s*\)/giu;
// A list marker opening the statement: "11. ", "2.1. ", "a) ", "- ".
const MARKER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•])\s*/u;

/** The annexes the plan's units describe, in order of first reference. */
export function annexes(file: string, units: readonly Unit[]): Annex[] {
  const found = new Map<string, Annex>();
  for (const [i, own] of units.entries()) {
    for (const m of own.text.matchAll(REFERENCE)) {
      const label = `Phụ lục ${(m[1] ?? '').toUpperCase()}`;
      if (found.has(label)) continue;
      // A reference wrapped onto a line of its own closes the statement before it.
      const alone = !own.text.slice(0, m.index ?? 0).trim() && i > 0;
      const previous = units[i - 1];
      const u: Unit =
        alone && previous
          ? {
              ...previous,
              text: `${previous.text} ${own.text}`,
              lineEnd: own.lineEnd,
              offsets: [...previous.offsets, previous.text.length + 1],
            }
          : own;
      const at = (m.index ?? 0) + (u === own ? 0 : u.text.length - own.text.length);
      const before = u.text.slice(0, at);
      // The statement starts after the previous sentence or clause of the same unit.
      const start = Math.max(
        0,
        ...['. ', '; '].map((s) => before.lastIndexOf(s) + s.length).filter((i) => i > 1),
      );
      const about = before
        .slice(start)
        .replace(MARKER, '')
        .replace(/[\s,;:]+$/u, '')
        .trim();
      if (about.length < 10) continue;
      const end = at + m[0].length;
      found.set(label, {
        label,
        about,
        source: {
          file,
          lineStart: lineAt(u, start),
          lineEnd: lineAt(u, end - 1),
          section: u.section,
          quote: u.text.slice(start, end).trim(),
        },
      });
    }
  }
  return [...found.values()];
}

/** The line of `u` that holds character `pos` of its text. */
function lineAt(u: Unit, pos: number): number {
  let i = 0;
  while (i + 1 < u.offsets.length && (u.offsets[i + 1] ?? Infinity) <= pos) i++;
  return u.lineStart + i;
}
