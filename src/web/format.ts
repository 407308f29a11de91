/** How the web pages write dates, day counts and citations (Vietnamese conventions). */
import type { Agency, ReportingDuty } from '../schema/records';
import { location } from '../text/citation';

export { formatDate, formatDaysLeft } from '../text/dates';

/** `mục I.2.6, dòng 202–203`, `Phụ lục I, mục 4.6, dòng 301–310`: where a source stands. */
export const formatLocation = location;

const FREQUENCY: Record<ReportingDuty['frequency'], string> = {
  yearly: 'hằng năm',
  'half-yearly': '6 tháng một lần',
  quarterly: 'hằng quý',
  monthly: 'hằng tháng',
  once: 'một lần',
  'as-needed': 'khi có yêu cầu',
  periodic: 'định kỳ',
};

/** A reporting frequency in words: `yearly` → `hằng năm`. */
export function formatFrequency(frequency: ReportingDuty['frequency']): string {
  return FREQUENCY[frequency];
}

/** Agency kinds in the order the agency index lists them, with their names. */
export const AGENCY_KINDS: ReadonlyArray<[Agency['kind'], string]> = [
  ['sở', 'Sở, ngành tỉnh'],
  ['ubnd', 'Ủy ban nhân dân'],
  ['đoàn thể', 'Đoàn thể'],
  ['trung ương', 'Cơ quan trung ương'],
  ['khác', 'Cơ quan khác'],
];

/** An agency kind in words: `sở` → `Sở, ngành tỉnh`. */
export function formatAgencyKind(kind: Agency['kind']): string {
  return AGENCY_KINDS.find(([k]) => k === kind)?.[1] ?? kind;
}
