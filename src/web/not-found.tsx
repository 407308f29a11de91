/** The app-wide 404: HTML for people, JSON for `/api/*` callers; and the pages' own 404s, shared with their files. */
import type { Context } from 'hono';
import { NotFoundPage } from './pages/not-found';

/** `app.notFound(notFound)`: a page a browser can show, the JSON error an API client expects. */
export function notFound(c: Context) {
  if (c.req.path.startsWith('/api/')) return c.json({ error: 'Không tìm thấy trang này.' }, 404);
  return c.html(<NotFoundPage what="trang này" />, 404);
}

/** An unknown plan id, on its page or in its file (`/ke-hoach/khong-co.csv`): a 404 page back to the plans. */
export function planNotFound(c: Context) {
  const back = { href: '/ke-hoach', label: 'Xem các kế hoạch' };
  return c.html(<NotFoundPage what="kế hoạch này" back={back} />, 404);
}

/** An unknown agency id, on its page or in its files: a 404 page back to the agencies. */
export function agencyNotFound(c: Context) {
  const back = { href: '/co-quan', label: 'Xem các cơ quan' };
  return c.html(<NotFoundPage what="cơ quan này" back={back} />, 404);
}

/** A province no plan is for, in `/han.ics?tinh=`: a 404 page back to the deadlines. */
export function provinceNotFound(c: Context) {
  const back = { href: '/han', label: 'Xem các thời hạn' };
  return c.html(<NotFoundPage what="tỉnh này" back={back} />, 404);
}
