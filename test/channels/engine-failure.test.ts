/**
 * When the engine cannot be built (an index that fails to load), both channels still answer the chat,
 * with an apology, and log the cause. Runs the decisions in Node: what they would send is what matters.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine';
import { APOLOGY_TEXT } from '../../src/channels/messages';
import { botInfoFrom } from '../../src/channels/telegram/bot-info';
import { decideTelegram } from '../../src/channels/telegram/decide';
import { decideZalo } from '../../src/channels/zalo/decide';
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

  it('Zalo: the chat gets an apology and the log the cause', () => {
    const log = turnLog();
    const calls = decideZalo(
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
