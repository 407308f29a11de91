/**
 * Comparisons: the asker's own province ("tỉnh mình") beside the one named, and which side sets the higher
 * figure, said only when the two figures can be put side by side.
 */
import { describe, expect, it } from 'vitest';
import { compareVerdict } from '../../src/answer/intents/target';
import { understand } from '../../src/answer/understand';
import { ask, corpus } from '../helpers';

const record = (province: string, name: RegExp) => {
  const plan = corpus.plans.find((p) => p.plan.province === province);
  const r = plan?.indicators.find((i) => name.test(i.name));
  if (!plan || !r) throw new Error(`no ${name} in ${province}`);
  return { kind: 'indicator' as const, record: r, plan };
};

describe('the asker’s own province beside the one named', () => {
  it('is asked too when the message says "tỉnh mình" / "thành phố mình"', () => {
    const q = understand(
      'tỉnh mình đặt bao nhiêu % bhyt? so với Lai Châu thì sao',
      corpus,
      undefined,
      'Đà Nẵng',
    );
    expect(q.provinces).toEqual(['Đà Nẵng', 'Lai Châu']);
    expect(understand('tỷ lệ bhyt Lai Châu?', corpus, undefined, 'Đà Nẵng').provinces).toEqual(['Lai Châu']);
    expect(understand('tỉnh mình bhyt bao nhiêu?', corpus, undefined, 'Đà Nẵng').provinces).toEqual([]);
  });
  it('answers both sides, the higher named first', () => {
    const a = ask(
      'Độ bao phủ bảo hiểm y tế toàn dân của thành phố mình đến năm 2025 đặt mục tiêu bao nhiêu? So với Lai Châu thì bên nào cao hơn?',
      'Đà Nẵng',
    );
    expect(a.text.split('\n')[0]).toBe('So sánh mục tiêu năm 2025: Đà Nẵng đặt 99%, cao hơn Lai Châu (98%).');
    expect(a.text).toContain('Lai Châu: Phần đầu đến năm 2025, tỷ lệ bao phủ bảo hiểm y tế toàn dân đạt 98%');
  });
});

describe('compareVerdict', () => {
  const danang = record('Đà Nẵng', /^độ bao phủ bảo hiểm y tế/);
  const laichau = record('Lai Châu', /tỷ lệ bao phủ bảo hiểm y tế/);
  it('names the higher figure, or the lower when that is asked, as the plans write them', () => {
    expect(compareVerdict([danang, laichau], [], null)).toBe(
      'So sánh mục tiêu năm 2025: Đà Nẵng đặt 99%, cao hơn Lai Châu (98%).',
    );
    expect(compareVerdict([danang, laichau], [2025], null, true)).toBe(
      'So sánh mục tiêu năm 2025: Lai Châu đặt 98%, thấp hơn Đà Nẵng (99%).',
    );
  });
  it('says nothing for a year one side does not set, one province, or a clause holding two shares', () => {
    expect(compareVerdict([danang, laichau], [2030], null)).toBeNull();
    expect(compareVerdict([danang], [], null)).toBeNull();
    const trained = record('Thanh Hóa', /^tỷ lệ lao động qua đào tạo$/);
    const certified = record('Đồng Nai', /qua đào tạo có bằng cấp/);
    // "… đạt 80%, trong đó, có bằng cấp, chứng chỉ đạt 35%": which share is meant is not sure.
    expect(compareVerdict([trained, certified], [2030], null)).toBeNull();
  });
});
