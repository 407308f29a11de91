/** The iCalendar writer: TEXT escaping, folding at 75 octets on UTF-8 boundaries, the calendar's frame. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, type IcsEvent, writeCalendar } from '../../src/web/ics';
import { parseCalendar, physicalLines, property, text, unescapeText, unfold } from './fixtures/ical';

const octets = (line: string) => new TextEncoder().encode(line).length;
const STAMP = new Date('2026-11-23T01:15:00.123Z');

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('Sở Y tế; UBND tỉnh, huyện')).toBe('Sở Y tế\\; UBND tỉnh\\, huyện');
    expect(escapeText('a\\b')).toBe('a\\\\b');
    expect(escapeText('một\r\nhai\nba\rbốn')).toBe('một\\nhai\\nba\\nbốn');
  });

  it('drops control characters a TEXT value may not hold, and turns a tab into a space', () => {
    expect(escapeText('a\u0000b\u001fc\u007fd\te')).toBe('abcd e');
  });

  it('reads back as written, whatever the text', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'aăđêơư ,;\\\n\r:"ẠỮ') });
    fc.assert(fc.property(plain, (s) => unescapeText(escapeText(s)) === s.replace(/\r\n|\r/g, '\n')));
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('moves the 76th octet to a continuation line that starts with a space', () => {
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a Vietnamese letter or an emoji between lines', () => {
    // `ệ` is 3 octets: after 74 ASCII octets it does not fit, so it moves whole.
    const folded = foldLine(`${'x'.repeat(74)}ệ${'ở'.repeat(40)}😀`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toBe('x'.repeat(74));
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(() =>
        new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(new TextEncoder().encode(line)),
      ).not.toThrow();
    }
  });

  it('unfolds to the line it was given, every line at most 75 octets', () => {
    const any = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }));
    fc.assert(
      fc.property(any, (s) => {
        const line = s.replace(/[\r\n]/g, '');
        const folded = `${foldLine(line)}\r\n`;
        return physicalLines(folded).every((l) => octets(l) <= 75) && unfold(folded).join('') === line;
      }),
    );
  });
});

describe('writeCalendar', () => {
  const yearly: IcsEvent = {
    uid: 'duty:thanh-hoa-68-2024/r1@cam-ket',
    date: '2024-12-10',
    summary: 'Giám đốc các sở, Thủ trưởng các ban, ngành: Báo cáo UBND tỉnh (Thanh Hóa)',
    description: 'Thời hạn: trước ngày 10/12 hằng năm\nKế hoạch 68/KH-UBND (Thanh Hóa), mục IV, dòng 517',
    url: 'https://camket.example/ke-hoach/thanh-hoa-68-2024#thanh-hoa-68-2024-r1',
    yearly: { until: '2045-12-10' },
    alarmDaysBefore: 7,
  };
  const { yearly: _repeats, alarmDaysBefore: _alarm, ...plain } = yearly;
  const once: IcsEvent = { ...plain, uid: 'task:x/t1@cam-ket', date: '2025-12-31' };
  const ics = writeCalendar({ name: 'Cam Kết: thời hạn, Thanh Hóa', events: [yearly, once] }, STAMP);
  const calendar = parseCalendar(ics);

  it('is a published Gregorian calendar with a name and the Vietnam time zone, CRLF throughout', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(calendar.type).toBe('VCALENDAR');
    expect(property(calendar, 'VERSION').value).toBe('2.0');
    expect(property(calendar, 'CALSCALE').value).toBe('GREGORIAN');
    expect(property(calendar, 'METHOD').value).toBe('PUBLISH');
    expect(text(calendar, 'X-WR-CALNAME')).toBe('Cam Kết: thời hạn, Thanh Hóa');
    expect(property(calendar, 'X-WR-TIMEZONE').value).toBe('Asia/Ho_Chi_Minh');
    expect(physicalLines(ics).every((l) => octets(l) <= 75)).toBe(true);
  });

  it('writes an all-day yearly event with its bound, a reminder a week before and the text as given', () => {
    const [event] = calendar.components;
    if (!event) throw new Error('no event');
    expect(property(event, 'UID').value).toBe(yearly.uid);
    expect(property(event, 'DTSTAMP').value).toBe('20261123T011500Z');
    expect(property(event, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20241210',
    });
    expect(property(event, 'RRULE').value).toBe('FREQ=YEARLY;UNTIL=20451210');
    expect(text(event, 'SUMMARY')).toBe(yearly.summary);
    expect(text(event, 'DESCRIPTION')).toBe(yearly.description);
    expect(property(event, 'URL').value).toBe(yearly.url);
    const [alarm] = event.components;
    expect(alarm?.type).toBe('VALARM');
    if (!alarm) throw new Error('no alarm');
    expect(property(alarm, 'ACTION').value).toBe('DISPLAY');
    expect(property(alarm, 'TRIGGER').value).toBe('-P7D');
    expect(text(alarm, 'DESCRIPTION')).toBe(yearly.summary);
  });

  it('writes a one-off event without RRULE, and no alarm when none is asked', () => {
    const event = calendar.components[1];
    if (!event) throw new Error('no event');
    expect(event.properties.some((p) => p.name === 'RRULE')).toBe(false);
    expect(event.components).toEqual([]);
    expect(property(event, 'DTSTART').value).toBe('20251231');
  });

  it('writes an unbounded yearly event without UNTIL', () => {
    const open = parseCalendar(
      writeCalendar({ name: 'x', events: [{ ...yearly, yearly: { until: null } }] }, STAMP),
    );
    expect(open.components[0] && property(open.components[0], 'RRULE').value).toBe('FREQ=YEARLY');
  });
});
