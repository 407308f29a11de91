/** The web pages, mounted at `/`: each handler reads the URL, asks the corpus or engine, renders a page. */
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { Child } from 'hono/jsx';
import { trimTrailingSlash } from 'hono/trailing-slash';
import type { Engine } from '../answer/engine';
import { hotlineLines, parseHotlines } from '../channels/hotlines';
import { type Bindings, todayIso } from '../env';
import { capped, MAX_FILTER_LENGTH, MAX_NAME_LENGTH, MAX_QUESTION_LENGTH } from '../text/limits';
import { askedOf, noteAsked } from './admin/usage';
import { uniqueAgencies } from './agencies';
import { agencyWork } from './agency-work';
import { sharedComparisons } from './compare';
import { deadlines } from './deadlines';
import { createDownloadRoutes } from './download-routes';
import { createFeedbackRoutes, feedbackNotice } from './feedback-route';
import { filterQuery } from './filter';
import { agencyNotFound, planNotFound } from './not-found';
import { metaOf, PageMetaContext } from './page-meta';
import { AgencyPage } from './pages/agency';
import { AskPage } from './pages/ask';
import { ComparePage } from './pages/compare';
import { DeadlinesPage } from './pages/deadlines';
import { AgenciesPage, PlansPage } from './pages/lists';
import { PlanPage } from './pages/plan';
import { PrivacyPage } from './pages/privacy';
import { provinceChoice } from './province-param';
import { pageQuery, toRows } from './rows';
import { securityHeaders } from './security';
import { type ShownAnswer, shownAnswer } from './shown-answer';
import { createSiteFileRoutes } from './site-files';

/** What the pages need of the engine: its corpus and its answers. */
export type WebEngine = Pick<Engine, 'corpus' | 'answer'>;

/**
 * Every page and file path: they only answer GET (and HEAD, which Hono serves from GET). `/:planId` and
 * `/:agencyId` cover the files too (`so-y-te.ics`, `….csv`, `….json`).
 */
const PAGE_PATHS = [
  '/',
  '/robots.txt',
  '/sitemap.xml',
  '/rieng-tu',
  '/ke-hoach',
  '/ke-hoach/:planId',
  '/co-quan',
  '/co-quan/:agencyId',
  '/han',
  '/han.ics',
  '/so-sanh',
];

const methodNotAllowed = (c: Context) =>
  c.text('Trang này chỉ để xem (GET), không nhận dữ liệu gửi lên.', 405, { Allow: 'GET, HEAD' });

/** A name picked from a list in the URL (`?tinh=`, `?chi-tieu=`), read up to `MAX_NAME_LENGTH`. */
const nameParam = (c: Context, name: string) => capped(c.req.query(name), MAX_NAME_LENGTH);

/** `?tinh=` matched against the provinces the plans are for (an unknown one is kept to be named back). */
const provinceParam = (c: Context, provinces: readonly string[]) =>
  provinceChoice(nameParam(c, 'tinh'), provinces);

/**
 * How long a browser or proxy may reuse a page: the browsing pages change only with the data and the
 * day, so five minutes; an answer page (`/?q=`) is revalidated each time (its ETag makes that cheap).
 */
const PAGE_CACHE_CONTROL = 'public, max-age=300';
const ANSWER_CACHE_CONTROL = 'no-cache';

/** Sets `Cache-Control` on a successful GET that has none. */
const cacheControl: MiddlewareHandler = async (c, next) => {
  await next();
  const read = c.req.method === 'GET' || c.req.method === 'HEAD';
  if (!read || c.res.status !== 200 || c.res.headers.has('Cache-Control')) return;
  c.res.headers.set('Cache-Control', c.req.path === '/' ? ANSWER_CACHE_CONTROL : PAGE_CACHE_CONTROL);
};

/** A page with its address known to the layout (canonical and Open Graph tags, the printed footer). */
const page = (c: Context<{ Bindings: Bindings }>, node: Child, status: 200 | 404 = 200) =>
  c.html(
    <PageMetaContext.Provider value={metaOf(c.req.url, todayIso(c.env ?? {}))}>
      {node}
    </PageMetaContext.Provider>,
    status,
  );

/**
 * The web routes over the engine `engineOf()` returns (the bundled one in the Worker, a fixture in tests).
 * The files come first: the pages' `/:planId` and `/:agencyId` would take `so-y-te.ics` for an id.
 */
export function createWebRoutes(engineOf: () => WebEngine) {
  return new Hono<{ Bindings: Bindings }>()
    .use(trimTrailingSlash())
    .use(etag())
    .use(cacheControl)
    .use(securityHeaders)
    .route('/', createSiteFileRoutes(engineOf))
    .route('/', createDownloadRoutes(engineOf))
    .route('/', createFeedbackRoutes(engineOf))
    .get('/', (c) => {
      const engine = engineOf();
      const asked = c.req.query('q') ?? '';
      // An over-long question is shown back cut to the limit, with the error: not echoed whole, thrice.
      const question = capped(asked, MAX_QUESTION_LENGTH).trim();
      const provinces = engine.corpus.plans.map((p) => p.plan.province);
      const { province, unknown } = provinceParam(c, provinces);
      let answer: ShownAnswer | null = null;
      let error: string | null = null;
      if (asked.length > MAX_QUESTION_LENGTH)
        error = `Câu hỏi quá dài (tối đa ${MAX_QUESTION_LENGTH} ký tự).`;
      else if (question) {
        const previous = capped(c.req.query('truoc'), MAX_QUESTION_LENGTH) || undefined;
        const reply = engine.answer(question, {
          today: todayIso(c.env ?? {}),
          province: province || undefined,
          previousQuestion: previous,
        });
        answer = shownAnswer(engine.corpus, reply);
        // Counted for the maintainers' report; not again when the feedback form brings the reader back.
        if (!c.req.query('phan-hoi'))
          noteAsked(
            c,
            askedOf(
              reply,
              { channel: 'web', day: todayIso(c.env ?? {}), question },
              { corpus: engine.corpus, chosen: province || undefined },
            ),
          );
      }
      const notice = feedbackNotice(c.req.query('phan-hoi'));
      // The province asked about (or chosen) first; every configured line when none is.
      const hotlines = hotlineLines(parseHotlines(c.env?.HOTLINES), province ? [province] : []);
      return page(
        c,
        <AskPage {...{ question, province, unknown, provinces, answer, error, notice, hotlines }} />,
      );
    })
    .get('/ke-hoach', (c) => page(c, <PlansPage corpus={engineOf().corpus} />))
    .get('/ke-hoach/:planId', (c) => {
      const { corpus } = engineOf();
      const records = corpus.plans.find((p) => p.plan.id === c.req.param('planId'));
      if (!records) return planNotFound(c);
      const asked = c.req.query('q');
      const all = [...records.indicators, ...records.tasks];
      const query = pageQuery(corpus, all, filterQuery(asked, c.req.query('co-quan')));
      const text = capped(asked, MAX_FILTER_LENGTH);
      const indicators = toRows(corpus, records.indicators, query);
      const tasks = toRows(corpus, records.tasks, query);
      const named = new Set([...indicators, ...tasks].flatMap((r) => r.agencyIds));
      const agencies = uniqueAgencies(corpus)
        .filter((a) => named.has(a.id))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      const today = todayIso(c.env ?? {});
      return page(c, <PlanPage {...{ records, indicators, tasks, agencies, text, query, today }} />);
    })
    .get('/co-quan', (c) => page(c, <AgenciesPage agencies={uniqueAgencies(engineOf().corpus)} />))
    .get('/co-quan/:agencyId', (c) => {
      const { corpus } = engineOf();
      const agency = uniqueAgencies(corpus).find((a) => a.id === c.req.param('agencyId'));
      if (!agency) return agencyNotFound(c);
      const work = agencyWork(corpus, agency);
      const known = uniqueAgencies(corpus);
      const provinces = corpus.plans.map((p) => p.plan.province);
      const { province, unknown } = provinceParam(c, provinces);
      return page(
        c,
        <AgencyPage
          {...{ agency, work, known, province, unknown, provinces }}
          planCount={corpus.plans.length}
        />,
      );
    })
    .get('/han', (c) => {
      const { corpus } = engineOf();
      const today = todayIso(c.env ?? {});
      const provinces = corpus.plans.map((p) => p.plan.province);
      const { province, unknown } = provinceParam(c, provinces);
      const plans = corpus.plans.filter((p) => !province || p.plan.province === province);
      const list = deadlines({ ...corpus, plans }, today);
      return page(c, <DeadlinesPage {...{ list, today, provinces, province, unknown }} />);
    })
    .get('/so-sanh', (c) => {
      const { corpus } = engineOf();
      const shared = sharedComparisons(corpus);
      const asked = nameParam(c, 'chi-tieu');
      const chosen = asked ? (shared.find((s) => s.topic.id === asked) ?? null) : (shared[0] ?? null);
      const unknown = asked && !chosen ? asked : null;
      const missing = chosen
        ? corpus.plans.map((p) => p.plan).filter((p) => !chosen.entries.some((e) => e.plan.id === p.id))
        : [];
      return page(c, <ComparePage {...{ shared, chosen, unknown, missing }} />, unknown ? 404 : 200);
    })
    .get('/rieng-tu', (c) => page(c, <PrivacyPage />))
    .on('ALL', PAGE_PATHS, methodNotAllowed);
}
