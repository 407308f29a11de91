/** The ask page in Chromium against the Worker in workerd: typing, sources, copying, no-JS, escaping. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, type Harness, screenshot, startHarness } from './harness';

const QUESTION = 'tỷ lệ BHYT mục tiêu Quảng Ninh';

describe('ask page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers a typed question with the figure and its source, without a page load', async () => {
    const page = await h.open('/');
    await page.evaluate('window.samePage = true');
    await page.getByLabel('Câu hỏi', { exact: true }).fill(QUESTION);
    await page.keyboard.press('Enter');
    const card = page.locator('#answer article');
    await card.waitFor();
    expect(await card.locator('[data-slot="text"]').textContent()).toContain('95%');
    const source = card.locator('.sources li').first();
    expect(await source.locator('[data-slot="plan"]').textContent()).toBe('Kế hoạch 91/KH-UBND (Quảng Ninh)');
    expect(await source.locator('[data-slot="plan"]').getAttribute('href')).toMatch(
      /^\/ke-hoach\/quang-ninh-91-2021#quang-ninh-91-2021-/,
    );
    expect(await source.locator('[data-slot="where"]').textContent()).toMatch(/^mục I\.2\.6, dòng \d+/);
    const quote = source.locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await source.getByText('Xem trích dẫn').click();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toContain('95%');
    expect(await page.evaluate('window.samePage')).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(QUESTION);
    await screenshot(page, 'ask-answer');
  });

  it('copies the answer and its sources as plain text', async () => {
    const page = await h.open(`/?q=${encodeURIComponent(QUESTION)}`);
    await page.getByRole('button', { name: 'Sao chép câu trả lời và nguồn' }).click();
    await page.getByText('Đã sao chép.').waitFor();
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toContain('95%');
    expect(copied).toMatch(/Trích dẫn:\n- Kế hoạch 91\/KH-UBND \(Quảng Ninh\), mục I\.2\.6, dòng \d+/);
    expect(copied).not.toContain('<');
    expect(errorsOf(page)).toEqual([]);
  });

  it('renders the same answer server-side when JavaScript is off', async () => {
    const context = await h.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${h.origin}/`);
    await page.getByLabel('Câu hỏi', { exact: true }).fill(QUESTION);
    await page.getByRole('button', { name: 'Hỏi', exact: true }).click();
    await page.waitForURL(/\?q=/);
    expect(await page.locator('#answer [data-slot="text"]').textContent()).toContain('95%');
    expect(await page.locator('#answer [data-slot="plan"]').first().textContent()).toBe(
      'Kế hoạch 91/KH-UBND (Quảng Ninh)',
    );
    // Copying needs JS, so the button stays hidden rather than doing nothing.
    expect(await page.locator('[data-copy]').isVisible()).toBe(false);
    await context.close();
  });

  it('shows a question containing <script> as text, with and without JS', async () => {
    const evil = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> bhyt';
    const page = await h.open(`/?q=${encodeURIComponent(evil)}`);
    expect(await page.getByLabel('Câu hỏi', { exact: true }).inputValue()).toBe(evil);
    await page.getByLabel('Câu hỏi', { exact: true }).fill(`${evil} Quảng Ninh`);
    await page.keyboard.press('Enter');
    await page.locator('#answer article').waitFor();
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.title()).toContain('<script>');
  });

  it('is usable from the keyboard alone: skip link, question box, Enter', async () => {
    const page = await h.open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('q');
    await page.keyboard.type('Ai chủ trì chỉ tiêu BHTN ở Đồng Nai?');
    await page.keyboard.press('Enter');
    const text = page.locator('#answer [data-slot="text"]');
    await text.waitFor();
    expect(await text.textContent()).toContain('Bảo hiểm xã hội tỉnh');
  });

  it('asks an example question with one click and goes back with the browser', async () => {
    const page = await h.open('/');
    await page.getByRole('link', { name: 'Ai chủ trì chỉ tiêu BHTN ở Đồng Nai?' }).click();
    await page.locator('#answer article').waitFor();
    expect(await page.getByLabel('Câu hỏi', { exact: true }).inputValue()).toBe(
      'Ai chủ trì chỉ tiêu BHTN ở Đồng Nai?',
    );
    await page.goBack();
    await page.waitForFunction('!document.querySelector("#answer article")');
    expect(await page.getByLabel('Câu hỏi', { exact: true }).inputValue()).toBe('');
  });
});
