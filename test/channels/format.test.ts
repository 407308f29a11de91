/** Splitting and escaping: the invariants every reply relies on, checked on random text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  formatSources,
  splitText,
  TELEGRAM_MAX_TEXT,
  ZALO_MAX_TEXT,
} from '../../src/channels/format';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('splitText', () => {
  it('keeps a short text whole and drops an empty one', () => {
    expect(splitText('Quảng Ninh: trên 95%', 4096)).toEqual(['Quảng Ninh: trên 95%']);
    expect(splitText(' \n ', 4096)).toEqual([]);
  });

  it('cuts on line boundaries when it can', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `• Dòng ${i}: ${'chỉ tiêu '.repeat(10)}`);
    const parts = splitText(lines.join('\n'), ZALO_MAX_TEXT);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
      expect(part.startsWith('• Dòng')).toBe(true);
    }
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('cuts an over-long line at a space and never inside an emoji', () => {
    const line = `${'😀'.repeat(3000)}`;
    const parts = splitText(line, TELEGRAM_MAX_TEXT);
    for (const part of parts) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(parts.join('')).toBe(line);
  });

  it('never exceeds the limit, never sends an empty part and loses no character', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('\n', ' ', '\n\n', 'Đồng Nai', '<b>&')),
          {
            maxLength: 80,
          },
        ),
        fc.integer({ min: 20, max: 500 }),
        (pieces, limit) => {
          const text = pieces.join('');
          const parts = splitText(text, limit);
          for (const part of parts) {
            expect(part.length).toBeLessThanOrEqual(limit);
            expect(part.trim()).not.toBe('');
          }
          expect(squash(parts.join(''))).toBe(squash(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('escapeHtml', () => {
  it('escapes what Telegram HTML would read as markup', () => {
    expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('leaves no raw angle bracket or bare ampersand, and decodes back to the input', () => {
    const decode = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;)/);
        expect(decode(out)).toBe(s);
      }),
    );
  });
});

describe('formatSources', () => {
  it('names the plan, section and lines, and quotes the text', () => {
    const text = formatSources([
      {
        file: '000.txt',
        lineStart: 202,
        lineEnd: 203,
        section: 'I.2.6',
        quote: 'Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%',
        planId: 'quang-ninh-91-2021',
        planNumber: '91/KH-UBND',
        province: 'Quảng Ninh',
      },
    ]);
    expect(text).toBe(
      'KH 91/KH-UBND (Quảng Ninh), mục I.2.6, dòng 202–203\n«Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%»',
    );
  });
});
