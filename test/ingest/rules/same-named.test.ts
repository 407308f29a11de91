import { describe, expect, it } from 'vitest';
import { sameNamed, saysReplaced } from '../../../src/ingest/cited-documents';
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

describe('a citation the plan says it replaces or repeals (saysReplaced)', () => {
  const at = (text: string, cited: string) => {
    const start = text.indexOf(cited);
    return saysReplaced(text, start, start + cited.length);
  };
  it('"thay thế" or "bãi bỏ" just before it, "hết hiệu lực" in its sentence after it', () => {
    const cited = 'Kế hoạch số 12/KH-UBND ngày 15/01/2019 của UBND tỉnh';
    expect(at(`Kế hoạch này thay thế ${cited}.`, cited)).toBe(true);
    expect(at(`Bãi bỏ ${cited}.`, cited)).toBe(true);
    expect(at(`${cited} hết hiệu lực kể từ ngày ký.`, cited)).toBe(true);
  });
  it('a citation it carries out, or a "thay thế" elsewhere, is not', () => {
    const cited = 'Nghị quyết số 42-NQ/TW ngày 24/11/2023';
    expect(at(`Thực hiện ${cited} của Ban Chấp hành Trung ương.`, cited)).toBe(false);
    expect(at(`Duy trì mức sinh thay thế. Căn cứ ${cited}.`, cited)).toBe(false);
    expect(at(`${cited}. Quyết định số 5 hết hiệu lực.`, cited)).toBe(false);
  });
});
