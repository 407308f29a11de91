/**
 * When the engine cannot be built (an index that fails to load), both channels still answer the chat,
 * with an apology, and log the cause. Runs the channel code in Node against the fake Bot APIs.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../src/answer/engine';
import { chatStore } from '../../src/channels/chat-state';
import { APOLOGY_TEXT } from '../../src/channels/messages';
import { createTelegramBot } from '../../src/channels/telegram/bot';
import { botInfoFrom } from '../../src/channels/telegram/bot-info';
import { ZaloBotClient } from '../../src/channels/zalo/client';
import { handleZaloEvent } from '../../src/channels/zalo/handle';
import { RequestLog } from '../../src/middleware/request-log';
import { useFakes } from './harness';
import { textUpdate } from './telegram-updates';

const broken = (): Engine => {
  throw new Error('index failed to load');
};

const { tg, zalo } = useFakes();

/** The JSON line `log.finish()` prints. */
async function finish(log: RequestLog): Promise<Record<string, unknown>> {
  const spy = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await log.finish();
    return JSON.parse(String(spy.mock.calls.at(-1)?.[0])) as Record<string, unknown>;
  } finally {
    spy.mockRestore();
  }
}

describe('an engine that fails to load', () => {
  it('Telegram: the chat gets an apology and the log the cause', async () => {
    const log = new RequestLog('/telegram', ['s3cret']);
    const bot = createTelegramBot({
      token: '5:T',
      botInfo: botInfoFrom('5:T', undefined),
      apiRoot: tg().url,
      timeoutMs: 1000,
      engine: broken,
      today: '2026-11-23',
      store: chatStore(undefined, () => undefined),
      log,
    });
    await bot.init();
    await bot.handleUpdate(textUpdate(4242, 'tỷ lệ BHYT mục tiêu Quảng Ninh') as never);
    const line = await finish(log);
    expect(
      tg()
        .callsTo('sendMessage', 4242)
        .map((c) => c.body.text),
    ).toEqual([APOLOGY_TEXT]);
    expect(line.level).toBe('error');
    expect(String(line.error)).toContain('handler: index failed to load');
  });

  it('Zalo: the chat gets an apology and the log the cause', async () => {
    const log = new RequestLog('/zalo', ['s3cret']);
    await handleZaloEvent(
      {
        event_name: 'message.text.received',
        message: { message_id: 'e1', chat: { id: 'z-42' }, text: 'tỷ lệ BHYT mục tiêu Quảng Ninh' },
      },
      {
        client: new ZaloBotClient({ token: '6:Z', apiRoot: zalo().url }),
        engine: broken,
        today: '2026-11-23',
        store: chatStore(undefined, () => undefined),
        log,
      },
    );
    const line = await finish(log);
    expect(
      zalo()
        .callsTo('sendMessage', 'z-42')
        .map((c) => c.body.text),
    ).toEqual([APOLOGY_TEXT]);
    expect(String(line.error)).toContain('handler: index failed to load');
  });
});
