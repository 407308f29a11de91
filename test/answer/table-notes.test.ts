/** A table row's "Ghi chú" is read out when the question asks about it, and only then. */
import { describe, expect, it } from 'vitest';
import { asksNote, asksPerYear, indicatorText } from '../../src/answer/compose';
import type { Indicator } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { ask } from '../helpers';

const row: Indicator = {
  id: 'x/pl1-1',
  planId: 'x',
  domain: 'Nhóm 5',
  name: 'Tỷ lệ hộ nghèo đa chiều',
  unit: '%',
  targets: [
    { year: 2030, value: '1', text: 'dưới 1%', comparator: '<', scope: 'province', area: 'all', unit: '%' },
  ],
  leads: ['Sở Y tế'],
  leadAgency: 'Sở Y tế',
  partners: [],
  source: {
    file: 'x.txt',
    lineStart: 10,
    lineEnd: 16,
    section: 'PL1.1',
    quote: '1 | Tỷ lệ hộ nghèo đa chiều',
  },
  note: 'Cuối năm 2024 còn 1.234 hộ nghèo (chiếm 0,4%).',
};

describe('indicatorText with a note', () => {
  it('adds the note for a year the note names and the row sets nothing for', () => {
    const text = indicatorText(row, '2026-11-23', { years: [2024], scope: null });
    expect(text).toContain('dưới 1%');
    expect(text).toContain('Ghi chú của bảng: «Cuối năm 2024 còn 1.234 hộ nghèo (chiếm 0,4%).»');
  });
  it('adds it when asked outright, and not for the row’s own year or no year', () => {
    expect(indicatorText(row, '2026-11-23', { years: [], scope: null, noteAsked: true })).toContain(
      '1.234 hộ',
    );
    expect(indicatorText(row, '2026-11-23', { years: [2030], scope: null })).not.toContain('Ghi chú');
    expect(indicatorText(row, '2026-11-23', { years: [], scope: null })).not.toContain('Ghi chú');
  });
  it('reads "hiện nay", "vì sao", "ghi chú" as asking for the note; a target question as not', () => {
    expect(asksNote(fold('Tỷ lệ BHXH của Đồng Nai hiện nay là bao nhiêu?'))).toBe(true);
    expect(asksNote(fold('Vì sao tỉnh đặt mức giảm 0,3%/năm?'))).toBe(true);
    expect(asksNote(fold('Tỷ lệ BHXH năm 2030 là bao nhiêu?'))).toBe(false);
    // A question opening on "Hiện …" asks where things stand; "hiện thực hóa" is a verb.
    expect(asksNote(fold('Hiện Đồng Nai có bao nhiêu xã đạt chuẩn nông thôn mới nâng cao?'))).toBe(true);
    expect(asksNote(fold('Hiện thực hóa mục tiêu BHYT thế nào?'))).toBe(false);
  });
  it('adds a yearly rate the note states when a yearly rate is asked and no target states one', () => {
    const proposed = { ...row, note: 'Nên điều chỉnh tỷ lệ tăng hàng năm 1% cho giai đoạn 2026 - 2030.' };
    const yearly = { years: [], scope: null, perYear: true } as const;
    expect(indicatorText(proposed, '2026-11-23', yearly)).toContain('tăng hàng năm 1%');
    expect(asksPerYear(fold('Đồng Nai đề xuất tỷ lệ tham gia BHXH tăng mỗi năm bao nhiêu?'))).toBe(true);
    // A note without a yearly rate, or a row whose own target is yearly, adds nothing.
    expect(indicatorText(row, '2026-11-23', yearly)).not.toContain('Ghi chú');
    const rowYearly = {
      ...proposed,
      targets: [{ ...(row.targets[0] as Indicator['targets'][number]), text: 'giảm 1%/năm', unit: '%/năm' }],
    };
    expect(indicatorText(rowYearly, '2026-11-23', yearly)).not.toContain('Ghi chú');
  });
});

describe('answers', () => {
  it('"cuối năm 2024 còn bao nhiêu hộ nghèo" is answered from the row’s notes', () => {
    const a = ask('Cuối năm 2024 Đồng Nai còn bao nhiêu hộ nghèo theo chuẩn Trung ương, chiếm bao nhiêu %?');
    expect(a.text).toContain('2.597 hộ');
    expect(a.text).toContain('chiếm 0,3%');
    expect(a.text).toContain('dòng 460–469');
  });
});
