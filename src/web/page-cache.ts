/**
 * Rendered pages kept per isolate: a page depends only on the data, today's date and its URL, so the
 * second request for `/ke-hoach/dong-nai-230-2024` on the same day is the first one's bytes and headers
 * again, well within the Workers Free plan's 10 ms of CPU (rendering it costs ~13 ms).
 * `new Hono().use(pageCache(getEngine)).route('/', createWebRoutes(getEngine))`.
 */
import type { MiddlewareHandler } from 'hono';
import { type Bindings, todayIso } from '../env';
import { SizedLru } from '../library/lru';

/**
 * Bytes of rendered pages one isolate keeps (of 128 MB): all pages of five plans take ~3 MB; filtered
 * variants (`?q=`) beyond the bound push out the least recently used.
 */
export const PAGE_CACHE_BYTES = 8_000_000;

/** Pages worth keeping: they render the most. The ask page (`/`) is an answer, cheap and varied. */
const CACHED = /^\/(?:ke-hoach|co-quan|han|so-sanh)(?:\/[^/]*)?$/;

interface Rendered {
  body: string;
  headers: [string, string][];
}

/** The cache is per data: another corpus (a test's fixture) never reads this one's pages. */
const byData = new WeakMap<object, SizedLru<Rendered>>();

/** Serves a GET page from the isolate's cache, or renders it and keeps it when it is a 200 HTML page. */
export function pageCache(
  dataOf: () => object,
  maxBytes = PAGE_CACHE_BYTES,
): MiddlewareHandler<{ Bindings: Bindings }> {
  return async (c, next) => {
    if (c.req.method !== 'GET' || !CACHED.test(c.req.path)) return next();
    const data = dataOf();
    const pages = byData.get(data) ?? new SizedLru<Rendered>(maxBytes);
    byData.set(data, pages);
    const url = new URL(c.req.url);
    // The origin too: a page names its own address (canonical, Open Graph, the printed footer), so the
    // workers.dev copy must not be served on the custom domain.
    const key = `${todayIso(c.env ?? {})} ${url.origin}${url.pathname}${url.search}`;
    const hit = pages.get(key);
    if (hit) return new Response(hit.body, { status: 200, headers: hit.headers });
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('content-type')?.startsWith('text/html')) return;
    const body = await c.res.clone().text();
    // UTF-16 code units: a bound on the heap the string takes, near enough for a budget.
    pages.set(key, { body, headers: [...c.res.headers] }, body.length * 2);
  };
}
