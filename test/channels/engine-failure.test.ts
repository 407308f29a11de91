/**
 * When the engine cannot be built (an index that fails to load), both channels still answer the chat,
 * with an apology, and log the cause. Runs the decisions in Node: what they would send is what matters.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine';
import { APOLOGY_TEXT, PRIVACY_TEXT } from '../../src/channels/messages';
import { botInfoFrom } from '../../src/channels/telegram/bot-info';
import { decideTelegram } from '../../src/channels/telegram/decide';
import { decideZalo } from '../../src/channels/zalo/decide';
import { getEngine } from '../../src/corpus';
import { textUpdate } from './telegram-updates';

const broken = (): Engine => {
  throw new Error('index failed to load');
};

function turnLog() {
  const fields: Record<string, unknown> = {};
  const errors: string[] = [];
  return {
    fields,
    errors,
    set: (f: Record<string, unknown>) => Object.assign(fields, f),
    error: (where: string, e: unknown) =>
      errors.push(`${where}: ${e instanceof Error ? e.message : String(e)}`),
  };
}

describe('an engine that fails to load', () => {
  it('Telegram: the chat gets an apology and the log the cause', async () => {
    const log = turnLog();
    const calls = await decideTelegram(textUpdate(4242, 'tỷ lệ BHYT mục tiêu Quảng Ninh') as never, {
      botInfo: botInfoFrom('5:T', undefined),
      engine: broken,
      today: '2026-11-23',
      state: {},
      gate: () => 'handle',
      log,
    });
    expect(calls.map((c) => [c.method, c.payload.chat_id, c.payload.text])).toEqual([
      ['sendMessage', 4242, APOLOGY_TEXT],
    ]);
    expect(log.errors.join()).toContain('handler: index failed to load');
  });

  it('Zalo: the chat gets an apology and the log the cause', async () => {
    const log = turnLog();
    const calls = await decideZalo(
      {
        event_name: 'message.text.received',
        message: { message_id: 'e1', chat: { id: 'z-42' }, text: 'tỷ lệ BHYT mục tiêu Quảng Ninh' },
      },
      { engine: broken, today: '2026-11-23', state: {}, gate: () => 'handle', log },
    );
    expect(calls).toEqual([{ method: 'sendMessage', payload: { chat_id: 'z-42', text: APOLOGY_TEXT } }]);
    expect(log.errors.join()).toContain('handler: index failed to load');
  });
});

describe('privacy and bare buttons', () => {
  it('/riengtu and "rieng tu" say what is kept and for how long', async () => {
    const tg = await decideTelegram(textUpdate(4243, '/riengtu') as never, {
      botInfo: botInfoFrom('5:T', undefined),
      engine: getEngine,
      today: '2026-11-23',
      state: {},
      gate: () => 'handle',
      log: turnLog(),
    });
    expect(tg.map((c) => c.payload.text)).toEqual([PRIVACY_TEXT]);
    const zl = await decideZalo(
      {
        event_name: 'message.text.received',
        message: { message_id: 'p1', chat: { id: 'z-43' }, text: 'riêng tư' },
      },
      { engine: getEngine, today: '2026-11-23', state: {}, gate: () => 'handle', log: turnLog() },
    );
    expect(zl.map((c) => c.payload.text)).toEqual([PRIVACY_TEXT]);
    expect(PRIVACY_TEXT).toContain('6 giờ');
  });

  it('answers a pressed button that carries no data, so it stops spinning', async () => {
    const update = {
      update_id: 77,
      callback_query: {
        id: 'cb-1',
        from: { id: 4244, is_bot: false, first_name: 'Lan' },
        chat_instance: 'x',
        game_short_name: 'g',
      },
    };
    const calls = await decideTelegram(update as never, {
      botInfo: botInfoFrom('5:T', undefined),
      engine: getEngine,
      today: '2026-11-23',
      state: {},
      gate: () => 'handle',
      log: turnLog(),
    });
    expect(calls.map((c) => [c.method, c.payload.callback_query_id])).toEqual([
      ['answerCallbackQuery', 'cb-1'],
    ]);
  });
});
