/** The Hono environment of the channel routes: the Worker's bindings plus the request's log. */
import type { Bindings } from '../env';
import type { RequestLog } from '../middleware/request-log';

/** Bindings the channels read beyond the shared ones. */
export interface ChannelBindings extends Bindings {
  /** Timeout of one Bot API call in milliseconds (default 8000); tests shorten it. */
  BOT_API_TIMEOUT_MS?: string;
}

/** Hono generics for a channel route: `new Hono<ChannelEnv>()`. */
export interface ChannelEnv {
  Bindings: ChannelBindings;
  Variables: { log: RequestLog };
}

/** Timeout of one Bot API call: `BOT_API_TIMEOUT_MS` when it is a positive number, else 8 s. */
export function apiTimeoutMs(env: ChannelBindings): number {
  const ms = Number(env.BOT_API_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 8000;
}
