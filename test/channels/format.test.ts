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
import { clip, cutAt, ellipsize } from '../../src/text/truncate';

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

describe('splitText between records and graphemes', () => {
  it('never ends a message between a source label and its quote, nor between a statement and its source', () => {
    const quote = `«${'Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số, '.repeat(12).slice(0, 620)}»`;
    const blocks = [1, 2, 3, 4, 5].map(
      (i) => `KH ${i}/KH-UBND (Quảng Ninh), mục I.2.${i}, dòng ${i}\n${quote}`,
    );
    const sources = splitText(blocks.join('\n\n'), ZALO_MAX_TEXT);
    expect(sources.length).toBeGreaterThan(1);
    for (const part of sources) {
      const lines = part.split('\n');
      expect(lines[0]).toMatch(/^(KH |$)/);
      lines.forEach((line, i) => {
        if (line.startsWith('«')) expect(lines[i - 1]).toMatch(/^KH /);
      });
    }
    const answer = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (i) =>
        `• Dòng ${i}: ${'chỉ tiêu '.repeat(40)}\n  Nguồn: KH ${i}/KH-UBND (26/04/2021), mục ${i}, dòng ${i}.`,
    );
    for (const part of splitText(answer.join('\n'), ZALO_MAX_TEXT)) expect(part).toMatch(/^• /);
  });

  it('cuts a long line between graphemes: a thumb keeps its skin tone', () => {
    const thumbs = '👍🏽'.repeat(1100);
    const parts = splitText(thumbs, TELEGRAM_MAX_TEXT - 1);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part).toMatch(/^(👍🏽)+$/u);
    expect(parts.join('')).toBe(thumbs);
  });

  it('cutAt, ellipsize and clip never leave half a grapheme', () => {
    expect(cutAt('a👍🏽', 3)).toBe('a');
    expect(ellipsize(`x${'😀'.repeat(40)}`, 61)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(clip(`Sở${'😀'.repeat(40)}`, 20)).toMatch(/^Sở(😀)+…$/u);
    // NFD text: a letter and its combining accent stay together.
    const nfd = 'Đồng Nai'.normalize('NFD');
    expect(cutAt(nfd, 3).normalize('NFC')).toBe('Đ');
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
