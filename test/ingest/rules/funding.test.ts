import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { funding } from '../../../src/ingest/rules/funding';
import { readUnits } from '../../../src/ingest/units';

const unitsOf = (text: string) => readUnits(readLines(text), () => false);

describe('funding: where a plan says its money comes from', () => {
  it('reads each statement under a "Nguồn kinh phí thực hiện" heading, hard-wrapped, with its lines', () => {
    const text = [
      'II. GIẢI PHÁP',
      '12. Giải pháp về nguồn lực',
      'Huy động các nguồn lực xã hội hóa.',
      'III. NGUỒN KINH',
      'PHÍ THỰC HIỆN',
      '1. Từ ngân sách Nhà nước (ngân sách địa',
      'phương và ngân sách Trung ương hỗ trợ);',
      '2. Nguồn huy động xã hội hóa;',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính: bố trí kinh phí.',
    ].join('\n');
    const f = funding('x.txt', unitsOf(text));
    expect(f.map((x) => [x.text, x.source.lineStart, x.source.lineEnd])).toEqual([
      ['Từ ngân sách Nhà nước (ngân sách địa phương và ngân sách Trung ương hỗ trợ)', 6, 7],
      ['Nguồn huy động xã hội hóa', 8, 8],
    ]);
  });
  it('takes a paragraph under a "Kinh phí thực hiện" heading, and an inline "Kinh phí thực hiện: …"', () => {
    const under = funding(
      'x.txt',
      unitsOf(
        '3. Kinh phí thực hiện\nNgân sách nhà nước bố trí trong dự toán hằng năm.\n4. Tổ chức thực hiện',
      ),
    );
    expect(under.map((x) => x.text)).toEqual(['Ngân sách nhà nước bố trí trong dự toán hằng năm']);
    const inline = funding(
      'x.txt',
      unitsOf('5. Kinh phí thực hiện: từ nguồn ngân sách tỉnh và nguồn xã hội hóa.'),
    );
    expect(inline.map((x) => x.text)).toEqual(['Từ nguồn ngân sách tỉnh và nguồn xã hội hóa']);
  });
  it('a duty about funds, or a heading that only mentions them, is no funding section', () => {
    expect(funding('x.txt', unitsOf('1. Sở Tài chính: bố trí kinh phí thực hiện kế hoạch.'))).toEqual([]);
    expect(funding('x.txt', unitsOf('12. Giải pháp về nguồn lực\nTăng thu ngân sách.'))).toEqual([]);
  });
});

describe('funding stated without its heading', () => {
  it('a sentence that opens by saying where the plan’s money comes from is the statement', () => {
    const f = funding(
      'x.txt',
      unitsOf(
        [
          'Cơ quan thực hiện: Các sở, ngành, UBND các quận, huyện.',
          'Ngân sách nhà nước được bố trí trong dự toán chi thường xuyên hằng năm; nguồn tài trợ, viện trợ để thực hiện Kế hoạch này.',
          'Hằng năm, tại thời điểm lập dự toán, các sở, ngành lập dự toán chi tiết.',
        ].join('\n'),
      ),
    );
    expect(f.map((x) => [x.text, x.source.lineStart])).toEqual([
      [
        'Ngân sách nhà nước được bố trí trong dự toán chi thường xuyên hằng năm; nguồn tài trợ, viện trợ để thực hiện Kế hoạch này',
        2,
      ],
    ]);
    // Money for one duty is no statement of the plan's funds.
    expect(funding('x.txt', unitsOf('Ngân sách nhà nước bố trí cho trạm y tế xã.'))).toEqual([]);
  });
});
