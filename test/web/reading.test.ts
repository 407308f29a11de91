/**
 * What a reader sees on the real plans, through the Worker's own app: sources that land on their row,
 * linked agencies, table quotes by column, a province per agency page, the phrase filter, addresses
 * that redirect or say what exists, the tags and headers a shared link and a cache need.
 */
import { describe, expect, it } from 'vitest';
import app from '../../src/app';
import { getEngine } from '../../src/corpus';
import { quoteCells } from '../../src/web/quote-cells';

const env = { TODAY: '2026-11-23' };

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers }, env);
  return { status: res.status, headers: res.headers, html: await res.text() };
}

const ask = (question: string) => get(`/?q=${encodeURIComponent(question)}`);

/** The `<tr>` or `<li>` with that id, as rendered. */
const hasRow = (html: string, id: string) => new RegExp(`<(tr|li) id="${id}"`).test(html);

describe('answer sources land on their row', () => {
  it('links each source to the row of its plan page, and the row exists there', async () => {
    const { html } = await ask('Ai chủ trì chỉ tiêu BHTN ở Đồng Nai?');
    const href = html.match(/<a data-slot="plan" href="([^"]+)"/)?.[1] ?? '';
    expect(href).toMatch(/^\/ke-hoach\/dong-nai-230-2024#dong-nai-230-2024-/);
    const [path, anchor] = href.split('#');
    expect(hasRow((await get(path ?? '')).html, anchor ?? '')).toBe(true);
  });

  it('links a reporting duty to its line in the plan facts', async () => {
    const { html } = await ask('Hạn báo cáo hằng năm của Thanh Hóa');
    const hrefs = [...html.matchAll(/<a data-slot="plan" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    const page = (await get('/ke-hoach/thanh-hoa-68-2024')).html;
    for (const href of hrefs) {
      const anchor = href.split('#')[1] ?? '';
      expect(anchor === 'thong-tin' || hasRow(page, anchor), href).toBe(true);
    }
  });

  it('links each deadline on /han to its row', async () => {
    const { html } = await get('/han');
    const hrefs = [...html.matchAll(/<td data-label="Nguồn"><a href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(10);
    const pages = new Map<string, string>();
    for (const href of hrefs.slice(0, 40)) {
      const [path = '', anchor = ''] = href.split('#');
      if (!pages.has(path)) pages.set(path, (await get(path)).html);
      expect(hasRow(pages.get(path) ?? '', anchor), href).toBe(true);
    }
  });

  it('links the agencies the answer names to their pages', async () => {
    const { html } = await ask('Ai chủ trì chỉ tiêu BHTN ở Đồng Nai?');
    const text = html.match(/<p class="answer-text" data-slot="text">([\s\S]*?)<\/p>/)?.[1] ?? '';
    // The answer is about Đồng Nai: the links keep to Đồng Nai's part of each agency page.
    const tinh = `?tinh=${encodeURIComponent('Đồng Nai')}`;
    expect(text).toContain(`<a href="/co-quan/bao-hiem-xa-hoi-tinh${tinh}">Bảo hiểm xã hội tỉnh</a>`);
    expect(text).toContain(`<a href="/co-quan/so-lao-dong-thuong-binh-xa-hoi${tinh}">`);
  });

  it('links a comparison answer to the comparison table', async () => {
    const { html } = await ask('so sánh tỷ lệ BHYT các tỉnh');
    expect(html).toContain('<a href="/so-sanh?chi-tieu=bhyt" data-slot="compare">');
  });

  it('puts the answer before the example questions', async () => {
    const { html } = await ask('Tỷ lệ BHYT mục tiêu Quảng Ninh');
    expect(html.indexOf('id="answer"')).toBeLessThan(html.indexOf('id="examples-title"'));
    expect(html).toMatch(/<article class="card answer"[^>]* tabindex="-1" autofocus/);
  });
});

describe('table quotes', () => {
  const dongNai = getEngine().corpus.plans.find((p) => p.plan.id === 'dong-nai-230-2024');
  const bhtn = dongNai?.indicators.find((i) => i.source.quote.startsWith('4.5 |'));

  it('names each cell of a table row by its column', () => {
    expect(bhtn).toBeDefined();
    const cells = quoteCells(bhtn?.source.quote ?? '', bhtn ?? null);
    expect(cells?.map((c) => [c.label, c.value])).toEqual([
      ['Mục', '4.5'],
      ['Chỉ tiêu', 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHTN'],
      ['Đơn vị', '%'],
      ['Chỉ tiêu TW 2025', '35'],
      ['Chỉ tiêu TW 2030', '45'],
      ['Chỉ tiêu tỉnh 2025', '51'],
      ['Chỉ tiêu tỉnh 2030', '56'],
      ['Chủ trì', 'Bảo hiểm xã hội tỉnh'],
      [
        'Phối hợp',
        'Sở Lao động - Thương binh và Xã hội; các sở, ban, ngành có liên quan; UBND các huyện, thành phố',
      ],
    ]);
  });

  it('gives equal figures their own columns, in the table order', () => {
    const row = dongNai?.indicators.find((i) => /\| 100 \| 100 \| 100 \| 100 \|/.test(i.source.quote));
    const labels = quoteCells(row?.source.quote ?? '', row ?? null)?.map((c) => c.label);
    expect(labels).toContain('Chỉ tiêu TW 2025');
    expect(labels).toContain('Chỉ tiêu tỉnh 2030');
  });

  it('shows a quote cell by cell in answers, and the section as "Phụ lục I, mục 4.5"', async () => {
    const { html } = await ask('Ai chủ trì chỉ tiêu BHTN ở Đồng Nai?');
    expect(html).toContain('<span class="cell-label">Chỉ tiêu tỉnh 2030: </span>56');
    expect(html).toContain('<span data-slot="where">Phụ lục I, mục 4.5, dòng');
    expect(html).not.toMatch(/mục PL\d/);
  });

  it('names a target split over two cells as its group and itself', () => {
    const beds = dongNai?.indicators.find((i) => i.source.quote.includes('| Số giường bệnh |'));
    const cells = quoteCells(beds?.source.quote ?? '', beds ?? null);
    expect(cells?.slice(1, 4).map((c) => [c.label, c.value])).toEqual([
      ['Nhóm chỉ tiêu', 'Chỉ tiêu số lượng trên 10.000 dân … -'],
      ['Chỉ tiêu', 'Số giường bệnh'],
      ['Đơn vị', 'Giường'],
    ]);
  });

  it('names nearly every cell of the Đồng Nai tables', () => {
    const cells = [...(dongNai?.indicators ?? []), ...(dongNai?.tasks ?? [])].flatMap(
      (r) => quoteCells(r.source.quote, r) ?? [],
    );
    expect(cells.length).toBeGreaterThan(1000);
    expect(cells.filter((c) => c.label === null).length / cells.length).toBeLessThan(0.02);
  });

  it('leaves a quote that is not a table row as written', () => {
    expect(quoteCells('Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%;', null)).toBeNull();
  });
});

describe('agency page by province', () => {
  it('groups Sở Y tế by province, one section each', async () => {
    const { html } = await get('/co-quan/so-y-te');
    const sections = [...html.matchAll(/<section aria-labelledby="tinh-[^"]+" data-province="([^"]+)"/g)];
    const provinces = sections.map((m) => m[1]);
    expect(provinces.length).toBeGreaterThanOrEqual(4);
    expect(new Set(provinces).size).toBe(provinces.length);
  });

  it('links each source to its row on the plan page', async () => {
    const { html } = await get('/co-quan/so-y-te?tinh=Qu%E1%BA%A3ng%20Ninh');
    const hrefs = [...html.matchAll(/<td data-label="Nguồn"><a href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    const plan = (await get('/ke-hoach/quang-ninh-91-2021')).html;
    for (const href of hrefs) {
      expect(href.startsWith('/ke-hoach/quang-ninh-91-2021#'), href).toBe(true);
      expect(hasRow(plan, href.split('#')[1] ?? ''), href).toBe(true);
    }
  });

  it('keeps one province with ?tinh=, accents or not', async () => {
    for (const tinh of ['Đồng Nai', 'dong nai']) {
      const { html } = await get(`/co-quan/so-y-te?tinh=${encodeURIComponent(tinh)}`);
      const provinces = [...html.matchAll(/data-province="([^"]+)"/g)].map((m) => m[1]);
      expect(provinces).toEqual(['Đồng Nai']);
      expect(html).not.toContain('/ke-hoach/quang-ninh-91-2021"');
    }
  });
});

describe('plan filter', () => {
  it('reads "nuoc sach" as a phrase on Đà Nẵng: no "nhà nước … chính sách" rows', async () => {
    const { html } = await get('/ke-hoach/da-nang-10-2022?q=nuoc%20sach');
    const shown = [
      ...html.matchAll(/<tr id="[^"]*" data-kind="[^"]*" data-text="([^"]*)"[^>]*?( hidden="")?>/g),
    ]
      .filter((m) => !m[2])
      .map((m) => m[1] ?? '');
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(` ${text}`).toContain(' nuoc sach');
    expect(html).toContain('có cụm “nuoc sach”');
  });

  it('says when nothing matches and offers to clear the filter', async () => {
    const { html } = await get('/ke-hoach/da-nang-10-2022?q=xyzzy%20plugh');
    expect(html).toContain('Không có chỉ tiêu hay nhiệm vụ nào khớp “xyzzy plugh”.');
    expect(html).toMatch(/<p id="filter-empty"><a href="\/ke-hoach\/da-nang-10-2022" data-clear/);
  });
});

describe('addresses', () => {
  it.each(['/ke-hoach/', '/co-quan/', '/han/', '/so-sanh/', '/ke-hoach/dong-nai-230-2024/'])(
    'redirects %s to the path without the slash',
    async (path) => {
      const { status, headers } = await get(`${path}?tinh=x`);
      expect(status).toBe(301);
      expect(new URL(headers.get('location') ?? '', 'http://localhost').pathname).toBe(path.slice(0, -1));
    },
  );

  it.each(['/han', '/', '/co-quan/so-y-te'])(
    '%s says which provinces exist for ?tinh=Hà Nội',
    async (path) => {
      const { html } = await get(`${path}?tinh=${encodeURIComponent('Hà Nội')}`);
      expect(html).toContain('Chưa có kế hoạch nào của “Hà Nội” trong dữ liệu.');
      for (const province of ['Quảng Ninh', 'Thanh Hóa', 'Đà Nẵng', 'Đồng Nai', 'Lai Châu'])
        expect(html).toContain(`>${province}</a>`);
    },
  );
});

describe('shared links, crawlers and caches', () => {
  it('gives a page canonical and Open Graph tags, without the filter', async () => {
    const { html } = await get('/ke-hoach/dong-nai-230-2024?q=bhyt');
    expect(html).toContain('<link rel="canonical" href="http://localhost/ke-hoach/dong-nai-230-2024"/>');
    expect(html).toContain('<meta property="og:url" content="http://localhost/ke-hoach/dong-nai-230-2024"/>');
    expect(html).toContain('<meta property="og:title" content="Kế hoạch 230/KH-UBND (Đồng Nai)"/>');
    expect(html).toMatch(
      /<meta property="og:description" content="Kế hoạch 230\/KH-UBND của Đồng Nai [^"]+"\/>/,
    );
  });

  it('serves robots.txt and a sitemap of every plan, agency and comparison', async () => {
    const robots = await get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.html).toContain('Sitemap: http://localhost/sitemap.xml');
    expect(robots.html).toContain('Disallow: /api/');
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.headers.get('content-type')).toContain('application/xml');
    for (const path of ['/ke-hoach/dong-nai-230-2024', '/co-quan/so-y-te', '/han', '/so-sanh?chi-tieu=bhyt'])
      expect(sitemap.html).toContain(`<loc>http://localhost${path}</loc>`);
  });

  it('sends Cache-Control and an ETag, and 304 for a matching If-None-Match', async () => {
    const first = await get('/ke-hoach/dong-nai-230-2024');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    // The second request is served from the page cache: it still carries the tag and honours it.
    const again = await get('/ke-hoach/dong-nai-230-2024', { 'If-None-Match': tag });
    expect(again.status).toBe(304);
    expect((await get('/?q=bhyt')).headers.get('cache-control')).toBe('no-cache');
  });

  it('prints the page address and the day in the footer', async () => {
    const { html } = await get('/han?tinh=%C4%90%E1%BB%93ng%20Nai');
    expect(html).toContain(
      '<p class="printed">In từ http://localhost/han?tinh=%C4%90%E1%BB%93ng+Nai ngày 23/11/2026.</p>',
    );
  });
});

describe('plan facts', () => {
  it('shows the issuer, the period, the data as of the signing and where the text comes from', async () => {
    const { html } = await get('/ke-hoach/quang-ninh-91-2021');
    const facts = html.match(/<dl class="facts" id="thong-tin">([\s\S]*?)<\/dl>/)?.[1] ?? '';
    expect(facts).toContain('<dt>Cơ quan ban hành</dt><dd>UBND Quảng Ninh</dd>');
    // The dates the data stands at: the signing for the figures, the succession look-up for the territory.
    expect(facts).toMatch(/<dt>Địa bàn<\/dt><dd>[^<]*\(tra cứu văn bản đến \d{2}\/\d{2}\/\d{4}\)<\/dd>/);
    expect(facts).toContain('<dt>Giai đoạn</dt><dd>2021–2025</dd>');
    expect(facts).toContain('Trích nguyên văn từ văn bản ký ngày 26/04/2021');
    // No plan in the data has an official address: the page says so instead of inventing one.
    expect(facts).toContain('Dữ liệu chưa có đường dẫn đến bản chính thức; tệp nguồn 000_');
  });
});

describe('past targets', () => {
  it('marks a target year before today as past, on the plan page and the comparison', async () => {
    const { html } = await get('/ke-hoach/dong-nai-230-2024');
    expect(html).toMatch(
      /2025: <strong>[^<]+<\/strong>(<span class="tag[^"]*"[^>]*>[^<]+<\/span>)*<span class="tag past">đã qua<\/span>/,
    );
    expect(html).not.toMatch(
      /2030: <strong>[^<]+<\/strong>(<span class="tag[^"]*"[^>]*>[^<]+<\/span>)*<span class="tag past">/,
    );
  });
});

describe('comparison table', () => {
  it('lines up BHYT as one table of province × year × scope, and names the plans that say nothing', async () => {
    const { html } = await get('/so-sanh?chi-tieu=bhyt');
    expect(html.match(/<table class="stack compare"/g)).toHaveLength(1);
    expect(html).not.toContain('class="grid"');
    const head = html.match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? '';
    expect(head).toContain('2025 · tỉnh');
    expect(head).toContain('2030 · tỉnh');
    const provinces = [...html.matchAll(/<tr data-province="([^"]+)"/g)].map((m) => m[1]);
    expect(provinces.length).toBeGreaterThanOrEqual(2);
    const engine = getEngine();
    const silent = engine.corpus.plans.filter((p) => !provinces.includes(p.plan.province));
    for (const { plan } of silent) expect(html).toMatch(new RegExp(`id="khong-neu"[^]*${plan.province}`));
  });
});

describe('a deadline due today', () => {
  const today = { TODAY: '2026-11-30' };

  it('reads "hôm nay" on /han and in the answer, never "còn 0 ngày"', async () => {
    const page = await (await app.request('/han', {}, today)).text();
    expect(page).toContain('<span class="days soon">hôm nay</span>');
    const question = encodeURIComponent('Hạn báo cáo hằng năm của Đồng Nai');
    const answer = await (await app.request(`/?q=${question}`, {}, today)).text();
    expect(answer).toContain('hôm nay');
    expect(page + answer).not.toContain('còn 0 ngày');
  });
});
