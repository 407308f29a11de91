/**
 * `/co-quan/<id>.ics` and `/han.ics` over the fixture corpus, read back with a separate parser and compared
 * with the records: one event per dated deadline, yearly ones as RRULE, a week's alarm, stable UIDs.
 */
import { describe, expect, it } from 'vitest';
import type { ReportingDuty, Source, Task } from '../../src/schema/records';
import { fixtureApp } from './fixtures/app';
import { fixtureCorpus } from './fixtures/corpus';
import { type Component, parseCalendar, physicalLines, property, text } from './fixtures/ical';

async function get(path: string, today = '2026-11-23') {
  const res = await fixtureApp.request(path, {}, { TODAY: today });
  return { res, body: await res.text() };
}

async function calendar(path: string, today?: string) {
  const { res, body } = await get(path, today);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  return { body, parsed: parseCalendar(body), disposition: res.headers.get('content-disposition') };
}

const uids = (c: Component) => c.components.map((e) => property(e, 'UID').value);
const byUid = (c: Component, uid: string) => {
  const event = c.components.find((e) => property(e, 'UID').value === uid);
  if (!event) throw new Error(`no event ${uid}`);
  return event;
};

/** Every dated deadline of the fixture, as the plans write it, with the days the calendar must hold. */
interface Expected {
  uid: string;
  planId: string;
  anchor: string;
  what: string;
  when: string;
  source: Source;
  start: string;
  rrule: string | null;
}

const plans = Object.fromEntries(fixtureCorpus.plans.map((p) => [p.plan.id, p]));
function duty(planId: string, index: number, start: string, rrule: string): Expected {
  const d = plans[planId]?.plan.reportingDuties[index] as ReportingDuty;
  const anchor = `${planId}-r${index + 1}`;
  const what = `${d.who}: Báo cáo ${d.to}`;
  return {
    uid: `duty:${planId}/r${index + 1}@cam-ket`,
    planId,
    anchor,
    what,
    when: d.due,
    source: d.source,
    start,
    rrule,
  };
}
function task(planId: string, index: number, start: string): Expected {
  const t = plans[planId]?.tasks[index] as Task;
  const anchor = t.id.replace(/\//g, '-');
  const what = `${t.leadAgency}: ${t.text}`;
  return {
    uid: `task:${t.id}@cam-ket`,
    planId,
    anchor,
    what,
    when: t.timeframe.text,
    source: t.source,
    start,
    rrule: null,
  };
}

// Quảng Ninh signed 26/04/2021 with milestones to 2025; Đồng Nai signed 02/07/2024, to 2030.
const QN_REPORT = duty('quang-ninh', 0, '20211130', 'FREQ=YEARLY;UNTIL=20251130');
const DN_REPORT = duty('dong-nai', 0, '20241110', 'FREQ=YEARLY;UNTIL=20301110');
const DN_REPORT_LD = duty('dong-nai', 1, '20241130', 'FREQ=YEARLY;UNTIL=20301130');
const QN_TASK = task('quang-ninh', 0, '20251231');

function expectEvent(c: Component, e: Expected) {
  const event = byUid(c, e.uid);
  const province = plans[e.planId]?.plan.province;
  expect(property(event, 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: e.start });
  const rrule = event.properties.find((p) => p.name === 'RRULE');
  expect(rrule?.value ?? null).toBe(e.rrule);
  expect(text(event, 'SUMMARY')).toBe(`${e.what} (${province})`);
  const description = text(event, 'DESCRIPTION');
  const lines =
    e.source.lineEnd > e.source.lineStart ? `${e.source.lineStart}–${e.source.lineEnd}` : e.source.lineStart;
  expect(description).toContain(`Thời hạn: ${e.when}`);
  expect(description).toContain(
    `Kế hoạch ${plans[e.planId]?.plan.number} (${province}), mục ${e.source.section}, dòng ${lines}`,
  );
  expect(description).toContain(e.source.quote);
  expect(description).toContain(e.source.file);
  const url = `http://localhost/ke-hoach/${e.planId}#${e.anchor}`;
  expect(property(event, 'URL').value).toBe(url);
  expect(description).toContain(url);
  expect(property(event, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
  const [alarm, ...more] = event.components;
  expect(more).toEqual([]);
  if (!alarm) throw new Error(`no alarm in ${e.uid}`);
  expect([alarm.type, property(alarm, 'ACTION').value, property(alarm, 'TRIGGER').value]).toEqual([
    'VALARM',
    'DISPLAY',
    '-P7D',
  ]);
}

describe('GET /han.ics', () => {
  it('holds every dated deadline of every plan, earliest first, and nothing undated', async () => {
    const { parsed, disposition } = await calendar('/han.ics');
    expect(disposition).toBe('attachment; filename="han.ics"');
    expect(text(parsed, 'X-WR-CALNAME')).toBe('Cam Kết: thời hạn trong kế hoạch');
    expect(property(parsed, 'X-WR-TIMEZONE').value).toBe('Asia/Ho_Chi_Minh');
    expect(property(parsed, 'PRODID').value).not.toBe('');
    expect(uids(parsed)).toEqual([QN_REPORT.uid, DN_REPORT.uid, DN_REPORT_LD.uid, QN_TASK.uid]);
    for (const e of [QN_REPORT, DN_REPORT, DN_REPORT_LD, QN_TASK]) expectEvent(parsed, e);
  });

  it('is CRLF throughout, every line at most 75 octets', async () => {
    const { body } = await calendar('/han.ics');
    const long = physicalLines(body).filter((l) => new TextEncoder().encode(l).length > 75);
    expect(long).toEqual([]);
  });

  it('keeps its UIDs and events from one request and one day to the next', async () => {
    const first = await calendar('/han.ics', '2026-11-23');
    const second = await calendar('/han.ics', '2027-03-01');
    expect(uids(second.parsed)).toEqual(uids(first.parsed));
    const noStamp = (body: string) => body.replace(/DTSTAMP:\S+/g, '');
    expect(noStamp(second.body)).toBe(noStamp(first.body));
  });

  it('keeps one province with ?tinh=, named in the calendar and the file', async () => {
    const { parsed, disposition } = await calendar(`/han.ics?tinh=${encodeURIComponent('Đồng Nai')}`);
    expect(uids(parsed)).toEqual([DN_REPORT.uid, DN_REPORT_LD.uid]);
    expect(text(parsed, 'X-WR-CALNAME')).toBe('Cam Kết: thời hạn trong kế hoạch của Đồng Nai');
    expect(disposition).toBe('attachment; filename="han-dong-nai.ics"');
  });

  it('is a 404 page for a province no plan is for', async () => {
    const { res, body } = await get('/han.ics?tinh=Atlantis');
    expect(res.status).toBe(404);
    expect(body).toContain('Không tìm thấy tỉnh này');
  });
});

describe('GET /co-quan/:agencyId.ics', () => {
  it('holds the deadlines that name the agency, with the same UIDs as the whole calendar', async () => {
    const { parsed, disposition } = await calendar('/co-quan/so-y-te.ics');
    expect(disposition).toBe('attachment; filename="so-y-te.ics"');
    expect(text(parsed, 'X-WR-CALNAME')).toBe('Cam Kết: thời hạn của Sở Y tế');
    // Its partner task in Đồng Nai is "Thường xuyên": no day to put in a calendar.
    expect(uids(parsed)).toEqual([QN_TASK.uid]);
    expectEvent(parsed, QN_TASK);
    const ld = await calendar('/co-quan/so-ldtbxh.ics');
    expect(uids(ld.parsed)).toEqual([DN_REPORT_LD.uid]);
    expectEvent(ld.parsed, DN_REPORT_LD);
  });

  it('is an empty calendar, still valid, for an agency with no dated deadline', async () => {
    const { parsed } = await calendar('/co-quan/so-gddt.ics');
    expect(parsed.components).toEqual([]);
  });

  it('is the 404 page for an unknown agency', async () => {
    const { res, body } = await get('/co-quan/khong-co.ics');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(body).toContain('Không tìm thấy cơ quan này');
  });
});

describe('each event links to its row', () => {
  it('lands on an element of the plan page with that id', async () => {
    const { parsed } = await calendar('/han.ics');
    for (const event of parsed.components) {
      const url = new URL(property(event, 'URL').value);
      const { body } = await get(url.pathname);
      expect(body, url.href).toContain(`id="${url.hash.slice(1)}"`);
    }
  });
});
