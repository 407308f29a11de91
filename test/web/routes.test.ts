/** The web routes over the fixture corpus: every page renders, escapes, filters and 404s. */
import { describe, expect, it } from 'vitest';
import { MAX_FILTER_LENGTH, MAX_NAME_LENGTH } from '../../src/text/limits';
import { fixtureApp } from './fixtures/app';

const env = { TODAY: '2026-11-23' };

async function get(path: string) {
  const res = await fixtureApp.request(path, {}, env);
  return { status: res.status, type: res.headers.get('content-type') ?? '', html: await res.text() };
}

/** The `<tr>` with `id`, as rendered. */
function row(html: string, id: string): string {
  return html.match(new RegExp(`<tr id="${id}"[^>]*>`))?.[0] ?? '';
}

describe('GET /', () => {
  it('shows the question box and examples without an answer', async () => {
    const { status, type, html } = await get('/');
    expect(status).toBe(200);
    expect(type).toContain('text/html');
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain('<label for="q">Câu hỏi</label>');
    expect(html).toContain('href="/?q=T%E1%BB%B7%20l%E1%BB%87%20BHYT');
    expect(html).toContain('<section id="answer" aria-live="polite"></section>');
  });

  it('answers ?q= server-side, with the source and its quote', async () => {
    const { html } = await get(`/?q=${encodeURIComponent('tỷ lệ BHYT Quảng Ninh')}`);
    expect(html).toContain('trên 95%');
    expect(html).toContain('Kế hoạch 91/KH-UBND (Quảng Ninh)');
    expect(html).toContain('mục I.2.6, dòng 202–203');
    expect(html).toContain(
      '<blockquote data-slot="quote">Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%;</blockquote>',
    );
    // The source links to its row, not to the top of the plan.
    expect(html).toMatch(/<a data-slot="plan" href="\/ke-hoach\/quang-ninh#quang-ninh-[^"]+">/);
  });

  it('shows a question containing <script> as text', async () => {
    const { html } = await get(`/?q=${encodeURIComponent('<script>alert(1)</script> bhyt')}`);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; bhyt');
  });

  it('refuses an over-long question politely', async () => {
    const { status, html } = await get(`/?q=${'a'.repeat(501)}`);
    expect(status).toBe(200);
    expect(html).toContain('Câu hỏi quá dài (tối đa 500 ký tự).');
  });

  it('shows a 40 KB question back cut to the limit, not whole', async () => {
    const { html } = await get(`/?q=${'a'.repeat(40_000)}&tinh=${'b'.repeat(40_000)}`);
    expect(html).toContain('Câu hỏi quá dài (tối đa 500 ký tự).');
    expect(html).toContain(`value="${'a'.repeat(500)}"`);
    expect(html).not.toContain('a'.repeat(501));
    expect(html).not.toContain('b'.repeat(MAX_NAME_LENGTH + 1));
  });
});

describe('GET /ke-hoach/:planId', () => {
  it('shows the facts with dates as dd/mm/yyyy', async () => {
    const { html } = await get('/ke-hoach/quang-ninh');
    expect(html).toContain('<h1>Kế hoạch 91/KH-UBND của Quảng Ninh</h1>');
    expect(html).toContain('<dd>26/04/2021</dd>');
    expect(html).toContain('<dd>Phó Chủ tịch Cao Tường Huy</dd>');
    expect(html).toContain('Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị');
    expect(html).toContain('<dd>2025</dd>');
    expect(html).toContain('Các sở, ban, ngành báo cáo UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội)');
  });

  it('escapes plan text', async () => {
    const { html } = await get('/ke-hoach/quang-ninh');
    expect(html).toContain('Tỷ lệ trường đạt chuẩn quốc gia &lt;b&gt;mới&lt;/b&gt;');
    expect(html).not.toContain('<b>mới</b>');
  });

  it('groups targets by domain and links the agencies it knows', async () => {
    const { html } = await get('/ke-hoach/dong-nai');
    expect(html).toContain('<h3>Bảo hiểm xã hội</h3>');
    expect(html).toContain('<a href="/co-quan/bhxh-tinh">Bảo hiểm xã hội tỉnh</a>');
    expect(html).toContain('Các sở, ban, ngành có liên quan');
  });

  it('filters by text without diacritics, server-side', async () => {
    const { html } = await get('/ke-hoach/dong-nai?q=bao%20hiem%20y%20te');
    expect(row(html, 'dong-nai-i-4-6')).not.toContain('hidden');
    expect(row(html, 'dong-nai-i-4-5')).toContain('hidden');
    expect(html).toContain('value="bao hiem y te"');
    expect(html).toContain('Đang hiện 1/2 chỉ tiêu và 1/1 nhiệm vụ có cụm “bao hiem y te”.');
  });

  it('reads only the first 20 words of a long filter, and says so', async () => {
    const words = Array(20_000).fill('bao hiem').join(' ');
    const { status, html } = await get(`/ke-hoach/dong-nai?q=${encodeURIComponent(words)}`);
    expect(status).toBe(200);
    expect(row(html, 'dong-nai-i-4-6')).not.toContain('hidden');
    expect(html).toContain(`value="${words.slice(0, MAX_FILTER_LENGTH)}"`);
    expect(html).toContain('Bộ lọc chỉ dùng 20 từ đầu tiên (tối đa 200 ký tự); phần sau được bỏ qua.');
    expect(html.length).toBeLessThan(words.length);
  });

  it('filters by agency, server-side', async () => {
    const { html } = await get('/ke-hoach/dong-nai?co-quan=so-ldtbxh');
    expect(row(html, 'dong-nai-i-4-5')).not.toContain('hidden');
    expect(row(html, 'dong-nai-i-4-6')).toContain('hidden');
    expect(html).toContain('<option value="so-ldtbxh" selected="">');
  });

  it('is a 404 page for an unknown plan', async () => {
    const { status, html } = await get('/ke-hoach/khong-co');
    expect(status).toBe(404);
    expect(html).toContain('Không tìm thấy kế hoạch này');
    expect(html).toContain('href="/ke-hoach"');
  });
});

describe('GET /co-quan/:agencyId', () => {
  it('lists what the agency leads and supports across plans', async () => {
    const { html } = await get('/co-quan/so-y-te');
    expect(html).toContain('<h1>Sở Y tế</h1>');
    expect(html).toContain('Chỉ tiêu chủ trì (1)');
    expect(html).toContain('Tỷ lệ bao phủ bảo hiểm y tế');
    expect(html).toContain('Tuyên truyền chính sách BHXH, BHYT');
    expect(html).toContain('<mark><a href="/co-quan/so-y-te">Sở Y tế</a></mark>');
  });

  it('matches an agency by its alias', async () => {
    const { html } = await get('/co-quan/so-ldtbxh');
    expect(html).toContain('Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHTN');
  });

  it('is a 404 page for an unknown agency', async () => {
    const { status, html } = await get('/co-quan/khong-co');
    expect(status).toBe(404);
    expect(html).toContain('Không tìm thấy cơ quan này');
  });
});

describe('GET /han', () => {
  it('lists upcoming dates soonest first, from TODAY', async () => {
    const { html } = await get('/han');
    expect(html).toContain('Tính từ hôm nay, 23/11/2026.');
    const upcoming = html.slice(html.indexOf('id="bang-sap-toi"'), html.indexOf('id="da-qua"'));
    const dates = [...upcoming.matchAll(/<tr data-date="([\d-]+)"/g)].map((m) => m[1]);
    // Đồng Nai (to 2030): 30/11 this year, 10/11 next year; Quảng Ninh's plan ended with 2025.
    expect(dates).toEqual(['2026-11-30', '2027-11-10']);
    expect(upcoming).toContain('còn 7 ngày');
    const past = html.slice(html.indexOf('id="bang-da-qua"'), html.indexOf('id="khong-ngay"'));
    expect([...past.matchAll(/<tr data-date="([\d-]+)"/g)].map((m) => m[1])).toEqual([
      '2025-12-31',
      '2025-11-30',
    ]);
  });
});

describe('GET /han?tinh=', () => {
  it('keeps one province', async () => {
    const { html } = await get(`/han?tinh=${encodeURIComponent('Quảng Ninh')}`);
    expect(html).toContain('Không còn hạn nào phía trước.');
    expect(html).toContain('<option value="Quảng Ninh" selected="">');
    expect(html).not.toContain('href="/ke-hoach/dong-nai"');
  });
});

describe('GET /so-sanh', () => {
  it('lines up BHYT coverage across provinces', async () => {
    const { html } = await get('/so-sanh?chi-tieu=bhyt');
    expect(html).toContain('data-province="Quảng Ninh"');
    expect(html).toContain('data-province="Đồng Nai"');
    expect(html).toContain('Tỷ lệ dân số tham gia BHYT');
  });

  it('is a 404 for a topic no two plans share', async () => {
    const { status, html } = await get('/so-sanh?chi-tieu=%3Cx%3E');
    expect(status).toBe(404);
    expect(html).toContain('Không có chỉ tiêu “&lt;x&gt;”');
  });

  it('names an unknown topic back only up to the length of a name', async () => {
    const { status, html } = await get(`/so-sanh?chi-tieu=${'x'.repeat(40_000)}`);
    expect(status).toBe(404);
    expect(html).toContain(`Không có chỉ tiêu “${'x'.repeat(MAX_NAME_LENGTH)}”`);
  });
});

describe('methods', () => {
  it('answers 405 with Allow: GET, HEAD to anything but GET or HEAD on a page', async () => {
    for (const path of [
      '/',
      '/ke-hoach',
      '/ke-hoach/dong-nai',
      '/co-quan',
      '/co-quan/so-y-te',
      '/han',
      '/so-sanh',
      '/han.ics',
      '/co-quan/so-y-te.ics',
      '/co-quan/so-y-te.csv',
      '/co-quan/so-y-te.json',
      '/ke-hoach/dong-nai.csv',
      '/ke-hoach/dong-nai.json',
    ]) {
      const res = await fixtureApp.request(path, { method: 'POST', body: 'x' }, env);
      expect([path, res.status, res.headers.get('allow')]).toEqual([path, 405, 'GET, HEAD']);
      expect(await res.text()).toMatch(/chỉ để xem/);
      expect((await fixtureApp.request(path, { method: 'HEAD' }, env)).status).not.toBe(405);
    }
  });
});

describe('links to the files', () => {
  it('a plan page links its spreadsheet, its data and its province calendar', async () => {
    const { html } = await get('/ke-hoach/dong-nai');
    expect(html).toContain(
      '<a href="/ke-hoach/dong-nai.csv" type="text/csv">Bảng tính (.csv, mở bằng Excel)</a>',
    );
    expect(html).toContain('<a href="/ke-hoach/dong-nai.json" type="application/json">');
    expect(html).toContain('href="/han.ics?tinh=%C4%90%E1%BB%93ng%20Nai"');
    expect(html).toContain('Lịch các thời hạn của Đồng Nai (.ics)');
  });

  it('an agency page links its calendar, spreadsheet and data', async () => {
    const { html } = await get('/co-quan/so-y-te');
    for (const file of ['so-y-te.ics', 'so-y-te.csv', 'so-y-te.json'])
      expect(html).toContain(`href="/co-quan/${file}"`);
  });

  it('the deadlines page links the calendar of what it shows', async () => {
    expect((await get('/han')).html).toContain('<a href="/han.ics" type="text/calendar">');
    const one = (await get(`/han?tinh=${encodeURIComponent('Quảng Ninh')}`)).html;
    expect(one).toContain('href="/han.ics?tinh=Qu%E1%BA%A3ng%20Ninh"');
  });
});

describe('files and pages', () => {
  it('the files do not take the pages paths, nor the pages the files', async () => {
    const page = await get('/co-quan/so-y-te');
    expect([page.status, page.type]).toEqual([200, 'text/html; charset=UTF-8']);
    const file = await get('/co-quan/so-y-te.ics');
    expect([file.status, file.type]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect((await get('/han')).type).toContain('text/html');
    expect((await get('/ke-hoach/dong-nai')).type).toContain('text/html');
  });
});

describe('indexes', () => {
  it('lists the plans and the agencies', async () => {
    expect((await get('/ke-hoach')).html).toContain('href="/ke-hoach/dong-nai"');
    expect((await get('/co-quan')).html).toContain('href="/co-quan/so-gddt"');
  });
});
