/** The Worker's HTTP app: mounts the routes, nothing else (`index.ts` adds the Durable Object class). */
import { Hono } from 'hono';
import { askRoutes } from './api/ask';
import { telegramRoutes } from './channels/telegram';
import { zaloRoutes } from './channels/zalo/webhook';
import type { Bindings } from './env';
import { requestLogger } from './middleware/request-log';
import { notFound, webRoutes } from './web';
import { adminRoutes } from './web/admin';

const app = new Hono<{ Bindings: Bindings }>();

app.get('/health', (c) => c.json({ ok: true }));
app.all('/health', (c) => c.json({ error: 'Chỉ hỗ trợ GET.' }, 405, { Allow: 'GET, HEAD' }));
app.route('/api', askRoutes);
app.route('/telegram', telegramRoutes);
app.route('/zalo', zaloRoutes);
// Pages (and unknown paths) get the same one-line log as the API and webhooks, which log on their own.
app.use(
  '*',
  requestLogger('page', () => []),
);
app.route('/', adminRoutes);
app.route('/', webRoutes);

app.notFound(notFound);
// Last resort: never leak a stack trace to a caller.
app.onError((err, c) => {
  console.error(JSON.stringify({ level: 'error', route: c.req.path, error: String(err) }));
  return c.json({ error: 'Đã có lỗi, xin thử lại sau.' }, 500);
});

export default app;
