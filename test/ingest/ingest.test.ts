import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../../scripts/ingest-output';
import { ingestPlans } from '../../src/ingest/index';
import { fold } from '../../src/text/normalize';
import { rawFiles } from '../helpers';

const result = ingestPlans(rawFiles);

describe('ingestPlans', () => {
  it('reads every plan with no error', () => {
    expect(result.corpus.plans).toHaveLength(rawFiles.length);
    expect(result.issues).toEqual([]);
  });

  it('is deterministic: the same input gives byte-identical output, whatever the file order', () => {
    const again = ingestPlans([...rawFiles].reverse());
    expect(renderOutputs(again.corpus)).toEqual(renderOutputs(result.corpus));
  });

  it('gives every record a source whose quote is in the plan at those lines', () => {
    const texts = new Map(rawFiles.map((f) => [f.file, f.text.split(/\r?\n/)]));
    const squash = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '');
    for (const p of result.corpus.plans) {
      for (const r of [...p.indicators, ...p.tasks]) {
        const lines = texts.get(r.source.file) ?? [];
        const span = lines.slice(r.source.lineStart - 1, r.source.lineEnd).join(' ');
        // The quote joins wrapped lines and table cells ("a | b … c"); each piece, letters and digits only,
        // stands in the cited lines.
        for (const piece of r.source.quote.split(/ \| | … /)) {
          expect(squash(span), `${r.id} at ${r.source.file}:${r.source.lineStart}`).toContain(squash(piece));
        }
      }
    }
  });

  it('names no plan after its file: ids come from province, number and year', () => {
    expect(result.corpus.plans.map((p) => p.plan.id).sort()).toEqual([
      'da-nang-10-2022',
      'dong-nai-230-2024',
      'lai-chau-767-2021',
      'quang-ninh-91-2021',
      'thanh-hoa-68-2024',
    ]);
  });

  it('reads a sixth plan dropped in under any name', () => {
    const qn = rawFiles[0];
    if (!qn) throw new Error('no plans');
    const sixth = qn.text.replace('Số: 91/KH-UBND', 'Số: 191/KH-UBND').replaceAll('Quảng Ninh', 'Hải Phòng');
    const r = ingestPlans([...rawFiles, { file: 'zz-new-plan.txt', text: sixth }]);
    const plan = r.corpus.plans.find((p) => p.plan.sourceFile === 'zz-new-plan.txt');
    expect(plan?.plan).toMatchObject({ province: 'Hải Phòng', number: '191/KH-UBND' });
    expect(plan?.indicators.length).toBeGreaterThan(50);
  });

  it('reports an unreadable plan with file:line and why, and still ingests the others', () => {
    const r = ingestPlans([...rawFiles, { file: 'broken.txt', text: 'chỉ có một dòng không phải kế hoạch' }]);
    expect(r.corpus.plans).toHaveLength(rawFiles.length);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        file: 'broken.txt',
        line: 1,
        message: expect.stringContaining('số kế hoạch'),
      }),
    );
  });

  it('reports an empty file and a file that is not UTF-8', () => {
    const r = ingestPlans([
      { file: 'empty.txt', text: '' },
      { file: 'latin1.txt', text: `Số: 5/KH-UBND\nH\uFFFDi Phòng, ngày 1 tháng 2 năm 2024` },
    ]);
    expect(r.issues.map((i) => `${i.file}:${i.line}`)).toEqual(
      expect.arrayContaining(['empty.txt:1', 'latin1.txt:2']),
    );
  });

  it('keeps unknown agency spellings as written and lists them', () => {
    const qn = rawFiles[0];
    if (!qn) throw new Error('no plans');
    const text = qn.text.replace('8. Sở Thông tin và Truyền thông: Chỉ', '8. Sở Du hành Vũ trụ: Chỉ');
    const r = ingestPlans([{ file: qn.file, text }]);
    expect(r.unknownAgencies).toContain('Sở Du hành Vũ trụ');
    expect(r.corpus.agencies.map((a) => a.name)).toContain('Sở Du hành Vũ trụ');
  });

  it('lists every body a duty names among its leads, but not a group or a head as a body of its own', () => {
    const names = result.corpus.agencies.map((a) => a.name);
    // "13. Báo Đà Nẵng, Đài Phát thanh - Truyền hình Đà Nẵng và các báo, đài": the Đài is the second lead.
    expect(names).toContain('Đài Phát thanh - Truyền hình Đà Nẵng');
    expect(names).not.toContain('các báo, đài');
    expect(names).not.toContain('Thủ trưởng các ban, ngành');
  });

  it('brings agency spellings to one name', () => {
    const labour = result.corpus.agencies.find((a) => a.name === 'Sở Lao động - Thương binh và Xã hội');
    expect(labour?.planIds).toHaveLength(5);
  });

  it('leaves no body line with a figure or a date without a record, and says why a line is listed', () => {
    for (const r of result.reports) {
      expect(
        r.uncovered.filter((u) => /số liệu|ngày/.test(u.why)),
        r.file,
      ).toEqual([]);
      // Lines naming a body but read into no record: few, each with its reason.
      expect(r.uncovered.length, r.file).toBeLessThanOrEqual(2);
      for (const u of r.uncovered) expect(u.why).toMatch(/cơ quan/);
    }
  });

  it('lists a line naming a body that produced no record', () => {
    const lines = [
      'Số: 1/KH-UBND',
      'Hà Nam, ngày 01 tháng 02 năm 2024',
      'KẾ HOẠCH',
      'Thử nghiệm',
      'I. NHIỆM VỤ',
    ];
    const text = [
      ...lines,
      '1. Tăng cường tuyên truyền chính sách.',
      '2. Phân công cho Sở Y tế (Phụ lục đính kèm)',
      'Nơi nhận:',
    ].join('\n');
    const [report] = ingestPlans([{ file: 'x.txt', text }]).reports;
    expect(report?.uncovered).toEqual([
      { line: 7, text: '2. Phân công cho Sở Y tế (Phụ lục đính kèm)', why: 'cơ quan' },
    ]);
  });
});
