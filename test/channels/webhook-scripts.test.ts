/** `npm run webhook:telegram` and `webhook:zalo` against the fake Bot APIs: the calls, the output, no secrets. */
import { describe, expect, it } from 'vitest';
import { main as telegramMain } from '../../scripts/webhook-telegram';
import { main as zaloMain } from '../../scripts/webhook-zalo';
import { useFakes } from './harness';

const { tg, zalo } = useFakes();

async function run(main: typeof telegramMain, argv: string[], env: Record<string, string>) {
  const lines: string[] = [];
  const code = await main(argv, env, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('webhook:telegram', () => {
  const env = () => ({
    TELEGRAM_BOT_TOKEN: '42:tg-token',
    TELEGRAM_WEBHOOK_SECRET: 'tg_secret-123',
    TELEGRAM_API_ROOT: tg().url,
  });

  it('sets the webhook with the secret, the command menu, and prints the info and bot identity', async () => {
    const { code, out } = await run(telegramMain, ['https://cam-ket.example.workers.dev'], env());
    expect(code).toBe(0);
    expect(tg().calls.map((c) => c.method)).toEqual([
      'getMe',
      'setWebhook',
      'setMyCommands',
      'setMyDescription',
      'setMyShortDescription',
      'setChatMenuButton',
      'getWebhookInfo',
    ]);
    expect(tg().callsTo('setWebhook')[0]?.body).toMatchObject({
      url: 'https://cam-ket.example.workers.dev/telegram',
      secret_token: 'tg_secret-123',
      allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member'],
    });
    expect(out).toContain('"pending_update_count": 0');
    expect(out).toContain('"username":"camket_test_bot"');
    expect(out).toContain('PUBLIC_URL = "https://cam-ket.example.workers.dev/"');
    expect(out).not.toContain('tg_secret-123');
    expect(out).not.toContain('42:tg-token');
  });

  it('sets the description, the short description and a menu button opening the web pages', async () => {
    await run(telegramMain, ['https://cam-ket.example.workers.dev'], env());
    const description = String(tg().callsTo('setMyDescription')[0]?.body.description);
    const short = String(tg().callsTo('setMyShortDescription')[0]?.body.short_description);
    expect(description).toContain('kế hoạch');
    expect(description.length).toBeLessThanOrEqual(512);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(tg().callsTo('setChatMenuButton')[0]?.body).toEqual({
      menu_button: {
        type: 'web_app',
        text: 'Trang Cam Kết',
        web_app: { url: 'https://cam-ket.example.workers.dev/' },
      },
    });
    const menu = (tg().callsTo('setMyCommands')[0]?.body.commands ?? []) as Array<{ command: string }>;
    const commands = menu.map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['privacy', 'theodoi']));
  });

  it('refuses without a URL, with http, or with a secret Telegram would reject', async () => {
    expect((await run(telegramMain, [], env())).code).toBe(2);
    expect((await run(telegramMain, ['http://insecure.test'], env())).code).toBe(2);
    expect(
      (await run(telegramMain, ['https://x.test'], { ...env(), TELEGRAM_WEBHOOK_SECRET: 'has space' })).code,
    ).toBe(2);
    expect(tg().calls).toHaveLength(0);
  });

  it('reports a refusal from Telegram with exit code 1', async () => {
    tg().on('setWebhook', () => ({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad webhook' },
    }));
    const { code, out } = await run(telegramMain, ['https://x.test'], env());
    expect(code).toBe(1);
    expect(out).toContain('Bad webhook');
    expect(out).not.toContain('42:tg-token');
  });
});

describe('webhook:zalo', () => {
  const env = () => ({
    ZALO_BOT_TOKEN: '7:zalo-token',
    ZALO_WEBHOOK_SECRET: 'zalo-secret-1',
    ZALO_API_ROOT: zalo().url,
  });

  it('sets the webhook with the secret and prints the info', async () => {
    const { code, out } = await run(zaloMain, [], {
      ...env(),
      WORKER_URL: 'https://cam-ket.example.workers.dev/',
    });
    expect(code).toBe(0);
    expect(zalo().calls.map((c) => c.method)).toEqual(['getMe', 'setWebhook', 'getWebhookInfo']);
    expect(zalo().callsTo('setWebhook')[0]?.body).toEqual({
      url: 'https://cam-ket.example.workers.dev/zalo',
      secret_token: 'zalo-secret-1',
    });
    expect(out).toContain('"url": "https://example.test/zalo"');
    expect(out).not.toContain('zalo-secret-1');
    expect(out).not.toContain('7:zalo-token');
  });

  it('refuses a secret shorter than 8 characters', async () => {
    expect((await run(zaloMain, ['https://x.test'], { ...env(), ZALO_WEBHOOK_SECRET: 'short' })).code).toBe(
      2,
    );
    expect(zalo().calls).toHaveLength(0);
  });
});
