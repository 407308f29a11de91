/** The CSP lets the page's own inline style and scripts run, and nothing else. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtureApp } from './fixtures/app';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it.each(['/?q=bhyt', '/ke-hoach/dong-nai', '/han', '/ke-hoach/khong-co'])(
    'allows exactly the inline code of %s',
    async (path) => {
      const res = await fixtureApp.request(path, {}, { TODAY: '2026-11-23' });
      const csp = res.headers.get('content-security-policy') ?? '';
      const html = await res.text();
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      for (const [, code] of html.matchAll(/<script>([\s\S]*?)<\/script>/g))
        expect(csp).toContain(hash(code ?? ''));
      for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g))
        expect(csp).toContain(hash(css ?? ''));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );
});
