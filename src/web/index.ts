/** The web app for hotline staff and citizens: ask, browse plans and agencies, deadlines, compare. */
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { getEngine } from '../corpus';
import type { Bindings } from '../env';
import { pageCache } from './page-cache';
import { createWebRoutes } from './routes';

export { notFound } from './not-found';
export { createWebRoutes } from './routes';

/** The web routes over the bundled corpus, each page rendered once a day per isolate; `app.route('/', webRoutes)`. */
export const webRoutes = new Hono<{ Bindings: Bindings }>()
  // Outside the cache too: a page served from it carries its stored ETag, and a matching
  // If-None-Match still gets its 304.
  .use(etag())
  .use(pageCache(() => getEngine().corpus))
  .route('/', createWebRoutes(getEngine));
