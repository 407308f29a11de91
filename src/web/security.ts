/**
 * Security headers for the pages. The Content-Security-Policy allows exactly the inline stylesheet and
 * scripts this app ships (by their SHA-256), so even a plan text or question that slipped past
 * escaping could not run a script, load a resource or send data anywhere.
 */
import type { MiddlewareHandler } from 'hono';
import { ASK_SCRIPT } from './client/ask';
import { FILTER_SCRIPT } from './client/filter';
import { STYLE } from './style';

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

async function buildPolicy(): Promise<string> {
  const scripts = await Promise.all([ASK_SCRIPT, FILTER_SCRIPT].map(sha256));
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${await sha256(STYLE)}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// The constants never change within an isolate: hash them once.
let policy: Promise<string> | undefined;

/** The page policy: `default-src 'none'; script-src 'sha256-…' …`. */
export function contentSecurityPolicy(): Promise<string> {
  policy ??= buildPolicy();
  return policy;
}

/** Adds the CSP and a few cheap hardening headers to every HTML response of the web routes. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.get('content-type')?.startsWith('text/html')) return;
  c.res.headers.set('Content-Security-Policy', await contentSecurityPolicy());
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'same-origin');
};
