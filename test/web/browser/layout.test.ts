/** Every page at phone and desktop width: no sideways scroll at 360 px, screenshots for review, print. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, errorsOf, type Harness, screenshot, scrollsSideways, startHarness } from './harness';

/** One URL per page kind, with real content on it. */
const PAGES: ReadonlyArray<[name: string, path: string]> = [
  ['ask', `/?q=${encodeURIComponent('tỷ lệ BHYT mục tiêu Quảng Ninh')}`],
  ['plans', '/ke-hoach'],
  ['plan', '/ke-hoach/dong-nai-230-2024?q=bhyt'],
  ['plan-full', '/ke-hoach/quang-ninh-91-2021'],
  ['agencies', '/co-quan'],
  ['agency', '/co-quan/so-y-te'],
  ['deadlines', '/han'],
  ['compare', '/so-sanh?chi-tieu=bhyt'],
  ['agency-province', `/co-quan/so-y-te?tinh=${encodeURIComponent('Đồng Nai')}`],
  ['unknown-province', `/han?tinh=${encodeURIComponent('Hà Nội')}`],
  ['not-found', '/ke-hoach/khong-co'],
];

describe('layout', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(PAGES)(
    '%s reads at 360 px without sideways scrolling',
    async (name, path) => {
      const phone = await h.open(path, 360);
      // Open every disclosure too: long quotes must wrap, not push the page wider.
      await phone.locator('details').evaluateAll((all: Array<{ open: boolean }>) => {
        for (const d of all) d.open = true;
      });
      expect(await scrollsSideways(phone)).toBe(false);
      // Only the 404 page may log its own status; anything else (a CSP violation, a script error) is a bug.
      expect(errorsOf(phone).filter((e) => name !== 'not-found' || !e.includes('404'))).toEqual([]);
      await screenshot(phone, `${name}-360`);
      await phone.context().close();

      const desktop = await h.open(path, 1366);
      expect(await scrollsSideways(desktop)).toBe(false);
      await screenshot(desktop, `${name}-desktop`);
      await desktop.context().close();
      // Two full-page screenshots of the longest plan page take ~10 s alone and over 30 s on a loaded machine.
    },
    90_000,
  );

  it('takes the README screenshots (copied by hand to docs/screenshots/)', async () => {
    const ask = await h.open('/', 1100);
    await ask.getByLabel('Câu hỏi', { exact: true }).fill('tỷ lệ BHYT mục tiêu Quảng Ninh');
    await ask.keyboard.press('Enter');
    await ask.locator('#answer .sources li').first().waitFor();
    await ask.getByText('Xem trích dẫn').first().click();
    // Asking moves the focus (and a short screen) to the answer; the picture shows the page from the top.
    await ask.evaluate('scrollTo(0, 0)');
    await ask.screenshot({ path: `${ARTIFACTS}/readme-ask.png` });
    await ask.context().close();

    const plan = await h.open('/ke-hoach/dong-nai-230-2024', 1100);
    await plan.setViewportSize({ width: 1100, height: 1300 });
    await plan.getByLabel('Lọc theo nội dung').fill('bhyt');
    await plan.screenshot({ path: `${ARTIFACTS}/readme-plan.png` });
    await plan.context().close();
  });

  it('prints without the nav and forms, with the quotes shown', async () => {
    const page = await h.open('/ke-hoach/dong-nai-230-2024?q=bhyt');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('form.filter').isVisible()).toBe(false);
    expect(await page.locator('tr[data-text]:visible blockquote').first().isVisible()).toBe(true);
    await page.pdf({ path: `${ARTIFACTS}/plan-print.pdf` });
    await page.context().close();
  });
});
