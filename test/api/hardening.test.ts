/** The API and pages under bad requests and faults: clear 4xx, 503 on a broken index, no stack traces, one log line. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const broken = { value: false };
vi.mock('../../src/corpus', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/corpus')>();
  return {
    ...real,
    getEngine: () => {
      if (broken.value) throw new Error('index failed to load: /secret/path/index.json at line 3');
      return real.getEngine();
    },
  };
});

const { default: app } = await import('../../src/app');
const env = { TODAY: '2026-11-23' };

afterEach(() => {
  broken.value = false;
  vi.restoreAllMocks();
});

describe('request limits and methods', () => {
  it('refuses a POST /api/ask body over 64 KB with 413 before parsing', async () => {
    const body = JSON.stringify({ q: 'bhyt', pad: 'x'.repeat(70_000) });
    const res = await app.request(
      '/api/ask',
      { method: 'POST', body, headers: { 'content-type': 'application/json' } },
      env,
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/quá lớn/) });
  });

  it('answers 405 with Allow for wrong methods on known routes', async () => {
    const put = await app.request('/api/ask', { method: 'PUT' }, env);
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await app.request('/health', { method: 'DELETE' }, env)).status).toBe(405);
  });

  it('refuses POST /api/ask that is not JSON with 415, and takes JSON with a charset', async () => {
    const body = JSON.stringify({ q: 'bhyt' });
    for (const headers of [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      {} as Record<string, string>,
    ]) {
      const res = await app.request('/api/ask', { method: 'POST', body, headers }, env);
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({
        error: expect.stringMatching(/phải là JSON.*Content-Type: application\/json/),
      });
    }
    const json = { 'content-type': 'Application/JSON; charset=utf-8' };
    expect((await app.request('/api/ask', { method: 'POST', body, headers: json }, env)).status).toBe(200);
  });

  it('answers with an over-long province or previous question, read only up to their caps', async () => {
    const long = 'Quảng Ninh'.repeat(1_500);
    const get = await app.request(
      `/api/ask?q=bhyt&province=${encodeURIComponent(long)}&previous=${long}`,
      {},
      env,
    );
    expect(get.status).toBe(200);
    const body = JSON.stringify({ q: 'bhyt', province: long, previous: long });
    const headers = { 'content-type': 'application/json' };
    expect((await app.request('/api/ask', { method: 'POST', body, headers }, env)).status).toBe(200);
  });

  it('answers 404 for unknown API paths as JSON', async () => {
    const res = await app.request('/api/nothing', {}, env);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});

describe('faults', () => {
  it('answers 503 with an apology when the index cannot load, and /health still answers', async () => {
    broken.value = true;
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const res = await app.request('/api/ask?q=bhyt', {}, env);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).toMatch(/Xin lỗi/);
    expect(text).not.toMatch(/secret|index\.json|at line|Error/);
    expect((await app.request('/health', {}, env)).status).toBe(200);
  });

  it('never leaks a stack trace from a page that fails', async () => {
    broken.value = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const res = await app.request('/?q=bhyt', {}, env);
    expect(res.status).toBeGreaterThanOrEqual(500);
    const text = await res.text();
    expect(text).not.toMatch(/secret|index\.json|at line|\bat \w+ \(/);
  });
});

describe('logging', () => {
  it('writes one JSON line per API request with route, intent, found, status and latency', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    await app.request(`/api/ask?q=${encodeURIComponent('tỷ lệ BHYT Quảng Ninh')}`, {}, env);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      route: 'api',
      intent: 'target',
      found: true,
      status: 200,
      latencyMs: expect.any(Number),
    });
  });

  it('writes one line per page request too', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    await app.request('/ke-hoach', {}, env);
    expect(lines.map((l) => JSON.parse(l).route)).toEqual(['page']);
  });
});
