/** How the web pages write dates, day counts and citations (Vietnamese conventions). */
import type { Agency, ReportingDuty, Source } from '../schema/records';

/** `2021-04-26` → `26/04/2021`; `--11-30` (a yearly day) → `30/11 hằng năm`; anything else as written. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (full) return `${full[3]}/${full[2]}/${full[1]}`;
  const yearly = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (yearly) return `${yearly[2]}/${yearly[1]} hằng năm`;
  return iso;
}

/** `3` → `còn 3 ngày`, `0` → `hôm nay`, `-5` → `đã qua 5 ngày`. */
export function formatDaysLeft(days: number): string {
  if (days === 0) return 'hôm nay';
  return days > 0 ? `còn ${days} ngày` : `đã qua ${-days} ngày`;
}

/** `mục I.2.6, dòng 202–203` (one line: `dòng 202`). */
export function formatLocation(source: Pick<Source, 'section' | 'lineStart' | 'lineEnd'>): string {
  const lines =
    source.lineEnd > source.lineStart
      ? `dòng ${source.lineStart}–${source.lineEnd}`
      : `dòng ${source.lineStart}`;
  return source.section ? `mục ${source.section}, ${lines}` : lines;
}

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
