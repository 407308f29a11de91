/** `GET /api/ask?q=…` and `POST /api/ask {q, province?}`: the engine's answer as JSON. */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { getEngine } from '../corpus';
import { type Bindings, todayIso } from '../env';

/** Longest question the API accepts, in characters. */
export const MAX_QUESTION_LENGTH = 500;

const AskBody = z.object({
  q: z.string(),
  province: z.optional(z.string()),
});

function check(q: string | undefined): string | null {
  if (!q?.trim()) return 'Thiếu câu hỏi: hãy gửi tham số "q", ví dụ /api/ask?q=tỷ lệ BHYT Quảng Ninh.';
  if (q.length > MAX_QUESTION_LENGTH) return `Câu hỏi quá dài (tối đa ${MAX_QUESTION_LENGTH} ký tự).`;
  return null;
}

/** The ask routes, mounted under `/api`. */
export const askRoutes = new Hono<{ Bindings: Bindings }>()
  .get('/ask', (c) => {
    const q = c.req.query('q');
    const error = check(q);
    if (error || q === undefined) return c.json({ error }, 400);
    const a = getEngine().answer(q, { today: todayIso(c.env ?? {}), province: c.req.query('province') });
    return c.json({ answer: a.text, found: a.found, intent: a.intent, items: a.items, sources: a.sources });
  })
  .post('/ask', async (c) => {
    const raw = await c.req.json().catch(() => undefined);
    const parsed = AskBody.safeParse(raw);
    if (!parsed.success) {
      return c.json(
        { error: 'Nội dung gửi lên phải là JSON dạng {"q": "câu hỏi", "province"?: "tỉnh"}.' },
        400,
      );
    }
    const error = check(parsed.data.q);
    if (error) return c.json({ error }, 400);
    const a = getEngine().answer(parsed.data.q, {
      today: todayIso(c.env ?? {}),
      province: parsed.data.province,
    });
    return c.json({ answer: a.text, found: a.found, intent: a.intent, items: a.items, sources: a.sources });
  });
