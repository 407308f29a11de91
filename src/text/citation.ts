/**
 * How a reply says where something stands in a plan, the one place for it: `Phụ lục 1, mục 4.6, dòng 301–310`,
 * `mục I.2.6, dòng 202–203`, `dòng 11`.
 */

/** Where a source stands: its section and lines. */
export interface Located {
  section: string;
  lineStart: number;
  lineEnd: number;
}

/** "PL1.4.6" → "Phụ lục 1, mục 4.6"; "I.2.6" → "mục I.2.6"; the preamble ("căn cứ") and "" → "". */
export function sectionLabel(section: string): string {
  const pl = /^PL(\d+)(?:\.(.+))?$/.exec(section);
  if (pl) return `Phụ lục ${pl[1]}${pl[2] ? `, mục ${pl[2]}` : ''}`;
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
