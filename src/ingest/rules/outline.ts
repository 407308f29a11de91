/**
 * Rule: a plan's parts are its headings numbered in Roman numerals ("I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC
 * HIỆN"), in order, each as written with the lines it spans. A part whose heading the scrape lost is missing from
 * the outline; its numbering shows the gap ("III." the first one found).
 */
import type { Source } from '../../schema/records';
import type { Unit } from '../units';

/** One part of the plan: `{ label: 'IV', heading: 'TỔ CHỨC THỰC HIỆN', source }`. */
export interface Part {
  label: string;
  heading: string;
  source: Source;
}

/** The parts of a plan from its body's units. */
export function outline(file: string, units: readonly Unit[]): Part[] {
  return units
    .filter((u) => u.level === 0 && u.heading)
    .map((u) => ({
      label: u.marker.replace(/\.$/, ''),
      heading: u.text.replace(/^[IVX]{1,4}\.\s*/u, '').trim(),
      source: { file, lineStart: u.lineStart, lineEnd: u.lineEnd, section: u.section, quote: u.text },
    }));
}
