import { describe, expect, it } from 'vitest';
import { corpus, prebuilt } from '../../data/plans/index';
import { createEngine } from '../../src/answer/engine';
import { getEngine, warmUp } from '../../src/corpus';

// The Worker's global scope runs `warmUp` so that an isolate's first question pays only its own work
// (`npm run bench` measures both). What it leaves behind must never change an answer.
describe('the start-up warm-up', () => {
  it('leaves every answer as a fresh engine gives it', () => {
    warmUp('2026-01-01');
    const fresh = createEngine(corpus, prebuilt);
    const today = '2026-11-30';
    for (const q of [
      'tỷ lệ BHYT mục tiêu bao nhiêu',
      'Lai Châu: tỷ lệ lao động qua đào tạo năm 2025?',
      'Sở Y tế Thanh Hóa được giao nhiệm vụ gì',
      'Đồng Nai báo cáo kết quả trước ngày nào?',
    ])
      expect(getEngine().answer(q, { today })).toEqual(fresh.answer(q, { today }));
  });
});
