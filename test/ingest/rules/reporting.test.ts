import { describe, expect, it } from 'vitest';
import { frequenciesOf, readReports, reportedMatter } from '../../../src/ingest/rules/reporting';

const context = { owner: null, superior: 'UBND tỉnh' };

describe('readReports', () => {
  it('reads who, to whom, through whom, the day and how often', () => {
    const [r] = readReports(
      'Định kỳ hàng năm (vào ngày 30/11), các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo UBND thành phố./.',
      context,
    );
    expect(r).toMatchObject({
      reporters: ['các cơ quan, đơn vị, địa phương'],
      to: 'UBND thành phố',
      via: 'Sở Lao động - Thương binh và Xã hội',
      dueDate: '--11-30',
      frequency: 'yearly',
    });
  });

  it('says how often in the plan’s own spelling when no day is written ("hàng năm" or "hằng năm")', () => {
    const [hang] = readReports('Sở Y tế định kỳ hàng năm tổng hợp, báo cáo UBND tỉnh.', context);
    expect(hang?.due).toBe('hàng năm');
    const [hang2] = readReports('Sở Y tế định kỳ hằng năm tổng hợp, báo cáo UBND tỉnh.', context);
    expect(hang2?.due).toBe('hằng năm');
  });

  it('a channel is not a reporter: the heading’s body reports', () => {
    const owner = { leads: ['Ủy ban nhân dân các huyện, thành phố'], partners: [] };
    const reports = readReports(
      'báo cáo kết quả thực hiện chính sách an sinh xã hội theo định kỳ và đột xuất về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội).',
      { ...context, owner },
    );
    expect(reports.map((r) => [r.reporters, r.to, r.via, r.frequency])).toEqual([
      [
        ['Ủy ban nhân dân các huyện, thành phố'],
        'Ủy ban nhân dân tỉnh',
        'Sở Lao động - Thương binh và Xã hội',
        'periodic',
      ],
      [
        ['Ủy ban nhân dân các huyện, thành phố'],
        'Ủy ban nhân dân tỉnh',
        'Sở Lao động - Thương binh và Xã hội',
        'as-needed',
      ],
    ]);
  });

  it('one duty per addressee; a clause takes its sentence’s subject', () => {
    const reports = readReports(
      'Sở Lao động - Thương binh và Xã hội có trách nhiệm tổng hợp; định kỳ báo cáo Ủy ban nhân dân tỉnh, Bộ Lao động - Thương binh và Xã hội theo quy định.',
      context,
    );
    expect(reports.map((r) => [r.reporters[0], r.to])).toEqual([
      ['Sở Lao động - Thương binh và Xã hội', 'Ủy ban nhân dân tỉnh'],
      ['Sở Lao động - Thương binh và Xã hội', 'Bộ Lao động - Thương binh và Xã hội'],
    ]);
  });

  it('says when as the plan does: "định kỳ", or "theo quy định" when no period is written', () => {
    const regulated = readReports(
      'Tổ chức kiểm tra, giám sát kết quả thực hiện báo cáo Ủy ban nhân dân tỉnh theo quy định.',
      { ...context, owner: { leads: ['Sở Y tế'], partners: [] } },
    );
    expect(regulated.map((r) => [r.due, r.frequency])).toEqual([['theo quy định', 'periodic']]);
    const periodic = readReports('Sở Y tế định kỳ báo cáo Ủy ban nhân dân tỉnh theo quy định.', context);
    expect(periodic.map((r) => r.due)).toEqual(['định kỳ']);
  });

  it('a report with no time or period is no reporting duty', () => {
    expect(readReports('Sở Tài chính tham mưu, báo cáo UBND tỉnh cân đối các nguồn vốn.', context)).toEqual(
      [],
    );
  });
});

describe('frequenciesOf', () => {
  it('reads the period, and "theo quy định" only when nothing says the report is occasional', () => {
    expect(frequenciesOf('trước ngày 10/12 hằng năm')).toEqual(['yearly']);
    expect(frequenciesOf('báo cáo 6 tháng')).toEqual(['half-yearly']);
    expect(frequenciesOf('báo cáo theo quy định')).toEqual(['periodic']);
    expect(frequenciesOf('nếu có khó khăn, vướng mắc, báo cáo UBND tỉnh xử lý theo quy định')).toEqual([
      'as-needed',
    ]);
  });
});

describe('readReports: two reports in one paragraph', () => {
  it('each clause keeps its own reporters and period', () => {
    const reports = readReports(
      'Trong quá trình tổ chức thực hiện, nếu cần sửa đổi, bổ sung những nội dung của Kế hoạch, các sở, ban, ngành chủ động báo cáo Chủ tịch UBND thành phố xem xét, quyết định. Định kỳ hàng năm (vào ngày 30/11), các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo UBND thành phố./.',
      { owner: null, superior: 'UBND thành phố' },
    );
    expect(reports.map((r) => [r.reporters, r.to, r.frequency, r.dueDate])).toEqual([
      [['các sở, ban, ngành'], 'Chủ tịch UBND thành phố', 'as-needed', null],
      [['các cơ quan, đơn vị, địa phương'], 'UBND thành phố', 'yearly', '--11-30'],
    ]);
  });
});

describe('reportedMatter', () => {
  it('reads what a report is about, up to where it goes, when, or what else is done', () => {
    expect(
      reportedMatter(
        'định kỳ báo cáo kết quả thực hiện các chỉ tiêu, nội dung chỉ đạo tại Kế hoạch này về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội tổng hợp) trước ngày 10 tháng 11 hàng năm',
      ),
    ).toBe('kết quả thực hiện các chỉ tiêu, nội dung chỉ đạo tại Kế hoạch này');
    expect(
      reportedMatter(
        'định kỳ tổng hợp, báo cáo UBND tỉnh tình hình thực hiện Kế hoạch hành động theo quy định',
      ),
    ).toBe('tình hình thực hiện Kế hoạch hành động');
    expect(
      reportedMatter(
        'định kỳ hàng năm tổng hợp, báo cáo tình hình thực hiện và kịp thời đề xuất UBND tỉnh giải quyết',
      ),
    ).toBe('tình hình thực hiện');
    expect(
      reportedMatter(
        'tổng hợp tình hình, kết quả thực hiện của các sở, ngành, địa phương, báo cáo UBND thành phố',
      ),
    ).toBe('tình hình, kết quả thực hiện của các sở, ngành, địa phương');
  });

  it('is undefined when the clause names no such thing', () => {
    expect(reportedMatter('tổng hợp các báo cáo định kỳ, đột xuất theo yêu cầu')).toBeUndefined();
    expect(reportedMatter('báo cáo kết quả về UBND tỉnh')).toBeUndefined();
  });

  it('is kept on each duty the clause holds', () => {
    const reports = readReports(
      'Định kỳ hàng năm (vào ngày 30/11) và đột xuất, các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo UBND thành phố./.',
      context,
    );
    expect(reports.length).toBe(2);
    expect(reports.map((r) => r.matter)).toEqual([
      'kết quả thực hiện Kế hoạch',
      'kết quả thực hiện Kế hoạch',
    ]);
  });
});
