import { describe, expect, it } from 'vitest';
import { dutiesOf } from '../../src/answer/intents/meta';
import type { ReportingDuty } from '../../src/schema/records';
import { ask } from '../helpers';

const source = { file: 'x.txt', lineStart: 1, lineEnd: 1, section: 'IV', quote: '' };
const duty = (who: string, to: string): ReportingDuty =>
  ({
    who,
    reporters: [who],
    to,
    via: null,
    due: 'định kỳ',
    dueDate: null,
    frequency: 'periodic',
    source,
  }) as ReportingDuty;
const duties = [
  duty('Sở Lao động - Thương binh và Xã hội', 'UBND tỉnh'),
  duty('Giám đốc các sở, Chủ tịch UBND các huyện, thành phố', 'UBND tỉnh'),
];

describe('dutiesOf', () => {
  it("keeps the duties of the body the question names, by canonical name or by head words ('các huyện')", () => {
    expect(dutiesOf(duties, 'Sở Lao động - Thương binh và Xã hội')).toEqual([duties[0]]);
    expect(dutiesOf(duties, null, 'cac huyen bao cao khi nao')).toEqual([duties[1]]);
  });

  it('keeps them all when the question names no body that reports', () => {
    expect(dutiesOf(duties, null, 'bao cao cho ai')).toEqual(duties);
    expect(dutiesOf(duties, 'Sở Y tế')).toEqual(duties);
  });
});

describe('reporting answers', () => {
  it('answers "khi nào" from duties that give only a frequency, for the body asked about', () => {
    const a = ask('Lai Châu: các huyện báo cáo kết quả khi nào?');
    expect(a.text).toMatch(/^• Ủy ban nhân dân các huyện, thành phố báo cáo Ủy ban nhân dân tỉnh/);
    expect(a.text).toContain('định kỳ');
    expect(a.text).not.toContain('Bộ Lao động');
  });

  it('names the province on each line when several plans answer', () => {
    const a = ask('ai báo cáo kết quả thực hiện kế hoạch?');
    const lines = a.text.split('\n').filter((l) => l.startsWith('• '));
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l).toMatch(/^• (Quảng Ninh|Thanh Hóa|Đà Nẵng|Đồng Nai|Lai Châu): /);
  });
});

describe('who runs a plan as a whole', () => {
  it('is the body the plan makes its coordinator, however the plan says it', () => {
    const dn = ask('Cơ quan thường trực kế hoạch 230 Đồng Nai');
    expect(dn.text).toMatch(
      /^Đồng Nai: cơ quan chủ trì, thường trực thực hiện KH 230\/KH-UBND là Sở Lao động/,
    );
    expect(dn.sources[0]?.lineStart).toBe(70);
    const danang = ask('cơ quan nào chủ trì thực hiện kế hoạch 10 Đà Nẵng');
    expect(danang.text).toContain('Sở Lao động - Thương binh và Xã hội');
    expect(danang.sources[0]?.lineStart).toBe(107);
  });
});
