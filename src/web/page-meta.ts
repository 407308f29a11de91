/**
 * What a page knows of its own address, for the tags a shared link needs (canonical, Open Graph) and the
 * printed footer: set once per request by the routes, read by the layout through a JSX context.
 */
import { createContext } from 'hono/jsx';
import { capped, MAX_NAME_LENGTH, MAX_QUESTION_LENGTH } from '../text/limits';

/** The request's address as the layout shows it. */
export interface PageMeta {
  /** The page as requested (the parameters it reads), absolute: the printed footer names it. */
  url: string;
  /** The one address of this content: filters (`?q=`, `?co-quan=`) dropped, a province or topic kept. */
  canonical: string;
  /** ISO date the page was rendered for (pages are rendered once a day): the printed footer's date. */
  today: string;
}

/** Query parameters that choose content rather than filter it, by path (`*` for every page). */
const KEPT: Record<string, readonly string[]> = {
  '/': ['q', 'tinh'],
  '*': ['tinh', 'chi-tieu'],
};

/** Every parameter a page reads: the printed address names the view as filtered. */
const READ = ['q', 'tinh', 'co-quan', 'chi-tieu'];

/**
 * `path?name=value…` with only `names`, each value cut to what a page reads: a 40 KB `?q=` is not
 * echoed into the head and the footer.
 */
function address(url: URL, names: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const name of names) {
    const max = name === 'q' ? MAX_QUESTION_LENGTH : MAX_NAME_LENGTH;
    const value = capped(url.searchParams.get(name) ?? undefined, max);
    if (value) kept.set(name, value);
  }
  return `${url.origin}${url.pathname}${kept.size ? `?${kept}` : ''}`;
}

/**
 * `metaOf('https://camket.example/ke-hoach/x?q=bhyt', '2026-11-23')` →
 * `{ url: '…/ke-hoach/x?q=bhyt', canonical: 'https://camket.example/ke-hoach/x', today: '2026-11-23' }`.
 */
export function metaOf(requestUrl: string, today: string): PageMeta {
  const url = new URL(requestUrl);
  const canonical = address(url, KEPT[url.pathname] ?? KEPT['*'] ?? []);
  return { url: address(url, READ), canonical, today };
}

/** The current page's meta; null outside a request (a page rendered on its own in a test). */
export const PageMetaContext = createContext<PageMeta | null>(null);
