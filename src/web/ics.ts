/**
 * A small iCalendar (RFC 5545) writer for all-day events, the only kind the plans' deadlines need.
 *
 * Why not a library: `ical-generator` declares Node ≥ 22 (this project runs on 20) and `ics` pulls in
 * `yup`, `nanoid` and `runes2` for validation and random UIDs we do not want; what we need is
 * escaping, folding and a dozen property lines, which fit here with their tests.
 */

/** One all-day event: `{ uid: 'duty:thanh-hoa-68-2024/r1@cam-ket', date: '2024-12-10', yearly: { until: '2045-12-10' }, … }`. */
export interface IcsEvent {
  /** Stable across exports, so a calendar that imports the file again updates the event instead of adding it twice. */
  uid: string;
  /** The (first) day, ISO `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** Absolute link to the record. */
  url: string;
  /** Repeats every year on the same day; `until` (ISO, inclusive) bounds it when known. */
  yearly?: { until: string | null };
  /** Days before the event to show a reminder; none when absent. */
  alarmDaysBefore?: number;
}

/** A whole calendar: its display name (X-WR-CALNAME) and its events. */
export interface IcsCalendar {
  name: string;
  events: IcsEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;
const PRODID = '-//Cam Ket//Han trong ke hoach cua tinh//VI';

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, other
 * control characters dropped: `escapeText('Sở Y tế; UBND tỉnh, huyện')` → `'Sở Y tế\\; UBND tỉnh\\, huyện'`.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\t' ? ' ' : ''));
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets joined by CRLF and a space (RFC 5545 §3.1),
 * never splitting a UTF-8 character: a Vietnamese letter such as `ệ` (3 octets) moves whole to the next line.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      // The leading space of a continuation line counts toward its 75 octets.
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** `2024-12-10` → `20241210`, the DATE form. */
const basicDate = (iso: string) => iso.replaceAll('-', '');

/** A UTC instant as DATE-TIME: `20261123T011500Z`. */
const basicStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A URI value is not TEXT: it is not escaped, but it must not break the line. */
const uri = (url: string) => url.replace(/\p{Cc}/gu, '');

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
  ];
  if (event.yearly) {
    // UNTIL takes the value type of DTSTART: a DATE here.
    const until = event.yearly.until ? `;UNTIL=${basicDate(event.yearly.until)}` : '';
    lines.push(`RRULE:FREQ=YEARLY${until}`);
  }
  lines.push(
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${uri(event.url)}`,
    // A deadline does not make anyone busy that day.
    'TRANSP:TRANSPARENT',
  );
  if (event.alarmDaysBefore !== undefined) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-P${event.alarmDaysBefore}D`,
      `DESCRIPTION:${escapeText(event.summary)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The calendar as an `.ics` text: CRLF line ends, folded lines, DTSTAMP `stamp` on every event.
 * `writeCalendar({ name: 'Cam Kết: hạn của Sở Y tế', events }, new Date())`.
 */
export function writeCalendar(calendar: IcsCalendar, stamp: Date): string {
  const at = basicStamp(stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    // All events are whole days, which need no VTIMEZONE; this tells subscribing apps where they belong.
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    // A subscribed calendar asks again daily (RFC 7986, and the older name Outlook reads).
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...calendar.events.flatMap((event) => eventLines(event, at)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
