/**
 * `POST /phan-hoi`: the web's "Đúng / Chưa đúng / Báo sai" under an answer. The form posts the question;
 * the server answers it again (the engine is deterministic) to know which records and sources were shown,
 * so nothing the browser sends is taken as a record id. Stored like the bots' feedback, channel `web`,
 * no chat. Then back to the answer, with thanks.
 */
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { d1Feedback, MAX_COMMENT } from '../channels/feedback';
import { type Bindings, todayIso } from '../env';
import { limitBody } from '../middleware/limit-body';
import type { RequestLog } from '../middleware/request-log';
import { MAX_NAME_LENGTH, MAX_QUESTION_LENGTH } from '../text/limits';
import type { WebEngine } from './routes';

const Posted = z.object({
  verdict: z.enum(['right', 'wrong', 'report']),
  q: z.string().check(z.minLength(1), z.maxLength(MAX_QUESTION_LENGTH)),
  tinh: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
  comment: z.optional(z.string().check(z.maxLength(MAX_COMMENT))),
});

/** Where the form goes back to: the same answer, with a word on the feedback (`cam-on` or `loi`). */
function back(c: Context, q: string, tinh: string | undefined, outcome: 'cam-on' | 'loi') {
  const params = new URLSearchParams({ q });
  if (tinh) params.set('tinh', tinh);
  params.set('phan-hoi', outcome);
  return c.redirect(`/?${params}#answer`, 303);
}

/** What the ask page says after a redirect from here. */
export function feedbackNotice(outcome: string | undefined): string | null {
  if (outcome === 'cam-on')
    return 'Cảm ơn bạn! Phản hồi đã được ghi nhận để kiểm tra lại với văn bản kế hoạch.';
  if (outcome === 'loi') return 'Xin lỗi, chưa ghi nhận được phản hồi lúc này. Bạn thử lại sau nhé.';
  return null;
}

/** The route, over the same engine as the pages. */
export function createFeedbackRoutes(engineOf: () => WebEngine) {
  // The app's page logger (app.ts) has opened the request's log line.
  return new Hono<{ Bindings: Bindings & { DB?: D1Database }; Variables: { log: RequestLog } }>()
    .post('/phan-hoi', limitBody, async (c) => {
      const form = await c.req.parseBody().catch(() => ({}));
      const posted = Posted.safeParse(form);
      if (!posted.success) {
        c.var.log.set({ outcome: 'bad_form' });
        return c.text('Phản hồi không hợp lệ: cần câu hỏi (tối đa 500 ký tự) và một lựa chọn.', 400);
      }
      const { verdict, q, tinh, comment } = posted.data;
      const db = c.env?.DB;
      if (!db) {
        c.var.log.error('feedback', 'the DB binding is missing');
        return back(c, q, tinh, 'loi');
      }
      const today = todayIso(c.env ?? {});
      const answer = engineOf().answer(q, { today, province: tinh || undefined });
      try {
        await d1Feedback(db).record({
          channel: 'web',
          chat: null,
          day: today,
          verdict,
          question: q,
          comment: comment?.trim() || null,
          records: answer.items.map((i) => i.id),
          sources: answer.sources.map((s) => `${s.planNumber}:${s.lineStart}-${s.lineEnd}`),
        });
      } catch (error) {
        c.var.log.error('feedback', error);
        return back(c, q, tinh, 'loi');
      }
      c.var.log.set({ outcome: `feedback_${verdict}` });
      return back(c, q, tinh, 'cam-on');
    })
    .all('/phan-hoi', (c) => c.text('Chỉ nhận phản hồi gửi lên (POST).', 405, { Allow: 'POST' }));
}
