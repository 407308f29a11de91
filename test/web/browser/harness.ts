/**
 * Starts the Worker in workerd (as `wrangler dev` would, offline, with a fixed TODAY) and Debian's
 * Chromium through playwright-core, for the browser tests. Never downloads a browser.
 */
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** The "today" the browser tests run on, so the deadlines page is deterministic. */
export const TODAY = '2026-11-23';

/** Where screenshots go for review (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running Worker and a browser pointed at it. */
export interface Harness {
  origin: string;
  browser: Browser;
  /** A fresh context (no cookies, no cache) that may copy to the clipboard; `javaScriptEnabled: false` for no-JS checks. */
  newContext(options?: { javaScriptEnabled?: boolean }): Promise<BrowserContext>;
  /** A new tab, in a fresh context, at `path` with the given viewport width (height 800). */
  open(path: string, width?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Starts workerd and Chromium; call `close()` in `afterAll`. */
export async function startHarness(): Promise<Harness> {
  // Offline and quiet: no metrics, no cf fetch, no interactive prompts.
  process.env.WRANGLER_SEND_METRICS = 'false';
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
  process.env.CI = '1';
  const { unstable_startWorker } = await import('wrangler');
  const worker = await unstable_startWorker({
    config: join(import.meta.dirname, '..', '..', '..', 'wrangler.toml'),
    bindings: { TODAY: { type: 'plain_text', value: TODAY } },
    dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, logLevel: 'warn' },
  });
  await worker.ready;
  const origin = (await worker.url).origin;

  // launch() gives Chromium a fresh temporary profile (user-data-dir) and removes it on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const newContext = async (options: { javaScriptEnabled?: boolean } = {}) => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1280, height: 800 },
      ...options,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    return context;
  };

  return {
    origin,
    browser,
    newContext,
    async open(path, width = 1280) {
      const context = await newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      pageErrors.set(page, errors);
      // CSP violations, script errors and failed loads all surface as console errors or page errors.
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.setViewportSize({ width, height: 800 });
      await page.goto(origin + path);
      return page;
    },
    async close() {
      await browser.close();
      await worker.dispose();
    },
  };
}

const pageErrors = new WeakMap<Page, string[]>();

/** Console and script errors a page opened with `open()` has logged so far (CSP violations included). */
export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

/** Whether the page scrolls sideways: the 360 px check. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  // A string, because the test tsconfig has no DOM lib; it runs in the page.
  const wider = await page.evaluate(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth',
  );
  return wider === true;
}

/** A screenshot of the page's top (up to 6000 px: Chromium cannot capture a whole long plan) under `test/artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 1280;
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  const clip = { x: 0, y: 0, width, height: Math.min(height, 6000) };
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, clip });
}
