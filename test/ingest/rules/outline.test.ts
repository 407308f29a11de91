import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { outline } from '../../../src/ingest/rules/outline';
import { readUnits } from '../../../src/ingest/units';

const unitsOf = (text: string) => readUnits(readLines(text), () => false);

describe('outline: the parts of a plan, its Roman-numbered headings', () => {
  it('reads each heading as written, a wrapped one whole, with its lines; numbered items are no parts', () => {
    const text = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'Triển khai kịp thời.',
      'II. NHIỆM VỤ',
      '1. Về việc làm: tạo việc làm cho 8.000 lao động.',
      'IV. TỔ CHỨC',
      'THỰC HIỆN',
      '1. Sở Tài chính: bố trí kinh phí.',
    ].join('\n');
    expect(
      outline('x.txt', unitsOf(text)).map((p) => [p.label, p.heading, p.source.lineStart, p.source.lineEnd]),
    ).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 1, 1],
      ['II', 'NHIỆM VỤ', 4, 4],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 6, 7],
    ]);
  });
});
