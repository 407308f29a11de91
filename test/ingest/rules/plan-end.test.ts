import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { bodyEnd } from '../../../src/ingest/rules/plan-end';

describe('bodyEnd', () => {
  it('ends the body at the recipients list', () => {
    expect(bodyEnd(readLines('1. Sở Y tế\nTriển khai.\nNơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN'))).toBe(
      3,
    );
  });
  it('ends it at the signature block when the scrape put that first, so website text after it is no record', () => {
    expect(
      bodyEnd(
        readLines('Định kỳ hàng năm báo cáo./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVăn bản đang xem\nChưa có Video'),
      ),
    ).toBe(2);
    expect(bodyEnd(readLines('báo cáo./.\n**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH**'))).toBe(2);
    expect(bodyEnd(readLines('báo cáo./.\n|\nKT.\nCHỦ TỊCH |\nKế hoạch 10/KH-UBND năm 2022'))).toBe(3);
  });
  it('a plan that never closes runs to its last line', () => {
    expect(bodyEnd(readLines('a\nb'))).toBe(3);
  });
});

describe('recipients: the "Nơi nhận" list', () => {
  it('reads each item, wrapped or not, with why it is sent, and leaves the archive copy and what follows', async () => {
    const { recipients } = await import('../../../src/ingest/rules/plan-end');
    const { readLines } = await import('../../../src/ingest/lines');
    const text = [
      'Nơi nhận:',
      '- TT Tỉnh ủy,',
      'TT HĐND tỉnh (báo cáo);',
      '- Bộ Lao động - TB&XH (để b/c);',
      '- Các sở, ban, ngành;',
      '- U;',
      '- Lưu: VT,VX2.',
      '05bản-KH13',
      'TM. ỦY BAN NHÂN DÂN',
    ].join('\n');
    expect(
      recipients('f.txt', readLines(text)).map((r) => [
        r.to,
        r.purpose,
        r.source.lineStart,
        r.source.lineEnd,
      ]),
    ).toEqual([
      ['TT Tỉnh ủy, TT HĐND tỉnh', 'báo cáo', 2, 3],
      ['Bộ Lao động - TB&XH', 'báo cáo', 4, 4],
      ['Các sở, ban, ngành', null, 5, 5],
    ]);
    expect(recipients('f.txt', readLines('Không có danh sách.'))).toEqual([]);
  });
});

describe('archiveCopy: the "Lưu" item that closes the recipients list', () => {
  it('keeps where the copies are kept as written, with or without its colon, and its line', async () => {
    const { archiveCopy } = await import('../../../src/ingest/rules/plan-end');
    const list = (last: string) =>
      readLines(['Nơi nhận:', '- Các sở, ban, ngành;', last, 'TM. ỦY BAN NHÂN DÂN'].join('\n'));
    expect(archiveCopy('f.txt', list('- Lưu: VT,VX2.'))).toMatchObject({
      text: 'VT, VX2',
      source: { lineStart: 3, lineEnd: 3, quote: 'Lưu: VT,VX2.' },
    });
    expect(archiveCopy('f.txt', list('- Lưu VT, VX3.'))?.text).toBe('VT, VX3');
    // No "Lưu" item, a word that only starts so, or no list at all: nothing kept.
    expect(archiveCopy('f.txt', list('- Lưu trú xã hội;'))).toBeNull();
    expect(archiveCopy('f.txt', list('- UBND các huyện;'))).toBeNull();
    expect(archiveCopy('f.txt', readLines('Không có danh sách.'))).toBeNull();
  });
});
