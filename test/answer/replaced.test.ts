import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine';
import { ingestPlans } from '../../src/ingest';
import { ask, rawFiles, TODAY } from '../helpers';

describe('what a plan replaces or repeals', () => {
  it('a plan that says nothing of it: said so, with what it does rest on, not its date nor a row', () => {
    const a = ask('KH 91 Quảng Ninh có thay thế hay bãi bỏ kế hoạch nào ban hành trước đó không?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('KH 91/KH-UBND (Quảng Ninh) không nêu thay thế hay bãi bỏ văn bản nào.');
    expect(a.text).toContain('92-KL/TW');
    const b = ask('KH 230/KH-UBND Đồng Nai có thay thế kế hoạch nào trước đây của tỉnh không?');
    expect(b.found).toBe(false);
    expect(b.text).not.toContain('Mức sinh thay thế');
    // "thay thế cho …" asks it too, however the document's number is asked.
    expect(ask('KH 91 của Quảng Ninh ban hành thì thay thế cho kế hoạch số mấy trước đó?').found).toBe(false);
    // A row whose name holds the word is still a row.
    expect(ask('Mức sinh thay thế ở Đồng Nai đặt thế nào?').text).toContain('Mức sinh thay thế');
  });

  it('a plan that says it: the sentence, with its line', () => {
    const qn = rawFiles.find((f) => f.text.includes('Số: 91/KH-UBND'));
    if (!qn) throw new Error('no plan');
    const text = qn.text.replace(
      'Nơi nhận:',
      'Kế hoạch này thay thế Kế hoạch số 12/KH-UBND ngày 15/01/2019 của UBND tỉnh.\nNơi nhận:',
    );
    const { corpus } = ingestPlans([{ file: qn.file, text }]);
    const engine = createEngine(corpus);
    const a = engine.answer('KH 91 Quảng Ninh thay thế kế hoạch nào?', { today: TODAY });
    expect(a.found).toBe(true);
    expect(a.text).toContain(
      'KH 91/KH-UBND (Quảng Ninh) thay thế hoặc bãi bỏ: Kế hoạch số 12/KH-UBND ngày 15/01/2019',
    );
    expect(a.text).toMatch(/Nguồn: KH 91\/KH-UBND, dòng \d+/);
  });
});
