/**
 * The maintainers' report end to end, in workerd (`wrangler dev --local` with D1 and the chat objects)
 * and real Chromium: questions asked through /api/ask, Telegram and Zalo (fake Bot APIs), one answer
 * reported wrong on the web, the daily cron run (reminders sent, old rows pruned); then `/quan-tri`
 * refuses without the token and, after the login form, lists the rows, and each CSV parses back.
 */
import { readFile } from 'node:fs/promises';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueReminders } from '../../src/channels/reminders/due';
import { UPSERT_UNANSWERED } from '../../src/web/admin/usage';
import { type DevRuntime, d1Query, startWithDatabase, type tempDir } from '../channels/dev-runtime';
import { FakeBotApi } from '../channels/fake-bot-api';
import { callbackUpdate, textUpdate } from '../channels/telegram-updates';
import { corpus } from '../helpers';
import { screenshot } from './browser/harness';
import { parseCsv } from './fixtures/csv';

const TODAY = '2026-11-23';
const TOKEN = 'e2e-admin-token-4f1c9a';
const TG_SECRET = 'admin-tg-secret';
const ZL_SECRET = 'admin-zalo-secret';
/** Not in any plan: answered "not found" on every channel. */
const NOT_FOUND = 'Xe buýt nhanh BRT ở Đồng Nai, gọi 0912 345 678';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

let tg: FakeBotApi;
let zalo: FakeBotApi;
let dev: DevRuntime;
let temp: ReturnType<typeof tempDir>;
let config: string;
let state: string;
let browser: Browser;

beforeAll(async () => {
  [tg, zalo] = await Promise.all([FakeBotApi.start('telegram'), FakeBotApi.start('zalo')]);
  ({ dev, temp, config, state } = await startWithDatabase(
    {
      TELEGRAM_BOT_TOKEN: '321:admin',
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      TELEGRAM_API_ROOT: tg.url,
      ZALO_BOT_TOKEN: '654:admin',
      ZALO_WEBHOOK_SECRET: ZL_SECRET,
      ZALO_API_ROOT: zalo.url,
      ADMIN_TOKEN: TOKEN,
      TODAY,
    },
    ['--test-scheduled'],
  ));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dev?.kill();
  await Promise.all([tg?.close(), zalo?.close()]);
  temp?.remove();
});

const post = (path: string, headers: Record<string, string>, body: string) =>
  fetch(`${dev.url}${path}`, { method: 'POST', headers, body, redirect: 'manual' });
const telegram = (chat: number, text: string) =>
  post(
    '/telegram',
    { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': TG_SECRET },
    JSON.stringify(textUpdate(chat, text)),
  );
const zaloSays = (chat: string, id: string, text: string) =>
  post(
    '/zalo',
    { 'content-type': 'application/json', 'X-Bot-Api-Secret-Token': ZL_SECRET },
    JSON.stringify({
      event_name: 'message.text.received',
      message: { message_id: id, chat: { id: chat, chat_type: 'PRIVATE' }, text },
    }),
  );
const ask = async (q: string) => {
  const res = await fetch(`${dev.url}/api/ask?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { found: boolean };
};
/** Presses the button labelled `label` under the last message sent to `chat`; the webhook's status. */
async function pressButton(chat: number, label: string): Promise<number> {
  const sent = tg.calls.filter((c) => c.method === 'sendMessage' && c.body.chat_id === chat).at(-1);
  const markup = sent?.body.reply_markup as
    | { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }
    | undefined;
  const button = markup?.inline_keyboard.flat().find((b) => b.text === label);
  expect(button, `no «${label}» under the answer`).toBeDefined();
  const res = await post(
    '/telegram',
    { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': TG_SECRET },
    JSON.stringify(callbackUpdate(chat, button?.callback_data ?? '')),
  );
  return res.status;
}
const query = (sql: string) => d1Query(config, state, sql);
/** Polls D1 until `check` holds on the rows of `sql` (writes run beside the replies). */
async function rowsWhen(sql: string, check: (rows: Array<Record<string, unknown>>) => boolean) {
  const until = Date.now() + 30_000;
  for (;;) {
    const rows = await query(sql);
    if (check(rows)) return rows;
    if (Date.now() > until) throw new Error(`D1: condition not met for ${sql}: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** A CSV file's rows after its BOM, keyed by the header. */
function csvRecords(bytes: Buffer): Array<Record<string, string>> {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('/quan-tri end to end', () => {
  it('counts what every channel could not answer, and shows it to the token holder only', async () => {
    // Asked three ways, spelled two ways: one folded question.
    expect((await ask(NOT_FOUND)).found).toBe(false);
    expect((await ask('xe buyt nhanh brt o dong nai goi 0987654321')).found).toBe(false);
    expect((await ask('tỷ lệ BHYT Đồng Nai')).found).toBe(true);
    const chat = 980_001;
    expect((await telegram(chat, NOT_FOUND)).status).toBe(200);
    expect((await telegram(chat, '/theodoi Đồng Nai')).status).toBe(200);
    expect((await zaloSays('z-admin-1', 'adm1', 'Lịch tiêm phòng dại cho chó mèo ở Lai Châu')).status).toBe(
      200,
    );
    // Another chat is answered, and presses «👎 Chưa đúng» under the answer.
    const critic = 980_002;
    await telegram(critic, 'tỷ lệ BHYT Đồng Nai');
    await tg.waitFor((calls) => calls.filter((c) => c.body.chat_id === critic).length >= 1);
    expect(await pressButton(critic, '👎 Chưa đúng')).toBe(200);
    // A chat that follows Đồng Nai, then blocks the bot: its reminders fail.
    const blocked = 980_003;
    await telegram(blocked, '/theodoi Đồng Nai');
    await tg.waitFor((calls) => calls.filter((c) => c.body.chat_id === blocked).length >= 1);
    tg.on('sendMessage', (call) =>
      call.body.chat_id === blocked
        ? {
            status: 403,
            body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
          }
        : undefined,
    );
    await tg.waitFor((calls) => calls.filter((c) => c.body.chat_id === chat).length >= 2);
    await zalo.waitFor((calls) => calls.length >= 1);
    // Reported wrong on the web, with a phone number in the comment.
    const feedback = await post(
      '/phan-hoi',
      { 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams({
        verdict: 'report',
        q: 'tỷ lệ BHYT Đồng Nai',
        comment: 'năm 2030 sai, gọi 0912 345 678',
      }).toString(),
    );
    expect(feedback.status).toBe(303);

    const unanswered = await rowsWhen(
      'SELECT folded, shown, province, channel, count FROM unanswered ORDER BY channel',
      (rows) => rows.length >= 3,
    );
    // No phone number anywhere; the API's two spellings share one row.
    expect(JSON.stringify(unanswered)).not.toMatch(/0912|345 678|0987654321/);
    expect(unanswered.find((r) => r.channel === 'api')).toMatchObject({
      folded: 'xe buyt nhanh brt o dong nai goi',
      province: 'Đồng Nai',
      count: 2,
    });
    expect(unanswered.find((r) => r.channel === 'zalo')?.province).toBe('Lai Châu');
    expect(unanswered.find((r) => r.channel === 'telegram')?.folded).toBe('xe buyt nhanh brt o dong nai goi');
    expect(unanswered.some((r) => r.channel === 'zalo')).toBe(true);
    const asked = await query('SELECT province, intent, topic, channel, count FROM asked');
    expect(asked.some((r) => r.province === 'Đồng Nai' && r.channel === 'api' && r.topic !== '')).toBe(true);

    // Rows from before: one a day past the 180-day retention, one just within it.
    await query(
      "INSERT INTO unanswered (day, folded, shown, province, channel, count) VALUES ('2026-05-26', 'cau cu qua', 'câu cũ quá', '', 'web', 1), ('2026-05-27', 'cau cu con giu', 'câu cũ còn giữ', '', 'web', 1)",
    );
    const due = dueReminders(corpus, TODAY, { kind: 'province', target: 'Đồng Nai' });
    expect(due.length).toBeGreaterThan(0);
    expect((await fetch(`${dev.url}/__scheduled?cron=0+0+*+*+*`)).status).toBe(200);
    await tg.waitFor(
      (calls) => calls.filter((c) => c.body.chat_id === chat).length >= 2 + due.length,
      30_000,
    );
    const deliveries = await rowsWhen(
      'SELECT status, reason, chat FROM reminder_deliveries',
      (rows) => rows.length >= 2 * due.length,
    );
    // The blocked chat's first reminder failed (dead-lettered) with its reason; the others were sent.
    expect(deliveries.filter((r) => r.status === 'sent')).toHaveLength(due.length);
    expect(deliveries.some((r) => r.status === 'failed' && String(r.reason).includes('blocked'))).toBe(true);
    expect(JSON.stringify(deliveries)).not.toContain(String(blocked));
    const kept = await rowsWhen(
      "SELECT folded FROM unanswered WHERE day < '2026-06-01'",
      (rows) => rows.length === 1,
    );
    expect(kept).toEqual([{ folded: 'cau cu con giu' }]);

    // A script without the token, or with a wrong one, is refused with a challenge.
    const bare = await fetch(`${dev.url}/quan-tri/chua-tra-loi.csv`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const wrong = await fetch(`${dev.url}/quan-tri`, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('invalid_token');

    const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true });
    const page = await context.newPage();
    // CSP violations and script errors surface as console errors.
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const refused = await page.goto(`${dev.url}/quan-tri`);
    expect(refused?.status()).toBe(401);
    expect(await page.locator('main').textContent()).not.toContain('Xe buýt');
    await page.getByLabel('Mã quản trị').fill('not-the-token');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không đúng');
    await page.getByLabel('Mã quản trị').fill(TOKEN);
    const [opened] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${dev.url}/quan-tri`),
      page.getByRole('button', { name: 'Đăng nhập' }).click(),
    ]);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['cache-control']).toBe('no-store');
    expect(opened.headers()['x-robots-tag']).toContain('noindex');
    const notFound = page.locator('#chua-tra-loi tbody tr', { hasText: 'Xe buýt nhanh BRT' });
    await expect.poll(() => notFound.count()).toBe(1);
    expect(await notFound.textContent()).toContain('***');
    expect(await notFound.locator('td').nth(1).textContent()).toBe('3');
    expect(await page.locator('#chua-tra-loi').textContent()).not.toContain('câu cũ quá');
    const wrongRows = page.locator('#bao-sai tbody tr');
    expect(await wrongRows.filter({ hasText: 'Báo sai' }).textContent()).toContain('năm 2030 sai, gọi ***');
    expect(await wrongRows.filter({ hasText: 'Chưa đúng' }).textContent()).toContain('tỷ lệ BHYT Đồng Nai');
    expect(await page.locator('#chu-de').textContent()).toContain('Đồng Nai');
    expect(await page.locator('#nhac-han tbody tr').count()).toBe(due.length);
    expect(await page.locator('#nhac-han').textContent()).toContain('blocked');
    await screenshot(page, 'admin-report');

    const download = async (id: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`#${id} a[type="text/csv"]`).click(),
      ]);
      return { name: file.suggestedFilename(), rows: csvRecords(await readFile(await file.path())) };
    };
    const lists = {
      notFound: await download('chua-tra-loi'),
      wrong: await download('bao-sai'),
      topics: await download('chu-de'),
      reminders: await download('nhac-han'),
    };
    expect(lists.notFound.name).toBe(`quan-tri-chua-tra-loi-${TODAY}.csv`);
    expect(
      lists.notFound.rows.find((r) => r['Dạng gộp'] === 'xe buyt nhanh brt o dong nai goi'),
    ).toMatchObject({
      'Số lần': '3',
      'Ngày gần nhất': TODAY,
    });
    // Latest first; the chat's press is stored when its turn runs, so either may be the latest.
    const verdicts = lists.wrong.rows.map((r) => [r['Đánh giá'], r['Kênh'], r['Góp ý']]);
    expect(verdicts).toHaveLength(2);
    expect(verdicts).toEqual(
      expect.arrayContaining([
        ['Báo sai', 'web', 'năm 2030 sai, gọi ***'],
        ['Chưa đúng', 'telegram', ''],
      ]),
    );
    expect(lists.topics.rows.some((r) => r['Tỉnh'] === 'Đồng Nai' && Number(r['Số lần']) >= 1)).toBe(true);
    expect(lists.reminders.rows.reduce((n, r) => n + Number(r['Đã gửi']), 0)).toBe(due.length);
    expect(lists.reminders.rows.reduce((n, r) => n + Number(r['Không gửi được']), 0)).toBeGreaterThan(0);

    // The login page's 401 is logged by Chromium as a failed load; nothing else may be.
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);

    // Logged out, the cookie no longer opens it.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    expect((await page.goto(`${dev.url}/quan-tri`))?.status()).toBe(401);
    await context.close();
  }, 180_000);

  it('keeps a day’s distinct not-found questions under the cap, still counting those it has', async () => {
    // The statement the Worker runs, on the local D1, with a cap of 2 for a day of its own.
    const upsert = (folded: string) =>
      query(
        UPSERT_UNANSWERED.replace(
          /\?(\d)/g,
          (_m, n: string) =>
            ["'2026-10-01'", `'${folded}'`, `'${folded}'`, "''", "'api'", '2'][Number(n) - 1] ?? '',
        ),
      );
    for (const folded of ['mot', 'hai', 'ba', 'mot']) await upsert(folded);
    const rows = await query("SELECT folded, count FROM unanswered WHERE day = '2026-10-01' ORDER BY folded");
    expect(rows).toEqual([
      { folded: 'hai', count: 1 },
      { folded: 'mot', count: 2 },
    ]);
  }, 60_000);
});
