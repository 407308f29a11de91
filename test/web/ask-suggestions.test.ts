/** The ask page over the bundled plans: suggestions are links, and the form carries the last question. */
import { describe, expect, it } from 'vitest';
import app from '../../src/app';

const env = { TODAY: '2026-11-23' };
const page = async (path: string) => (await app.request(path, {}, env)).text();

describe('GET / with a question the plans do not answer', () => {
  it('links each suggestion to its question', async () => {
    const html = await page(`/?q=${encodeURIComponent('tỷ lệ trẻ em suy dinh dưỡng Quảng Ninh')}`);
    const list = /<ul class="examples" data-slot="suggestions">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(list).toMatch(/<a href="\/\?q=[^"]+"/);
  });

  it('keeps the question in the form, so "còn năm 2030?" is read as a follow-up', async () => {
    const html = await page(`/?q=${encodeURIComponent('tỷ lệ BHYT Đồng Nai')}`);
    expect(html).toMatch(/<input type="hidden" name="truoc" value="tỷ lệ BHYT Đồng Nai"/);
    const next = await page(
      `/?q=${encodeURIComponent('còn năm 2025?')}&truoc=${encodeURIComponent('tỷ lệ BHYT Đồng Nai')}`,
    );
    expect(next).toContain('Tỷ lệ dân số tham gia BHYT');
  });
});
