/** Abbreviations written out: "Tỷ lệ tham gia BHXH" speaks of "bảo hiểm xã hội". */
import { ABBREVIATIONS } from './vocabulary';

const EXPANSIONS = Object.entries(ABBREVIATIONS).map(
  ([abbr, full]) =>
    [
      new RegExp(`(?<![\\p{L}])${abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'),
      full,
    ] as const,
);

/** `expandAbbreviations('Chương trình MTQG giảm nghèo')` → "Chương trình mục tiêu quốc gia giảm nghèo". */
export function expandAbbreviations(text: string): string {
  return EXPANSIONS.reduce((s, [re, full]) => s.replace(re, full), text);
}
