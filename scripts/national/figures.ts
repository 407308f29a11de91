/**
 * Varying the figures of a target ("trên 95%" → "trên 93%") while leaving years, dates and document numbers
 * ("92-KL/TW", "26/4/2021", "năm 2025") alone, so a synthetic target still reads like a plan's.
 */
import type { Rng } from './rng';

const FIGURE = /\d+(?:[.,]\d+)?/g;

interface Parsed {
  value: number;
  decimals: number;
  format: (value: number) => string;
}

function parse(token: string): Parsed {
  const thousands = /^\d{1,3}\.\d{3}$/.test(token);
  if (thousands) {
    return {
      value: Number(token.replace('.', '')),
      decimals: 0,
      format: (v) => Math.round(v).toLocaleString('de-DE'),
    };
  }
  const separator = token.includes(',') ? ',' : '.';
  const [whole, fraction = ''] = token.split(separator);
  return {
    value: Number(`${whole}.${fraction || '0'}`),
    decimals: fraction.length,
    format: (v) => v.toFixed(fraction.length).replace('.', separator),
  };
}

function isYear(value: number, decimals: number): boolean {
  return decimals === 0 && value >= 1900 && value <= 2100;
}

/** Next to a "/" or a "-" followed by a letter, a number is part of a date or a document number. */
function isReference(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text.slice(end, end + 2);
  return before === '/' || after.startsWith('/') || /^-\p{L}/u.test(after);
}

/**
 * A function that rewrites the figures of one target consistently: the same figure gets the same new
 * value in `value`, `text` and the quote. `vary('trên 95%')` → `'trên 91%'` with the first draw.
 */
export function createFigureVaryer(rng: Rng): { vary(text: string): string; reuse(text: string): string } {
  const factor = 0.9 + rng.next() * 0.2;
  const seen = new Map<string, string>();
  const replaceIn = (text: string, create: boolean): string =>
    text.replace(FIGURE, (token, offset: number) => {
      const known = seen.get(token);
      if (known !== undefined) return known;
      if (!create || isReference(text, offset, offset + token.length)) return token;
      const parsed = parse(token);
      if (isYear(parsed.value, parsed.decimals) || parsed.value === 0) return token;
      let scaled = parsed.value * factor;
      // Shares stay shares: "trên 98%" must not become "trên 105%".
      if (parsed.value <= 100 && scaled > 100) scaled = 100;
      const next = parsed.format(scaled);
      seen.set(token, next);
      return next;
    });
  return {
    /** Rewrites every figure, learning new ones. */
    vary: (text) => replaceIn(text, true),
    /** Rewrites only figures already varied, so a quote's "trẻ dưới 5 tuổi" stays as it is. */
    reuse: (text) => replaceIn(text, false),
  };
}
