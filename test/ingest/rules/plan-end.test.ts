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
