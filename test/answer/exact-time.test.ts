/** "… trước ngày nào?", "… vào năm nào?" of a duty the plan gives no day or year: the plan does not say when. */
import { describe, expect, it } from 'vitest';
import { exactTimeAsked, statesAnyTime, statesTime } from '../../src/answer/intents/target';
import type { Task } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { ask } from '../helpers';

const task = (text: string, kind: Task['timeframe']['kind'], when = ''): Task =>
  ({
    id: 'x/t1',
    planId: 'x',
    domain: '',
    text,
    leads: [],
    leadAgency: null,
    partners: [],
    timeframe: { kind, text: when },
    source: { file: 'x.txt', lineStart: 1, lineEnd: 1, section: '', quote: text },
  }) as unknown as Task;

describe('exactTimeAsked', () => {
  it('reads a day or a year asked, not "when" in general', () => {
    expect(exactTimeAsked(fold('phải trình UBND tỉnh trước ngày nào?'))).toBe('day');
    expect(exactTimeAsked(fold('hạn chót nộp là khi nào'))).toBe('day');
    expect(exactTimeAsked(fold('hoàn thành vào năm nào?'))).toBe('year');
    expect(exactTimeAsked(fold('phải hoàn thành trước thời hạn nào?'))).toBe('year');
    expect(exactTimeAsked(fold('thời hạn thực hiện?'))).toBeNull();
    expect(exactTimeAsked(fold('khi nào làm?'))).toBeNull();
  });
  it('"năm nào cũng …", "tháng nào cũng …" say every year, every month: no exact time asked', () => {
    expect(exactTimeAsked(fold('làm theo tiến độ nào, năm nào cũng làm hay sao?'))).toBeNull();
    expect(exactTimeAsked(fold('ngày nào cũng báo cáo à?'))).toBeNull();
  });
});

describe('statesTime', () => {
  it('a year in a programme’s name gives no day, but does give a year', () => {
    const t = task(
      'Thực hiện Chương trình phát triển công tác xã hội giai đoạn 2021 - 2030',
      'unspecified',
      'Theo Kế hoạch',
    );
    expect(statesTime(t, 'day')).toBe(false);
    expect(statesTime(t, 'year')).toBe(true);
  });
  it('a dated timeframe or a day in the words gives both', () => {
    expect(statesTime(task('Tổng kết', 'date', 'trước 31/12/2025'), 'day')).toBe(true);
    expect(statesTime(task('Báo cáo trước ngày 15 hằng năm', 'yearly', 'Hằng năm'), 'day')).toBe(true);
    expect(statesTime(task('Xây dựng lộ trình miễn học phí', 'continuous', 'Thường xuyên'), 'year')).toBe(
      false,
    );
  });
});

describe('answers', () => {
  it('says the plan gives no day, then what it does say', () => {
    const a = ask(
      'KH 91 Quảng Ninh giao Sở Y tế cụ thể hóa nội dung thành chương trình, kế hoạch hằng năm; hạn gửi các kế hoạch hằng năm đó là trước ngày nào?',
    );
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe(
      'KH 91/KH-UBND không nêu thời hạn (ngày, năm) cụ thể cho việc này. Kế hoạch ghi:',
    );
    expect(a.text).toContain('Sở Y tế');
  });
  it('a time column that answers ("Theo Chương trình") is still the answer to "thời hạn thực hiện?"', () => {
    const a = ask('Đồng Nai: thời hạn thực hiện Chương trình phát triển nhà ở giai đoạn 2021 - 2030?');
    expect(a.text).toContain('Theo Chương trình');
    expect(a.text).not.toContain('không nêu thời hạn');
  });
  it('"ban hành kế hoạch 68 vào ngày nào" asks the plan’s own date', () => {
    expect(ask('Thanh Hóa ban hành kế hoạch 68 vào ngày nào vậy?').text).toMatch(
      /^KH 68\/KH-UBND \(Thanh Hóa\) ban hành ngày 08\/03\/2024/,
    );
  });
});

// "… hạn hoàn thành là khi nào?" of a duty that says nothing of time: not answered as if it did.
describe('statesAnyTime', () => {
  const duty = (text: string, tf = '') => task(text, tf ? 'year' : 'unspecified', tf);
  it('is true for a time column, a year, a day, or words of time in the duty', () => {
    expect(statesAnyTime(duty('Xây dựng cơ sở dữ liệu', 'Năm 2024'))).toBe(true);
    expect(statesAnyTime(duty('Báo cáo trước ngày 10/12 hằng năm'))).toBe(true);
    expect(statesAnyTime(duty('Rà soát thường xuyên các chính sách'))).toBe(true);
  });
  it('is false for a duty that says nothing of when', () => {
    expect(statesAnyTime(duty('Hoàn thiện chính sách, pháp luật về nhà ở xã hội'))).toBe(false);
  });
  it('says the plan gives no time for such a duty asked "khi nào"', () => {
    const a = ask(
      'Thanh Hóa giao Sở Xây dựng hoàn thiện chính sách nhà ở xã hội, nhà lưu trú cho công nhân — hạn hoàn thành là khi nào?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/không nêu thời hạn/);
    expect(a.text).toContain('Sở Xây dựng');
  });
});
