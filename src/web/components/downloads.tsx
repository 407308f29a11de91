/** The links to a page's files (calendar, spreadsheet, data): plain links, no script, hidden in print. */
import type { FC } from 'hono/jsx';

/** One file: where it is, what it is in words, and its media type as a hint to the browser. */
export interface DownloadLink {
  href: string;
  label: string;
  type: string;
}

/** `<Downloads links={[{ href: '/co-quan/so-y-te.ics', label: 'Lịch (.ics)', type: 'text/calendar' }]} />`. */
export const Downloads: FC<{ links: DownloadLink[]; note?: string }> = ({ links, note }) => (
  <p class="downloads no-print">
    Tải về:{' '}
    {links.map((link, i) => (
      <>
        {i > 0 ? ' · ' : ''}
        <a href={link.href} type={link.type}>
          {link.label}
        </a>
      </>
    ))}
    {note ? <span class="muted"> {note}</span> : null}
  </p>
);

/** The calendar of a page's deadlines: `calendarLink('/han.ics?tinh=…', 'Lịch các thời hạn của Đồng Nai')`. */
export const calendarLink = (href: string, label = 'Lịch các thời hạn'): DownloadLink => ({
  href,
  label: `${label} (.ics)`,
  type: 'text/calendar',
});

/** The spreadsheet and the data of a page's rows, e.g. `tableLinks('/ke-hoach/dong-nai-230-2024')`. */
export const tableLinks = (path: string): DownloadLink[] => [
  { href: `${path}.csv`, label: 'Bảng tính (.csv, mở bằng Excel)', type: 'text/csv' },
  { href: `${path}.json`, label: 'Dữ liệu (.json)', type: 'application/json' },
];

/** What a calendar link does beyond a download: pasted into a calendar app, it keeps itself up to date. */
export const CALENDAR_NOTE = 'Dán đường dẫn lịch vào ứng dụng lịch (“Thêm lịch từ URL”) để lịch tự cập nhật.';
