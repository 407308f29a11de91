/** Chat memory: KV when it works, the isolate's memory when KV is missing or failing; admission rules. */
import { describe, expect, it } from 'vitest';
import { admit, claimUpdate, QUESTIONS_PER_MINUTE } from '../../src/channels/admission';
import { withChatLock } from '../../src/channels/chat-lock';
import { type ChatState, chatStore } from '../../src/channels/chat-state';

/** A KV namespace in a Map, with a switch to make every call fail. */
function fakeKv() {
  const data = new Map<string, { value: string; ttl?: number }>();
  const kv = {
    failing: false,
    data,
    async get(key: string) {
      if (kv.failing) throw new Error('KV GET failed: 500');
      const entry = data.get(key);
      return entry ? JSON.parse(entry.value) : null;
    },
    async put(key: string, value: string, options?: { expirationTtl?: number }) {
      if (kv.failing) throw new Error('KV PUT failed: 429 Too Many Requests');
      data.set(key, { value, ttl: options?.expirationTtl });
    },
  };
  return kv;
}

describe('chatStore', () => {
  it('keeps state in KV under chat:<key> with a TTL', async () => {
    const kv = fakeKv();
    const store = chatStore(kv as unknown as KVNamespace, () => undefined);
    await store.save('tg:1', { province: 'Đồng Nai' });
    expect(kv.data.get('chat:tg:1')?.ttl).toBeGreaterThan(24 * 3600);
    expect(await store.load('tg:1')).toEqual({ province: 'Đồng Nai' });
  });

  it('works from memory when KV fails, and reports each failure', async () => {
    const kv = fakeKv();
    const errors: unknown[] = [];
    const store = chatStore(kv as unknown as KVNamespace, (e) => errors.push(e));
    kv.failing = true;
    await store.save('tg:2', { lastQuestion: 'BHYT Quảng Ninh' });
    expect(await store.load('tg:2')).toEqual({ lastQuestion: 'BHYT Quảng Ninh' });
    expect(errors).toHaveLength(2);
  });

  it('works from memory when there is no namespace', async () => {
    const store = chatStore(undefined, () => undefined);
    await store.save('zl:3', { province: 'Lai Châu' });
    expect(await store.load('zl:3')).toEqual({ province: 'Lai Châu' });
    expect(await store.load('zl:unknown')).toEqual({});
  });

  it('treats a value of the wrong shape as a new chat', async () => {
    const kv = fakeKv();
    kv.data.set('chat:tg:4', { value: JSON.stringify({ province: 42, seen: 'x' }) });
    const store = chatStore(kv as unknown as KVNamespace, () => undefined);
    expect(await store.load('tg:4')).toEqual({});
  });
});

describe('admission', () => {
  it('claims an id once per isolate', () => {
    expect(claimUpdate('tg:unit-1')).toBe(true);
    expect(claimUpdate('tg:unit-1')).toBe(false);
  });

  it('drops a redelivery seen by the chat, even from another isolate', () => {
    const state: ChatState = {};
    expect(admit(state, 'zl:a', 0)).toBe('handle');
    expect(admit(state, 'zl:a', 0)).toBe('duplicate');
  });

  it(`handles ${QUESTIONS_PER_MINUTE} a minute, then slows down once, then is silent until the next minute`, () => {
    const state: ChatState = {};
    const t = 1_000 * 60_000;
    const fates = Array.from({ length: QUESTIONS_PER_MINUTE + 3 }, (_, i) => admit(state, `u${i}`, t + i));
    expect(fates.filter((f) => f === 'handle')).toHaveLength(QUESTIONS_PER_MINUTE);
    expect(fates.slice(QUESTIONS_PER_MINUTE)).toEqual(['slow-down', 'silent', 'silent']);
    expect(admit(state, 'next-minute', t + 60_000)).toBe('handle');
  });

  it('remembers a bounded number of ids per chat', () => {
    const state: ChatState = {};
    for (let i = 0; i < 100; i++) admit(state, `id${i}`, i * 60_000);
    expect(state.seen?.length).toBeLessThanOrEqual(20);
    expect(state.seen?.at(-1)).toBe('id99');
  });
});

describe('withChatLock', () => {
  it('runs one turn of a chat at a time, in arrival order, so no update is lost', async () => {
    let stored = 0;
    const order: number[] = [];
    const turn = (i: number) =>
      withChatLock('tg:lock', async () => {
        const read = stored;
        await new Promise((r) => setTimeout(r, 5 - (i % 5)));
        stored = read + 1;
        order.push(i);
      });
    await Promise.all(Array.from({ length: 10 }, (_, i) => turn(i)));
    expect(stored).toBe(10);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('goes on after a failed turn, and lets other chats run alongside', async () => {
    const failed = withChatLock('tg:a', async () => {
      throw new Error('boom');
    });
    const next = withChatLock('tg:a', async () => 'after');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('after');
    expect(await withChatLock('tg:b', async () => 'other')).toBe('other');
  });
});
