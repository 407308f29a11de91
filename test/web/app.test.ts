/** The web pages over the real plans, through the Worker's own app: the figures and rows a caller needs. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import app from '../../src/app';
import { FOLLOW_UP_TTL_MS, IDLE_CHAT_TTL_MS } from '../../src/channels/delivery/privacy';
import { getEngine } from '../../src/corpus';
import { EXAMPLE_QUESTIONS } from '../../src/web/pages/ask';
import { csvRecords } from './fixtures/csv';
import { parseCalendar, physicalLines, property, text } from './fixtures/ical';

const env = { TODAY: '2026-11-23' };

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers }, env);
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type') ?? '', html: body.toString(), body };
}

/** Every table row of the plan page as [shown, data-text]. */
function rows(html: string): Array<[boolean, string]> {
  return [...html.matchAll(/<tr id="[^"]*" data-kind="[^"]*" data-text="([^"]*)"[^>]*?( hidden="")?>/g)].map(
    (m) => [!m[2], m[1] ?? ''],
  );
}

describe('ask page on the real plans', () => {
  it('answers the Quảng Ninh BHYT target with its figure and source', async () => {
    const { html } = await get(`/?q=${encodeURIComponent('tỷ lệ BHYT mục tiêu Quảng Ninh')}`);
    expect(html).toContain('95%');
    expect(html).toContain('Kế hoạch 91/KH-UBND (Quảng Ninh)');
    expect(html).toMatch(/<span data-slot="where">mục I\.2\.6, dòng \d+(–\d+)?<\/span>/);
  });
});

describe('example questions', () => {
  it('are each answered from the plans, with a source', () => {
    for (const question of EXAMPLE_QUESTIONS) {
      const answer = getEngine().answer(question, { today: env.TODAY });
      expect(answer.found, question).toBe(true);
      expect(answer.sources.length, question).toBeGreaterThan(0);
    }
  });
});

describe('plan page on the real plans', () => {
  it('filters the Đồng Nai plan by "bhyt" without diacritics', async () => {
    const { status, html } = await get('/ke-hoach/dong-nai-230-2024?q=bhyt');
    expect(status).toBe(200);
    const all = rows(html);
    const shown = all.filter(([visible]) => visible);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThan(all.length / 4);
    for (const [, text] of shown) expect(` ${text}`).toContain(' bhyt');
    expect(html).toContain('Tỷ lệ dân số tham gia BHYT');
  });
});

describe('not found', () => {
  it('is an HTML page for people and JSON for /api callers', async () => {
    const page = await get('/khong-co-trang-nay');
    expect(page.status).toBe(404);
    expect(page.type).toContain('text/html');
    expect(page.html).toContain('Không tìm thấy trang này');
    const api = await get('/api/khong-co');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.html)).toEqual({ error: 'Không tìm thấy trang này.' });
  });
});

describe('page weight', () => {
  it('keeps every page under 100 KB gzip, data included', async () => {
    for (const path of [
      '/',
      '/ke-hoach',
      '/ke-hoach/dong-nai-230-2024',
      '/co-quan',
      '/co-quan/so-y-te',
      '/han',
      '/so-sanh',
      '/rieng-tu',
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(200);
      expect(gzipSync(body).length, path).toBeLessThan(100 * 1024);
    }
  });
});

describe('files on the real plans', () => {
  it('gives every plan a spreadsheet with a row per target, task and reporting duty', async () => {
    for (const { plan, indicators, tasks } of getEngine().corpus.plans) {
      const { status, html } = await get(`/ke-hoach/${plan.id}.csv`);
      expect(status, plan.id).toBe(200);
      const ids = csvRecords(html.replace(/^\uFEFF/, '')).map((r) => r.Mã);
      const expected = [
        ...indicators.flatMap((r) => Array<string>(Math.max(1, r.targets.length)).fill(r.id)),
        ...tasks.map((r) => r.id),
        ...plan.reportingDuties.map((_, i) => `${plan.id}/r${i + 1}`),
      ];
      expect(ids, plan.id).toEqual(expected);
    }
  });

  it('puts Thanh Hóa\'s "trước ngày 10/12 hằng năm" in the calendar as a yearly event to 2045', async () => {
    const { status, html } = await get(`/han.ics?tinh=${encodeURIComponent('Thanh Hóa')}`);
    expect(status).toBe(200);
    const lines = physicalLines(html);
    expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    const event = parseCalendar(html).components.find(
      (e) => property(e, 'UID').value === 'duty:thanh-hoa-68-2024/r1@cam-ket',
    );
    if (!event) throw new Error('no event for the Thanh Hóa report');
    expect(property(event, 'DTSTART').value).toBe('20241210');
    expect(property(event, 'RRULE').value).toBe('FREQ=YEARLY;UNTIL=20451210');
    expect(text(event, 'DESCRIPTION')).toContain('Kế hoạch 68/KH-UBND (Thanh Hóa), mục IV.1, dòng 517–523');
  });

  it('gives the agency that gathers the reports their dates too', async () => {
    const { html } = await get('/co-quan/so-lao-dong-thuong-binh-xa-hoi.ics');
    const uids = parseCalendar(html).components.map((e) => property(e, 'UID').value);
    expect(uids).toContain('duty:thanh-hoa-68-2024/r1@cam-ket');
  });
});

describe('privacy page', () => {
  it('says what a chat keeps and for how long, in the figures the code enforces', async () => {
    const { status, html } = await get('/rieng-tu');
    expect(status).toBe(200);
    expect(html).toContain(`${FOLLOW_UP_TTL_MS / 3600_000} giờ`);
    expect(html).toContain(`${IDLE_CHAT_TTL_MS / 86_400_000} ngày`);
    expect(html).toContain('mã băm có khóa');
    expect((await get('/')).html).toContain('href="/rieng-tu"');
  });
});
