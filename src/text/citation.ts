/**
 * How a reply says where something stands in a plan, the one place for it: `Phụ lục I, mục 4.6, dòng 301–310`,
 * `mục I.2.6, dòng 202–203`, `dòng 11`.
 */

/** Where a source stands: its section and lines. */
export interface Located {
  section: string;
  lineStart: number;
  lineEnd: number;
}

// Appendices are numbered in Roman numerals (Nghị định 30/2020/NĐ-CP on administrative documents), as the
// plans write them: "(Phụ lục I đính kèm)".
const ROMAN: ReadonlyArray<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV", 12 → "XII" (appendix numbers are small). */
export function roman(n: number): string {
  let out = '';
  let left = n;
  for (const [value, digits] of ROMAN)
    while (left >= value) {
      out += digits;
      left -= value;
    }
  return out;
}

/** "PL1.4.6" → "Phụ lục I, mục 4.6"; "I.2.6" → "mục I.2.6"; the preamble ("căn cứ") and "" → "". */
export function sectionLabel(section: string): string {
  const pl = /^PL(\d+)(?:\.(.+))?$/.exec(section);
  if (pl) return `Phụ lục ${roman(Number(pl[1]))}${pl[2] ? `, mục ${pl[2]}` : ''}`;
  return section && section !== 'căn cứ' ? `mục ${section}` : '';
}

/** `dòng 202` or `dòng 202–203`. */
export function linesLabel(source: Pick<Located, 'lineStart' | 'lineEnd'>): string {
  return source.lineEnd > source.lineStart
    ? `dòng ${source.lineStart}–${source.lineEnd}`
    : `dòng ${source.lineStart}`;
}

/** `mục I.2.6, dòng 202–203`; `dòng 11` when the source has no section. */
export function location(source: Located): string {
  return [sectionLabel(source.section), linesLabel(source)].filter(Boolean).join(', ');
}
