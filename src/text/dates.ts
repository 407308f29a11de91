/** Dates: as plans write them → ISO, and ISO → as Vietnamese readers write them. The one place for both. */

const pad = (n: number) => String(n).padStart(2, '0');

function iso(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** First date in `text`: "ngày 26 tháng 4 năm 2021" or "26/4/2021" → `'2021-04-26'`. */
export function parseDate(text: string): string | null {
  const words = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(text);
  const slash = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(text);
  const first = [words, slash].filter((m) => m !== null).sort((a, b) => (a?.index ?? 0) - (b?.index ?? 0))[0];
  if (!first) return null;
  return iso(Number(first[1]), Number(first[2]), Number(first[3]));
}

/** A yearly day such as "trước ngày 10/12 hằng năm" → `'--12-10'`. */
export function parseYearlyDay(text: string): string | null {
  const m =
    /ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/\s*\d)/iu.exec(text) ??
    /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?!\s*năm)/iu.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `--${pad(month)}-${pad(day)}` : null;
}

/**
 * The days of the year a question puts forward, as yearly days: "nộp trước 10/12 đúng không?" → ['--12-10'],
 * "30/11 hay 10/12?" → ['--11-30', '--12-10']. A full date's day and month count too; a day that is not one
 * (31/2 aside, a 13th month) does not.
 */
export function statedDays(text: string): string[] {
  const days = [
    ...text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d])/g),
    // "trước ngày 10 tháng 11", folded or not.
    ...text.matchAll(/\bng[aà]y (\d{1,2}) th[aá]ng (\d{1,2})(?!\d)/giu),
  ]
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .filter(([day, month]) => month >= 1 && month <= 12 && day >= 1 && day <= 31)
    .map(([day, month]) => `--${pad(month)}-${pad(day)}`);
  return [...new Set(days)];
}

/**
 * ISO date → the way Vietnamese readers write it: `'2021-04-26'` → `'26/04/2021'`; a yearly day `'--11-30'`
 * → `'30/11 hằng năm'`; nothing → `''`; anything else as written.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (full) return `${full[3]}/${full[2]}/${full[1]}`;
  const yearly = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (yearly) return `${yearly[2]}/${yearly[1]} hằng năm`;
  return iso;
}

/**
 * A plan's days in the readers' form, the rest of the text as written: "trước ngày 10 tháng 11 hàng năm"
 * → "trước ngày 10/11 hằng năm", "ngày 5 tháng 3 năm 2024" → "ngày 05/03/2024". A day that is not a date
 * (a 13th month, a 32nd day) stays as written.
 */
export function writtenDays(text: string): string {
  return text.replace(
    /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*năm\s*(\d{4}))?/giu,
    (whole, d: string, m: string, y: string | undefined) => {
      const [day, month] = [Number(d), Number(m)];
      if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
      const date = y ? formatDate(iso(day, month, Number(y))) : `${pad(day)}/${pad(month)}`;
      return date ? `${whole.slice(0, 4)} ${date}` : whole;
    },
  );
}

/**
 * The days a text writes in words, as readers write them: "từ ngày 15 tháng 11 đến ngày 15 tháng 12 hàng năm"
 * → ["15/11", "15/12"]. Empty when it writes none (or only in figures already).
 */
export function readerDays(text: string): string[] {
  return [...writtenDays(text).matchAll(/ngày (\d{2}\/\d{2}(?:\/\d{4})?)/giu)]
    .map((m) => m[1] as string)
    .filter((d) => !text.includes(d));
}

/** Whole days from one ISO day to another (negative when `to` comes first): `daysBetween('2024-03-08', '2024-07-02')` → 116. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `3` → `còn 3 ngày`, `0` → `hôm nay`, `-5` → `đã qua 5 ngày`: a deadline against today, one wording everywhere. */
export function formatDaysLeft(days: number): string {
  if (days === 0) return 'hôm nay';
  return days > 0 ? `còn ${days} ngày` : `đã qua ${-days} ngày`;
}

/**
 * The day a question says it is asked on ("hôm nay 14/12 mà … đã quá hạn chưa?", "nay là ngày 5 tháng 1
 * năm 2027"), folded: the asker's today, in `today`'s year when no year is given. Null when none is said.
 */
export function statedToday(folded: string, today: string): string | null {
  const m =
    /\b(?:hom nay|bay gio|nay)(?: (?:la|da la))?(?: ngay)? (\d{1,2})\s*(?:\/|thang )\s*(\d{1,2})(?:\s*(?:\/|nam )\s*(\d{4}))?(?![\d/])/.exec(
      folded,
    );
  if (!m) return null;
  const year = m[3] ? Number(m[3]) : Number(today.slice(0, 4));
  return iso(Number(m[1]), Number(m[2]), year);
}
