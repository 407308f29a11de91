/**
 * The `/quan-tri` routes: the report page, its spreadsheets, and the login and logout a browser needs.
 * Never cached, never indexed, with the pages' security headers (CSP); mounted in `app.ts` after the
 * page logger, before the pages.
 */
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { todayIso } from '../../env';
import { limitBody } from '../../middleware/limit-body';
import type { WebEngine } from '../routes';
import { securityHeaders } from '../security';
import {
  ADMIN_PATH,
  type AdminEnv,
  adminGuard,
  adminToken,
  CHALLENGE,
  endSession,
  isToken,
  startSession,
} from './auth';
import { REPORT_FILES, type ReportFile, reportCsv } from './csv-lists';
import { LoginPage, ReportPage } from './page';
import { readReport } from './report';

/** Longest token the form takes: `openssl rand -base64 32` is 44 characters. */
const MAX_TOKEN_LENGTH = 512;

const Login = z.object({ token: z.string().check(z.minLength(1), z.maxLength(MAX_TOKEN_LENGTH)) });

const loginPage = (c: Context<AdminEnv>, error: string | null = null) =>
  c.html(<LoginPage error={error} />, 401, { 'WWW-Authenticate': CHALLENGE });

/** Private and per person: no cache keeps it, no search engine lists it. */
const unlisted: MiddlewareHandler<AdminEnv> = async (c, next) => {
  await securityHeaders(c, next);
  c.res.headers.set('Cache-Control', 'no-store');
  c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
};

const NO_DB_TEXT = 'Chưa có cơ sở dữ liệu (D1, binding DB): báo cáo không có gì để đọc.';

/** The report routes over the engine `engineOf()` returns (its corpus names the topics). */
export function createAdminRoutes(engineOf: () => WebEngine) {
  const guard = adminGuard((c) => loginPage(c));
  const report = async (c: Context<AdminEnv>) => {
    const db = c.env?.DB;
    if (!db) return null;
    return readReport(db, todayIso(c.env ?? {}));
  };
  return new Hono<AdminEnv>()
    .use(ADMIN_PATH, unlisted)
    .use(`${ADMIN_PATH}/*`, unlisted)
    .post(`${ADMIN_PATH}/dang-nhap`, limitBody, async (c) => {
      const secret = adminToken(c);
      if ('off' in secret) return c.text(secret.off, 503);
      const { token } = secret;
      const posted = Login.safeParse(await c.req.parseBody().catch(() => ({})));
      if (!posted.success || !(await isToken(token, posted.data.token))) {
        c.var.log.set({ outcome: 'admin_login_failed' });
        return loginPage(c, 'Mã quản trị không đúng.');
      }
      await startSession(c, token);
      c.var.log.set({ outcome: 'admin_login_ok' });
      return c.redirect(ADMIN_PATH, 303);
    })
    .post(`${ADMIN_PATH}/dang-xuat`, (c) => {
      endSession(c);
      return c.redirect(ADMIN_PATH, 303);
    })
    .get(ADMIN_PATH, guard, async (c) => {
      const data = await report(c);
      if (!data) return c.text(NO_DB_TEXT, 503);
      const today = todayIso(c.env ?? {});
      return c.html(<ReportPage data={data} corpus={engineOf().corpus} today={today} />);
    })
    .get(`${ADMIN_PATH}/:file{[a-z-]+\\.csv}`, guard, async (c) => {
      const name = c.req.param('file').replace(/\.csv$/, '');
      if (!(REPORT_FILES as readonly string[]).includes(name)) return c.notFound();
      const data = await report(c);
      if (!data) return c.text(NO_DB_TEXT, 503);
      const today = todayIso(c.env ?? {});
      return c.body(reportCsv(name as ReportFile, data, engineOf().corpus), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="quan-tri-${name}-${today}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      });
    });
}
