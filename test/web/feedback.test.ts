/** The web's feedback under an answer: stored with what was shown, then back to the answer with thanks. */
import { describe, expect, it } from 'vitest';
import app from '../../src/app';

/** A D1 stand-in that records what was inserted (or fails, when told to). */
function fakeDb(failing = false) {
  const inserted: unknown[][] = [];
  const db = {
    prepare: (_sql: string) => ({
      bind: (...values: unknown[]) => ({
        run: async () => {
          if (failing) throw new Error('D1_ERROR: no such table: feedback');
          inserted.push(values);
          return { meta: { changes: 1 } };
        },
      }),
    }),
  };
  return { db: db as unknown as D1Database, inserted };
}

const post = (body: Record<string, string>, env: Record<string, unknown>) =>
  app.request(
    '/phan-hoi',
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    },
    { TODAY: '2026-11-23', ...env },
  );

describe('POST /phan-hoi', () => {
  it('stores the verdict with the records and sources of the answer it re-derives, then thanks', async () => {
    const { db, inserted } = fakeDb();
    const res = await post(
      { verdict: 'report', q: 'tỷ lệ BHYT mục tiêu Quảng Ninh', comment: 'năm 2030 sai, gọi 0912 345 678' },
      { DB: db },
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toContain('phan-hoi=cam-on');
    const [day, channel, chat, verdict, question, comment, records, sources] = inserted[0] ?? [];
    expect([day, channel, chat, verdict, question]).toEqual([
      '2026-11-23',
      'web',
      null,
      'report',
      'tỷ lệ BHYT mục tiêu Quảng Ninh',
    ]);
    expect(comment).toBe('năm 2030 sai, gọi ***');
    expect(JSON.parse(String(records)).length).toBeGreaterThan(0);
    expect(String(sources)).toContain('91/KH-UBND');
    const page = await (await app.request(location, {}, { TODAY: '2026-11-23' })).text();
    expect(page).toContain('Cảm ơn bạn! Phản hồi đã được ghi nhận');
  });

  it('refuses a form without a verdict or question, and says so when the database fails', async () => {
    const { db } = fakeDb();
    expect((await post({ q: 'bhyt' }, { DB: db })).status).toBe(400);
    expect((await post({ verdict: 'right' }, { DB: db })).status).toBe(400);
    const failing = await post({ verdict: 'right', q: 'bhyt' }, { DB: fakeDb(true).db });
    expect(failing.headers.get('location')).toContain('phan-hoi=loi');
    expect((await app.request('/phan-hoi', {}, {})).status).toBe(405);
  });

  it('puts the form under every answer, with the question it is about', async () => {
    const html = await (
      await app.request('/?q=t%E1%BB%B7%20l%E1%BB%87%20BHYT', {}, { TODAY: '2026-11-23' })
    ).text();
    expect(html).toContain('action="/phan-hoi"');
    expect(html).toMatch(/name="q" value="tỷ lệ BHYT"/);
    for (const v of ['right', 'wrong', 'report']) expect(html).toContain(`value="${v}"`);
  });
});
