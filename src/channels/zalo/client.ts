/**
 * A small typed client for the Zalo Bot Platform API (`${root}/bot${token}/${method}`), over axios with
 * the fetch adapter so it runs in Workers as well as Node. Self-contained: it imports nothing of Cam Kết.
 */
import axios, { type AxiosInstance, isAxiosError } from 'axios';
import { ZaloApiError } from './errors';

export { ZaloApiError, type ZaloErrorKind } from './errors';

/** The real API root; tests and proxies pass their own. */
export const ZALO_API_ROOT = 'https://bot-api.zaloplatforms.com';

/** `getMe`: the bot's account. */
export interface ZaloBotInfo {
  id: string;
  account_name?: string;
  account_type?: string;
  can_join_groups?: boolean;
}

/** `sendMessage`: the sent message. */
export interface ZaloSentMessage {
  message_id: string;
  date?: number;
}

/** `setWebhook` / `getWebhookInfo`: where updates go. */
export interface ZaloWebhookInfo {
  url: string;
  updated_at?: number;
}

/** Options of a client: `new ZaloBotClient({ token: env.ZALO_BOT_TOKEN, apiRoot: env.ZALO_API_ROOT })`. */
export interface ZaloClientOptions {
  token: string;
  apiRoot?: string;
  /** Per-call timeout; default 8 s. */
  timeoutMs?: number;
  /**
   * Called when a call gets 429 with a retry hint; returns how long to wait before the one retry, or
   * `null` for none. Default: no retry.
   */
  retryWait?: (retryAfterSeconds: number | undefined) => number | null;
}

interface ApiEnvelope<T> {
  ok?: boolean;
  result?: T;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/** The Zalo Bot API, one method per endpoint; failures throw `ZaloApiError`. */
export class ZaloBotClient {
  private readonly http: AxiosInstance;

  constructor(private readonly options: ZaloClientOptions) {
    this.http = axios.create({
      baseURL: options.apiRoot ?? ZALO_API_ROOT,
      adapter: 'fetch',
      timeout: options.timeoutMs ?? 8000,
      headers: { 'Content-Type': 'application/json' },
      // Status codes are judged below, together with the body's `ok`.
      validateStatus: () => true,
    });
  }

  /** Checks the token and returns the bot's account. */
  getMe(): Promise<ZaloBotInfo> {
    return this.call('getMe', {});
  }

  /** Sends a text of 1 to 2000 characters to a chat. */
  sendMessage(chatId: string, text: string): Promise<ZaloSentMessage> {
    return this.call('sendMessage', { chat_id: chatId, text });
  }

  /** Shows "typing…" in a chat for a few seconds. */
  async sendChatAction(chatId: string, action: 'typing' | 'upload_photo' = 'typing'): Promise<void> {
    await this.call('sendChatAction', { chat_id: chatId, action });
  }

  /** Sends updates to `url` (HTTPS) with `secretToken` (8–256 characters) in `X-Bot-Api-Secret-Token`. */
  setWebhook(url: string, secretToken: string): Promise<ZaloWebhookInfo> {
    return this.call('setWebhook', { url, secret_token: secretToken });
  }

  /** The webhook currently set. */
  getWebhookInfo(): Promise<ZaloWebhookInfo> {
    return this.call('getWebhookInfo', {});
  }

  /** Any method, once, without the 429 retry: for a caller that schedules its own retries (the outbox). */
  async callOnce<T>(method: string, body: object): Promise<T> {
    const answer = await this.post<T>(method, body);
    if (answer.ok) return answer.result;
    throw answer.error;
  }

  private async call<T>(method: string, body: object): Promise<T> {
    const first = await this.post<T>(method, body);
    if (first.ok) return first.result;
    const wait =
      first.error.kind === 'rate_limited' ? this.options.retryWait?.(first.error.retryAfter) : null;
    if (wait === null || wait === undefined) throw first.error;
    await new Promise((resolve) => setTimeout(resolve, wait));
    const second = await this.post<T>(method, body);
    if (second.ok) return second.result;
    throw second.error;
  }

  private async post<T>(
    method: string,
    body: object,
  ): Promise<{ ok: true; result: T } | { ok: false; error: ZaloApiError }> {
    // The token is part of the path: it must never reach an error message or a log.
    const path = `/bot${this.options.token}/${method}`;
    try {
      const res = await this.http.post<ApiEnvelope<T>>(path, body);
      const data = typeof res.data === 'object' && res.data !== null ? res.data : {};
      if (res.status < 300 && data.ok !== false) return { ok: true, result: data.result as T };
      const retryAfter = data.parameters?.retry_after ?? (Number(res.headers['retry-after']) || undefined);
      return { ok: false, error: ZaloApiError.fromResponse(method, res.status, data, retryAfter) };
    } catch (error) {
      const timedOut = isAxiosError(error) && (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT');
      return {
        ok: false,
        error: new ZaloApiError(method, timedOut ? 'timeout' : 'network', { status: undefined }),
      };
    }
  }
}
