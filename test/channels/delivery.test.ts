/** The pure rules of delivery: retry schedule, the sliding question window, what is kept, whose chat. */
import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/channels/chat-state';
import { chatHash, logChat, telegramChat, zaloChat } from '../../src/channels/delivery/chat-id';
import { DEFAULT_POLICY, isPermanent, nextStep } from '../../src/channels/delivery/policy';
import { FOLLOW_UP_TTL_MS, fromStored, maskDigits, toStored } from '../../src/channels/delivery/privacy';
import { admitAt, QUESTIONS_PER_MINUTE, WINDOW_MS } from '../../src/channels/delivery/rate-window';
import { withTimeout } from '../../src/channels/delivery/timeout';

describe('nextStep', () => {
  const t0 = 1_000_000;
  const zero = () => 0;
  it('honours retry_after, never shortened, with up to a second of jitter', () => {
    const limited = { status: 429, retryAfter: 7, reason: '429' };
    expect(nextStep(limited, 1, 0, t0, t0, DEFAULT_POLICY, zero)).toEqual({ retryAt: t0 + 7000 });
    expect(nextStep(limited, 1, 0, t0, t0, DEFAULT_POLICY, () => 0.5)).toEqual({ retryAt: t0 + 7500 });
  });

  it('backs off exponentially with jitter, capped, counting only failures without a hint', () => {
    const at = (attempts: number, faults: number) =>
      nextStep({ status: 500, reason: '500' }, attempts, faults, t0, t0, DEFAULT_POLICY, zero);
    expect(at(1, 1)).toEqual({ retryAt: t0 + 500 });
    expect(at(2, 2)).toEqual({ retryAt: t0 + 1000 });
    expect(at(3, 3)).toEqual({ retryAt: t0 + 2000 });
    expect(at(30, 30)).toEqual({ retryAt: t0 + DEFAULT_POLICY.maxBackoffMs / 2 });
    // Twenty 429s before it do not make the first 500 wait minutes.
    expect(at(21, 1)).toEqual({ retryAt: t0 + 500 });
  });

  it('retries what may pass and gives up at once on a refusal', () => {
    for (const status of [undefined, 408, 409, 429, 500, 502, 503])
      expect(isPermanent({ status, reason: '' })).toBe(false);
    for (const status of [400, 401, 403, 404]) expect(isPermanent({ status, reason: '' })).toBe(true);
    expect(nextStep({ status: 403, reason: 'blocked' }, 1, 1, t0, t0)).toEqual({ dead: 'refused: blocked' });
  });

  it('dead-letters past the bound, even when the API asks to wait', () => {
    const late = t0 + DEFAULT_POLICY.deadAfterMs - 1000;
    expect(nextStep({ status: 429, retryAfter: 5, reason: '429' }, 9, 0, t0, late)).toEqual({
      dead: 'gave up after 9 attempts: 429',
    });
    expect(nextStep({ reason: 'reset' }, 1, 1, t0, late, DEFAULT_POLICY, zero)).toEqual({
      retryAt: late + 500,
    });
  });
});

describe('admitAt', () => {
  const now = 10 * WINDOW_MS;
  const times = (n: number, at: number) => Array.from({ length: n }, () => at);
  it(`answers ${QUESTIONS_PER_MINUTE} questions in any 60 s, says so once, then stays silent`, () => {
    expect(admitAt(times(QUESTIONS_PER_MINUTE - 1, now - 1000), now)).toBe('handle');
    expect(admitAt(times(QUESTIONS_PER_MINUTE, now - 1000), now)).toBe('slow-down');
    expect(admitAt(times(QUESTIONS_PER_MINUTE + 3, now - 1000), now)).toBe('silent');
  });

  it('slides: a burst across a minute boundary is still one window', () => {
    const burst = times(QUESTIONS_PER_MINUTE, now - 2000);
    expect(admitAt(burst, now + 1000)).toBe('slow-down');
    expect(admitAt(burst, now - 2000 + WINDOW_MS)).toBe('handle');
  });
});

describe('what a chat keeps', () => {
  it('masks phone-like numbers in the stored question, not the plans’ figures', () => {
    expect(maskDigits('gọi tôi 0912 345 678 về BHYT 2025')).toBe('gọi tôi *** về BHYT 2025');
    expect(maskDigits('+84 912.345.678')).toBe('***');
    expect(maskDigits('tỷ lệ 87,5% năm 2030, 10.000 USD')).toBe('tỷ lệ 87,5% năm 2030, 10.000 USD');
  });

  it('forgets the follow-up context after a few hours, keeps the province', () => {
    const stored = toStored({}, { province: 'Đồng Nai', lastQuestion: 'BHYT' }, 1000);
    expect(stored.lastAt).toBe(1000);
    expect(fromStored(stored, 1000 + FOLLOW_UP_TTL_MS)).toEqual(stored);
    expect(fromStored(stored, 1001 + FOLLOW_UP_TTL_MS)).toEqual({ province: 'Đồng Nai' });
  });

  it('stamps the question when it changes, not when a later command leaves it', () => {
    const first = toStored({}, { lastQuestion: 'BHYT' }, 1000);
    const later = toStored(first, { ...first, province: 'Lai Châu' }, 5000);
    expect(later.lastAt).toBe(1000);
    expect(toStored(later, { ...later, lastQuestion: 'hộ nghèo' }, 9000).lastAt).toBe(9000);
  });

  it('reads back an old or corrupt state as empty, never crashing', () => {
    expect(parseState({ province: 3 })).toEqual({});
    expect(parseState({ province: 'Lai Châu', seen: ['x'] })).toMatchObject({ province: 'Lai Châu' });
  });
});

describe('whose chat', () => {
  it('finds the chat of messages, buttons and member updates, and the user of inline queries', () => {
    expect(telegramChat({ update_id: 1, message: { chat: { id: 77 } } })).toEqual({
      channel: 'tg',
      chatId: '77',
    });
    expect(
      telegramChat({ update_id: 1, callback_query: { from: { id: 5 }, message: { chat: { id: -100 } } } }),
    ).toEqual({
      channel: 'tg',
      chatId: '-100',
    });
    expect(telegramChat({ update_id: 1, callback_query: { from: { id: 5 } } })).toEqual({
      channel: 'tg',
      chatId: '5',
    });
    expect(telegramChat({ update_id: 1, inline_query: { from: { id: 5 } } })).toEqual({
      channel: 'tgi',
      chatId: '5',
    });
    expect(telegramChat({ update_id: 1, my_chat_member: { chat: { id: 9 } } })).toEqual({
      channel: 'tg',
      chatId: '9',
    });
    expect(telegramChat({ update_id: 1 })).toBeNull();
    expect(zaloChat({ event_name: 'x', message: { chat: { id: 'z1' } } })).toEqual({
      channel: 'zl',
      chatId: 'z1',
    });
  });

  it('names a chat by a keyed hash: stable, different per key and channel, never the id', async () => {
    const a = await chatHash('k1', { channel: 'tg', chatId: '77' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await chatHash('k1', { channel: 'tg', chatId: '77' })).toBe(a);
    expect(await chatHash('k2', { channel: 'tg', chatId: '77' })).not.toBe(a);
    expect(await chatHash('k1', { channel: 'zl', chatId: '77' })).not.toBe(a);
    expect(logChat(a)).toHaveLength(12);
  });
});

describe('withTimeout', () => {
  it('passes a prompt answer through and turns a stuck call into an error that names it', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'x')).resolves.toBe(7);
    await expect(withTimeout(new Promise(() => undefined), 20, 'accept')).rejects.toThrow(
      'accept timed out after 20 ms',
    );
  });
});
