/** Hotlines come from configuration only, and show where the bot cannot help. */
import { describe, expect, it } from 'vitest';
import app from '../../src/app';
import { hotlineLines, parseHotlines } from '../../src/channels/hotlines';
import { botInfoFrom } from '../../src/channels/telegram/bot-info';
import { decideTelegram } from '../../src/channels/telegram/decide';
import { decideZalo } from '../../src/channels/zalo/decide';
import { getEngine } from '../../src/corpus';
import { textUpdate } from './telegram-updates';

const CONFIG = JSON.stringify({
  'Đồng Nai': { phone: '0251 000 000', hours: 'giờ hành chính' },
  'Lai Châu': { phone: '0213 000 000' },
});
const log = { set: () => undefined, error: () => undefined };

describe('hotlines', () => {
  it('are read from JSON only when well formed, never half', () => {
    const errors: string[] = [];
    expect(parseHotlines(CONFIG).get('Đồng Nai')).toEqual({ phone: '0251 000 000', hours: 'giờ hành chính' });
    expect(parseHotlines('{"Đồng Nai": {"phone": "call me"}}', (e) => errors.push(e)).size).toBe(0);
    expect(parseHotlines('not json', (e) => errors.push(e)).size).toBe(0);
    expect(errors).toHaveLength(2);
    expect(parseHotlines(undefined).size).toBe(0);
  });

  it('name the province asked about, or every configured one', () => {
    const h = parseHotlines(CONFIG);
    expect(hotlineLines(h, ['Lai Châu'])).toEqual(['Đường dây nóng Lai Châu: 0213 000 000']);
    expect(hotlineLines(h, ['Quảng Ninh'])).toHaveLength(2);
    expect(hotlineLines(new Map(), ['Lai Châu'])).toEqual([]);
  });

  it('follow a not-found answer and the help, on both channels, and not a found answer', async () => {
    const hotlines = parseHotlines(CONFIG);
    const turn = { engine: getEngine, today: '2026-11-23', gate: () => 'handle' as const, log, hotlines };
    const tg = async (text: string) =>
      (
        await decideTelegram(textUpdate(5501, text) as never, {
          ...turn,
          botInfo: botInfoFrom('5:T', undefined),
          state: {},
        })
      )
        .map((c) => String(c.payload.text))
        .join('\n');
    expect(await tg('số cầu treo dân sinh ở Lai Châu')).toContain('Đường dây nóng Lai Châu: 0213 000 000');
    expect(await tg('tỷ lệ BHYT mục tiêu Quảng Ninh')).not.toContain('Đường dây nóng');
    expect(await tg('/help')).toContain('Đường dây nóng Đồng Nai: 0251 000 000 (giờ hành chính)');
    const zl = await decideZalo(
      {
        event_name: 'message.text.received',
        message: { message_id: 'h1', chat: { id: 'z-h' }, text: 'help' },
      },
      { ...turn, state: {} },
    );
    expect(String(zl[0]?.payload.text)).toContain('Cần người hỗ trợ');
  });

  it('are on the web ask page when configured, and absent otherwise', async () => {
    const withLines = await (
      await app.request('/?tinh=L%E1%BA%A1i%20Ch%C3%A2u', {}, { HOTLINES: CONFIG })
    ).text();
    expect(withLines).toContain('Cần người hỗ trợ?');
    expect(withLines).toContain('0213 000 000');
    expect(await (await app.request('/', {}, {})).text()).not.toContain('Cần người hỗ trợ?');
  });
});
