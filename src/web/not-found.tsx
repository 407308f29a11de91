/** The app-wide 404: HTML for people, JSON for `/api/*` callers. */
import type { Context } from 'hono';
import { NotFoundPage } from './pages/not-found';

/** `app.notFound(notFound)`: a page a browser can show, the JSON error an API client expects. */
export function notFound(c: Context) {
  if (c.req.path.startsWith('/api/')) return c.json({ error: 'Không tìm thấy trang này.' }, 404);
  return c.html(<NotFoundPage what="trang này" />, 404);
}
