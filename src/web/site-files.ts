/**
 * `robots.txt` and `sitemap.xml`: the pages a search engine may list (every plan, agency and comparison),
 * and the paths it should leave alone (the API, the feedback form, the webhooks).
 */
import { type Context, Hono } from 'hono';
import type { Bindings } from '../env';
import { uniqueAgencies } from './agencies';
import { sharedComparisons } from './compare';
import { agencyPath, planPath } from './links';
import type { WebEngine } from './routes';

/** Files the data decides: a day in a browser or a crawler's cache is soon enough. */
const FILE_CACHE = 'public, max-age=86400';

const originOf = (c: Context) => new URL(c.req.url).origin;

/** Every page worth listing, as paths: `['/', '/ke-hoach', '/ke-hoach/dong-nai-230-2024', …]`. */
export function sitePaths(engine: WebEngine): string[] {
  const { corpus } = engine;
  return [
    '/',
    '/ke-hoach',
    ...corpus.plans.map((p) => planPath(p.plan.id)),
    '/co-quan',
    ...uniqueAgencies(corpus).map((a) => agencyPath(a.id)),
    '/han',
    '/so-sanh',
    ...sharedComparisons(corpus).map((s) => `/so-sanh?chi-tieu=${encodeURIComponent(s.topic.id)}`),
  ];
}

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The routes for the two files, mounted with the pages. */
export function createSiteFileRoutes(engineOf: () => WebEngine) {
  return new Hono<{ Bindings: Bindings }>()
    .get('/robots.txt', (c) =>
      c.text(
        [
          'User-agent: *',
          'Disallow: /api/',
          // Answers to whatever was asked: endless, and each one is the plans' pages again.
          'Disallow: /?q=',
          'Disallow: /phan-hoi',
          'Disallow: /telegram',
          'Disallow: /zalo',
          `Sitemap: ${originOf(c)}/sitemap.xml`,
          '',
        ].join('\n'),
        200,
        { 'Cache-Control': FILE_CACHE },
      ),
    )
    .get('/sitemap.xml', (c) => {
      const origin = originOf(c);
      const urls = sitePaths(engineOf()).map((path) => `<url><loc>${xmlEscape(origin + path)}</loc></url>`);
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
      return c.body(body, 200, {
        'Content-Type': 'application/xml; charset=utf-8',
        'Cache-Control': FILE_CACHE,
      });
    });
}
