import { describe, expect, it } from 'vitest';
import { sameNamed } from '../../../src/ingest/cited-documents';
import type { CitedDocument } from '../../../src/schema/records';

const doc = (kind: string, title: string, line: number): CitedDocument => ({
  kind,
  number: null,
  date: null,
  issuer: null,
  title,
  basis: false,
  source: { file: 'f.txt', lineStart: line, lineEnd: line, section: '', quote: `${kind} ${title}` },
});

describe('sameNamed: one document cited by name in shorter and fuller forms', () => {
  it('keeps the fullest form; abbreviations count as their words', () => {
    const kept = sameNamed([
      doc('Chương trình', 'MTQG giảm nghèo bền vững', 334),
      doc('Chương trình', 'mục tiêu Quốc gia Giảm nghèo bền vững', 344),
      doc('Chương trình', 'giảm nghèo bền vững', 369),
    ]);
    expect(kept.map((d) => d.source.lineStart)).toEqual([344]);
  });
  it('a period or a year names another document; another kind is another document', () => {
    const kept = sameNamed([
      doc('Chương trình', 'mục tiêu quốc gia xây dựng nông thôn mới', 1475),
      doc('Chương trình', 'mục tiêu quốc gia xây dựng nông thôn mới đến năm 2025', 969),
      doc('Kế hoạch', 'mục tiêu quốc gia xây dựng nông thôn mới', 10),
    ]);
    expect(kept).toHaveLength(3);
  });
});

describe('sameNamed: a name that is a numbered document cited elsewhere', () => {
  it('drops the unnumbered citation when a numbered one of its kind holds its words', () => {
    const numbered: CitedDocument = {
      ...doc(
        'Nghị quyết',
        'tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp',
        5,
      ),
      number: '42-NQ/TW',
    };
    const kept = sameNamed([
      numbered,
      doc('Nghị quyết', 'tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội', 7),
    ]);
    expect(kept).toEqual([numbered]);
  });
});
