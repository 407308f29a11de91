/** Raw text → numbered lines with the scrape's table markers read off. */

/** One line of a plan as scraped. */
export interface Line {
  /** 1-based line number in the raw file. */
  no: number;
  raw: string;
  /** The text with table-cell markers and markdown emphasis removed, whitespace evened out. */
  text: string;
  /** Only `|` characters: an empty table cell or the end of a row. */
  bare: boolean;
  /** Ended with " |": one table cell. */
  cell: boolean;
}

/** Splits a plan into lines: `readLines('a |\n|')` → a cell line and a bare line. */
export function readLines(text: string): Line[] {
  // An NFD copy (combining tone marks) must read like the NFC original.
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => {
      const trimmed = raw.trim();
      const bare = /^\|[|\s]*$/.test(trimmed);
      // "-------" under the header is a rule, read as a blank line.
      const rule = /^[-–_]{3,}$/.test(trimmed);
      const cell = !bare && /\|\s*$/.test(trimmed);
      const clean = trimmed
        .replace(/\s*\|+\s*$/, '')
        .replace(/\*\*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      return { no: i + 1, raw, text: bare || rule ? '' : clean, bare, cell };
    });
}
