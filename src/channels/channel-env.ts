/** The Hono environment of the channel routes: the Worker's bindings plus the request's log. */
import type { Bindings } from '../env';
import type { RequestLog } from '../middleware/request-log';

/** Bindings the channels read beyond the shared ones. */
export interface ChannelBindings extends Bindings {
  /** Timeout of one Bot API call in milliseconds (default 8000); tests shorten it. */
  BOT_API_TIMEOUT_MS?: string;
  /** The web pages' public address (`https://cam-ket.example.workers.dev`): answers link to their rows there. */
  PUBLIC_URL?: string;
  /** The Zalo bot's name as a group types it after "@" (default "Cam Kết"). */
  ZALO_BOT_NAME?: string;
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

/**
 * The web pages' public origin from `PUBLIC_URL`, without a trailing slash, or undefined when it is not set
 * or not an http(s) URL: `publicSite({ PUBLIC_URL: 'https://x.dev/' })` → `'https://x.dev'`.
 */
export function publicSite(env: ChannelBindings): string | undefined {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}
