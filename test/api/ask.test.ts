import { describe, expect, it } from 'vitest';
import app from '../../src/app';

const env = { TODAY: '2026-11-23' };
const get = (path: string) => app.request(path, {}, env);

describe('GET /health', () => {
  it('answers ok', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('GET /api/ask', () => {
  it('answers from the bundled plans with sources', async () => {
    const res = await get(`/api/ask?q=${encodeURIComponent('tỷ lệ BHYT mục tiêu Quảng Ninh')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answer: string; found: boolean; sources: { planNumber: string }[] };
    expect(body.found).toBe(true);
    expect(body.answer).toContain('95%');
    expect(body.sources[0]?.planNumber).toBe('91/KH-UBND');
  });

  it('refuses a missing question with a clear 400', async () => {
    const res = await get('/api/ask');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/Thiếu câu hỏi/);
  });

  it('refuses a question over 500 characters', async () => {
    const res = await get(`/api/ask?q=${'a'.repeat(501)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/quá dài/);
  });
});

describe('POST /api/ask', () => {
  const post = (body: string) =>
    app.request('/api/ask', { method: 'POST', body, headers: { 'content-type': 'application/json' } }, env);

  it('takes a province for questions that name none', async () => {
    const res = await post(JSON.stringify({ q: 'tỷ lệ tham gia BHYT', province: 'Lai Châu' }));
    const body = (await res.json()) as { answer: string };
    expect(res.status).toBe(200);
    expect(body.answer).toContain('Lai Châu');
  });

  it('refuses malformed JSON and wrong shapes with 400', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ question: 'x' }))).status).toBe(400);
    expect((await post(JSON.stringify({ q: 42 }))).status).toBe(400);
  });
});

describe('GET /api/ask, conversations and suggestions', () => {
  it('reads a follow-up with the previous question, and ignores it for a complete one', async () => {
    const previous = encodeURIComponent('Tỷ lệ bao phủ BHYT mục tiêu của Quảng Ninh là bao nhiêu?');
    const res = await get(`/api/ask?q=${encodeURIComponent('còn Đồng Nai thì sao?')}&previous=${previous}`);
    const body = (await res.json()) as { answer: string; found: boolean };
    expect(body.found).toBe(true);
    expect(body.answer).toContain('Tỷ lệ dân số tham gia BHYT');
  });

  it('offers suggestions when nothing answers', async () => {
    const res = await get(`/api/ask?q=${encodeURIComponent('tỷ lệ trẻ em suy dinh dưỡng Quảng Ninh')}`);
    const body = (await res.json()) as { found: boolean; suggestions: { question: string }[] };
    expect(body.found).toBe(false);
    expect(body.suggestions.length).toBeGreaterThan(0);
  });
});
