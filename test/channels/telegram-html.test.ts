/** Telegram HTML of a reply: escaping, bold figures and names, source lines linked in order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partHtml } from '../../src/channels/telegram/html';

const marks = (sourceUrls: string[], strong: string[] = []) => ({ strong, sourceUrls });

describe('partHtml', () => {
  it('links each source line to the next row, and not a sentence that merely names a plan', () => {
    const text = [
      'KH 230/KH-UBND (Đồng Nai) ban hành ngày 02/07/2024.',
      '  Nguồn: KH 230/KH-UBND (02/07/2024), dòng 11.',
      '• Quảng Ninh: đạt trên 95%',
      '  Nguồn: KH 91/KH-UBND (26/04/2021), mục I.2.6, dòng 202–203.',
    ].join('\n');
    const links = { next: 0 };
    const html = partHtml(text, marks(['https://x.test/a?b=1&c=2', 'https://x.test/b']), links);
    expect(html.split('\n')).toEqual([
      'KH 230/KH-UBND (Đồng Nai) ban hành ngày 02/07/2024.',
      '  Nguồn: <a href="https://x.test/a?b=1&amp;c=2">KH 230/KH-UBND (02/07/2024), dòng 11</a>.',
      '• Quảng Ninh: đạt <b>trên 95%</b>',
      '  Nguồn: <a href="https://x.test/b">KH 91/KH-UBND (26/04/2021), mục I.2.6, dòng 202–203</a>.',
    ]);
    expect(links.next).toBe(2);
  });

  it('sets names in bold, a longer name over a shorter one inside it, and escapes everything else', () => {
    const html = partHtml('Chủ trì: Sở Y tế & Sở Y tế tỉnh; < 3%', marks([], ['Sở Y tế', 'Sở Y tế tỉnh']), {
      next: 0,
    });
    expect(html).toBe('Chủ trì: <b>Sở Y tế</b> &amp; <b>Sở Y tế tỉnh</b>; <b>&lt; 3%</b>');
  });

  it('always gives well-formed markup: only <b> and <a>, balanced, nothing else unescaped', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), (text, strong) => {
        const html = partHtml(text, marks(['https://x.test/r'], strong), { next: 0 });
        const bare = html.replace(/<\/?b>|<a href="[^"<>]*">|<\/a>/g, '');
        expect(bare).not.toMatch(/[<>]/);
        expect((html.match(/<b>/g) ?? []).length).toBe((html.match(/<\/b>/g) ?? []).length);
      }),
    );
  });
});
