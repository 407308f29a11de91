/** A duty that joins several clauses with ";" gives each clause the partners it names itself. */
import { describe, expect, it } from 'vitest';
import type { Found } from '../../src/answer/context';
import { clausePartners } from '../../src/answer/intents/agency';
import { ask } from '../helpers';

const duty = (text: string, partners: string[]) =>
  ({
    kind: 'task',
    record: { text, leads: ['Sở Nông nghiệp và Phát triển nông thôn'], partners },
  }) as unknown as Found;

const joined = duty(
  'Chủ trì, phối hợp với các Sở, ngành và Ủy ban nhân dân các địa phương triển khai thực hiện mục tiêu nước sạch nông thôn; phối hợp với Sở Lao động - Thương binh và Xã hội, các địa phương hướng dẫn tổ chức dạy nghề; chỉ đạo triển khai các mô hình giảm nghèo',
  [
    'các Sở, ngành',
    'Ủy ban nhân dân các địa phương',
    'Sở Lao động - Thương binh và Xã hội',
    'các địa phương',
  ],
);

describe('clausePartners', () => {
  it('gives the clause the question is about only the partners it names', () => {
    expect(clausePartners(joined, ['nuoc', 'sach'])).toEqual([
      'các Sở, ngành',
      'Ủy ban nhân dân các địa phương',
    ]);
    expect(clausePartners(joined, ['day', 'nghe'])).toContain('Sở Lao động - Thương binh và Xã hội');
    expect(clausePartners(joined, ['day', 'nghe'])).not.toContain('các Sở, ngành');
  });

  it("keeps the record's partners for a clause that names none, a tie, or one clause", () => {
    expect(clausePartners(joined, ['giam', 'ngheo'])).toBeNull();
    expect(clausePartners(joined, ['khong', 'co'])).toBeNull();
    expect(
      clausePartners(duty('Chủ trì, phối hợp với Sở Y tế triển khai nước sạch', ['Sở Y tế']), ['nuoc']),
    ).toBeNull();
  });
});

describe('partners of one clause in an answer', () => {
  it("a partner of another clause of the same paragraph is not the asked duty's", () => {
    const a = ask(
      'quang ninh: muc tieu nuoc sach va ve sinh moi truong nong thon thi so nn&ptnt phoi hop voi nhung ai?',
    );
    expect(a.text).toContain('phối hợp: các Sở, ngành, Ủy ban nhân dân các địa phương.');
    expect(a.text).not.toMatch(/phối hợp: [^\n]*Sở Lao động/);
  });
});

describe('whom a body works with, of no duty in particular', () => {
  it('is the partners its own duties name, or that the plan names none', () => {
    const a = ask('Sở Xây dựng Đồng Nai phối hợp với những cơ quan nào?');
    expect(a.text).toMatch(
      /^Trong các việc Sở Xây dựng chủ trì, kế hoạch ghi phối hợp với: Sở Lao động - Thương binh và Xã hội;/,
    );
    const none = ask('Sở Y tế tỉnh Lai Châu phối hợp với những cơ quan nào theo KH 767?');
    expect(none.found).toBe(false);
    expect(none.text).toContain('Kế hoạch không ghi cơ quan phối hợp trong các việc Sở Y tế chủ trì.');
  });

  it('a body that leads nothing is answered by the bodies it takes part with', () => {
    const a = ask('BHXH tỉnh Thanh Hóa phối hợp với những sở nào trong KH 68?');
    expect(a.text).toMatch(/^Bảo hiểm xã hội tỉnh được nêu là cơ quan phối hợp với: /);
  });
});
