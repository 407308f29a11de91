/** Follow-ups: only an elliptical message borrows the previous question. */
import { describe, expect, it } from 'vitest';
import { asksAnotherSide, asksSideElsewhere, isElliptical, mergeFollowUp } from '../../src/answer/follow-up';
import { understand } from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus, engine, TODAY } from '../helpers';

const elliptical = (q: string) => isElliptical(understand(q, corpus));
const askAfter = (previous: string, q: string, province?: string) =>
  engine.answer(q, { today: TODAY, previousQuestion: previous, province });

describe('isElliptical', () => {
  it.each([
    'còn Thanh Hóa thì sao?',
    'năm 2030?',
    'còn Sở Y tế?',
    'vậy còn nông thôn thế nào',
    'Đồng Nai?',
    // The unit of the figure asked names no subject.
    'thanh hoa thi bao nhieu m2',
    'Lai Châu bao nhiêu phần trăm?',
    // … with its divisor; the end of the year; the province's own figure.
    'Thanh Hóa đặt mục tiêu bao nhiêu m2 sàn/người đến 2030?',
    'thế Lai Châu thì sao, đến cuối 2025?',
    'thế năm 2030 thì xuống còn bao nhiêu?',
    'Đồng Nai tự đặt chỉ tiêu địa phương năm 2030 là bao nhiêu?',
  ])('«%s» is a follow-up', (q) => expect(elliptical(q)).toBe(true));

  it.each([
    'Kế hoạch của Thanh Hóa phải báo cáo khi nào?',
    'tỷ lệ hộ nghèo Đà Nẵng',
    'Đồng Nai tự chủ tài chính bệnh viện năm 2030?',
    'cảm ơn',
    'còn bao nhiêu ngày nữa',
  ])('«%s» stands alone', (q) => expect(elliptical(q)).toBe(false));
});

describe('mergeFollowUp', () => {
  it('swaps the province, the year or the agency of the previous question', () => {
    expect(mergeFollowUp('tỷ lệ BHYT Quảng Ninh', 'còn Thanh Hóa thì sao?', corpus)).toBe(
      'ty le bhyt thanh hoa',
    );
    expect(mergeFollowUp('tỷ lệ BHYT Đồng Nai năm 2030', 'năm 2025?', corpus)).toBe(
      'ty le bhyt dong nai nam 2025',
    );
    expect(
      mergeFollowUp('Sở Lao động - Thương binh và Xã hội Quảng Ninh được giao gì', 'còn Sở Y tế?', corpus),
    ).toMatch(/^quang ninh duoc giao gi so y te$/);
  });

  it('returns a complete question as it is', () => {
    const q = 'Kế hoạch của Thanh Hóa phải báo cáo khi nào?';
    expect(mergeFollowUp('Sở nào chủ trì nhiệm vụ về nước sạch ở Đà Nẵng?', q, corpus)).toBe(q);
  });
});

describe('answers in a conversation', () => {
  it('answers "còn Đồng Nai thì sao?" with the row of the population, then its 2025 target', () => {
    const first = 'Tỷ lệ bao phủ BHYT mục tiêu của Quảng Ninh là bao nhiêu?';
    const second = askAfter(first, 'còn Đồng Nai thì sao?');
    expect(second.text).toContain('mục 4.6');
    expect(second.text).not.toContain('mục 7.5');
    const third = askAfter(mergeFollowUp(first, 'còn Đồng Nai thì sao?', corpus), 'còn năm 2025?');
    expect(third.found).toBe(true);
    expect(third.text).toContain('95%');
  });

  it('does not let the default province narrow a comparison', () => {
    const a = ask('so sánh tỷ lệ bao phủ BHYT giữa các tỉnh', 'Lai Châu');
    expect(a.provinces.length).toBeGreaterThan(2);
    expect(ask('tỉnh nào có mục tiêu BHYT cao nhất?', 'Lai Châu').provinces.length).toBeGreaterThan(2);
  });
});

describe('a follow-up that asks another side of the same subject', () => {
  it('"ai chủ trì?" after a target asks who leads that target', () => {
    const a = askAfter(
      'Đồng Nai đặt mục tiêu tỷ lệ hộ gia đình nông thôn dùng nước sạch năm 2030 bao nhiêu?',
      'ai chủ trì?',
    );
    expect(a.intent).toBe('agency');
    expect(a.text).toMatch(/Chủ trì: Sở Nông nghiệp và Phát triển nông thôn/i);
    expect(a.text).not.toContain('Chủ trì: Sở Lao động');
  });
  it('"phối hợp với ai?" after "ai chủ trì … của các đơn vị thuộc Sở LĐTBXH?" asks the partners of that duty', () => {
    // The body is part of what the previous question asked who leads, not the body the follow-up asks about.
    const a = askAfter(
      'Đồng Nai: ai chủ trì tham mưu phê duyệt danh mục vị trí việc làm của các đơn vị thuộc Sở LĐTBXH?',
      'phối hợp với ai?',
    );
    expect(a.text).toContain('phối hợp: Sở Nội vụ');
    expect(a.text).not.toContain('được nêu là cơ quan phối hợp với');
    // A follow-up about a body the previous question asked about keeps it.
    const b = askAfter('Bảo hiểm xã hội tỉnh Đồng Nai phối hợp với những sở nào?', 'còn Sở Y tế?');
    expect(b.text).toMatch(/Sở Y tế/);
  });
  it('"hạn khi nào?" after a duty asks its timeframe', () => {
    const previous = 'Đồng Nai: ai chủ trì hỗ trợ người có công sửa chữa nhà ở?';
    // The previous question's topic and its province ("có", "ở" kept whole only with the engine's phrases).
    expect(mergeFollowUp(previous, 'hạn khi nào?', corpus)).toMatch(
      /^hạn khi nào\? ho tro nguoi .*sua chua nha.*dong nai$/,
    );
    expect(mergeFollowUp(previous, 'hạn khi nào?', corpus, (b) => b === 'co_cong' || b === 'nha_o')).toBe(
      'hạn khi nào? ho tro nguoi co cong sua chua nha o dong nai',
    );
    const a = askAfter(previous, 'hạn khi nào?');
    expect(a.text).toContain('Khi có chính sách ban hành');
  });
  it('"ai theo dõi chỉ tiêu này?" asks who leads the target just discussed', () => {
    const a = askAfter(
      'Đồng Nai phấn đấu thu nhập bình quân đầu người của hộ nghèo tăng bao nhiêu lần so với năm 2021?',
      'cơ quan nào theo dõi?',
    );
    expect(a.text).toContain('Chủ trì: Cục Thống kê tỉnh');
    // A row that names no body says so, rather than borrowing a body from a row that "theo dõi" something.
    const b = askAfter(
      'Đồng Nai đặt mục tiêu mức giảm tỷ lệ hộ nghèo dân tộc thiểu số mỗi năm là bao nhiêu?',
      'ai theo dõi chỉ tiêu này?',
    );
    expect(b.found).toBe(false);
    expect(b.text).toContain('không ghi cơ quan chủ trì');
  });
  it('"số liệu Trung ương giao thì sao?" reads the other column of the same row', () => {
    const a = askAfter(
      'Đồng Nai phấn đấu tỷ lệ lực lượng lao động trong độ tuổi tham gia BHTN đến năm 2030 là bao nhiêu?',
      'số liệu Trung ương giao thì sao?',
    );
    expect(a.text).toContain('chỉ tiêu Trung ương: năm 2030: 45%');
  });
  it('a question with its own subject stands alone, and a greeting borrows nothing', () => {
    const q = 'tỷ lệ hộ nghèo Đà Nẵng';
    expect(mergeFollowUp('ai chủ trì BHYT ở Quảng Ninh?', q, corpus)).toBe(q);
    expect(mergeFollowUp('ai chủ trì BHYT ở Quảng Ninh?', 'cảm ơn', corpus)).toBe('cảm ơn');
  });
});

describe('short follow-ups asking another side: a day, when, where it is written', () => {
  it('"hạn ngày nào?", "làm khi nào?" keep the previous subject, however it was typed', () => {
    expect(
      mergeFollowUp(
        'hang nam cac co quan, don vi gui bao cao ket qua thuc hien KH 10 ve dau?',
        'hạn ngày nào?',
        corpus,
      ),
    ).toMatch(/bao cao ket qua .*kh 10/);
    const a = askAfter(
      'dong nai: ai chu tri sua chua, nang cap Co so dieu tri nghien ma tuy tinh?',
      'làm khi nào?',
    );
    expect(a.text).toContain('Thời gian: Hằng năm');
  });
  it('"thế còn Sở Y tế?" after a question about the plan’s standing body asks what the plan gives Sở Y tế', () => {
    const a = askAfter(
      'Theo KH 91 Quảng Ninh, cơ quan thường trực triển khai thực hiện Kế hoạch là ai?',
      'thế còn Sở Y tế thì sao?',
    );
    expect(a.intent).toBe('assignments');
    expect(a.text).toMatch(/^Sở Y tế chủ trì/);
    expect(a.text).toContain('thuộc lĩnh vực Y tế');
  });
  it('"chỉ tiêu địa phương năm 2030 bao nhiêu?" asks the figure of the target the previous question named', () => {
    const a = askAfter(
      'Đồng Nai: cơ quan nào chủ trì theo dõi chỉ tiêu tỷ lệ dân số tham gia BHYT?',
      'chỉ tiêu địa phương năm 2030 bao nhiêu?',
    );
    expect(a.text).toContain('Tỷ lệ dân số tham gia BHYT');
    expect(a.text).toContain('>97%');
  });
  it('"Sở Y tế chủ trì thì phối hợp với cơ quan nào?" asks the partners of the subject just discussed', () => {
    const previous = 'Đến 2030 tỷ lệ dân số tham gia BHYT của Thanh Hóa phải đạt bao nhiêu?';
    expect(mergeFollowUp(previous, 'Sở Y tế chủ trì thì phối hợp với cơ quan nào?', corpus)).toMatch(/bhyt/);
    expect(askAfter(previous, 'Sở Y tế chủ trì thì phối hợp với cơ quan nào?').text).toContain(
      'Bảo hiểm xã hội tỉnh',
    );
    // With no previous question it stands alone.
    expect(mergeFollowUp('', 'Sở Y tế chủ trì thì phối hợp với cơ quan nào?', corpus)).toBe(
      'Sở Y tế chủ trì thì phối hợp với cơ quan nào?',
    );
  });
  it('"chỉ tiêu đó giao cho sở nào đôn đốc?" asks who oversees the target just discussed', () => {
    const a = askAfter(
      'Theo KH 91/KH-UBND của Quảng Ninh, bao nhiêu % người dân sử dụng điện thoại thông minh?',
      'Chỉ tiêu đó giao cho sở nào đôn đốc?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('Sở Thông tin và Truyền thông');
  });
  it('"chỉ tiêu bao nhiêu %", "mấy phần trăm" ask the figure in its unit, of the same subject', () => {
    const previous = 'Lai Châu giao sở nào lo nước sạch nông thôn?';
    expect(mergeFollowUp(previous, 'chỉ tiêu bao nhiêu %', corpus)).toMatch(/nuoc sach nong thon lai chau$/);
    expect(mergeFollowUp(previous, 'mấy phần trăm?', corpus)).toMatch(/nuoc sach nong thon lai chau$/);
    expect(askAfter(previous, 'chỉ tiêu bao nhiêu %').text).toContain('93%');
  });
});

describe('a question with its own subject, in a conversation about one province', () => {
  it('is answered for that province when it names none and the chat has none set', () => {
    const a = engine.answer('kết quả báo cáo lên những đâu?', {
      today: TODAY,
      previousQuestion: 'Ở Lai Châu, cơ quan nào chủ trì thực hiện Kế hoạch 767 về an sinh xã hội?',
    });
    expect(a.text).toContain('Bộ Lao động - Thương binh và Xã hội');
    expect(a.sources.every((s) => s.planNumber === '767/KH-UBND')).toBe(true);
  });
  it('a comparison, or a previous question about several provinces, is not narrowed', () => {
    const a = engine.answer('so sánh tỷ lệ BHYT các tỉnh', {
      today: TODAY,
      previousQuestion: 'Lai Châu đặt mục tiêu BHXH bao nhiêu?',
    });
    expect(new Set(a.sources.map((s) => s.planNumber)).size).toBeGreaterThan(1);
  });
});

describe('"thế còn X?" goes on in the same province', () => {
  it("keeps the previous question's province and plan when it names none", () => {
    const merged = mergeFollowUp(
      'Thanh Hóa đặt mục tiêu bao nhiêu % lực lượng lao động tham gia BHXH đến 2030?',
      'thế còn bảo hiểm thất nghiệp?',
      corpus,
    );
    // Another insurance is asked the same way, the previous question's words kept.
    expect(merged).toBe(
      'thanh hoa dat muc tieu bao nhieu % luc luong lao dong tham gia bao hiem that nghiep den 2030?',
    );
    const a = askAfter(
      'Thanh Hóa đặt mục tiêu bao nhiêu % lực lượng lao động tham gia BHXH đến 2030?',
      'thế còn bảo hiểm thất nghiệp?',
    );
    expect(a.text).toContain('trên 45%');
    expect(a.text).not.toContain('Đồng Nai');
  });
  it('asks the new subject as the previous question asked its own: who leads it', () => {
    const a = askAfter(
      'thanh hoa ai chu tri chinh sach nha o xa hoi, ky tuc xa cho cong nhan',
      'con nuoc sach nong thon?',
    );
    expect(a.intent).toBe('agency');
    expect(a.text).toContain('Chủ trì: Sở Nông nghiệp và Phát triển nông thôn');
  });
  it('"thế bên Quảng Ninh tổ chức lúc nào?" asks when the same thing is held there', () => {
    const a = askAfter(
      'Đồng Nai: Tháng hành động vì bình đẳng giới do sở nào chủ trì, làm khi nào?',
      'thế bên Quảng Ninh tổ chức lúc nào?',
    );
    expect(a.text).toContain('từ ngày 15 tháng 11 đến ngày 15 tháng 12 hàng năm');
  });
  it('"còn thể nhẹ cân thì sao" typed without diacritics: a term of art is a subject, not "nhé"', () => {
    const a = askAfter(
      'Lai Châu đặt mục tiêu tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi năm 2025 là bao nhiêu?',
      'con the nhe can thi sao',
    );
    expect(a.text).toContain('dưới 12%');
  });
  it('"thế mốc 2025?" asks the same target for another year', () => {
    const a = askAfter('Đồng Nai đặt mục tiêu tuổi thọ trung bình đến 2030 là bao nhiêu?', 'thế mốc 2025?');
    expect(a.text).toContain('74,5');
  });
  it('"sở đó" is the body the previous answer named (the plan\'s standing body, a duty\'s lead)', () => {
    const a = askAfter(
      'Cơ quan nào chủ trì thực hiện KH 767 của Lai Châu?',
      'ngoai ubnd tinh, so do con phai bao cao bo nao',
    );
    expect(a.text).toContain('Bộ Lao động - Thương binh và Xã hội');
    const b = askAfter(
      'Lai Châu: ai lo hỗ trợ nhà ở cho hộ nghèo, hộ đồng bào dân tộc thiểu số vùng đặc biệt khó khăn?',
      'sở đó chủ trì hay chỉ phối hợp?',
    );
    expect(b.text).toMatch(/^Theo kế hoạch, Sở Xây dựng phối hợp thực hiện việc này, không chủ trì/);
  });
  it('"sở đấy" too; put in the question\'s own spelling, its "còn … nữa" stay question words', () => {
    const a = askAfter(
      'Trong KH 91 của Quảng Ninh, cơ quan thường trực triển khai kế hoạch là sở nào?',
      'sở đấy còn phải làm những việc gì nữa?',
    );
    expect(a.text).toContain('Là cơ quan thường trực triển khai thực hiện Kế hoạch này');
    const b = askAfter(
      'thanh hoa so nao chu tri mo rong tin dung chinh sach xa hoi',
      'so do con phai thuc day chinh sach gi nua?',
    );
    expect(b.found).toBe(true);
    expect(b.text).toContain('Sở Tài chính');
  });
  it('"NQ đó" is the document the previous answer cited from the plan\'s body; "ngày bao nhiêu" asks its day', () => {
    const a = askAfter(
      'Mức chuẩn trợ giúp xã hội ở Đà Nẵng được thông qua ở nghị quyết nào?',
      'NQ đó ngày bao nhiêu?',
    );
    expect(a.text).toMatch(/^Đà Nẵng: Nghị quyết số 34\/2021\/NQ-HĐND ngày 12\/08\/2021/);
    expect(ask('Nghị quyết 34/2021/NQ-HĐND ngày bao nhiêu?').text).toContain('ngày 12/08/2021');
  });
  it('"nhóm việc đó" points back at the previous subject', () => {
    const a = askAfter(
      'Đà Nẵng có triển khai Đề án chuyển đổi số của thành phố đến 2025 trong KH 10 không?',
      'so nao chu tri nhom viec do?',
    );
    expect(a.text).toMatch(/^Đà Nẵng: Chủ trì: Sở Thông tin và Truyền thông/);
  });
  it('"so do" typed without diacritics is "số đó" unless a verb of duty follows', () => {
    const a = askAfter('Tỷ lệ hộ nghèo Quảng Ninh năm 2025?', 'so do la bao nhieu');
    expect(a.found).toBe(true);
    expect(a.text).toContain('hộ nghèo');
    expect(a.text).not.toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội.\n  Nội dung');
  });
  it('a province it names is its own', () => {
    const q = 'còn Lai Châu có chỉ tiêu BHTN không?';
    expect(mergeFollowUp('tỷ lệ BHXH Thanh Hóa 2030', q, corpus)).toBe(q);
  });
});

describe('a follow-up that changes a slot and asks another side at once', () => {
  it('"mục tiêu đến 2025 là bao nhiêu?" after "cơ quan nào chủ trì về BHTN?" asks the figure for 2025', () => {
    const a = askAfter(
      'Ở Đà Nẵng, cơ quan nào chủ trì về bảo hiểm thất nghiệp?',
      'mục tiêu đến 2025 là bao nhiêu?',
    );
    expect(a.intent).toBe('target');
    expect(a.text).toContain('40% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp');
  });
  it('"năm 2030 thì sao?" keeps the way the previous question asked', () => {
    expect(mergeFollowUp('tỷ lệ BHYT Đồng Nai năm 2030', 'năm 2025?', corpus)).toBe(
      'ty le bhyt dong nai nam 2025',
    );
  });
  it('"sở nào chịu trách nhiệm?", "diễn ra khi nào?" ask about the previous subject', () => {
    const who = askAfter(
      'Quảng Ninh đặt mục tiêu bao nhiêu bác sĩ trên 1 vạn dân?',
      'sở nào chịu trách nhiệm?',
    );
    expect(who.text).toContain('Chủ trì: Sở Y tế');
    const when = askAfter(
      'Quảng Ninh có tổ chức Tháng hành động vì bình đẳng giới không?',
      'diễn ra khi nào?',
    );
    expect(when.text).toContain('từ ngày 15 tháng 11 đến ngày 15 tháng 12 hàng năm');
  });
});

describe('a follow-up that moves the subject and asks another side of it', () => {
  it('"ở Quảng Ninh thì sở nào chủ trì?" asks who leads the previous subject in Quảng Ninh', () => {
    const a = askAfter(
      'Ở Lai Châu sở nào lo nước sạch và vệ sinh môi trường nông thôn?',
      'ở Quảng Ninh thì sở nào chủ trì?',
    );
    expect(a.text.split('\n')[0]).toMatch(/^Quảng Ninh: Chủ trì: Sở Nông nghiệp và Phát triển nông thôn/);
    expect(a.text).not.toContain('thường trực');
  });

  it('"nông thôn thì sở nào chủ trì?" swaps the area of the target just discussed', () => {
    const a = askAfter(
      'Đồng Nai năm 2030 tỷ lệ hộ thành thị dùng nước sạch theo quy chuẩn do ai chủ trì?',
      'nông thôn thì sở nào chủ trì?',
    );
    expect(a.text).toContain('Tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn — Nông thôn');
    expect(a.text).not.toContain('nông thôn mới');
  });

  it('"cơ quan nào theo dõi, đánh giá chỉ tiêu này?" keeps the target', () => {
    const a = askAfter(
      'Đồng Nai tuổi thọ trung bình năm 2030 là bao nhiêu?',
      'cơ quan nào theo dõi, đánh giá chỉ tiêu này?',
    );
    expect(a.text).toMatch(/^Đồng Nai: Chủ trì: Sở Y tế/);
  });

  it('a body named is no such move (it swaps the body), nor a question with its own subject', () => {
    expect(asksSideElsewhere(understand('Sở Y tế Lai Châu thì chủ trì gì?', corpus))).toBe(false);
    expect(asksSideElsewhere(understand('ở Quảng Ninh tỷ lệ hộ nghèo bao nhiêu?', corpus))).toBe(false);
    expect(asksSideElsewhere(understand('ở Quảng Ninh thì sở nào chủ trì?', corpus))).toBe(true);
  });
});

describe('a follow-up that points back ("chỉ tiêu trên", "cái đó", "quyết định đó", "việc này")', () => {
  it('carries the previous subject and asks only the new side', () => {
    const figure = askAfter(
      'Quảng Ninh: tỷ lệ lao động qua đào tạo năm 2025 là bao nhiêu?',
      'cơ quan nào chủ trì cái đó?',
    );
    expect(figure.text).toMatch(/^(?:• )?Quảng Ninh: Chủ trì: Sở Lao động - Thương binh và Xã hội/);
    expect(figure.text).toContain('87,5%');
    const plan = askAfter(
      'Đà Nẵng triển khai đề án xây dựng, nâng cấp, mở rộng trường học theo quyết định nào?',
      'quyết định đó ban hành ngày nào?',
    );
    expect(plan.text).toContain('2435/QĐ-UBND');
  });

  it('"… đến năm nào?" does not carry the previous question’s year', () => {
    expect(
      mergeFollowUp(
        'tỷ lệ lao động qua đào tạo của Thanh Hóa đến 2030?',
        'còn Lai Châu thì chỉ tiêu đó bao nhiêu, đến năm nào?',
        corpus,
      ),
    ).not.toContain('2030');
  });

  it('"về việc …" only brings the subject; "về việc làm" is jobs', () => {
    expect(
      understand('Đà Nẵng có mục tiêu gì về việc học sinh tiểu học học 2 buổi/ngày?', corpus).topic,
    ).not.toMatch(/\bviec\b/);
    expect(understand('Quảng Ninh đặt mục tiêu gì về việc làm?', corpus).topic).toMatch(/\bviec lam\b/);
  });
});

describe('a figure asked after a question about who carries a duty', () => {
  it('drops the duty’s frame ("giao … thực hiện chương trình") from the subject', () => {
    const merged = mergeFollowUp(
      'lai chau giao so nao thuc hien chuong trinh nuoc sach nong thon?',
      'muc tieu la bao nhieu?',
      corpus,
    );
    expect(merged).not.toMatch(/\b(?:giao|thuc hien|chuong trinh)\b/);
    expect(merged).toContain('nuoc sach');
  });
});

describe('"cơ quan phối hợp gồm những ai?" asks the partners of the previous subject', () => {
  it('keeps the previous subject', () => {
    expect(asksAnotherSide(understand('cơ quan phối hợp gồm những ai?', corpus))).toBe(true);
  });
});

describe('follow-ups asking where it is written, its deadline, or putting a body forward', () => {
  it('"nằm ở mục nào?", "dòng nào …?", "hạn chót … ngày nào?" and "có phải X chủ trì không?" keep the subject', () => {
    const where = askAfter(
      'Thanh Hóa đặt mục tiêu tỷ số giới tính khi sinh đến 2030 là bao nhiêu?',
      'ý đó nằm ở mục nào trong KH?',
    );
    expect(where.text).toContain('mục II.2.1.b');
    const claim = askAfter(
      'Đồng Nai: chỉ tiêu tỷ lệ lực lượng lao động tham gia BHXH do cơ quan nào chủ trì?',
      'có phải Sở LĐTBXH chủ trì không?',
    );
    expect(claim.text.split('\n')[0]).toMatch(/^Không: /);
    expect(claim.text).toContain('Chủ trì: Bảo hiểm xã hội tỉnh');
  });
});

// "mảng này", "nhóm nhiệm vụ đó", "lĩnh vực ấy": pointers to what was just answered, no subject of their own.
describe('pointers to a field or group just answered', () => {
  it('carries the previous subject after "mảng này"', () => {
    const a = askAfter(
      'Quảng Ninh phấn đấu tỷ lệ trường đạt chuẩn quốc gia bao nhiêu?',
      'thế sở nào chủ trì mảng này?',
    );
    expect(a.text).toMatch(/Chủ trì: Sở Giáo dục và Đào tạo/);
    expect(a.text).not.toMatch(/Sở Xây dựng/);
  });
});

// "Vậy là Sở LĐTBXH à?" puts a body forward with no verb, after a question of who leads.
describe('a bare claim after a who-question', () => {
  const who = 'KH 91 Quảng Ninh: ai chủ trì triển khai các chỉ tiêu, giải pháp thuộc lĩnh vực Y tế?';
  it('says no, with the lead, when the body put forward does not lead', () => {
    const a = askAfter(who, 'vậy là Sở LĐTBXH à?');
    expect(a.text).toMatch(/^Không: /);
    expect(a.text).toMatch(/Chủ trì: Sở Y tế/);
  });
  it('says yes when it does, typed without a question mark', () => {
    expect(askAfter(who, 'là Sở Y tế hả').text).toMatch(/^Đúng: /);
  });
  it('is no claim when no body stands after "là"', () => {
    expect(understand('vậy là năm 2025 à?', corpus).claimed).toBeUndefined();
  });
});

// "Có phải Sở Y tế chủ trì thực hiện cả KH không?" asks about the plan as a whole: its coordinator.
describe('a claim about the plan as a whole', () => {
  it('answers with the coordinator and a verdict, in the province just discussed', () => {
    const a = askAfter(
      'Lai Châu giao Sở Y tế làm những việc gì trong KH an sinh xã hội?',
      'có phải Sở Y tế chủ trì thực hiện cả KH không?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Y tế chủ trì thực hiện kế hoạch/);
    expect(a.text).toMatch(/Sở Lao động - Thương binh và Xã hội/);
  });
});

// "thế Đà Nẵng?" after "Thanh Hóa … báo cáo KH 68 …": the plan named by its number goes with its province.
describe('a follow-up naming another province', () => {
  it('drops the previous plan number with the previous province', () => {
    const merged = mergeFollowUp(
      'Thanh Hóa định kỳ báo cáo KH 68 trước ngày nào hằng năm?',
      'thế Đà Nẵng?',
      corpus,
    );
    expect(merged).toMatch(/da nang/);
    expect(merged).not.toMatch(/\b68\b/);
    const a = askAfter('Thanh Hóa định kỳ báo cáo KH 68 trước ngày nào hằng năm?', 'thế Đà Nẵng?');
    expect(a.text).toContain('30/11');
    expect(a.text).not.toContain('10/12');
  });
  it('"phấn đấu 2030 của tỉnh là bao nhiêu?" after a who-question carries the target', () => {
    const a = askAfter(
      'Ở Đồng Nai ai chủ trì chỉ tiêu tỷ lệ dân số tham gia BHYT?',
      'phấn đấu 2030 của tỉnh là bao nhiêu?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/97/);
  });
});

describe('"hạn nộp" asks the deadline of what was just discussed', () => {
  it('reads "hạn nộp hằng năm ngày mấy?" after a reporting question as its deadline', () => {
    const a = askAfter('KH 10 Đà Nẵng thì sở nào tổng hợp báo cáo UBND TP?', 'hạn nộp hằng năm ngày mấy?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('30/11');
  });
});

describe('follow-ups asking a day or a year', () => {
  it('"ký hôm nào thế?" after who signed asks the signing day', () => {
    const a = askAfter('Kế hoạch 767 của UBND tỉnh Lai Châu do ai ký?', 'ký hôm nào thế?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('31/03/2021');
  });
  it('"còn … đến hết năm nào …?" does not carry the previous question\'s year', () => {
    const merged = mergeFollowUp(
      'GRDP bình quân đầu người QN đến 2025?',
      'con nong thon moi thi den het nam nao 100% xa dat chuan?',
      corpus,
    );
    expect(merged).not.toMatch(/2025/);
    expect(merged).toMatch(/quang ninh|kh 91/);
  });
});

describe('a partner put forward for the subject just discussed', () => {
  it('"có phối hợp với BHXH tỉnh ko?" is asked of the previous duty', () => {
    const a = askAfter(
      'Ở Thanh Hóa, cơ quan nào chủ trì nghiên cứu chính sách hỗ trợ nông dân, lao động phi chính thức tham gia BHXH tự nguyện?',
      'co phoi hop voi BHXH tinh ko?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không ghi Bảo hiểm xã hội tỉnh phối hợp/);
    expect(a.text).toContain('lao động khu vực phi chính thức tham gia BHXH tự');
  });
});

describe('a figure put forward for the subject just discussed', () => {
  it('"có phải 8.500 người không?" is asked of the previous target', () => {
    const a = askAfter('Lai Châu mỗi năm đào tạo nghề cho bao nhiêu người?', 'có phải 8.500 người không?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('đào tạo nghề cho 8.000 người');
  });

  it('"đúng 70% không?" too, and a figure with words of its own is a question of its own', () => {
    const a = askAfter(
      'Đến 2030 Thanh Hóa phấn đấu trên bao nhiêu % hộ gia đình có truy nhập Internet băng rộng cáp quang?',
      'đúng 70% không?',
    );
    expect(a.text).toContain('trên 75% hộ gia đình có truy nhập Internet');
    const b = askAfter(
      'Lai Châu mỗi năm đào tạo nghề cho bao nhiêu người?',
      'có phải 95% dân số tham gia BHYT không?',
    );
    expect(b.text).not.toContain('đào tạo nghề');
  });
});

describe('the one addressed, and a place named to compare', () => {
  it('"đúng 98% không bạn?" puts the figure forward as "đúng 98% không?" does', () => {
    const a = askAfter(
      'Thanh Hóa mục tiêu tỷ lệ dân số tham gia BHYT đến năm 2030 là bao nhiêu?',
      'đúng 98% không bạn?',
    );
    expect(a.text).toMatch(/^Không/);
    expect(a.text).toContain('Trên 95% dân số tham gia bảo hiểm y tế');
    expect(elliptical('ad ơi còn Lai Châu?')).toBe(true);
  });

  it('"so với Lai Châu thì bên nào đặt cao hơn?" asks the previous subject in both places', () => {
    expect(
      mergeFollowUp(
        'da nang muc tieu bao phu bhyt toan dan la bao nhieu',
        'so với Lai Châu thì bên nào đặt cao hơn?',
        corpus,
      ),
    ).toBe('da nang muc tieu bao phu bhyt toan dan la bao nhieu, so với Lai Châu thì bên nào đặt cao hơn?');
    const a = askAfter(
      'da nang muc tieu bao phu bhyt toan dan la bao nhieu',
      'so với Lai Châu thì bên nào đặt cao hơn?',
    );
    expect(a.text).toContain('99%');
    expect(a.text).toContain('98%');
    // Another place without a comparison moves the subject there.
    expect(
      mergeFollowUp('da nang muc tieu bao phu bhyt la bao nhieu', 'còn Lai Châu?', corpus),
    ).not.toContain('da nang');
  });
});

describe('a day asked of the report just discussed', () => {
  it('"trước ngày nào?" after who advises reporting to the Ban Thường vụ gives that report\'s day', () => {
    const a = askAfter(
      'Ở Đồng Nai, ai tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện KH 230?',
      'trước ngày nào?',
    );
    expect(a.text).toContain('báo cáo Ban Thường vụ Tỉnh ủy: trước ngày 30 tháng 11');
  });
  it('keeps the group that reports ("các sở …") as part of the subject', () => {
    expect(
      mergeFollowUp(
        'Đồng Nai KH 230, các sở báo cáo kết quả qua cơ quan nào?',
        'trước ngày nào hằng năm?',
        corpus,
      ),
    ).toContain('cac so');
    const a = askAfter(
      'Đồng Nai KH 230, các sở báo cáo kết quả qua cơ quan nào?',
      'trước ngày nào hằng năm?',
    );
    expect(a.text).toContain('trước ngày 10 tháng 11');
    expect(a.text).not.toContain('Ban Thường vụ');
  });
});

describe('another insurance asked the same way', () => {
  it('"còn BHXH?" after a BHYT target asks the BHXH target, not the body BHXH tỉnh', () => {
    expect(mergeFollowUp('Thanh Hoa: bao nhieu % dan so tham gia BHYT den 2030?', 'còn BHXH?', corpus)).toBe(
      'thanh hoa: bao nhieu % dan so tham gia bhxh den 2030?',
    );
    const a = askAfter('Thanh Hoa: bao nhieu % dan so tham gia BHYT den 2030?', 'còn BHXH?');
    expect(a.text).toContain('60% lực lượng lao động');
    // "BHXH tỉnh" names the body: a question of its own kind.
    expect(
      mergeFollowUp('Thanh Hoa: bao nhieu % dan so tham gia BHYT den 2030?', 'còn BHXH tỉnh?', corpus),
    ).not.toBe('thanh hoa: bao nhieu % dan so tham gia bhxh tinh den 2030?');
  });
});

describe('a body named after a question about the plan', () => {
  it('asks its duties when that is all it asks, and its own question otherwise', () => {
    const p = 'Sở LĐTBXH Thanh Hóa là cơ quan đầu mối của KH 68 phải không?';
    expect(mergeFollowUp(p, 'Sở Lao động - Thương binh và Xã hội báo cáo cho ai?', corpus)).not.toContain(
      'được giao những nhiệm vụ gì',
    );
    expect(
      mergeFollowUp('Ở Lai Châu cơ quan nào chủ trì thực hiện KH 767?', 'thế còn Sở Y tế thì sao?', corpus),
    ).toMatch(/^Sở Y tế được giao những nhiệm vụ gì/);
  });
});

describe('"ngoài X ra, còn ai …?": the body named is left out, the subject just discussed asked again', () => {
  it('reads no body asked, and carries the previous subject', () => {
    const q = understand('ngoài Sở LĐTBXH ra thì còn cơ quan nào cùng chủ trì ko?', corpus);
    expect(q.agency).toBeNull();
    expect(q.topic).toBe('');
    // A body named without "ngoài … ra" is still the subject.
    expect(understand('Sở LĐTBXH chủ trì những gì?', corpus).agency).toBe(
      'Sở Lao động - Thương binh và Xã hội',
    );
    const a = askAfter(
      'Ở Đà Nẵng, nhóm nhiệm vụ về BHXH, BHYT, BHTN do ai chủ trì thực hiện?',
      'ngoài Sở LĐTBXH ra thì còn cơ quan nào cùng chủ trì ko?',
    );
    expect(a.text).toContain('Bảo hiểm xã hội thành phố');
    expect(a.text).toContain('BHXH, BHYT, BHTN');
  });
});

describe('a follow-up naming another body and asking what it was given', () => {
  it("is that body's duties in the same plan, not the previous duty asked again of it", () => {
    const a = askAfter(
      'Theo KH 767 Lai Châu, ai tham mưu phân bổ vốn đầu tư công cho các chương trình an sinh xã hội?',
      'thế còn Sở Tài chính thì được giao việc gì?',
    );
    expect(a.text).toMatch(/^Sở Tài chính chủ trì/);
    expect(a.text).toContain('cân đối các nguồn vốn');
  });
  it('"tức là giao X chủ trì phải ko?" puts X forward for the subject just discussed', () => {
    const a = askAfter(
      'Trong kế hoạch 68 của Thanh Hóa, việc mở rộng tín dụng chính sách xã hội để hỗ trợ vốn vay tạo việc làm được giao cho cơ quan nào?',
      'tức là giao Ngân hàng Chính sách xã hội chủ trì phải ko?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không giao Ngân hàng Chính sách xã hội chủ trì việc này\./);
    expect(a.text).toContain('Chủ trì: Sở Tài chính');
  });
});

describe('"có cả … không?": whether the answer just given includes something', () => {
  it('is the previous question with the words asked about', () => {
    const prev = 'Kinh phí thực hiện Kế hoạch 91 Quảng Ninh lấy từ đâu?';
    expect(mergeFollowUp(prev, 'có cả tiền viện trợ, tài trợ không?', corpus)).toBe(
      'Kinh phí thực hiện Kế hoạch 91 Quảng Ninh lấy từ đâu, có cả tiền viện trợ, tài trợ không?',
    );
    // A body put forward, or a place named, is not this.
    expect(mergeFollowUp(prev, 'có cả Đà Nẵng không?', corpus)).not.toMatch(
      /^Kinh phí thực hiện Kế hoạch 91/,
    );
    const a = engine.answer('có cả tiền viện trợ, tài trợ không?', { today: TODAY, previousQuestion: prev });
    expect(a.found).toBe(true);
    expect(a.text).toContain('tài trợ, viện trợ');
  });
});

describe('follow-ups on a duty just discussed', () => {
  it('"ai phối hợp với Sở GD&ĐT việc này?" asks the partners in that duty', () => {
    const prev = 'Đồng Nai: ai tham mưu tổ chức lớp bồi dưỡng ngoại ngữ cho cán bộ, công chức, viên chức?';
    expect(mergeFollowUp(prev, 'ai phối hợp với Sở GD&ĐT việc này?', corpus)).toMatch(/ngoai ngu/);
    const a = engine.answer('ai phối hợp với Sở GD&ĐT việc này?', { today: TODAY, previousQuestion: prev });
    expect(a.text).toContain('Sở Ngoại vụ, Sở Nội vụ');
  });
  it('"… thì hạn nào?" asks a deadline: the reports and their days', () => {
    const a = engine.answer('thế còn Sở LĐTBXH báo cáo Ban Thường vụ Tỉnh ủy thì hạn nào?', {
      today: TODAY,
      previousQuestion:
        'Đồng Nai KH 230: các sở, ban, ngành, UBND huyện báo cáo kết quả về UBND tỉnh trước ngày nào?',
    });
    expect(a.text).toContain('báo cáo Ban Thường vụ Tỉnh ủy: trước ngày 30 tháng 11 (30/11 hằng năm)');
  });
});

describe('a year swapped, the rest only the unit of the previous figure', () => {
  it('"thế năm 2030 thì bao nhiêu tuổi?" after a life-expectancy question is the same target', () => {
    const prev = 'Đồng Nai đặt tuổi thọ trung bình 74,5 tuổi năm 2025, cơ quan nào chủ trì chỉ tiêu này?';
    const a = engine.answer('thế năm 2030 thì bao nhiêu tuổi?', { today: TODAY, previousQuestion: prev });
    expect(a.text).toMatch(/^Đồng Nai: Tuổi thọ trung bình/);
    expect(a.text).toContain('năm 2030: 75 Tuổi');
    // A word the previous question did not use is a subject of its own.
    expect(mergeFollowUp(prev, 'thế năm 2030 thì bao nhiêu trẻ em?', corpus)).not.toMatch(/tuoi tho/);
  });
});

describe('a province swapped with the end of the year, or its own figure asked', () => {
  it('keeps the subject of the previous question', () => {
    const trained = askAfter(
      'Quảng Ninh đặt chỉ tiêu tỷ lệ lao động qua đào tạo là bao nhiêu?',
      'thế Lai Châu thì sao, đến cuối 2025?',
      'thế năm 2030 thì xuống còn bao nhiêu?',
    );
    expect(trained.text).toMatch(/^Lai Châu: [^\n]*lao động qua đào tạo[^\n]*62,8%/);
    const bhtn = askAfter(
      'Thanh Hóa đặt mục tiêu bao nhiêu % lực lượng lao động trong độ tuổi tham gia BHTN đến 2030?',
      'Đồng Nai tự đặt chỉ tiêu địa phương năm 2030 là bao nhiêu?',
    );
    expect(bhtn.text).toMatch(
      /^Đồng Nai: Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHTN — chỉ tiêu của tỉnh: năm 2030: 56%/,
    );
  });
});

describe('"… thì KH có đặt con số không?"', () => {
  it('asks the subject just discussed for the year named: not set, said so with what is', () => {
    const a = askAfter(
      'QN phấn đấu tỷ lệ bao phủ BHYT đạt bao nhiêu?',
      'còn mốc năm 2030 thì KH có đặt con số không?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(
      /^Kế hoạch của Quảng Ninh không đặt mục tiêu năm 2030 cho nội dung này\.\nKế hoạch đặt: tỷ lệ bao phủ BHYT đạt trên 95%/,
    );
  });
  it('"thế năm 2030 thì xuống còn bao nhiêu?" keeps the target falling to it', () => {
    const a = askAfter(
      'KH 91/KH-UBND QN: chỉ tiêu giảm tỷ lệ lao động trẻ em và người chưa thành niên từ 5-17 tuổi năm 2025 là bao nhiêu?',
      'thế năm 2030 thì xuống còn bao nhiêu?',
    );
    expect(a.text).toContain('3,5%');
  });
});

describe('a chat goes on in the place it named', () => {
  it('asks a question of its own that names no place of the province the previous one named', () => {
    expect(
      mergeFollowUp(
        'Ai chủ trì trợ giúp pháp lý cho người nghèo ở Đồng Nai?',
        'chỉ tiêu tỷ lệ hộ nghèo năm 2030 là bao nhiêu?',
        corpus,
      ),
    ).toMatch(/dong nai$/);
    // Not one asked of every province, nor one naming its own.
    expect(
      mergeFollowUp('Ai chủ trì trợ giúp pháp lý ở Đồng Nai?', 'tỉnh nào có hạn báo cáo ngày 30/11?', corpus),
    ).toBe('tỉnh nào có hạn báo cáo ngày 30/11?');
    expect(mergeFollowUp('Ai chủ trì trợ giúp pháp lý ở Đồng Nai?', 'tỷ lệ hộ nghèo Lai Châu?', corpus)).toBe(
      'tỷ lệ hộ nghèo Lai Châu?',
    );
  });
  it('"có mấy sở cùng chủ trì, kể ra giúp mình?" asks the leads of the subject just discussed', () => {
    const a = askAfter(
      'Ở Đà Nẵng cơ quan nào chủ trì chương trình nước sạch và vệ sinh môi trường?',
      'có mấy sở cùng chủ trì, kể ra giúp mình?',
    );
    expect(a.text).toContain(
      'Chủ trì: Sở Xây dựng, Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường',
    );
  });
});

describe('a follow-up that names the table’s other column', () => {
  const previous =
    'KH 230 Đồng Nai: chỉ tiêu TW về tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp năm 2025 là bao nhiêu?';
  it('asks the same row in that column, not again in the column asked before', () => {
    const merged = mergeFollowUp(previous, 'còn chỉ tiêu địa phương năm 2025?', corpus);
    expect(merged).not.toMatch(/\btrung uong\b|\btw\b/);
    expect(merged).toContain('chi tieu cua tinh');
    const a = askAfter(previous, 'còn chỉ tiêu địa phương năm 2025?');
    expect(a.text).toMatch(/— chỉ tiêu của tỉnh: năm 2025[^;\n]*: 95%/);
    expect(a.text).not.toMatch(/chỉ tiêu Trung ương: năm 2025[^;\n]*: 90%/);
  });
  it('and the other way round', () => {
    const local =
      'KH 230 Đồng Nai: chỉ tiêu của tỉnh về tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc năm 2025?';
    const merged = fold(mergeFollowUp(local, 'chỉ tiêu trung ương năm 2025?', corpus));
    expect(merged).toMatch(/\b(?:tw|trung uong)\b/);
    expect(merged).not.toContain('cua tinh');
  });
  it('leaves a follow-up that names the same column as it was', () => {
    expect(mergeFollowUp(previous, 'còn TW năm 2030?', corpus)).toContain('chi tieu trung uong ve');
  });
});

describe('"sở đó còn làm gì nữa?" after a question answered with a duty', () => {
  it('asks what else the body that leads it is given', () => {
    const previous = 'dong nai ai chu tri huy dong von vien tro nuoc ngoai cho chinh sach xa hoi';
    expect(mergeFollowUp(previous, 'so ngoai vu con lam gi nua ko', corpus)).toMatch(
      /^Sở Ngoại vụ được giao những nhiệm vụ gì/,
    );
    const a = askAfter(previous, 'so do con lam gi nua ko');
    expect(a.intent).toBe('assignments');
    expect(a.text).toContain('ngoại ngữ');
  });
});

describe('who else, after a question of who leads', () => {
  const previous =
    'Đà Nẵng: cơ quan nào thực hiện nhiệm vụ nâng cao hiệu lực quản lý nhà nước về BHXH, BHYT, BHTN?';

  it('reads "ngoài X thì / còn …" as the body left out, however the clause ends', () => {
    for (const q of [
      'ngoài Sở LĐTBXH thì còn ai chủ trì nữa?',
      'Ngoài Sở LĐTBXH còn cơ quan nào cùng chủ trì?',
    ]) {
      const a = askAfter(previous, q);
      expect(a.text).toContain('Bảo hiểm xã hội thành phố');
      expect(a.text).toContain('BHXH, BHYT, BHTN');
    }
  });

  it('answers "còn ai nữa không, hay chỉ một sở?" with every body of the previous answer', () => {
    const a = askAfter(
      'Đà Nẵng: nhiệm vụ nước sạch, vệ sinh môi trường, phòng mặn do ai chủ trì?',
      'còn ai nữa không, hay chỉ một sở?',
    );
    expect(a.found).toBe(true);
    for (const body of [
      'Sở Xây dựng',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Tài nguyên và Môi trường',
    ])
      expect(a.text).toContain(body);
    // Not after a question of something else: "còn ai nữa" then has no bodies to go back to.
    expect(mergeFollowUp('Lai Châu đặt mục tiêu BHXH bao nhiêu?', 'còn ai nữa không?', corpus)).not.toBe(
      'Lai Châu đặt mục tiêu BHXH bao nhiêu?',
    );
  });
});

describe('when, after a question about reports', () => {
  it('asks when the reports just asked about are due', () => {
    const previous = 'Thanh Hóa: các sở báo cáo tình hình thực hiện KH 68 gửi về đâu?';
    const merged = mergeFollowUp(previous, 'hạn chót mỗi năm là khi nào?', corpus);
    expect(merged).toMatch(/^bao cao cac so kh 68/);
    const a = askAfter(previous, 'hạn chót mỗi năm là khi nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('10/12');
    // A follow-up with a subject of its own is not taken for the reports' due date.
    expect(mergeFollowUp(previous, 'hạn chót xóa nhà tạm là khi nào?', corpus)).not.toMatch(/^bao cao/);
  });
});

describe('a follow-up pointing back with "tỷ lệ này", "nó", "số đó"', () => {
  it('"tỷ lệ này" in another province is the previous question\'s rate there', () => {
    const a = askAfter(
      'KH 91 Quảng Ninh đặt tỷ lệ lao động qua đào tạo đạt bao nhiêu?',
      'thế Lai Châu đặt mục tiêu tỷ lệ này đến cuối 2025 là bao nhiêu?',
    );
    expect(a.text).toContain('62,8%');
    expect(a.text).not.toContain('bảo hiểm y tế');
  });
  it('"nó" opening the message is the subject just asked about', () => {
    const a = askAfter(
      'Lai Châu: đến 2025 bao nhiêu % hộ gia đình được công nhận đạt chuẩn văn hóa?',
      'nó nằm ở mục nào trong kế hoạch?',
    );
    expect(a.text.split('\n')[0]).toBe('Lai Châu: nằm ở mục II.8 của KH 767/KH-UBND — «8. Về văn hóa».');
    expect(elliptical('nó ở Lai Châu thì sao?')).toBe(true);
  });
  it('"số đó lấy ở mục nào" names an annex row\'s place as the plan does', () => {
    const a = askAfter(
      'Tỷ lệ việc làm phi chính thức của Đồng Nai đến 2025 (chỉ tiêu địa phương) là bao nhiêu?',
      'số đó lấy ở mục nào trong kế hoạch?',
    );
    expect(a.text.split('\n')[0]).toBe('Đồng Nai: nằm ở Phụ lục I, mục 2.3 của KH 230/KH-UBND — «Nhóm 2».');
  });
});

describe('an annex named in the question', () => {
  it('its rows come before the body text that shares the words', () => {
    const a = ask('Đồng Nai: nhiệm vụ trợ giúp pháp lý ở Phụ lục II có thời gian thực hiện thế nào?');
    expect(a.text).toContain('Thời gian: Thường xuyên');
    expect(a.text).toContain('Phụ lục II, mục 25');
  });
});
