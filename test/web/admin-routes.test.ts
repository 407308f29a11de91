/**
 * `/quan-tri` through `app.request`: refused without the token (503 when none is set, 401 with a
 * challenge otherwise), open with the bearer token or the login cookie, never cached or indexed; and the
 * API's answers counted in D1 without a D1 failure reaching the reply.
 */
import { describe, expect, it } from 'vitest';
import app from '../../src/app';
import { SESSION_COOKIE } from '../../src/web/admin/auth';
import { USAGE_RETENTION_DAYS } from '../../src/web/admin/retention';

const TOKEN = 'test-admin-token-0123456789';
const TODAY = '2026-11-23';

interface Statement {
  sql: string;
  values: unknown[];
}

/** A D1 stand-in: `batch` records its statements and answers SELECTs from `tables` by table name. */
function fakeDb(tables: Record<string, unknown[]> = {}, failing = false) {
  const batches: Statement[][] = [];
  const statement = (sql: string, values: unknown[] = []) => ({
    sql,
    values,
    bind: (...v: unknown[]) => statement(sql, v),
  });
  const db = {
    prepare: (sql: string) => statement(sql),
    batch: async (list: Statement[]) => {
      if (failing) throw new Error('D1_ERROR: no such table: unanswered');
      batches.push(list.map(({ sql, values }) => ({ sql, values })));
      return list.map(({ sql }) => {
        const table = /FROM (\w+)/.exec(sql)?.[1] ?? '';
        return { results: sql.startsWith('SELECT') ? (tables[table] ?? []) : [], meta: { changes: 0 } };
      });
    },
  };
  return { db: db as unknown as D1Database, batches };
}

const REPORT_TABLES = {
  unanswered: [
    { day: '2026-11-22', folded: 'xe buyt', shown: 'xe buýt <b>', province: '', channel: 'web', count: 2 },
  ],
  asked: [{ province: 'Đồng Nai', intent: 'target', topic: 'zzz', count: 4 }],
  feedback: [
    {
      day: '2026-11-21',
      channel: 'telegram',
      verdict: 'report',
      question: 'tỷ lệ BHYT',
      comment: 'sai năm',
      records: '[]',
      sources: '[]',
    },
  ],
  reminder_deliveries: [],
};

const get = (path: string, env: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.request(path, { headers }, { TODAY, ...env });

describe('/quan-tri access', () => {
  it('is off, and says how to turn it on, while ADMIN_TOKEN is not set', async () => {
    const res = await get('/quan-tri', { DB: fakeDb().db });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('wrangler secret put ADMIN_TOKEN');
  });

  it('stays off with a token too short to resist guessing through the form', async () => {
    const res = await get(
      '/quan-tri',
      { ADMIN_TOKEN: 'short', DB: fakeDb().db },
      { Authorization: 'Bearer short' },
    );
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('quá ngắn');
  });

  it('asks a browser for the token with a 401 challenge and a login form, never cached', async () => {
    const res = await get('/quan-tri', { ADMIN_TOKEN: TOKEN, DB: fakeDb(REPORT_TABLES).db });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    const html = await res.text();
    expect(html).toContain('action="/quan-tri/dang-nhap"');
    expect(html).not.toContain('xe buýt');
  });

  it('refuses a wrong bearer token with 401 and invalid_token, and opens for the right one', async () => {
    const env = { ADMIN_TOKEN: TOKEN, DB: fakeDb(REPORT_TABLES).db };
    const wrong = await get('/quan-tri', env, { Authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('invalid_token');
    const right = await get('/quan-tri', env, { Authorization: `Bearer ${TOKEN}` });
    expect(right.status).toBe(200);
    expect(right.headers.get('cache-control')).toBe('no-store');
    expect(right.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await right.text();
    expect(html).toContain('xe buýt &lt;b&gt;');
    expect(html).toContain('sai năm');
    expect(html).toContain('Đồng Nai · 4 câu hỏi');
  });

  it('sets an HttpOnly, Secure, SameSite=Strict session cookie for the right token only, and honours it', async () => {
    const env = { ADMIN_TOKEN: TOKEN, DB: fakeDb(REPORT_TABLES).db };
    const login = (token: string) =>
      app.request(
        '/quan-tri/dang-nhap',
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token }).toString(),
        },
        { TODAY, ...env },
      );
    const bad = await login('nope');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    const ok = await login(TOKEN);
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/quan-tri'])
      expect(cookie).toContain(attr);
    const pair = cookie.split(';')[0] ?? '';
    expect((await get('/quan-tri', env, { Cookie: pair })).status).toBe(200);
    // Signed with the token: the value changed by one character, or a session of another token, is refused.
    const tampered = pair.replace(/=(\d)/, (_m, d: string) => `=${(Number(d) + 1) % 10}`);
    expect((await get('/quan-tri', env, { Cookie: tampered })).status).toBe(401);
    expect(
      (await get('/quan-tri', { ...env, ADMIN_TOKEN: `${TOKEN}-rotated` }, { Cookie: pair })).status,
    ).toBe(401);
  });

  it('serves each list as a spreadsheet behind the same guard, and 404 for an unknown one', async () => {
    const env = { ADMIN_TOKEN: TOKEN, DB: fakeDb(REPORT_TABLES).db };
    expect((await get('/quan-tri/chua-tra-loi.csv', env)).status).toBe(401);
    const csv = await get('/quan-tri/chua-tra-loi.csv', env, { Authorization: `Bearer ${TOKEN}` });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    expect(await csv.text()).toContain('xe buýt <b>,xe buyt,2,2026-11-22');
    expect((await get('/quan-tri/khac.csv', env, { Authorization: `Bearer ${TOKEN}` })).status).toBe(404);
  });
});

describe('answers counted for the report', () => {
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('stores a not-found API question folded and masked, with its channel and day, and counts the topic', async () => {
    const { db, batches } = fakeDb();
    const q = 'xe buýt nhanh gọi 0912 345 678';
    const res = await app.request(`/api/ask?q=${encodeURIComponent(q)}`, {}, { TODAY, DB: db });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { found: boolean }).found).toBe(false);
    await settle();
    const values = batches.flat().map((s) => s.values);
    expect(values).toContainEqual([
      '2026-11-23',
      'xe buyt nhanh goi',
      'xe buýt nhanh gọi ***',
      '',
      'api',
      5000,
    ]);
    expect(JSON.stringify(batches)).not.toContain('0912');
  });

  it('counts a same-origin question (the ask page script) as the web', async () => {
    const { db, batches } = fakeDb();
    await app.request(
      '/api/ask?q=t%E1%BB%B7%20l%E1%BB%87%20BHYT',
      { headers: { 'Sec-Fetch-Site': 'same-origin' } },
      { TODAY, DB: db },
    );
    await settle();
    expect(batches[0]?.[0]?.values[4]).toBe('web');
  });

  it('counts a question asked on the ask page without its script, but not again after feedback', async () => {
    const { db, batches } = fakeDb();
    const res = await app.request('/?q=xe%20bu%C3%BDt%20nhanh', {}, { TODAY, DB: db });
    expect(res.status).toBe(200);
    await settle();
    expect(batches.flat().map((s) => s.values[1])).toContain('xe buyt nhanh');
    expect(batches[0]?.[0]?.values[4]).toBe('web');
    await app.request('/?q=xe%20bu%C3%BDt%20nhanh&phan-hoi=cam-on', {}, { TODAY, DB: db });
    await settle();
    expect(batches).toHaveLength(1);
  });

  it('says on the privacy page that unanswered questions are kept, and for how long', async () => {
    const html = await (await app.request('/rieng-tu', {}, { TODAY })).text();
    expect(html).toContain(`xóa sau ${USAGE_RETENTION_DAYS} ngày`);
  });

  it('answers as usual when D1 fails', async () => {
    const res = await app.request('/api/ask?q=xe%20bu%C3%BDt', {}, { TODAY, DB: fakeDb({}, true).db });
    expect(res.status).toBe(200);
    await settle();
  });
});
