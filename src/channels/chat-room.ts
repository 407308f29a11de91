/**
 * `ChatRoom`: the Durable Object that owns one chat. Every update of the chat goes through it, so dedupe,
 * the rate window, the chat's state and the order of replies are exact across isolates and locations.
 *
 * The webhook calls `accept()`, which records the update durably (seen id + inbox, one transaction) before
 * the webhook answers 200: an update Telegram or Zalo got a 200 for is never lost, and a redelivery is
 * never answered twice. An alarm then decides each inbox update (the engine, grammY with captured calls)
 * and writes its replies to the outbox together with the new state; the outbox is sent in order, each
 * call retried with backoff that honours `retry_after`, across restarts (the alarm is durable), until
 * delivered or dead-lettered an hour after it was decided.
 */
import { DurableObject } from 'cloudflare:workers';
import type { Update } from 'grammy/types';
import { getEngine } from '../corpus';
import { todayIso } from '../env';
import { describeError } from '../middleware/request-log';
import { reminderDelivery, turnAnswer, watchedEngine } from '../web/admin/chat-usage';
import {
  askedOf,
  besideReply,
  type EngineCall,
  logUsageError,
  recordAsked,
  recordDelivery,
} from '../web/admin/usage';
import { apiTimeoutMs, type ChannelBindings, publicSite } from './channel-env';
import { type ChatState, parseState } from './chat-state';
import type { ApiCall, Turn, TurnLog } from './delivery/api-call';
import { type Channel, type ChatRef, chatHash, DEFAULT_CHAT_HASH_KEY } from './delivery/chat-id';
import { DEFAULT_POLICY, isBestEffort, nextStep, type RetryPolicy } from './delivery/policy';
import { fromStored, IDLE_CHAT_TTL_MS, SEEN_FOR_MS, toStored } from './delivery/privacy';
import { type Admission, admitAt, WINDOW_MS } from './delivery/rate-window';
import { withTimeout } from './delivery/timeout';
import { type Transport, telegramTransport, zaloTransport } from './delivery/transport';
import { d1Feedback, type FeedbackSink } from './feedback';
import { escapeHtml } from './format';
import { type Hotline, parseHotlines } from './hotlines';
import { d1Subscriptions, type SubscriptionStore } from './reminders/store';
import { botInfoFrom } from './telegram/bot-info';
import { decideTelegram } from './telegram/decide';
import { ZALO_API_ROOT } from './zalo/client';
import { decideZalo } from './zalo/decide';
import { ZaloUpdate } from './zalo/schema';

/** An update handed to the chat's object by a webhook. */
export interface Accepted {
  chat: ChatRef;
  /** The channel's id of the update (Telegram `update_id`, Zalo chat and message id). */
  updateId: string;
  /** The update as received, JSON. */
  body: string;
  /** The chat's hash for log lines. */
  logChat: string;
  /** The chat's full keyed hash: its object's name, and its key in D1. */
  chatHash: string;
}

/** A reminder for this chat, from the daily cron. */
export interface RemindItem {
  /** Names the deadline and the day: a key is sent once, however often the cron runs. */
  key: string;
  text: string;
}

/** How long an inline query waits for the user's private chat to say its province. */
const PROVINCE_TIMEOUT_MS = 2000;
/** Sends made by one alarm before it yields to the next; the rest go on at once in a new alarm. */
const SENDS_PER_ALARM = 50;

const SCHEMA = [
  'CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)',
  'CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY, at INTEGER NOT NULL)',
  'CREATE TABLE IF NOT EXISTS inbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, channel TEXT NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL)',
  'CREATE TABLE IF NOT EXISTS asks (user TEXT NOT NULL, at INTEGER NOT NULL)',
  'CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, method TEXT NOT NULL, payload TEXT NOT NULL, update_id TEXT NOT NULL, first_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, faults INTEGER NOT NULL DEFAULT 0, next_at INTEGER NOT NULL, last_error TEXT)',
  // A dead letter keeps what failed and why, not the text or the chat id.
  'CREATE TABLE IF NOT EXISTS dead (seq INTEGER PRIMARY KEY, channel TEXT NOT NULL, method TEXT NOT NULL, update_id TEXT NOT NULL, first_at INTEGER NOT NULL, attempts INTEGER NOT NULL, reason TEXT NOT NULL, dead_at INTEGER NOT NULL)',
];

interface InboxRow extends Record<string, SqlStorageValue> {
  seq: number;
  id: string;
  channel: string;
  body: string;
  at: number;
}
interface OutboxRow extends Record<string, SqlStorageValue> {
  seq: number;
  channel: string;
  method: string;
  payload: string;
  update_id: string;
  first_at: number;
  attempts: number;
  faults: number;
  next_at: number;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The bindings the object reads: the channels' settings, and retry bounds tests may shorten. */
export interface ChatRoomBindings extends ChannelBindings {
  CHATS?: DurableObjectNamespace<ChatRoom>;
  CHAT_HASH_KEY?: string;
  /** How long an undelivered reply is retried before it is dead-lettered (ms; default one hour). */
  OUTBOX_DEAD_AFTER_MS?: string;
  /** First retry delay (ms; default 1 s). */
  OUTBOX_RETRY_BASE_MS?: string;
  /** How long a webhook waits for the chat's object to store an update (ms; default 5 s). */
  ACCEPT_TIMEOUT_MS?: string;
  /** Reminder subscriptions (D1, `migrations/`). */
  DB?: D1Database;
}

/** One chat's object. */
export class ChatRoom extends DurableObject<ChatRoomBindings> {
  private readonly sql: SqlStorage;
  private readonly transports = new Map<string, Transport>();

  constructor(ctx: DurableObjectState, env: ChatRoomBindings) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    for (const statement of SCHEMA) this.sql.exec(statement);
  }

  /**
   * Records an update once: `'duplicate'` when its id was seen, else `'accepted'` once it is stored and
   * its turn scheduled. Check and insert run without an await between them: the object is single-threaded,
   * so two deliveries of one update cannot both pass.
   */
  async accept(update: Accepted): Promise<'accepted' | 'duplicate'> {
    const id = `${update.chat.channel}:${update.updateId}`;
    if (this.sql.exec('SELECT 1 FROM seen WHERE id = ?', id).toArray().length) return 'duplicate';
    const now = Date.now();
    this.ctx.storage.transactionSync(() => {
      this.sql.exec('INSERT INTO seen (id, at) VALUES (?, ?)', id, now);
      this.sql.exec(
        'INSERT INTO inbox (id, channel, body, at) VALUES (?, ?, ?, ?)',
        id,
        update.chat.channel,
        update.body,
        now,
      );
      this.setMeta('chat', update.logChat);
      this.setMeta('hash', update.chatHash);
      // Reminders are sent to the chat the updates come from (not to an inline query's user channel).
      if (update.chat.channel !== 'tgi') this.setMeta('ref', JSON.stringify(update.chat));
      this.setMeta('active', String(now));
    });
    await this.ctx.storage.setAlarm(now);
    return 'accepted';
  }

  /**
   * Queues the reminders not sent before (their keys join the seen ids) and returns how many; a chat that
   * never wrote to the bot, or an inline-only user, has nowhere to be reminded and gets none.
   */
  async remind(items: RemindItem[]): Promise<number> {
    const raw = this.getMeta('ref');
    if (!raw) return 0;
    const ref = JSON.parse(raw) as ChatRef;
    const now = Date.now();
    let queued = 0;
    this.ctx.storage.transactionSync(() => {
      for (const item of items) {
        const id = `rem:${item.key}`;
        if (this.sql.exec('SELECT 1 FROM seen WHERE id = ?', id).toArray().length) continue;
        this.sql.exec('INSERT INTO seen (id, at) VALUES (?, ?)', id, now);
        const payload =
          ref.channel === 'zl'
            ? { chat_id: ref.chatId, text: item.text }
            : { chat_id: Number(ref.chatId), text: escapeHtml(item.text), parse_mode: 'HTML' };
        this.sql.exec(
          'INSERT INTO outbox (channel, method, payload, update_id, first_at, next_at) VALUES (?, ?, ?, ?, ?, ?)',
          ref.channel,
          'sendMessage',
          JSON.stringify(payload),
          id,
          now,
          now,
        );
        queued++;
      }
    });
    if (queued) await this.ctx.storage.setAlarm(now);
    return queued;
  }

  /** The province this chat chose, for the same user's inline queries. */
  async province(): Promise<string | undefined> {
    return this.loadState(Date.now()).province;
  }

  /** What is waiting: for tests and operators (counts only, no content). */
  async pending(): Promise<{ inbox: number; outbox: number; dead: number }> {
    const count = (table: string) => Number(this.sql.exec(`SELECT COUNT(*) AS n FROM ${table}`).one().n);
    return { inbox: count('inbox'), outbox: count('outbox'), dead: count('dead') };
  }

  /** Decides what arrived, sends what is due, and sets the next alarm. Never throws: failures are logged. */
  override async alarm(): Promise<void> {
    try {
      await this.decideInbox();
      await this.sendDue();
    } catch (error) {
      this.log('error', { event: 'alarm', error: describeError(error) });
    }
    await this.scheduleNext();
  }

  private async decideInbox(): Promise<void> {
    for (;;) {
      const row = this.sql.exec<InboxRow>('SELECT * FROM inbox ORDER BY seq LIMIT 1').toArray()[0];
      if (!row) return;
      const startedAt = Date.now();
      const fields: Record<string, unknown> = {
        route: row.channel === 'zl' ? '/zalo:turn' : '/telegram:turn',
      };
      const errors: string[] = [];
      const log = {
        set: (f: Record<string, unknown>) => Object.assign(fields, f),
        error: (where: string, error: unknown) =>
          errors.push(`${where}: ${this.redact(describeError(error))}`),
      };
      const before = this.loadState(row.at);
      const state: ChatState = { ...before };
      const asks: Array<{ user: string; at: number }> = [];
      const gate = (user: string, counted: boolean): Admission => {
        if (!counted) return 'handle';
        const earlier = this.sql
          .exec<{ at: number }>('SELECT at FROM asks WHERE user = ? AND at > ?', user, row.at - WINDOW_MS)
          .toArray()
          .map((r) => r.at);
        asks.push({ user, at: row.at });
        return admitAt(earlier, row.at);
      };
      let calls: ApiCall[] = [];
      const answered: EngineCall[] = [];
      try {
        calls = await this.decide(row, state, gate, log, answered);
      } catch (error) {
        // A corrupt body or a bug: the update is dropped with a log line rather than retried forever.
        log.error('decide', error);
      }
      const now = Date.now();
      this.ctx.storage.transactionSync(() => {
        for (const a of asks) this.sql.exec('INSERT INTO asks (user, at) VALUES (?, ?)', a.user, a.at);
        for (const call of calls) {
          this.sql.exec(
            'INSERT INTO outbox (channel, method, payload, update_id, first_at, next_at) VALUES (?, ?, ?, ?, ?, ?)',
            row.channel,
            call.method,
            JSON.stringify(call.payload),
            row.id,
            now,
            now,
          );
        }
        this.setMeta('state', JSON.stringify(toStored(before, state, now)));
        this.sql.exec('DELETE FROM inbox WHERE seq = ?', row.seq);
      });
      this.noteAnswer(row, fields, answered);
      this.log(errors.length ? 'error' : 'info', {
        ...fields,
        replies: calls.length,
        latencyMs: now - startedAt,
        queuedMs: startedAt - row.at,
        ...(errors.length ? { error: errors.join('; ') } : {}),
      });
    }
  }

  private async decide(
    row: InboxRow,
    state: ChatState,
    gate: (user: string, counted: boolean) => Admission,
    log: TurnLog,
    answered: EngineCall[],
  ): Promise<ApiCall[]> {
    const env = this.env;
    const today = todayIso(env, new Date(row.at));
    const body: unknown = JSON.parse(row.body);
    // An inline query answers for other chats: it follows nothing and gives no feedback of its own.
    const inline = row.channel === 'tgi';
    const turn: Turn = {
      engine: () => watchedEngine(getEngine(), answered),
      today,
      state,
      gate,
      log,
      subs: inline ? null : this.subscriptions(),
      feedback: inline ? null : this.feedbackSink(today),
      hotlines: this.hotlines(),
      site: publicSite(env),
      zaloName: env.ZALO_BOT_NAME,
    };
    if (row.channel === 'zl') {
      const event = ZaloUpdate.safeParse(body);
      if (!event.success) throw new Error('stored Zalo event unreadable');
      return decideZalo(event.data, turn);
    }
    const update = body as Update;
    if (inline) {
      // Inline answers use the province chosen in the user's private chat, and change nothing there.
      const user = String(update.inline_query?.from.id ?? update.chosen_inline_result?.from.id ?? '');
      state.province = await this.privateProvince(user);
    }
    return decideTelegram(update, {
      ...turn,
      botInfo: botInfoFrom(env.TELEGRAM_BOT_TOKEN ?? '', env.TELEGRAM_BOT_INFO),
    });
  }

  /** The maintainers' report (`/quan-tri`): the turn's answer counted in D1, beside the turn, never in its way. */
  private noteAnswer(row: InboxRow, fields: Record<string, unknown>, answered: EngineCall[]): void {
    const db = this.env.DB;
    // An inline query is asked as it is typed, letter by letter: not a question to count.
    const call = row.channel === 'tgi' ? undefined : turnAnswer(fields, answered);
    if (!db || !call) return;
    const channel = row.channel === 'zl' ? 'zalo' : 'telegram';
    const day = todayIso(this.env, new Date(row.at));
    const asked = askedOf(call.answer, { channel, day, question: call.question }, call.scope);
    besideReply(
      () => recordAsked(db, asked),
      logUsageError,
      (p) => this.ctx.waitUntil(p),
    );
  }

  /** The report's log of reminders: one sent, or given up on (`reason`). Other messages are not logged. */
  private noteDelivery(row: OutboxRow, status: 'sent' | 'failed', reason?: string): void {
    const db = this.env.DB;
    const delivery = reminderDelivery(row, this.getMeta('chat') ?? '', todayIso(this.env), status, reason);
    if (db && delivery)
      besideReply(
        () => recordDelivery(db, delivery),
        logUsageError,
        (p) => this.ctx.waitUntil(p),
      );
  }

  private hotlineMap?: ReadonlyMap<string, Hotline>;
  private hotlines(): ReadonlyMap<string, Hotline> {
    this.hotlineMap ??= parseHotlines(this.env.HOTLINES, (why) =>
      this.log('error', { event: 'config', error: why }),
    );
    return this.hotlineMap;
  }

  private feedbackSink(day: string): FeedbackSink | null {
    const hash = this.getMeta('hash');
    return this.env.DB && hash ? { store: d1Feedback(this.env.DB), chat: hash, day } : null;
  }

  private subscriptions(): SubscriptionStore | null {
    const hash = this.getMeta('hash');
    return this.env.DB && hash ? d1Subscriptions(this.env.DB, hash) : null;
  }

  private async privateProvince(user: string): Promise<string | undefined> {
    const chats = this.env.CHATS;
    if (!chats || !user) return undefined;
    try {
      const name = await chatHash(this.env.CHAT_HASH_KEY ?? DEFAULT_CHAT_HASH_KEY, {
        channel: 'tg',
        chatId: user,
      });
      return await withTimeout(chats.get(chats.idFromName(name)).province(), PROVINCE_TIMEOUT_MS, 'province');
    } catch (error) {
      this.log('warn', { event: 'province', error: describeError(error) });
      return undefined;
    }
  }

  private async sendDue(): Promise<void> {
    const policy: RetryPolicy = {
      ...DEFAULT_POLICY,
      deadAfterMs: positive(this.env.OUTBOX_DEAD_AFTER_MS, DEFAULT_POLICY.deadAfterMs),
      baseMs: positive(this.env.OUTBOX_RETRY_BASE_MS, DEFAULT_POLICY.baseMs),
    };
    for (let sent = 0; sent < SENDS_PER_ALARM; sent++) {
      // Strictly in order: a later reply never overtakes an earlier one that is waiting to be retried.
      const row = this.sql.exec<OutboxRow>('SELECT * FROM outbox ORDER BY seq LIMIT 1').toArray()[0];
      if (!row || row.next_at > Date.now()) return;
      const result = await this.transport(row.channel as Channel).send({
        method: row.method,
        payload: JSON.parse(row.payload) as Record<string, unknown>,
      });
      if (result.ok) {
        this.sql.exec('DELETE FROM outbox WHERE seq = ?', row.seq);
        this.noteDelivery(row, 'sent');
        continue;
      }
      if (isBestEffort(row.method)) {
        this.sql.exec('DELETE FROM outbox WHERE seq = ?', row.seq);
        this.log('warn', {
          event: 'best_effort_failed',
          method: row.method,
          error: this.redact(result.reason),
        });
        continue;
      }
      const attempts = row.attempts + 1;
      const faults = row.faults + (result.retryAfter === undefined ? 1 : 0);
      const reason = this.redact(result.reason);
      const step = nextStep(result, attempts, faults, row.first_at, Date.now(), policy);
      if ('retryAt' in step) {
        this.sql.exec(
          'UPDATE outbox SET attempts = ?, faults = ?, next_at = ?, last_error = ? WHERE seq = ?',
          attempts,
          faults,
          step.retryAt,
          reason,
          row.seq,
        );
        this.log('warn', {
          event: 'send_retry',
          method: row.method,
          attempts,
          retryInMs: step.retryAt - Date.now(),
          error: reason,
        });
        return;
      }
      this.ctx.storage.transactionSync(() => {
        this.sql.exec(
          'INSERT INTO dead (seq, channel, method, update_id, first_at, attempts, reason, dead_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          row.seq,
          row.channel,
          row.method,
          row.update_id,
          row.first_at,
          attempts,
          this.redact(step.dead),
          Date.now(),
        );
        this.sql.exec('DELETE FROM outbox WHERE seq = ?', row.seq);
      });
      this.noteDelivery(row, 'failed', this.redact(step.dead));
      this.log('error', {
        event: 'dead_letter',
        method: row.method,
        attempts,
        error: this.redact(step.dead),
      });
      // A chat that blocked the bot (or removed it) is sent no more reminders.
      if (result.status === 403) {
        await this.subscriptions()
          ?.clear()
          .catch((error: unknown) => this.log('warn', { event: 'unsubscribe', error: describeError(error) }));
      }
    }
  }

  private async scheduleNext(): Promise<void> {
    const now = Date.now();
    const inbox = this.sql.exec('SELECT 1 FROM inbox LIMIT 1').toArray().length > 0;
    // Replies go strictly in order, so the head of the outbox says when sending can go on.
    const next =
      this.sql.exec<{ at: number }>('SELECT next_at AS at FROM outbox ORDER BY seq LIMIT 1').toArray()[0]
        ?.at ?? null;
    if (inbox || (next !== null && next <= now)) return this.ctx.storage.setAlarm(now);
    if (next !== null) return this.ctx.storage.setAlarm(next);
    // Nothing to send: forget what is old, and come back when the chat has been idle long enough to go.
    this.sql.exec('DELETE FROM seen WHERE at < ?', now - SEEN_FOR_MS);
    this.sql.exec('DELETE FROM asks WHERE at < ?', now - WINDOW_MS);
    const active = Number(this.getMeta('active') ?? now);
    if (now - active >= IDLE_CHAT_TTL_MS) {
      // A chat that follows deadlines is not idle: it keeps where to send them (and its name), nothing else.
      const followed = await this.subscriptions()
        ?.list()
        .catch(() => []);
      if (!followed?.length) {
        await this.ctx.storage.deleteAll();
        return;
      }
      this.sql.exec("DELETE FROM meta WHERE k NOT IN ('ref', 'hash', 'chat')");
      this.setMeta('active', String(now));
      await this.ctx.storage.setAlarm(now + IDLE_CHAT_TTL_MS);
      return;
    }
    await this.ctx.storage.setAlarm(active + IDLE_CHAT_TTL_MS);
  }

  private transport(channel: Channel): Transport {
    const env = this.env;
    let t = this.transports.get(channel);
    if (!t) {
      t =
        channel === 'zl'
          ? zaloTransport({
              token: env.ZALO_BOT_TOKEN ?? '',
              apiRoot: env.ZALO_API_ROOT ?? ZALO_API_ROOT,
              timeoutMs: apiTimeoutMs(env),
            })
          : telegramTransport({
              token: env.TELEGRAM_BOT_TOKEN ?? '',
              apiRoot: env.TELEGRAM_API_ROOT ?? 'https://api.telegram.org',
              timeoutMs: apiTimeoutMs(env),
            });
      this.transports.set(channel, t);
    }
    return t;
  }

  private loadState(now: number): ChatState {
    const raw = this.getMeta('state');
    if (!raw) return {};
    try {
      return fromStored(parseState(JSON.parse(raw)), now);
    } catch {
      return {};
    }
  }

  private getMeta(k: string): string | undefined {
    return this.sql.exec<{ v: string }>('SELECT v FROM meta WHERE k = ?', k).toArray()[0]?.v;
  }

  private setMeta(k: string, v: string): void {
    this.sql.exec('INSERT INTO meta (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v', k, v);
  }

  private redact(text: string): string {
    let out = text;
    for (const secret of [this.env.TELEGRAM_BOT_TOKEN, this.env.ZALO_BOT_TOKEN]) {
      if (secret) out = out.split(secret).join('[redacted]');
    }
    return out;
  }

  private log(level: 'info' | 'warn' | 'error', fields: Record<string, unknown>): void {
    console.log(JSON.stringify({ level, route: 'chat', chat: this.getMeta('chat'), ...fields }));
  }
}
