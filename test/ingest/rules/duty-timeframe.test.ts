import { describe, expect, it } from 'vitest';
import { dutyTimeframe, openingTimeframe } from '../../../src/ingest/rules/duty-timeframe';

describe('dutyTimeframe', () => {
  it('reads the time of the duty itself', () => {
    expect(dutyTimeframe('Hằng năm, tổ chức sơ kết việc thực hiện Kế hoạch.')).toMatchObject({
      kind: 'yearly',
    });
    expect(dutyTimeframe('Thường xuyên lắng nghe, nắm bắt tâm tư của Nhân dân.')).toMatchObject({
      kind: 'continuous',
    });
    expect(dutyTimeframe('Hoàn thành việc rà soát trong giai đoạn 2024 - 2025.')).toMatchObject({
      kind: 'period',
      from: 2024,
      to: 2025,
    });
  });

  it('a period in a document’s name, a target’s year or a noun’s rhythm is not the duty’s', () => {
    for (const sentence of [
      'Tham mưu thực hiện kế hoạch phát triển nhà ở giai đoạn 2021-2025 trên địa bàn tỉnh.',
      'Nâng cao chất lượng phổ cập giáo dục, phấn đấu đến năm 2025 có 66% trường học đạt chuẩn quốc gia.',
      'Tham mưu UBND tỉnh bố trí dự toán kinh phí hằng năm để thực hiện chính sách.',
      'Thực hiện có hiệu quả Quyết định số 2435/QĐ-UBND về Chương trình giảm nghèo giai đoạn 2021-2025.',
    ])
      expect(dutyTimeframe(sentence), sentence).toEqual({ text: '', kind: 'unspecified' });
  });
});

describe('dutyTimeframe: words that open a duty, rhythms that belong to a figure', () => {
  it('"Định kỳ" and "Thường xuyên" open a duty, numbered or not; mid-sentence they do not', () => {
    expect(dutyTimeframe('6. Định kỳ sơ kết, tổng kết đánh giá kết quả thực hiện')).toEqual({
      text: 'Định kỳ',
      kind: 'unspecified',
    });
    expect(dutyTimeframe('a) Thường xuyên rà soát, đánh giá việc triển khai').text).toBe('Thường xuyên');
    expect(dutyTimeframe('Tổ chức sơ kết định kỳ các mô hình').kind).toBe('unspecified');
  });
  it('"hằng năm" before a figure is the figure’s rhythm, not the duty’s', () => {
    expect(dutyTimeframe('Đẩy mạnh đào tạo nghề; hằng năm, đào tạo nghề cho 8.000 người').kind).toBe(
      'unspecified',
    );
    expect(dutyTimeframe('Hằng năm, tổ chức hội nghị sơ kết').kind).toBe('yearly');
    // Opening the duty, it is the duty's, figure or not.
    expect(dutyTimeframe('Hằng năm, bố trí nguồn kinh phí tương ứng 0,5% trên tổng chi').kind).toBe('yearly');
  });
});

describe('dutyTimeframe: a strategy’s horizon', () => {
  it('"đến năm 2030, tầm nhìn 2045" names what is planned for, not when the duty is due', () => {
    expect(
      dutyTimeframe(
        'Tích cực tham gia xây dựng các định hướng hợp tác quốc tế lớn đến năm 2030, tầm nhìn 2045',
      ).kind,
    ).toBe('unspecified');
    expect(dutyTimeframe('Hoàn thành việc sắp xếp đến năm 2030').kind).not.toBe('unspecified');
  });
});

describe('dutyTimeframe: a report appended to a duty keeps its date', () => {
  it('the date of a report in a later clause is the report’s, not the duty’s', () => {
    for (const sentence of [
      'Chủ trì, phối hợp các sở, ngành triển khai Kế hoạch này; định kỳ hàng năm tổng hợp tình hình, kết quả thực hiện của các sở, ngành, đơn vị, địa phương, báo cáo UBND thành phố.',
      'Tập trung chỉ đạo, tăng cường kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch này; định kỳ báo cáo kết quả thực hiện về UBND tỉnh trước ngày 10 tháng 11 hàng năm.',
      'Chủ trì theo dõi, đôn đốc các ngành triển khai Kế hoạch. Tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện trước ngày 30 tháng 11 hằng năm.',
    ])
      expect(dutyTimeframe(sentence), sentence).toEqual({ text: '', kind: 'unspecified' });
  });

  it('a duty that is the report keeps the report’s date', () => {
    expect(
      dutyTimeframe(
        'Báo cáo kết quả thực hiện Kế hoạch gửi Sở Lao động - Thương binh và Xã hội trước ngày 15 tháng 12 hằng năm.',
      ),
    ).toMatchObject({ kind: 'yearly' });
    expect(
      dutyTimeframe(
        'Định kỳ hàng năm (vào ngày 30/11), các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo UBND thành phố./.',
      ),
    ).toMatchObject({ kind: 'yearly' });
    // The duty's own date before an appended report stays the duty's.
    expect(
      dutyTimeframe('Hoàn thành xây dựng kế hoạch trước ngày 30/6; định kỳ báo cáo kết quả về UBND tỉnh.'),
    ).toMatchObject({ text: 'trước ngày 30/6' });
  });
});

describe('openingTimeframe: the rhythm a paragraph opens with', () => {
  it('reads "Thường xuyên" / "Hằng năm," at the start, after a marker', () => {
    expect(
      openingTimeframe('a) Thường xuyên rà soát, đánh giá việc triển khai thực hiện các chính sách.'),
    ).toMatchObject({
      kind: 'continuous',
    });
    expect(
      openingTimeframe('Hằng năm, tại thời điểm lập dự toán, các sở lập dự toán chi tiết.'),
    ).toMatchObject({
      kind: 'yearly',
    });
  });
  it('is null when the rhythm is not the opening words', () => {
    expect(openingTimeframe('Rà soát thường xuyên các chính sách.')).toBeNull();
    expect(openingTimeframe('Xây dựng kế hoạch hằng năm.')).toBeNull();
    expect(openingTimeframe('Thường xuyênh')).toBeNull();
  });
});
