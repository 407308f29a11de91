import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { pageCache } from '../../src/web/page-cache';

/** A page that counts its renders and says which day it was rendered for. */
function site(maxBytes?: number) {
  let renders = 0;
  const data = {};
  const app = new Hono()
    .use(pageCache(() => data, maxBytes))
    .get('/han', (c) => {
      renders++;
      c.header('Content-Security-Policy', "default-src 'none'");
      return c.html(`<p>${c.req.query('tinh') ?? ''} ${renders}</p>`);
    })
    .get('/co-quan/:id', (c) => (c.req.param('id') === 'x' ? c.notFound() : c.html('<p>ok</p>')))
    .get('/', (c) => {
      renders++;
      return c.html('<p>ask</p>');
    });
  return { app, renders: () => renders };
}
const env = (today: string) => ({ TODAY: today });

describe('pageCache', () => {
  it('serves the same page on the same day from the first render, headers and all', async () => {
    const { app, renders } = site();
    const first = await app.request('/han', {}, env('2026-11-23'));
    const again = await app.request('/han', {}, env('2026-11-23'));
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(renders()).toBe(1);
  });

  it('renders again for another host, whose address the page names', async () => {
    const { app, renders } = site();
    await app.request('https://a.example/han', {}, env('2026-11-23'));
    await app.request('https://b.example/han', {}, env('2026-11-23'));
    expect(renders()).toBe(2);
  });

  it('renders again for another day or another query', async () => {
    const { app, renders } = site();
    await app.request('/han', {}, env('2026-11-23'));
    await app.request('/han', {}, env('2026-11-24'));
    await app.request('/han?tinh=An%20Giang', {}, env('2026-11-24'));
    expect(renders()).toBe(3);
  });

  it('keeps no error page, and leaves the ask page alone', async () => {
    const { app, renders } = site();
    expect((await app.request('/co-quan/x', {}, env('2026-11-23'))).status).toBe(404);
    expect((await app.request('/co-quan/x', {}, env('2026-11-23'))).status).toBe(404);
    await app.request('/', {}, env('2026-11-23'));
    await app.request('/', {}, env('2026-11-23'));
    expect(renders()).toBe(2);
  });

  it('keeps within its byte bound', async () => {
    const { app, renders } = site(1);
    await app.request('/han?tinh=a', {}, env('2026-11-23'));
    await app.request('/han?tinh=b', {}, env('2026-11-23'));
    await app.request('/han?tinh=a', {}, env('2026-11-23'));
    expect(renders()).toBe(3);
  });
});
