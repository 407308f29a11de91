/**
 * Sending long replies, over real HTTP to the fake Bot APIs: the parts, their order, HTML escaping and
 * where the buttons go. (The corpus has no answer over 2000 characters yet, so these replies are made up.)
 */
import { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { TELEGRAM_MAX_TEXT, ZALO_MAX_TEXT } from '../../src/channels/format';
import { sendReply } from '../../src/channels/telegram/send';
import { ZaloBotClient } from '../../src/channels/zalo/client';
import { zaloSends } from '../../src/channels/zalo/decide';
import { useFakes } from './harness';

const longReply = (lines: number) =>
  Array.from({ length: lines }, (_, i) => `• Chỉ tiêu ${i} <đạt> ${'trên 95% & '.repeat(8)}`).join('\n');

const { tg, zalo } = useFakes();

describe('Telegram sendReply', () => {
  it('splits at 4096 characters on line boundaries, escapes each part, and puts the buttons last', async () => {
    const text = longReply(100);
    const api = new Api('1:T', { apiRoot: tg().url });
    await sendReply(api, 77, { text, buttons: [[{ label: 'Xem nguồn', action: 'src' }]] }, { replyTo: 5 });
    const parts = tg().callsTo('sendMessage', 77);
    expect(parts.length).toBeGreaterThan(1);
    const plain = parts.map((p) =>
      String(p.body.text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    );
    for (const part of plain) {
      expect(part.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
      expect(part.startsWith('• Chỉ tiêu')).toBe(true);
    }
    expect(plain.join('\n')).toBe(text);
    expect(parts.every((p) => !String(p.body.text).includes('<đạt>'))).toBe(true);
    expect(parts.every((p) => p.body.parse_mode === 'HTML')).toBe(true);
    expect(parts.slice(0, -1).every((p) => p.body.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)?.body.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Xem nguồn', callback_data: 'src' }]],
    });
    expect(parts[0]?.body.reply_parameters).toMatchObject({ message_id: 5 });
    expect(parts[1]?.body.reply_parameters).toBeUndefined();
  });

  it('stops at the first part that fails', async () => {
    tg().on('sendMessage', (_c, n) =>
      n === 1 ? { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request' } } : undefined,
    );
    const api = new Api('1:T', { apiRoot: tg().url });
    await expect(sendReply(api, 77, { text: longReply(100) })).rejects.toThrow(/400/);
    expect(tg().callsTo('sendMessage')).toHaveLength(1);
  });
});

describe('Zalo zaloSends', () => {
  it('splits at 2000 characters on line boundaries, in order, as plain text', async () => {
    const text = longReply(60);
    const client = new ZaloBotClient({ token: 'z:1', apiRoot: zalo().url });
    for (const call of zaloSends('chat-1', text)) await client.callOnce(call.method, call.payload);
    const parts = zalo()
      .callsTo('sendMessage', 'chat-1')
      .map((c) => String(c.body.text));
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
    expect(parts.join('\n')).toBe(text);
  });
});
