/** Refuses a request body that does not say it is JSON, before anything reads it. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** `isJson('application/json; charset=utf-8')` → `true`; `isJson('text/plain')` → `false`. */
export function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Answers 415 unless the request says `Content-Type: application/json`: a form or a text body posted to
 * the API is a caller's mistake, and saying so beats a puzzling "not JSON" 400.
 *
 * @example
 * app.post('/ask', requireJson, limitBody, handler)
 */
export const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isJson(c.req.header('content-type'))) return next();
  c.var.log.set({ outcome: 'unsupported_media_type' });
  return c.json(
    { error: 'Nội dung gửi lên phải là JSON: hãy đặt tiêu đề "Content-Type: application/json".' },
    415,
  );
};
