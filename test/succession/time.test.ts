/** Time that has passed (issue 17, item 5): one wording, in answers about targets and plans. */
import { describe, expect, it } from 'vitest';
import { AS_OF_TEXT } from '../../src/answer/today';
import { PASSED, passedMark, planEnded, yearPassed } from '../../src/text/elapsed';
import { ask } from '../helpers';

describe('text/elapsed', () => {
  it('a year before today’s has passed; this year and later have not', () => {
    expect(yearPassed(2025, '2026-11-30')).toBe(true);
    expect(yearPassed(2026, '2026-11-30')).toBe(false);
    expect(yearPassed(null, '2026-11-30')).toBe(false);
    expect(passedMark(2025, '2026-01-01')).toBe(` (${PASSED})`);
    expect(passedMark(2030, '2026-01-01')).toBe('');
  });

  it('a plan is over when its period is, and says which milestones remain', () => {
    expect(planEnded({ period: { from: 2021, to: 2025 }, horizon: [2025] }, '2026-11-30')).toBe(
      'Đã kết thúc (giai đoạn 2021-2025)',
    );
    expect(planEnded({ period: { from: 2021, to: 2025 }, horizon: [2025, 2030] }, '2026-11-30')).toBe(
      'Giai đoạn 2021-2025 đã kết thúc; còn mục tiêu đến năm 2030',
    );
    expect(planEnded({ horizon: [2024, 2025] }, '2026-11-30')).toBe('Đã kết thúc (mốc cuối năm 2025)');
    expect(planEnded({ horizon: [2025, 2030] }, '2026-11-30')).toBeNull();
    expect(planEnded({ period: { from: 2021, to: 2025 }, horizon: [2025] }, '2025-12-31')).toBeNull();
  });
});

describe('answers', () => {
  it('a past target year says "— đã qua"', () => {
    expect(ask('Tỷ lệ bao phủ bảo hiểm y tế Quảng Ninh năm 2025 là bao nhiêu?').text).toContain(
      '(mục tiêu đến năm 2025 — đã qua)',
    );
  });

  it('a plan whose period ended says so, and marks each passed milestone', () => {
    const a = ask('Kế hoạch 91 Quảng Ninh giai đoạn nào?');
    expect(a.text).toContain('năm 2025 (đã qua), năm 2030');
    expect(a.text).toContain('Giai đoạn 2021-2025 đã kết thúc; còn mục tiêu đến năm 2030');
    expect(ask('KH 767 Lai Châu giai đoạn nào?').text).not.toContain('kết thúc');
  });

  it('the succession table’s as-of date is said with today’s holder', () => {
    expect(AS_OF_TEXT).toBe('tra cứu văn bản đến 30/11/2026');
  });
});
