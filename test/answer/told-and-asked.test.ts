/**
 * What a message tells and what it asks: a question told as asked, "cụ thể là …", "ai cũng", the plan's period
 * beside a year asked, details of reporting and people no plan names.
 */
import { describe, expect, it } from 'vitest';
import { asksReportDetail, dutiesOf } from '../../src/answer/intents/meta';
import { spellOut } from '../../src/answer/shorthand';
import {
  areasIn,
  askedPart,
  understand,
  withoutTailAfterQuestion,
  withReportedQuestionApart,
} from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus, engine, reportingDuty, TODAY } from '../helpers';

describe('a question told as asked', () => {
  it('starts a sentence of its own after a story of three words or more', () => {
    expect(
      withReportedQuestionApart('Có chị gọi tới kể chuyện con đi làm xa rồi hỏi tỉnh đặt mục tiêu gì?'),
    ).toBe('Có chị gọi tới kể chuyện con đi làm xa. tỉnh đặt mục tiêu gì?');
    // Too short a story, "hỏi về" (the subject follows), and the unwritten "hoi" (maybe "hội") stay whole.
    expect(withReportedQuestionApart('Cho tôi hỏi tỷ lệ BHYT?')).toBe('Cho tôi hỏi tỷ lệ BHYT?');
    expect(withReportedQuestionApart('Sở Y tế và Hội Chữ thập đỏ làm gì?')).toBe(
      'Sở Y tế và Hội Chữ thập đỏ làm gì?',
    );
    expect(withReportedQuestionApart('co chi goi toi ke chuyen roi hoi tinh dat gi')).toBe(
      'co chi goi toi ke chuyen roi hoi tinh dat gi',
    );
  });
  it('is answered for what it asks, not for the story told before it', () => {
    const a = ask(
      'Dạ em trực tổng đài, có chị gọi tới kể chuyện chồng đi làm thuê không có hợp đồng, ốm đau không ai lo và hỏi tỉnh phấn đấu năm 2030 bao nhiêu phần trăm lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội ạ?',
      'Lai Châu',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('25%');
  });
});

describe('"Cụ thể là …" opening what asks', () => {
  it('points back at what was just told: the whole message is read', () => {
    const folded = fold(
      'Tôi nghe nói thành phố có chỉ tiêu khống chế ngộ độc thực phẩm. Cụ thể là dưới bao nhiêu người trên 100.000 dân?',
    );
    expect(askedPart(folded)).toBe(folded);
  });
});

describe('what "việc này" points back at', () => {
  it('is the told sentence right before the question when it names a subject, not the story before it', () => {
    const told = 'Tôi nghe nói tỉnh hỗ trợ nhà ở cho hộ nghèo, hộ đồng bào dân tộc thiểu số.';
    const asking = 'Sở nào chủ trì việc này?';
    expect(askedPart(fold(`Nhà tôi ở bản xa, mái nhà dột nát. ${told} ${asking}`))).toBe(
      fold(`${told} ${asking}`),
    );
    // One told sentence, or a last one naming nothing of its own: the whole message, as before.
    const one = fold(`Tôi hỏi về BHYT học sinh. Sở nào chủ trì chỉ tiêu này?`);
    expect(askedPart(one)).toBe(one);
  });
});

describe('"ai cũng" (everyone)', () => {
  it('asks no "who": the figure and the body asked are both answered, the story is no clause', () => {
    const a = ask(
      'Tuần trước cả khu phố tôi bị ngộ độc sau một đám giỗ, ai cũng sợ. Xin hỏi kế hoạch của thành phố có đặt chỉ tiêu khống chế tỷ lệ ngộ độc thực phẩm cấp tính là bao nhiêu không, và cơ quan nào chủ trì công tác an toàn thực phẩm?',
      'Đà Nẵng',
    );
    expect(a.text).not.toContain('Về «');
    expect(a.text).toContain('6 người/100.000 dân');
    expect(a.text).toContain('Ban Quản lý An toàn thực phẩm');
  });
});

describe("the plan's period beside a year asked", () => {
  it('"kế hoạch 2021-2025 … đến hết năm nào" asks the year: 2025 is no year asked', () => {
    expect(
      understand(
        'Theo kế hoạch 2021-2025 của Quảng Ninh thì đến hết năm nào phải có 100% số xã đạt chuẩn nông thôn mới?',
        corpus,
      ).years,
    ).toEqual([]);
    // The period's end still stands for the year asked when the year is not asked.
    expect(understand('Giai đoạn 2021-2025 Quảng Ninh giảm hộ nghèo bao nhiêu?', corpus).years).toEqual([
      2025,
    ]);
  });
});

describe('departments and districts asked together', () => {
  const duties = [
    reportingDuty('các sở, ban, ngành', 'Chủ tịch UBND thành phố'),
    reportingDuty('các cơ quan, đơn vị, địa phương', 'UBND thành phố'),
  ];
  it('are every body of the plan: the reports of "các cơ quan, đơn vị, địa phương" are theirs too', () => {
    expect(dutiesOf(duties, null, fold('các sở ngành, quận huyện gửi báo cáo về đâu'))).toEqual(duties);
    expect(dutiesOf(duties, null, fold('các sở ngành gửi báo cáo về đâu'))).toEqual([duties[0]]);
  });
});

describe('a detail of reporting no plan writes', () => {
  it('is asked by a template, a channel named or what befalls a late report; not by "hình thức nào" alone', () => {
    expect(asksReportDetail(fold('KH 68 có mẫu báo cáo không'))).toBe(true);
    expect(asksReportDetail(fold('báo cáo gửi bằng email hay văn bản giấy'))).toBe(true);
    expect(asksReportDetail(fold('sở chậm nộp báo cáo có bị phê bình không'))).toBe(true);
    expect(asksReportDetail(fold('các huyện báo cáo theo hình thức nào'))).toBe(false);
  });
  it('is said not to be set, then what the plan does set for reporting', () => {
    const a = ask('Thanh Hóa: các sở nộp báo cáo thực hiện KH 68 theo mẫu hoặc đề cương nào?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không quy định mẫu (đề cương) báo cáo');
    expect(a.text).toContain('10/12');
    const b = ask('Lai Châu: huyện nào chậm báo cáo kết quả thì bị xử lý, kỷ luật thế nào?');
    expect(b.found).toBe(false);
    expect(b.text).toContain('không quy định việc xử lý đơn vị chậm báo cáo');
  });
});

describe('people and contacts', () => {
  it('the plans name no one holding a post and list no contacts', () => {
    const a = ask('Giám đốc Sở Y tế Thanh Hóa bây giờ tên là gì?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không nêu tên người giữ chức vụ');
    const b = ask('Cho xin số điện thoại Sở Lao động - Thương binh và Xã hội Đồng Nai');
    expect(b.found).toBe(false);
    expect(b.text).toContain('không nêu số điện thoại');
  });
  it('"cơ quan chủ trì là ai" and a hotline telling who it is ask what the plans hold', () => {
    expect(ask('KH 767 Lai Châu: việc giảm nghèo bền vững thì cơ quan chủ trì là ai?').text).not.toContain(
      'không nêu tên người',
    );
    expect(
      ask(
        'Đường dây nóng nhận câu hỏi của người dân: ở Lai Châu cơ quan nào chủ trì thực hiện chính sách an sinh xã hội?',
      ).text,
    ).not.toContain('không nêu số điện thoại');
  });
});

describe('shorthand of work and of a department', () => {
  it('spells out "nvụ", "tgian", "ntn", "nc"', () => {
    expect(spellOut(fold('sở được giao nvụ gì, tgian ntn, nc sạch'))).toBe(
      'so duoc giao nhiem vu gi, thoi gian nhu the nao, nuoc sach',
    );
  });
  it('reads "Sở KHCN" as Sở Khoa học và Công nghệ, and asks its work after "chủ trì tham mưu"', () => {
    expect(understand('sở khcn được giao chủ trì nhiệm vụ gì?', corpus).agency).toBe(
      'Sở Khoa học và Công nghệ',
    );
    expect(understand('KH 10 giao Sở Xây dựng chủ trì tham mưu những chính sách gì?', corpus).intent).toBe(
      'assignments',
    );
  });
});

describe("a document's term", () => {
  it('is said with its issuer, as the plan writes it', () => {
    const a = ask('Nghị quyết 42-NQ/TW mà KH 230 Đồng Nai căn cứ là của Trung ương khóa mấy?');
    expect(a.text).toContain('Ban Chấp hành Trung ương Đảng (khóa XIII)');
  });
});

describe('a comparison asked around what is compared', () => {
  it('"tỉnh nào làm nhiều nhà ở xã hội hơn" leaves the subject, not the comparison, as the topic', () => {
    const q = understand(
      'Tỉnh nào làm nhiều nhà ở xã hội hơn: Thanh Hóa hay Đồng Nai, đến 2030 mỗi tỉnh bao nhiêu căn hộ?',
      corpus,
    );
    expect(q.intent).toBe('compare');
    expect(q.topic).not.toMatch(/\b(?:lam|nhieu|hon)\b/);
    expect(q.topic).toMatch(/nha xa hoi/);
  });
  it("never says a province sets nothing beside that province's record", () => {
    const a = ask(
      'Chị công nhân gọi hỏi tỉnh nào làm nhiều nhà ở xã hội hơn: đến 2030 Thanh Hóa xây ít nhất bao nhiêu căn hộ nhà ở xã hội, còn Đồng Nai (chỉ tiêu của tỉnh) là bao nhiêu căn?',
    );
    expect(a.text).toContain('13.787');
    expect(a.text).toContain('50.000');
    expect(a.text).not.toContain('không nêu chỉ tiêu này');
  });
});

describe('an area asked', () => {
  it('"nông thôn" names the countryside, not the programme "Nông thôn mới" (folded "mỗi" is still the area)', () => {
    expect(areasIn(fold('xã đạt chuẩn nông thôn mới')).rural).toBe(false);
    expect(areasIn(fold('Chương trình xây dựng Nông thôn mới và các Đề án')).rural).toBe(false);
    expect(areasIn(fold('hộ nghèo nông thôn mỗi năm giảm')).rural).toBe(true);
    expect(areasIn(fold('khu vực nông thôn giảm 1,5%')).rural).toBe(true);
  });
  it("is answered by the area's own target, not by a duty that never names the area", () => {
    const a = ask('Quảng Ninh: tỷ lệ hộ nghèo khu vực thành thị giảm mỗi năm bao nhiêu?');
    expect(a.text).toMatch(/^Quảng Ninh: Khu vực thành thị giảm 0,3%\/năm/);
    expect(a.text).not.toContain('0,8%');
  });
});

describe('what stands around the question', () => {
  it('a sentence after it that only thanks or says where the asker heard it is dropped; one that asks stays', () => {
    expect(withoutTailAfterQuestion('BHYT bao nhiêu %? Cảm ơn nhiều.')).toBe('BHYT bao nhiêu %?');
    expect(withoutTailAfterQuestion('là 87,5% hả? thấy trên mạng ghi vậy')).toBe('là 87,5% hả?');
    expect(withoutTailAfterQuestion('BHYT bao nhiêu %? Thấy Sở nào chủ trì?')).toBe(
      'BHYT bao nhiêu %? Thấy Sở nào chủ trì?',
    );
  });
  it("the asker's own words before a colon are told, unless what follows names the asker's body", () => {
    const asking =
      'kế hoạch của tỉnh mình phấn đấu đến năm 2025 có bao nhiêu phần trăm trường học đạt chuẩn quốc gia?';
    expect(askedPart(fold(`Chào bạn. Anh đang làm báo cáo ngành giáo dục: ${asking}`))).toBe(fold(asking));
    const own = fold('Chào bạn. Tôi làm ở UBND thị xã: KH 91 giao cấp huyện chúng tôi những nhiệm vụ gì?');
    expect(askedPart(own)).not.toBe(fold('KH 91 giao cấp huyện chúng tôi những nhiệm vụ gì?'));
  });
  it('"… cho anh hỏi nhanh, …" and "… cho tôi hỏi: …" start the question', () => {
    expect(withReportedQuestionApart('Tôi biết không đúng việc, nhưng cho tôi hỏi: sở nào chủ trì?')).toBe(
      'Tôi biết không đúng việc, nhưng cho tôi. sở nào chủ trì?',
    );
  });
  it('"kế hoạch thực hiện Kết luận 92 của tỉnh mình" names the plan, no part of the topic', () => {
    const q = understand(
      'Kế hoạch thực hiện Kết luận 92 của tỉnh mình phấn đấu tỷ lệ lao động qua đào tạo đạt bao nhiêu?',
      corpus,
    );
    expect(q.topic).not.toMatch(/ket luan|92/);
    // Another body's plan is a document the question is about.
    expect(
      understand('Việc tuyên truyền Kế hoạch của Tỉnh ủy thực hiện NQ 42 ở Đồng Nai làm khi nào?', corpus)
        .topic,
    ).toMatch(/nghi quyet 42/);
  });
});

describe('a figure put forward with the other answer left open', () => {
  it('"… là 90% hay bao nhiêu?" is a claim, judged against the plan', () => {
    const a = ask('mục tiêu trường học đạt chuẩn quốc gia đến 2025 là 90% hay bao nhiêu?', 'Lai Châu');
    expect(a.text).toMatch(/^Không: kế hoạch ghi con số khác/);
    expect(a.text).toContain('66%');
  });
});

describe('a follow-up on the target just given', () => {
  const say = (previous: string, q: string, province?: string) =>
    engine.answer(q, { today: TODAY, previousQuestion: previous, province });
  it('"chỉ tiêu này là mục số mấy?" is answered with where the target stands', () => {
    const a = say(
      'Tuổi thọ trung bình của Đồng Nai đến 2030 là bao nhiêu?',
      'Chỉ tiêu này là mục số mấy trong phụ lục?',
    );
    expect(a.text).toMatch(/^Đồng Nai: nằm ở Phụ lục I, mục 7\.2/);
    // A level asked ("mức bao nhiêu") is no place.
    expect(ask('Đà Nẵng khống chế ngộ độc thực phẩm cấp tính ở mức bao nhiêu?').text).not.toContain('nằm ở');
  });
  it('the same target in the other area: "còn hộ gia đình ở nông thôn thì bao nhiêu %?"', () => {
    const a = say(
      'KH 68 Thanh Hóa: đến 2030 bao nhiêu % hộ gia đình ở thành thị được sử dụng nước sạch theo quy chuẩn?',
      'Còn hộ gia đình ở nông thôn thì bao nhiêu %?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('75% hộ gia đình ở nông thôn');
  });
  it("what only tells asks for no province: the chat's own answers", () => {
    const a = say(
      'Tỷ lệ dân số tham gia BHYT của tỉnh đến 2030 là bao nhiêu?',
      'Tôi đang làm bảng so sánh các mốc năm. Mốc năm 2025 kế hoạch có đặt tỷ lệ tham gia BHYT không?',
      'Thanh Hóa',
    );
    expect(a.text).not.toContain('Quảng Ninh');
    expect(a.found).toBe(false);
  });
});

describe('the plan as a document', () => {
  it('"có mấy phụ lục" lists the annexes with what each holds', () => {
    const a = ask('kh 230 co may phu luc kem theo?');
    expect(a.text).toContain('kèm 2 phụ lục');
  });
  it("a signer's title the copy lost is said not to be written; one it has is given", () => {
    const a = ask('KH 230 Đồng Nai do ông Nguyễn Sơn Hùng ký với chức danh gì?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không ghi chức danh người ký');
    expect(a.text).toContain('Nguyễn Sơn Hùng');
    const b = ask('KH 91 Quảng Ninh do ai ký, chức vụ gì?');
    expect(b.text).toContain('Phó Chủ tịch Nguyễn Thị Hạnh');
    expect(b.text).not.toContain('không ghi chức danh');
  });
});

describe('"… do ai theo dõi?"', () => {
  it('asks a target\'s lead; "theo dõi" as a duty\'s own words stays', () => {
    expect(understand('chỉ tiêu thất nghiệp do ai theo dõi?', corpus).topic).not.toMatch(/\bdoi\b/);
    expect(ask('chỉ tiêu thất nghiệp do ai theo dõi?', 'Đồng Nai').text).toContain(
      'Chủ trì: Cục Thống kê tỉnh',
    );
    expect(ask('ai chủ trì theo dõi, đôn đốc triển khai kế hoạch 230 Đồng Nai?').text).toContain(
      'Sở Lao động - Thương binh và Xã hội',
    );
  });
});

describe('a former province asked apart', () => {
  it("of the plan of the province it merged into: nothing of its own, the plan's figure as such", () => {
    const a = ask('KH 230 Đồng Nai có đặt tỷ lệ dân số tham gia BHYT riêng cho Bình Phước cũ không?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(
      /trước khi Bình Phước nhập vào \(01\/07\/2025\), không đặt chỉ tiêu riêng cho Bình Phước cũ/,
    );
    expect(a.text).toContain('Tỷ lệ dân số tham gia BHYT');
    // Asked where the asker lives, not apart: the plan's figure answers.
    expect(
      ask(
        'Tôi ở Bình Phước cũ, nay thuộc Đồng Nai: KH 230 đặt tỷ lệ dân số tham gia BHYT năm 2030 bao nhiêu?',
      ).found,
    ).toBe(true);
  });
});
