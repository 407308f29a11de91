/**
 * One test file's setup for a channel: a fake Bot API, the Worker pointed at it, and the helpers every
 * channel test uses (fresh chats, posting updates, waiting for replies and log lines).
 */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type ApiCall, FakeBotApi } from './fake-bot-api';
import { startWorker, type TestWorker } from './worker';

/** How to reach one channel of the Worker. */
export interface ChannelSetup {
  kind: 'telegram' | 'zalo';
  path: '/telegram' | '/zalo';
  secretHeader: string;
  secret: string;
  /** The Worker's variables, given the fake's root URL. */
  vars: (apiRoot: string) => Record<string, string>;
  /** A valid update that makes the bot reply in `chatId` (used as a sentinel). */
  hello: (chatId: number) => unknown;
  /** First chat id of this file, so files never share chats. */
  firstChat: number;
  /** `false` starts the Worker without its CHATS binding. */
  chats?: boolean;
}

/** Starts the fake and the Worker around the file's tests and returns the helpers. */
export function useChannel(setup: ChannelSetup) {
  let fake: FakeBotApi;
  let worker: TestWorker;
  let chat = setup.firstChat;

  beforeAll(async () => {
    fake = await FakeBotApi.start(setup.kind);
    worker = await startWorker(setup.vars(fake.url), { chats: setup.chats });
  });
  afterAll(async () => {
    await worker?.dispose();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  const h = {
    fake: () => fake,
    worker: () => worker,
    /** A chat no other test has used: its own state, rate window and calls. */
    newChat: () => ++chat,
    /** POSTs an update with the right secret unless `headers` says otherwise. */
    post: (update: unknown, headers: Record<string, string> = { [setup.secretHeader]: setup.secret }) =>
      worker.post(setup.path, update, headers),
    sent: (chatId: number): ApiCall[] => fake.callsTo('sendMessage', chatId),
    waitSent: (chatId: number, count = 1) =>
      fake.waitFor(() => h.sent(chatId).length >= count && h.sent(chatId)),
    logsWhere: (check: (line: Record<string, unknown>) => boolean) => worker.logs.filter(check),
    waitLog: (check: (line: Record<string, unknown>) => boolean) =>
      fake.waitFor(() => h.logsWhere(check).length > 0 && h.logsWhere(check)),
    /** A valid update to a fresh chat, answered: after it, a call caused by an earlier request would have shown. */
    sentinel: async (): Promise<number> => {
      const id = h.newChat();
      expect((await h.post(setup.hello(id))).status).toBe(200);
      await h.waitSent(id);
      return id;
    },
    /** True when every recorded call went to `chatId`. */
    onlyTo: (chatId: number) => fake.calls.every((c) => String(c.body.chat_id) === String(chatId)),
  };
  return h;
}

/** Both fake Bot APIs around a file's tests (for code run in Node, without the Worker), reset between tests. */
export function useFakes() {
  let tg: FakeBotApi;
  let zalo: FakeBotApi;
  beforeAll(async () => {
    [tg, zalo] = await Promise.all([FakeBotApi.start('telegram'), FakeBotApi.start('zalo')]);
  });
  afterAll(async () => {
    await Promise.all([tg?.close(), zalo?.close()]);
  });
  beforeEach(() => {
    tg.reset();
    zalo.reset();
  });
  return { tg: () => tg, zalo: () => zalo };
}

/**
 * The rate limit counts per clock minute: a burst must not straddle two. Waits for the next minute when
 * fewer than `seconds` are left in this one.
 */
export async function withinOneMinute(seconds = 6): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 50));
}
