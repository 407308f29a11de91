/**
 * The files behind the pages, for officials' own tools: calendars (`/co-quan/<id>.ics`, `/han.ics?tinh=…`),
 * spreadsheets and data (`/ke-hoach/<id>.csv|.json`, `/co-quan/<id>.csv|.json`). Mounted before the pages,
 * whose `/:planId` and `/:agencyId` would otherwise take `so-y-te.ics` for an id.
 */
import { type Context, Hono } from 'hono';
import { type Bindings, todayIso } from '../env';
import { capped, MAX_NAME_LENGTH } from '../text/limits';
import { slug } from '../text/slug';
import { uniqueAgencies } from './agencies';
import { agencyWork } from './agency-work';
import { deadlineEvents, deadlinesOf } from './deadline-calendar';
import { allDeadlines } from './deadlines';
import { writeCalendar } from './ics';
import { agencyPath, planPath } from './links';
import { agencyNotFound, planNotFound, provinceNotFound } from './not-found';
import { agencyRows, planRows, rowsToCsv } from './record-export';
import type { WebEngine } from './routes';

const CALENDAR = 'text/calendar; charset=utf-8';
const SPREADSHEET = 'text/csv; charset=utf-8';

/**
 * A file response: a calendar or spreadsheet is saved (`attachment`), JSON may be shown (`inline`); the
 * name is built from an id already matched against the corpus, so it is a plain ASCII slug.
 */
function file(c: Context, body: string, type: string, name: string, disposition = 'attachment') {
  return c.body(body, 200, {
    'Content-Type': type,
    'Content-Disposition': `${disposition}; filename="${name}"`,
    'X-Content-Type-Options': 'nosniff',
  });
}

/** `so-y-te.ics` → `so-y-te`. */
const stem = (name: string) => name.slice(0, name.lastIndexOf('.'));

/** `https://camket.example`, for the links inside a file, which leaves the page it came from. */
const originOf = (c: Context) => new URL(c.req.url).origin;

/** The download routes over the engine `engineOf()` returns; `createWebRoutes` mounts them first. */
export function createDownloadRoutes(engineOf: () => WebEngine) {
  const planOf = (name: string) => engineOf().corpus.plans.find((p) => p.plan.id === stem(name));
  const agencyOf = (name: string) => uniqueAgencies(engineOf().corpus).find((a) => a.id === stem(name));

  return new Hono<{ Bindings: Bindings }>()
    .get('/han.ics', (c) => {
      const { corpus } = engineOf();
      const province = capped(c.req.query('tinh'), MAX_NAME_LENGTH);
      const plans = corpus.plans.filter((p) => !province || p.plan.province === province);
      if (province && plans.length === 0) return provinceNotFound(c);
      const list = allDeadlines({ ...corpus, plans }, todayIso(c.env ?? {}));
      const name = province
        ? `Cam Kết: thời hạn trong kế hoạch của ${province}`
        : 'Cam Kết: thời hạn trong kế hoạch';
      const ics = writeCalendar({ name, events: deadlineEvents(list, originOf(c)) }, new Date());
      return file(c, ics, CALENDAR, province ? `han-${slug(province)}.ics` : 'han.ics');
    })
    .get('/ke-hoach/:file{[^/]+\\.csv}', (c) => {
      const records = planOf(c.req.param('file'));
      if (!records) return planNotFound(c);
      return file(c, rowsToCsv(planRows(records, originOf(c))), SPREADSHEET, `${records.plan.id}.csv`);
    })
    .get('/ke-hoach/:file{[^/]+\\.json}', (c) => {
      const records = planOf(c.req.param('file'));
      if (!records) return planNotFound(c);
      const origin = originOf(c);
      const { id, province, number, title, signedDate } = records.plan;
      const plan = { id, province, number, title, signedDate, url: `${origin}${planPath(id)}` };
      const body = JSON.stringify({ plan, rows: planRows(records, origin) });
      return file(c, body, 'application/json; charset=utf-8', `${id}.json`, 'inline');
    })
    .get('/co-quan/:file{[^/]+\\.ics}', (c) => {
      const agency = agencyOf(c.req.param('file'));
      if (!agency) return agencyNotFound(c);
      const { corpus } = engineOf();
      const list = deadlinesOf(corpus, agency, allDeadlines(corpus, todayIso(c.env ?? {})));
      const name = `Cam Kết: thời hạn của ${agency.name}`;
      const ics = writeCalendar({ name, events: deadlineEvents(list, originOf(c)) }, new Date());
      return file(c, ics, CALENDAR, `${agency.id}.ics`);
    })
    .get('/co-quan/:file{[^/]+\\.csv}', (c) => {
      const agency = agencyOf(c.req.param('file'));
      if (!agency) return agencyNotFound(c);
      const rows = agencyRows(agencyWork(engineOf().corpus, agency), originOf(c));
      return file(c, rowsToCsv(rows, true), SPREADSHEET, `${agency.id}.csv`);
    })
    .get('/co-quan/:file{[^/]+\\.json}', (c) => {
      const found = agencyOf(c.req.param('file'));
      if (!found) return agencyNotFound(c);
      const origin = originOf(c);
      const agency = {
        id: found.id,
        name: found.name,
        aliases: found.aliases,
        url: `${origin}${agencyPath(found.id)}`,
      };
      const body = JSON.stringify({ agency, rows: agencyRows(agencyWork(engineOf().corpus, found), origin) });
      return file(c, body, 'application/json; charset=utf-8', `${found.id}.json`, 'inline');
    });
}
