/** `GET /api/ask?q=…` and `POST /api/ask {q, province?, previous?}`: the engine's answer as JSON. */
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { Answer, AskOptions } from '../answer/types';
import { getEngine, nationalLibrary } from '../corpus';
import { todayIso } from '../env';
import type { AppEnv } from '../middleware/app-env';
import { limitBody } from '../middleware/limit-body';
import { requestLogger } from '../middleware/request-log';
import { requireJson } from '../middleware/require-json';
import type { Corpus } from '../schema/records';
import { capped, MAX_NAME_LENGTH, MAX_QUESTION_LENGTH } from '../text/limits';
import { askedOf, noteAsked } from '../web/admin/usage';

export { MAX_QUESTION_LENGTH } from '../text/limits';

const AskBody = z.object({
  q: z.string(),
  province: z.optional(z.string()),
  /** The asker's previous question, for follow-ups such as "còn năm 2030?". */
  previous: z.optional(z.string()),
});

function check(q: string | undefined): string | null {
  // Length first: nothing reads an over-long question, not even to trim it.
  if (q && q.length > MAX_QUESTION_LENGTH) return `Câu hỏi quá dài (tối đa ${MAX_QUESTION_LENGTH} ký tự).`;
  if (!q?.trim()) return 'Thiếu câu hỏi: hãy gửi tham số "q", ví dụ /api/ask?q=tỷ lệ BHYT Quảng Ninh.';
  return null;
}

/** Answers, or a 503 with an apology when the plans could not be loaded (never a stack trace). */
async function reply(c: Context<AppEnv>, q: string, options: Omit<AskOptions, 'today'>) {
  let a: Answer;
  let bundled: Corpus | undefined;
  try {
    const ask = { ...options, today: todayIso(c.env ?? {}) };
    // The national shards when the bucket holds them; the bundled plans otherwise.
    const national = await nationalLibrary(c.env?.PLANS)?.answer(q, ask);
    if (national) a = national;
    else {
      const engine = getEngine();
      bundled = engine.corpus;
      a = engine.answer(q, ask);
    }
  } catch (error) {
    c.var.log.error('engine', error);
    return c.json(
      { error: 'Xin lỗi, dữ liệu kế hoạch đang không tải được. Bạn thử lại sau ít phút nhé.' },
      503,
    );
  }
  c.var.log.set({ intent: a.intent, found: a.found });
  // The ask page's script asks from the same origin: its questions are the web's, not the API's.
  const channel = c.req.header('Sec-Fetch-Site') === 'same-origin' ? 'web' : 'api';
  const scope = bundled && { corpus: bundled, chosen: options.province };
  noteAsked(c, askedOf(a, { channel, day: todayIso(c.env ?? {}), question: q }, scope));
  return c.json({
    answer: a.text,
    found: a.found,
    intent: a.intent,
    items: a.items,
    sources: a.sources,
    suggestions: a.suggestions ?? [],
  });
}

/** A previous question is only context: one over the limit is ignored, not refused. */
const previousOf = (previous: string | undefined) =>
  previous && previous.length <= MAX_QUESTION_LENGTH ? previous : undefined;

/** A province is matched against the plans' by name: past the cap it could name none of them anyway. */
const provinceOf = (province: string | undefined) => capped(province, MAX_NAME_LENGTH) || undefined;

const methodNotAllowed = (c: Context<AppEnv>) =>
  c.json({ error: 'Phương thức không được hỗ trợ: dùng GET hoặc POST.' }, 405, { Allow: 'GET, HEAD, POST' });

/** The ask routes, mounted under `/api`. */
export const askRoutes = new Hono<AppEnv>()
  .use(
    '/ask',
    requestLogger('api', () => []),
  )
  .get('/ask', (c) => {
    const q = c.req.query('q');
    const error = check(q);
    if (error || q === undefined) return c.json({ error }, 400);
    return reply(c, q, {
      province: provinceOf(c.req.query('province')),
      previousQuestion: previousOf(c.req.query('previous')),
    });
  })
  .post('/ask', requireJson, limitBody, async (c) => {
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
    return reply(c, parsed.data.q, {
      province: provinceOf(parsed.data.province),
      previousQuestion: previousOf(parsed.data.previous),
    });
  })
  .all('/ask', methodNotAllowed)
  // What this isolate read from the national bucket and holds: for tests and operators, no records in it.
  .get('/shards', (c) => c.json(nationalLibrary(c.env?.PLANS)?.stats() ?? { version: null, reads: [] }));
