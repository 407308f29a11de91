import { describe, expect, it } from 'vitest';
import { asksRecipients, dutiesOf, rhythmVerdict, sentTo } from '../../src/answer/intents/meta';
import { groupOrHead } from '../../src/ingest/agencies';
import type { ReportingDuty } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { ask, planOf, reportingDuty, TODAY } from '../helpers';

const duty = reportingDuty;
const duties = [
  duty('Sở Lao động - Thương binh và Xã hội', 'UBND tỉnh'),
  duty('Giám đốc các sở, Chủ tịch UBND các huyện, thành phố', 'UBND tỉnh'),
];

describe('dutiesOf', () => {
  it("keeps the duties of the body the question names, by canonical name or by head words ('các huyện')", () => {
    expect(dutiesOf(duties, 'Sở Lao động - Thương binh và Xã hội')).toEqual([duties[0]]);
    expect(dutiesOf(duties, null, 'cac huyen bao cao khi nao')).toEqual([duties[1]]);
  });

  it('keeps the duties sent to a Party committee when it asks "lên cấp ủy nào"', () => {
    const party = duty('Sở Lao động - Thương binh và Xã hội', 'Ban Thường vụ Tỉnh ủy');
    expect(dutiesOf([...duties, party], null, 'bao cao len cap uy nao')).toEqual([party]);
    expect(dutiesOf(duties, null, 'bao cao len cap uy nao')).toEqual(duties);
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
    expect(dn.text).toMatch(/^Đồng Nai: cơ quan chủ trì thực hiện KH 230\/KH-UBND là Sở Lao động/);
    expect(dn.sources[0]?.lineStart).toBe(70);
    const danang = ask('cơ quan nào chủ trì thực hiện kế hoạch 10 Đà Nẵng');
    expect(danang.text).toContain('Sở Lao động - Thương binh và Xã hội');
    expect(danang.sources[0]?.lineStart).toBe(107);
  });
});

describe('reports sent to a body', () => {
  const lđ = 'Sở Lao động - Thương binh và Xã hội';
  it('reads the body after "gửi / nộp báo cáo … về / cho / lên" as the one receiving', () => {
    expect(sentTo('cac don vi phai gui bao cao ve so ldtbxh vao ngay nao?', lđ)).toBe(true);
    expect(
      sentTo('ubnd cap huyen nop bao cao cho so lao dong thuong binh va xa hoi truoc ngay nao', lđ),
    ).toBe(true);
    expect(sentTo('so ldtbxh bao cao ubnd tinh truoc ngay nao?', lđ)).toBe(false);
    expect(sentTo('so ldtbxh chu tri viec gi?', lđ)).toBe(false);
  });
  it('reads "… về UBND tỉnh qua <body>" as reports passing through it', () => {
    expect(
      sentTo('so, nganh, huyen bao cao ket qua ve ubnd tinh qua so ldtbxh truoc ngay 10/11 dung k?', lđ),
    ).toBe(true);
    expect(sentTo('so ldtbxh bao cao qua ubnd tinh', lđ)).toBe(false);
  });
  it('answers with the reports that go to or through that body, not its own', () => {
    const through = { ...duty('các cơ quan, đơn vị, địa phương', 'UBND tỉnh'), via: lđ };
    const own = duty(lđ, 'UBND tỉnh');
    expect(dutiesOf([own, through], lđ, 'cac don vi gui bao cao ve so ldtbxh truoc ngay nao')).toEqual([
      through,
    ]);
    expect(dutiesOf([own, through], lđ, 'so ldtbxh bao cao truoc ngay nao')).toContain(own);
  });
  it('"… gửi báo cáo … về Sở LĐTBXH vào ngày nào?" is the dated report through it', () => {
    const a = ask(
      'Đà Nẵng: hằng năm vào ngày nào các đơn vị phải gửi báo cáo kết quả thực hiện KH 10/KH-UBND về Sở LĐTBXH?',
    );
    expect(a.text).toContain('30/11');
  });
});

describe('who compiles the reports', () => {
  it('"ai tổng hợp … của các sở, ngành …?" is the body that compiles, not the bodies it compiles from', () => {
    const a = ask(
      'Ở Đà Nẵng, ai tổng hợp tình hình, kết quả thực hiện KH 10 của các sở, ngành, địa phương để báo cáo UBND thành phố, và bao lâu một lần?',
    );
    expect(a.text).toMatch(
      /^• Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo UBND thành phố: hàng năm\./,
    );
    expect(a.text).not.toContain('đột xuất');
  });
  it('"… qua cơ quan nào tổng hợp, trước ngày nào?" still asks the reports sent through it and their day', () => {
    const a = ask(
      'Theo KH 230 Đồng Nai, các sở, ban, ngành và UBND huyện báo cáo kết quả thực hiện chỉ tiêu trước ngày nào, qua cơ quan nào tổng hợp?',
    );
    expect(a.text).toContain('10/11');
  });
});

describe('a body’s duties asked beside its reporting', () => {
  it('"… có trách nhiệm gì, báo cáo qua cơ quan nào?" gives the duties, then the reporting', () => {
    const a = ask('Chủ tịch UBND huyện ở Đồng Nai có trách nhiệm gì theo KH 230, báo cáo qua cơ quan nào?');
    expect(a.text).toMatch(/^UBND các huyện, thành phố chủ trì/);
    expect(a.text).toContain('cụ thể hóa thành kế hoạch công tác hàng năm');
    expect(a.text).toContain('(qua Sở Lao động - Thương binh và Xã hội): trước ngày 10 tháng 11');
  });
});

describe('a review the plan does not hold', () => {
  it('"sơ kết giữa kỳ" asked of a plan that names none: none is set, then what it sets for reporting', () => {
    const a = ask('KH 68 Thanh Hoa quy dinh so ket giua ky vao nam nao va co quan nao chu tri so ket?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe(
      'KH 68/KH-UBND (Thanh Hóa) không quy định việc sơ kết giữa kỳ. Kế hoạch quy định về báo cáo:',
    );
    expect(a.text).toContain('10/12');
  });
  it('a plan that names it answers as before', () => {
    expect(ask('Lai Châu có định kỳ sơ kết, tổng kết chính sách an sinh xã hội không?').text).not.toContain(
      'không quy định việc sơ kết',
    );
  });
});

describe('a recipient the plan sets no report to', () => {
  it('a Party committee asked as the recipient is said not to be one; where the plan has it, its day', () => {
    const none = ask('Thanh Hóa KH 68 có phải báo cáo Ban Thường vụ Tỉnh ủy không, hạn ngày nào?');
    expect(none.found).toBe(false);
    expect(none.text.split('\n')[0]).toBe(
      'KH 68/KH-UBND (Thanh Hóa) không quy định báo cáo Ban Thường vụ Tỉnh ủy. Kế hoạch quy định:',
    );
    const set = ask('Đồng Nai: báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện trước ngày nào?');
    expect(set.text).toContain('Ban Thường vụ Tỉnh ủy: trước ngày 30 tháng 11');
  });
});

describe('a Party committee or council the plan is sent to "(báo cáo)"', () => {
  it('is answered from the list of recipients first, then the reporting duties', () => {
    const a = ask('kh 91 quang ninh co phai gui bao cao len thuong truc tinh uy va HDND tinh khong?');
    expect(a.text.split('\n')[0]).toContain('được gửi để báo cáo: TT Tỉnh ủy, TT HĐND tỉnh');
    expect(a.text).toContain('báo cáo UBND tỉnh');
  });
  it("a day asked stays the reporting duties' question", () => {
    const a = ask(
      'Theo KH 91 Quảng Ninh, Sở LĐTBXH phải tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện trước ngày nào hằng năm?',
    );
    expect(a.text).not.toContain('được gửi để báo cáo');
  });
});

describe('a day put forward for a report', () => {
  it('is confirmed by a duty that has it', () => {
    const a = ask('Đà Nẵng báo cáo hằng năm vào ngày 30/11 phải không?');
    expect(a.text).toMatch(/^Đúng: kế hoạch ghi hạn vào ngày 30\/11\./);
  });

  it('is answered by the days the duties set, without repeating the wrong one', () => {
    const a = ask('Thanh Hóa các sở nộp báo cáo trước 30/11 đúng không?');
    expect(a.text).toMatch(/^Không: kế hoạch ghi hạn trước ngày 10\/12\./);
    expect(a.text).not.toContain('30/11');
  });

  it('of a plan that sets no day is said to be unset', () => {
    const a = ask('Lai Châu: báo cáo năm của các sở về KH 767 nộp trước 10/12 đúng không?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không nêu ngày (hạn) nộp báo cáo');
  });

  it('reads "… báo cáo năm nộp ngày 10/12 đúng không?" typed without diacritics as a report day put forward', () => {
    expect(ask('Da Nang KH 10: bao cao nam nop ngay 10/12 dung khong?').text).toMatch(
      /^Không: kế hoạch ghi hạn vào ngày 30\/11\./,
    );
  });

  it("judges the plan named by its number, and no day when the days shown are several plans'", () => {
    const a = ask('Đà Nẵng báo cáo năm KH 10 có phải trước 10/12 giống Thanh Hóa không?');
    expect(a.text).toMatch(/^Không: kế hoạch ghi hạn vào ngày 30\/11\./);
  });
});

describe('a claim of where reports go', () => {
  it('is answered from the reporting duties, however far the recipient is from the verb', () => {
    const a = ask(
      'Sở LĐTBXH Lai Châu báo cáo kết quả đánh giá chính sách an sinh xã hội lên Bộ Y tế đúng không?',
    );
    expect(a.text).toContain('báo cáo Bộ Lao động - Thương binh và Xã hội');
    const b = ask('lai chau: huyen bao cao dot xuat ve an sinh xa hoi gui thang len Bo dung khong');
    expect(b.text).toContain('(qua Sở Lao động - Thương binh và Xã hội): đột xuất');
  });
});

describe('a day asked about being in time', () => {
  it('gets no verdict of equality: "gửi ngày 5/12 thì có đúng hạn không?"', () => {
    const a = ask('Sở Y tế Đà Nẵng gửi báo cáo kết quả năm của KH 10 vào ngày 20/11 thì có đúng hạn không?');
    expect(a.text).not.toMatch(/^(?:Đúng|Không):/);
    expect(a.text).toContain('30/11');
  });
});

describe('where the plan itself was sent', () => {
  it('is asked by "KH … có gửi X không?" and "KH … còn gửi tới … nào?", not by a report sent somewhere', () => {
    expect(asksRecipients(fold('KH 91 QN có gửi Bộ LĐTBXH để báo cáo không?'))).toBe(true);
    expect(asksRecipients(fold('Ngoài các sở ban ngành, KH 68 còn gửi tới báo, đài nào?'))).toBe(true);
    expect(asksRecipients(fold('KH 68 thanh hoa hang nam bao cao truoc ngay may, gui ve dau'))).toBe(false);
    expect(asksRecipients(fold('Dự toán kinh phí thực hiện KH 10 gửi về đâu tổng hợp?'))).toBe(false);
  });

  it('"… gửi những nơi nào để báo cáo?" and the list\'s own "để b/c" are the list', () => {
    expect(asksRecipients(fold('KH 68 gửi những nơi nào để báo cáo?'))).toBe(true);
    expect(asksRecipients(fold('KH 767 gửi "để báo cáo" những cơ quan nào?'))).toBe(true);
    expect(asksRecipients(fold('các huyện gửi báo cáo cho cơ quan nào để tổng hợp?'))).toBe(false);
    const a = ask('KH 767 của UBND tỉnh Lai Châu gửi "để b/c" những cơ quan nào?');
    expect(a.text).toMatch(
      /^KH 767\/KH-UBND \(Lai Châu\) được gửi để báo cáo: Bộ Lao động - TB&XH; TT\. Tỉnh ủy\./,
    );
  });

  it('"… có yêu cầu báo cáo Bộ X không?" is yes of a plan that reports to it, no of one that does not', () => {
    expect(ask('KH 767 Lai Châu có yêu cầu báo cáo Bộ LĐTBXH không?').text).toMatch(
      /^Có: kế hoạch quy định báo cáo Bộ Lao động - Thương binh và Xã hội\./,
    );
    expect(ask('So LDTBXH Lai Chau co phai bao cao len Bo khong?').text).toMatch(/^Có: /);
    const no = ask('KH 230 Đồng Nai có yêu cầu báo cáo Bộ LĐTBXH không?');
    expect(no.text).toMatch(/^KH 230\/KH-UBND \(Đồng Nai\) không quy định báo cáo Bộ Lao động/);
  });

  it('"sld LC bc bo?" (hotline shorthand) is the body\'s reports to the ministry', () => {
    const a = ask('sld LC bc bo?');
    expect(a.text).toContain(
      'Sở Lao động - Thương binh và Xã hội báo cáo Bộ Lao động - Thương binh và Xã hội',
    );
  });

  it('"TT Tỉnh ủy" on the list is the "Thường trực Tỉnh ủy" put forward', () => {
    expect(ask('KH 91/KH-UBND QN có gửi Thường trực Tỉnh ủy để báo cáo không?').text).toMatch(/^Có: /);
  });

  it('a body put forward gets yes or no from the list — no verdict for a body a group on it stands for', () => {
    expect(ask('KH 91 QN có gửi Bộ LĐTBXH để báo cáo không?').text).toMatch(
      /^Không: danh sách nơi nhận của KH 91\/KH-UBND \(Quảng Ninh\) không có cơ quan được hỏi\./,
    );
    expect(ask('KH 91 có gửi Tỉnh ủy không?').text).toMatch(/^Có: /);
    expect(ask('KH 91 có gửi Sở Y tế không?').text).toMatch(/^KH 91\/KH-UBND \(Quảng Ninh\) được gửi/);
  });
});

describe('a recipient asked by a shorter name, or put forward wrongly', () => {
  it('"báo cáo tỉnh ủy khi nào?" is the report to its standing committee', () => {
    const a = ask('dong nai sldtbxh bao cao tinh uy khi nao');
    expect(a.found).toBe(true);
    expect(a.text).toContain('báo cáo Ban Thường vụ Tỉnh ủy: trước ngày 30 tháng 11');
  });

  it('a recipient the plan sets no report to, put forward as a claim, is answered no', () => {
    const a = ask(
      'KH 230 Đồng Nai: Sở LĐTBXH tham mưu UBND tỉnh báo cáo HĐND tỉnh kết quả thực hiện trước 30/11 phải không?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Không: KH 230\/KH-UBND \(Đồng Nai\) không quy định báo cáo/);
    expect(a.text).toContain('Ban Thường vụ Tỉnh ủy');
  });
});

describe('a rhythm put forward for the reports', () => {
  it('is answered no when no duty shown has it (asked of, it is not in the plan)', () => {
    const a = ask('Đà Nẵng có yêu cầu báo cáo kết quả KH 10 theo quý không?');
    expect(a.text).toMatch(/^KH 10\/KH-UBND \(Đà Nẵng\) không quy định báo cáo hằng quý\./);
    expect(a.found).toBe(false);
    expect(a.text).toContain('hàng năm');
    expect(
      ask('Sở LĐTBXH Đồng Nai tổng hợp, báo cáo tình hình thực hiện KH 230 mỗi quý một lần đúng không?').text,
    ).toMatch(/^Không: /);
  });

  it('and yes when one has it; nothing when no rhythm is put forward', () => {
    const yearly = { ...duties[0], frequency: 'half-yearly' } as ReportingDuty;
    const plan = { plan: { ...planOf('Đà Nẵng').plan, reportingDuties: [yearly] } } as never;
    const q = (text: string) =>
      ({ q: { raw: text, folded: fold(text), agency: null }, scope: [], today: TODAY }) as never;
    expect(rhythmVerdict([plan], q('có báo cáo 6 tháng không?'))).toMatch(/^Có: /);
    expect(rhythmVerdict([plan], q('báo cáo gửi ai?'))).toBeNull();
  });
});

describe('who runs the plan, and what it reports', () => {
  it('"Ai chủ trì thực hiện KH 767 và cơ quan đó báo cáo cho ai?" is the standing body and its own reports', () => {
    const a = ask('Ai chủ trì thực hiện KH 767 của Lai Châu và cơ quan đó báo cáo kết quả cho ai?');
    expect(a.text).toMatch(/^Lai Châu: cơ quan chủ trì thực hiện KH 767\/KH-UBND là Sở Lao động/);
    expect(a.text).toContain('báo cáo Bộ Lao động - Thương binh và Xã hội');
    expect(a.text).not.toContain('Ủy ban nhân dân các huyện');
  });
});

describe('reporting asked in longer words', () => {
  it('"… báo cáo kết quả <a long object> cho những ai?" asks who the reports go to', () => {
    const a = ask('lai chau: so ldtbxh bao cao ket qua kiem tra giam sat an sinh xa hoi cho nhung ai?');
    expect(a.text).toContain('báo cáo Bộ Lao động - Thương binh và Xã hội');
    expect(a.text).not.toMatch(/^Lai Châu: Chủ động xây dựng kế hoạch/);
  });
  it('"ngày chốt báo cáo" asks a day, which a plan without one does not set', () => {
    const a = ask('Lai Châu có quy định ngày chốt báo cáo hằng năm (kiểu như 30/11) cho KH 767 không?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 767\/KH-UBND \(Lai Châu\) không nêu ngày \(hạn\) nộp báo cáo cụ thể/);
  });
});

describe('a recipient or a route put forward for reports', () => {
  it('says no to a body reports neither go to nor pass through, and where they do go', () => {
    const a = ask('Các huyện ở Thanh Hóa nộp báo cáo KH 68 trực tiếp cho Sở Tài chính phải không ạ?');
    expect(a.text).toMatch(
      /^Không: kế hoạch ghi báo cáo gửi UBND tỉnh \(qua Sở Lao động - Thương binh và Xã hội\)\./,
    );
    const b = ask(
      'Có đúng là ở Quảng Ninh, vướng mắc khi triển khai KH 91 thì báo cáo UBND tỉnh thông qua Sở Nội vụ không?',
    );
    expect(b.text).toMatch(/^Không: kế hoạch ghi báo cáo gửi Ủy ban nhân dân tỉnh \(qua Sở Lao động/);
    // The body they do pass through gets no "Không".
    const c = ask('Các huyện ở Thanh Hóa gửi báo cáo KH 68 qua Sở LĐTBXH phải không?');
    expect(c.text).not.toMatch(/^Không/);
  });

  it('judges a council named right after "báo cáo", and a body that reports nothing as a claim of who does it', () => {
    const a = ask(
      'KH 230 Đồng Nai: Sở LĐTBXH tham mưu UBND tỉnh báo cáo HĐND tỉnh kết quả thực hiện, đúng không?',
    );
    expect(a.text).toMatch(
      /^Không: KH 230\/KH-UBND \(Đồng Nai\) không quy định báo cáo Hội đồng nhân dân tỉnh/,
    );
    const b = ask(
      'dong nai: so noi vu tham muu ubnd tinh bao cao ban thuong vu tinh uy ket qua kh 230 phai ko',
    );
    expect(b.text).toMatch(/^Không: kế hoạch không giao Sở Nội vụ/);
  });
});

describe("the plan's own day and signer put forward", () => {
  it('judges a day put forward for the plan itself', () => {
    expect(ask('KH 767 của UBND tỉnh Lai Châu ban hành ngày 13/3/2021 đúng không?').text).toMatch(
      /^Không: kế hoạch ghi ngày khác:\nKH 767\/KH-UBND \(Lai Châu\) ban hành ngày 31\/03\/2021\./,
    );
    expect(ask('Kế hoạch 10 của UBND TP Đà Nẵng ban hành ngày 17/01/2022 hả?').text).toMatch(
      /^Đúng: kế hoạch ghi ngày 17\/01\/2022\./,
    );
  });
  it('judges a person put forward as the signer, and answers the title asked', () => {
    expect(ask('KH 91 Quảng Ninh do bà Nguyễn Thị Hạnh ký phải không?').text).toMatch(
      /^Đúng: kế hoạch do Nguyễn Thị Hạnh ký\./,
    );
    const no = ask('KH 10 Đà Nẵng do ông Lê Trung Chinh ký đúng không?').text;
    expect(no).toMatch(/^Không: kế hoạch do người khác ký:\n.*Ngô Thị Kim Yến/);
    expect(no).not.toContain('Lê Trung Chinh');
    expect(ask('Ông Đỗ Minh Tuấn ký KH 68 TH với chức danh gì?').text).toContain(
      'do Chủ tịch Đỗ Minh Tuấn ký',
    );
  });
});

describe('a rhythm or a ministry asked of that the plan does not set', () => {
  it('"có bắt báo cáo 6 tháng một lần không?" is not in the plan; the claim "… hả?" is no', () => {
    const asked = ask('kh 767 lai chau co bat bao cao 6 thang mot lan khong?');
    expect(asked.found).toBe(false);
    expect(asked.text).toMatch(/^KH 767\/KH-UBND \(Lai Châu\) không quy định báo cáo 6 tháng\./);
    const claimed = ask('So LDTBXH Da Nang tong hop bao cao UBND thanh pho 6 thang mot lan ha?');
    expect(claimed.text).toMatch(/^Không: KH 10\/KH-UBND \(Đà Nẵng\) không quy định báo cáo 6 tháng\./);
    expect(claimed.text).toContain('hàng năm');
  });
  it('"có yêu cầu báo cáo kết quả lên Bộ LĐTBXH không?" reads the ministry after the report\'s object', () => {
    const a = ask('Đà Nẵng KH 10 có yêu cầu báo cáo kết quả lên Bộ LĐTBXH không?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/không quy định báo cáo Bộ Lao động - Thương binh và Xã hội/);
  });
});

describe('a day put forward for what a group of bodies reports', () => {
  it('"các sở ngành báo cáo … trước ngày 30/11 … phải ko" is judged on the day, not on who leads', () => {
    const th = ask(
      'thanh hoa: cac so nganh bao cao tinh hinh thuc hien KH 68 truoc ngay 30/11 hang nam gui so LDTBXH phai ko',
    );
    expect(th.text).toMatch(/^Không: kế hoạch ghi hạn trước ngày 10\/12\./);
    const dn = ask(
      'dong nai: cac so nganh bao cao ket qua thuc hien KH 230 ve UBND tinh truoc ngay 30/11 hang nam dung ko',
    );
    expect(dn.text).toMatch(/^Không: kế hoạch ghi hạn trước ngày 10\/11\./);
    expect(dn.text).not.toContain('không giao');
  });
  it('groupOrHead knows kinds of body listed together', () => {
    expect(groupOrHead('Sở, ngành liên quan')).toBe(true);
    expect(groupOrHead('các sở, ban, ngành')).toBe(true);
    expect(groupOrHead('Sở Lao động - Thương binh và Xã hội')).toBe(false);
    expect(groupOrHead('Ban Dân tộc tỉnh')).toBe(false);
  });
});

describe('where the reports go, put forward with "thẳng" or for another body', () => {
  it('"… gửi báo cáo thẳng cho tỉnh ủy trước 10/12 đúng không" is no: the reports go to the UBND', () => {
    const a = ask('thanh hoa: cac so gui bao cao thang cho tinh uy truoc 10/12 dung khong');
    expect(a.text).toMatch(/^Không: KH 68\/KH-UBND \(Thanh Hóa\) không quy định báo cáo/);
  });
  it('"các huyện gửi báo cáo thẳng lên Ban Thường vụ Tỉnh ủy" is no: that report is another body\'s', () => {
    const a = ask('Đồng Nai: các huyện gửi báo cáo thẳng lên Ban Thường vụ Tỉnh ủy đúng không?');
    expect(a.text).toMatch(
      /^Không: theo kế hoạch, Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy/,
    );
    // The body that does report there, put forward, is still yes.
    const b = ask('Đồng Nai: Sở LĐTBXH tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy đúng không?');
    expect(b.text).toMatch(/^Đúng/);
  });
  it("the verdict leads the list of the plan's recipients", () => {
    const a = ask('KH 91 QN có vướng mắc thì các sở báo cáo thẳng lên Tỉnh ủy đúng không?');
    expect(a.text).toMatch(/^Không: /);
    expect(a.text).toContain('được gửi để báo cáo');
  });
});

describe('a day put forward for the reports of the bodies named', () => {
  it('"sở, huyện báo cáo … trước ngày 30/11?" is judged by their reports\' day, not another body\'s', () => {
    const a = ask('Đồng Nai: sở, huyện báo cáo kết quả chỉ tiêu KH 230 trước ngày 30/11 phải không?');
    expect(a.text).toMatch(/^Không: kế hoạch ghi hạn trước ngày 10\/11\./);
  });
});

describe('a Party committee asked as the recipient ("lên cấp ủy nào")', () => {
  it('is the duty that reports to one', () => {
    const a = ask('KH 230 Đồng Nai: kết quả thực hiện hằng năm được báo cáo lên cấp ủy nào?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(
      /^• Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy/,
    );
    expect(a.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(1);
  });
  it('of a plan with none: the list of recipients "để báo cáo" first, then that no body is made to report to one', () => {
    const a = ask('kh 68 thanh hoa bao cao len cap uy nao');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^KH 68\/KH-UBND được gửi để báo cáo: .*Tỉnh ủy.*\(nơi nhận, dòng \d+\)\./);
    expect(a.text).toContain('không giao cơ quan nào báo cáo cấp ủy');
  });
});

describe('two rhythms offered, one set ("hằng quý hay hằng năm?")', () => {
  it('is answered: the one not set is said, and the reporting the plan sets is found', () => {
    const a = ask('da nang bao cao ket qua ke hoach 10 la hang quy hay hang nam? han ngay nao?');
    expect(a.text).toMatch(/^KH 10\/KH-UBND \(Đà Nẵng\) không quy định báo cáo hằng quý\./);
    expect(a.text).toContain('30/11');
    expect(a.found).toBe(true);
    // Without the other rhythm offered, a rhythm the plan does not set is not found.
    expect(ask('da nang bao cao ket qua ke hoach 10 hang quy trước ngày nào?').found).toBe(false);
  });
});

describe('a day asked of several plans', () => {
  it('shows each plan’s dated reports only, so the days compared fit one reply', () => {
    const a = ask(
      'Đà Nẵng và Đồng Nai quy định ngày báo cáo kết quả thực hiện kế hoạch hằng năm là ngày nào?',
    );
    expect(a.text).toContain('Đà Nẵng: các cơ quan, đơn vị, địa phương báo cáo UBND thành phố');
    expect(a.text).toContain('10/11 hằng năm');
    expect(a.text).not.toContain('đột xuất');
    expect(a.text.length).toBeLessThan(900);
    // One plan asked keeps every duty: the undated ones say who compiles and how often.
    expect(ask('Đà Nẵng báo cáo kết quả thực hiện kế hoạch 10 hằng năm vào ngày nào?').text).toContain(
      'đột xuất',
    );
  });
});

describe('which plans report to a Party committee, and a report day put forward with "hạn"', () => {
  it('"tỉnh nào … báo cáo Ban Thường vụ Tỉnh ủy?" shows only the plans that do', () => {
    const a = ask('Trong các kế hoạch, tỉnh nào có quy định ngày cụ thể để báo cáo Ban Thường vụ Tỉnh ủy?');
    expect(a.text).toContain(
      '• Đồng Nai: Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh báo cáo Ban Thường vụ',
    );
    expect(a.text).not.toContain('Đà Nẵng');
    expect(a.text).not.toContain('Thanh Hóa');
    // Asked of one plan beside another report, both reports stay.
    const both = ask(
      'Đồng Nai: các sở báo cáo UBND tỉnh trước ngày nào, còn Sở LĐTBXH tham mưu báo cáo Ban Thường vụ Tỉnh ủy trước ngày nào?',
    );
    expect(both.text).toContain('10/11');
    expect(both.text).toContain('30/11');
  });
  it('"hạn các sở báo cáo … là 30/11 hả?" is judged against the duties’ days', () => {
    const a = ask('Đồng Nai hạn các sở báo cáo kết quả chỉ tiêu KH 230 là 30/11 hả?');
    expect(a.text).toMatch(/^Không: kế hoạch ghi hạn trước ngày 10\/11\./);
  });
});

describe('which plans report on a day put forward', () => {
  it('"tỉnh/thành nào có mốc báo cáo ngày 30/11 hằng năm?" shows only those reports', () => {
    const a = ask('Trong mấy KH về chính sách xã hội, tỉnh/thành nào có mốc báo cáo ngày 30/11 hằng năm?');
    expect(a.text).toMatch(/^• Đà Nẵng: [^\n]*30\/11/);
    expect(a.text).toMatch(/\n• Đồng Nai: [^\n]*Ban Thường vụ Tỉnh ủy[^\n]*30\/11/);
    for (const other of ['Quảng Ninh', 'Thanh Hóa', 'Lai Châu', '10/11']) expect(a.text).not.toContain(other);
  });
});

describe('"hạn gửi báo cáo" asks the reports\' day', () => {
  it('compared across plans, each plan shows its dated reports, the ones from all its bodies included', () => {
    const a = ask(
      'So sánh hạn gửi báo cáo hằng năm của các sở, địa phương theo kế hoạch chính sách xã hội của Thanh Hóa, Đà Nẵng và Đồng Nai.',
    );
    expect(a.text).toMatch(/• Đà Nẵng: [^\n]*vào ngày 30\/11/);
    expect(a.text).not.toMatch(/• Đà Nẵng: [^\n]*đột xuất/);
    expect(a.text).toContain('10/12');
  });
});
