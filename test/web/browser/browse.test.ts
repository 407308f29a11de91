/** The plan, agency, deadlines and compare pages, and their files, in Chromium against the Worker in workerd. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/web/deadlines';
import { csvRecords } from '../fixtures/csv';
import { parseCalendar, property } from '../fixtures/ical';
import { type Harness, screenshot, startHarness, TODAY } from './harness';

const DONG_NAI = '/ke-hoach/dong-nai-230-2024';

/** What the page functions read of an element (the test tsconfig has no DOM lib). */
type Data = { dataset: Record<string, string | undefined> };

/** Ids of the target and task rows a reader can see. */
async function visibleRowIds(page: Page): Promise<string[]> {
  return page
    .locator('tr[data-text]:visible')
    .evaluateAll((rows: Array<{ id: string }>) => rows.map((r) => r.id));
}

/** `data-date` of every row of a deadlines table, in page order. */
async function dates(page: Page, table: string): Promise<string[]> {
  return page
    .locator(`#${table} tr[data-date]`)
    .evaluateAll((rows: Data[]) => rows.map((r) => r.dataset.date ?? ''));
}

describe('browsing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('filters the Đồng Nai plan live by "bhyt" typed without diacritics', async () => {
    const page = await h.open(DONG_NAI);
    const total = (await visibleRowIds(page)).length;
    expect(await page.locator('dl.facts').textContent()).toContain('02/07/2024');
    await page.getByLabel('Lọc theo nội dung').pressSequentially('bhyt');
    await page.getByText(/^Đang hiện \d+\/\d+ chỉ tiêu/).waitFor();
    const shown = await visibleRowIds(page);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThan(total / 4);
    for (const text of await page.locator('tr[data-text]:visible').allTextContents()) {
      expect(text).toMatch(/BHYT|bảo hiểm y tế/i);
    }
    await expect(
      page.getByRole('rowheader', { name: 'Tỷ lệ dân số tham gia BHYT' }).isVisible(),
    ).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('bhyt');
    await screenshot(page, 'plan-filtered');

    // The same URL, loaded fresh, is filtered by the server to the same rows.
    const fresh = await h.open(`${DONG_NAI}?q=bhyt`);
    expect(await visibleRowIds(fresh)).toEqual(shown);
  });

  it('finds "bảo hiểm y tế" rows when typed in full, and filters by agency', async () => {
    const page = await h.open(DONG_NAI);
    await page.getByLabel('Lọc theo nội dung').fill('bao hiem y te');
    await expect(
      page.getByRole('rowheader', { name: 'Tỷ lệ dân số tham gia BHYT' }).isVisible(),
    ).resolves.toBe(true);
    await page.getByLabel('Lọc theo nội dung').fill('');
    await page.getByLabel('Cơ quan').selectOption({ label: 'Sở Y tế' });
    const agencies = await page
      .locator('tr[data-text]:visible')
      .evaluateAll((rows: Data[]) => rows.map((r) => r.dataset.agencies ?? ''));
    expect(agencies.length).toBeGreaterThan(0);
    for (const ids of agencies) expect(ids.split(' ')).toContain('so-y-te');
    expect(new URL(page.url()).searchParams.get('co-quan')).toBe('so-y-te');
  });

  it('shows what Sở Y tế leads and supports, province by province', async () => {
    const page = await h.open('/co-quan/so-y-te');
    expect(await page.locator('h1').textContent()).toBe('Sở Y tế');
    const provinces = await page
      .locator('section[data-province]')
      .evaluateAll((sections: Data[]) => sections.map((s) => s.dataset.province));
    expect(provinces.length).toBeGreaterThan(1);
    const lead = await page.locator('section[data-province="Đồng Nai"] h3').first().textContent();
    expect(Number(lead?.match(/\((\d+)\)/)?.[1])).toBeGreaterThan(0);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'agency');
    await page.getByRole('link', { name: 'Đồng Nai', exact: true }).first().click();
    await page.waitForURL(/tinh=/);
    expect(
      await page
        .locator('section[data-province]')
        .evaluateAll((sections: Data[]) => sections.map((s) => s.dataset.province)),
    ).toEqual(['Đồng Nai']);
    await page.locator('section[data-province] p a').first().click();
    await page.waitForURL(/\/ke-hoach\//);
    expect(await page.locator('h1').textContent()).toMatch(/^Kế hoạch /);
  });

  it('orders deadlines from the fixed today: upcoming soonest first, past latest first', async () => {
    const page = await h.open('/han');
    expect(await page.locator('.lead').textContent()).toContain('23/11/2026');
    const upcoming = await dates(page, 'bang-sap-toi');
    expect(upcoming.length).toBeGreaterThan(0);
    expect([...upcoming].sort()).toEqual(upcoming);
    expect(upcoming.every((d) => d >= TODAY)).toBe(true);
    const first = page.locator('#bang-sap-toi tbody tr').first();
    const [y, m, d] = (upcoming[0] ?? '').split('-');
    expect(await first.locator('td').first().textContent()).toBe(`${d}/${m}/${y}`);
    expect(await first.locator('.days').textContent()).toBe(
      `còn ${daysBetween(TODAY, upcoming[0] ?? '')} ngày`,
    );
    const past = await dates(page, 'bang-da-qua');
    expect([...past].sort().reverse()).toEqual(past);
    expect(past.every((date) => date < TODAY)).toBe(true);
    await screenshot(page, 'deadlines');
  });

  it('compares BHYT coverage across provinces', async () => {
    const page = await h.open('/so-sanh');
    await page.getByLabel('Chỉ tiêu').selectOption('bhyt');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/chi-tieu=bhyt/);
    const provinces = await page
      .locator('tr[data-province]')
      .evaluateAll((rows: Data[]) => rows.map((r) => r.dataset.province));
    expect(provinces).toEqual(expect.arrayContaining(['Quảng Ninh', 'Đồng Nai', 'Lai Châu', 'Đà Nẵng']));
    expect(await page.locator('tr[data-province="Quảng Ninh"]').first().textContent()).toContain('95%');
    await screenshot(page, 'compare');
  });

  it('downloads an agency calendar and a plan spreadsheet from their links, without JavaScript', async () => {
    const context = await h.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const download = async (path: string, link: string | RegExp) => {
      await page.goto(h.origin + path);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: link }).click(),
      ]);
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    };

    const ics = await download('/co-quan/so-lao-dong-thuong-binh-xa-hoi', 'Lịch các thời hạn (.ics)');
    expect(ics.name).toBe('so-lao-dong-thuong-binh-xa-hoi.ics');
    const events = parseCalendar(ics.bytes.toString('utf8')).components;
    // Thanh Hóa's reports go through the Sở "để tổng hợp": its calendar has that yearly date.
    const report = events.find((e) => property(e, 'UID').value === 'duty:thanh-hoa-68-2024/r1@cam-ket');
    expect(report && property(report, 'RRULE').value).toBe('FREQ=YEARLY;UNTIL=20451210');
    for (const event of events) expect(event.components.map((c) => c.type)).toEqual(['VALARM']);

    const csv = await download(DONG_NAI, /^Bảng tính/);
    expect(csv.name).toBe('dong-nai-230-2024.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRecords(csv.bytes.subarray(3).toString('utf8'));
    expect(rows.map((r) => r['Nội dung'])).toContain('Tỷ lệ dân số tham gia BHYT');
    await context.close();
  });

  it('answers an unknown plan or agency with a 404 page', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    for (const path of ['/ke-hoach/khong-co', '/co-quan/khong-co']) {
      const res = await page.goto(h.origin + path);
      expect(res?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toMatch(/^Không tìm thấy /);
    }
    await context.close();
  });
});
