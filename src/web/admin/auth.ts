/**
 * Who may open `/quan-tri`: whoever holds the `ADMIN_TOKEN` secret (`wrangler secret put ADMIN_TOKEN`).
 * A script sends it as `Authorization: Bearer …` (Hono's bearer-auth, compared in constant time). A
 * browser cannot send that header by itself, so the login form takes the token once and sets a session
 * cookie: HttpOnly, Secure, SameSite=Strict, scoped to `/quan-tri`, holding its expiry signed with an
 * HMAC keyed by the token. Nothing is stored server-side; changing the secret ends every session.
 * Cloudflare Access in front of `/quan-tri` is the stronger option (README).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { Bindings } from '../../env';
import type { RequestLog } from '../../middleware/request-log';

/** The admin routes' Hono environment: the secret and the database besides the usual bindings. */
export interface AdminEnv {
  Bindings: Bindings & { DB?: D1Database; ADMIN_TOKEN?: string };
  Variables: { log: RequestLog };
}

/** Where the report lives; the cookie is sent nowhere else. */
export const ADMIN_PATH = '/quan-tri';
/** The session cookie's name. */
export const SESSION_COOKIE = 'quan_tri';
/** A session lasts a working day: a cookie left on a shared computer does not open the report next week. */
export const SESSION_SECONDS = 8 * 3600;
/** The realm of the `WWW-Authenticate` challenge. */
const REALM = 'quan-tri';

/** Said when the secret is not set: the report is off, not broken. */
export const DISABLED_TEXT =
  'Trang quản trị chưa bật: người quản lý cần đặt mã bí mật bằng lệnh «npx wrangler secret put ADMIN_TOKEN».';

/**
 * Shortest token accepted. Nothing limits how often the login form is tried, so the token's length is
 * the defence: a short one leaves the report off rather than guessable.
 */
export const MIN_TOKEN_LENGTH = 16;

/** Said when the secret is too short to be safe. */
export const WEAK_TOKEN_TEXT = `Trang quản trị chưa bật: ADMIN_TOKEN quá ngắn (cần ít nhất ${MIN_TOKEN_LENGTH} ký tự, ví dụ «openssl rand -base64 32»).`;

/** The challenge a request without a valid token gets. */
export const CHALLENGE = `Bearer realm="${REALM}"`;

/** The secret, or why the report is off. */
export function adminToken(c: Context<AdminEnv>): { token: string } | { off: string } {
  const token = c.env?.ADMIN_TOKEN;
  if (!token) return { off: DISABLED_TEXT };
  return token.length < MIN_TOKEN_LENGTH ? { off: WEAK_TOKEN_TEXT } : { token };
}

/** Whether `typed` is the token, compared in constant time (hashes of both, then every byte). */
export function isToken(token: string, typed: string): Promise<boolean> {
  return timingSafeEqual(token, typed);
}

/** Whether the request carries an unexpired session cookie signed with the token. */
export async function hasSession(c: Context<AdminEnv>, token: string, nowMs = Date.now()): Promise<boolean> {
  const value = await getSignedCookie(c, token, SESSION_COOKIE);
  if (!value) return false;
  const until = Number(value);
  return Number.isFinite(until) && until > nowMs;
}

/** Opens a session: the cookie holds its expiry, signed with the token. */
export async function startSession(c: Context<AdminEnv>, token: string, nowMs = Date.now()): Promise<void> {
  await setSignedCookie(c, SESSION_COOKIE, String(nowMs + SESSION_SECONDS * 1000), token, {
    path: ADMIN_PATH,
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    maxAge: SESSION_SECONDS,
  });
}

/** Ends the session in this browser. */
export function endSession(c: Context<AdminEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: ADMIN_PATH, secure: true });
}

/**
 * Lets a request through with a valid bearer token or session; otherwise `refuse` answers (the login page
 * for a browser). A wrong bearer token is a 401 with `WWW-Authenticate`, as RFC 6750 says.
 */
export function adminGuard(refuse: (c: Context<AdminEnv>) => Response | Promise<Response>) {
  const guard: MiddlewareHandler<AdminEnv> = async (c, next) => {
    const secret = adminToken(c);
    if ('off' in secret) {
      c.var.log.set({ outcome: 'admin_disabled' });
      return c.text(secret.off, 503);
    }
    const { token } = secret;
    if (c.req.header('Authorization') !== undefined) {
      try {
        // Only the check: the route runs below, outside this try, so its errors are not taken for auth's.
        await bearerAuth<AdminEnv>({ token, realm: REALM })(c, async () => {});
      } catch (error) {
        if (!(error instanceof HTTPException)) throw error;
        c.var.log.set({ outcome: 'admin_refused' });
        return error.getResponse();
      }
      return next();
    }
    if (await hasSession(c, token)) return next();
    c.var.log.set({ outcome: 'admin_login' });
    return refuse(c);
  };
  return guard;
}
