/** The frame every page shares: head, skip link, nav, footer, the inline stylesheet and scripts. */

import { raw } from 'hono/html';
import { type Child, type FC, useContext } from 'hono/jsx';
import { formatDate } from './format';
import { PageMetaContext } from './page-meta';
import { STYLE } from './style';

/** What a page says of itself when no page gives more (search results, link previews on Zalo and Facebook). */
const DESCRIPTION =
  'Cam Kết: chỉ tiêu, thời hạn và cơ quan chịu trách nhiệm trong kế hoạch của các tỉnh, kèm nguồn trích dẫn.';

/** Which nav entry a page belongs to, for `aria-current`. */
export type Section = 'ask' | 'plans' | 'agencies' | 'deadlines' | 'compare' | 'none';

const NAV: ReadonlyArray<{ section: Section; href: string; label: string }> = [
  { section: 'ask', href: '/', label: 'Hỏi đáp' },
  { section: 'plans', href: '/ke-hoach', label: 'Kế hoạch' },
  { section: 'agencies', href: '/co-quan', label: 'Cơ quan' },
  { section: 'deadlines', href: '/han', label: 'Thời hạn' },
  { section: 'compare', href: '/so-sanh', label: 'So sánh' },
];

interface LayoutProps {
  title: string;
  section: Section;
  /** One sentence for search results and link previews; the site's own by default. */
  description?: string;
  /** Inline scripts for progressive enhancement: constants from `client/`, never text from a plan. */
  scripts?: string[];
  children?: Child;
}

/** A full HTML page: `<Layout title="Kế hoạch 91/KH-UBND" section="plans">…</Layout>`. */
export const Layout: FC<LayoutProps> = ({
  title,
  section,
  description = DESCRIPTION,
  scripts = [],
  children,
}) => {
  const meta = useContext(PageMetaContext);
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · Cam Kết`}</title>
          <meta name="description" content={description} />
          {meta ? (
            <>
              <link rel="canonical" href={meta.canonical} />
              <meta property="og:type" content="website" />
              <meta property="og:site_name" content="Cam Kết" />
              <meta property="og:locale" content="vi_VN" />
              <meta property="og:title" content={title} />
              <meta property="og:description" content={description} />
              <meta property="og:url" content={meta.canonical} />
            </>
          ) : null}
          {/* No favicon request (and no 404 in every log). */}
          <link rel="icon" href="data:," />
          <style>{raw(STYLE)}</style>
        </head>
        <body>
          <a class="skip" href="#noi-dung">
            Bỏ qua, đến nội dung chính
          </a>
          <header class="site">
            <div class="bar">
              <a class="brand" href="/">
                Cam Kết
              </a>
              <nav aria-label="Mục chính">
                <ul>
                  {NAV.map((item) => (
                    <li>
                      <a href={item.href} aria-current={item.section === section ? 'page' : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <main id="noi-dung" tabindex={-1}>
            {children}
          </main>
          <footer class="site">
            Số liệu trích nguyên văn từ kế hoạch của UBND các tỉnh; mỗi con số đều kèm số hiệu kế hoạch, mục
            và dòng để đối chiếu. <a href="/rieng-tu">Quyền riêng tư</a>.
            {/* On paper the page must say where it came from and when: the print stylesheet shows this. */}
            {meta ? (
              <p class="printed">
                In từ {meta.url} ngày {formatDate(meta.today)}.
              </p>
            ) : null}
          </footer>
          {scripts.map((code) => (
            <script>{raw(code)}</script>
          ))}
        </body>
      </html>
    </>
  );
};
