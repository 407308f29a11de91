import { describe, expect, it } from 'vitest';
import { whoClauses } from '../../src/answer/engine';
import { dutiesOf, REPORT_MATTER_ASKED } from '../../src/answer/intents/meta';
import { answersCount, countedNoun, countUnitAsked } from '../../src/answer/intents/target';
import { areasIn, understand } from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus, engine, reportingDuty, TODAY } from '../helpers';

const follow = (previousQuestion: string, q: string) => engine.answer(q, { today: TODAY, previousQuestion });

describe('the day a plan was issued, asked with "mấy" or "bao nhiêu"', () => {
  it('"ban hành ngày mấy / ngày bao nhiêu", "ký năm bao nhiêu" ask the plan\'s date', () => {
    for (const q of [
      'KH 767 Lai Chau ban hanh ngay may?',
      'Kế hoạch của Lai Châu được ban hành ngày bao nhiêu?',
      'Kế hoạch 767 Lai Châu ký năm bao nhiêu?',
    ]) {
      const a = ask(q);
      expect(a.found, q).toBe(true);
      expect(a.text, q).toContain('ban hành ngày 31/03/2021');
    }
  });

  it('"ký hôm mấy" asks the day alone, not who signed', () => {
    const a = ask('KH 68 thanh hoa ky hom may');
    expect(a.text).toContain('ban hành ngày 08/03/2024');
    expect(a.text).not.toContain('Đỗ Minh Tuấn');
  });
});

describe('words of speech that are no part of the topic', () => {
  it('"tự đặt chỉ tiêu": "tự" is not "tự nguyện"', () => {
    const a = ask(
      'Đồng Nai tự đặt chỉ tiêu (của tỉnh, ko phải TW) bao nhiêu % lao động tham gia BHXH vào 2025?',
    );
    expect(a.text).toContain('Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH');
    expect(a.text).toContain('56%');
    expect(a.text).not.toContain('tự nguyện');
  });

  it('"mấy khoản …" in a question asking who is the spoken plural, not a count', () => {
    const q =
      'Thanh Hóa giao ai thẩm định mấy khoản viện trợ không hoàn lại của nước ngoài cho chính sách xã hội?';
    expect(understand(q, corpus).howMany).toBe(false);
    expect(understand('Quảng Ninh có mấy chỉ tiêu về BHYT?', corpus).howMany).toBe(true);
    const a = ask(q);
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Sở Kế hoạch và Đầu tư');
  });

  it('"Thế …" opening a turn is dropped; "thẻ BHYT" typed plain stays', () => {
    const a = follow(
      'quang ninh so nao la co quan thuong truc thuc hien ke hoach 91?',
      'thế sở đó còn phải tổng hợp những loại báo cáo nào?',
    );
    expect(a.text).toContain('tổng hợp các báo cáo định kỳ, đột xuất');
    expect(understand('Thế Sở Y tế Quảng Ninh làm gì?', corpus).topic).not.toMatch(/\bthe\b/);
    expect(understand('the bhyt hoc sinh quang ninh bao nhieu', corpus).topic).toMatch(/\bthe\b/);
  });
});

describe('a follow-up pointing at the thing the previous answer named', () => {
  it('"ai chủ trì việc đó?" after "nhiệm vụ nào … năm 2024?" asks of that duty', () => {
    const previous = 'Trong Phụ lục II KH 230 Đồng Nai, nhiệm vụ nào có thời gian thực hiện là Năm 2024?';
    const a = follow(previous, 'ai chủ trì việc đó?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Các sở, ban, ngành, UBND các huyện, thành phố');
    expect(a.text).toContain('Tổ chức quán triệt');
  });
});

describe('what a report is about', () => {
  it('is said when asked ("… phải nêu nội dung gì?"), from the duty\'s own words', () => {
    const a = ask('Báo cáo định kỳ theo kế hoạch 68 của Thanh Hóa phải nêu nội dung gì ạ?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Nội dung báo cáo: tình hình thực hiện Kế hoạch');
    const b = ask(
      'Báo cáo định kỳ theo Kế hoạch 230 của Đồng Nai phải báo cáo kết quả thực hiện những nội dung gì?',
    );
    expect(b.text).toContain('kết quả thực hiện các chỉ tiêu, nội dung chỉ đạo tại Kế hoạch này');
  });

  it('is not said when only where or when is asked', () => {
    expect(ask('Đồng Nai KH 230 các sở báo cáo trước ngày nào?').text).not.toContain('Nội dung báo cáo');
    expect(REPORT_MATTER_ASKED.test(fold('Sở Tài chính báo cáo UBND tỉnh về việc gì?'))).toBe(false);
    expect(REPORT_MATTER_ASKED.test(fold('báo cáo gồm những gì?'))).toBe(true);
    expect(REPORT_MATTER_ASKED.test(fold('phải báo cáo kết quả thực hiện những gì?'))).toBe(true);
  });
});

describe('a body reported to, named in the question', () => {
  const duty = reportingDuty;
  const sở = duty('Giám đốc các sở, Chủ tịch UBND các huyện', 'UBND tỉnh');
  const party = duty('Sở Lao động - Thương binh và Xã hội', 'Ban Thường vụ Tỉnh ủy');

  it('brings the reports that go to it beside those of the bodies named', () => {
    const q = 'cac so, huyen bao cao truoc ngay nao, con bao cao ban thuong vu tinh uy truoc ngay nao?';
    expect(dutiesOf([sở, party], null, q)).toEqual([sở, party]);
    // The UBND, which every report reaches, names no report of its own.
    expect(dutiesOf([sở, party], null, 'cac huyen bao cao ubnd tinh truoc ngay nao')).toEqual([sở]);
    // No reporter named the plan's way ("sở ngành, huyện"): every report, as when no body is named.
    const unnamed = 'so nganh, huyen nop khi nao, va tinh bao cao ban thuong vu tinh uy khi nao?';
    expect(dutiesOf([sở, party], null, unnamed)).toEqual([sở, party]);
  });

  it('answers both days of the Đồng Nai plan', () => {
    const a = ask(
      'Đồng Nai KH 230 có mấy mốc báo cáo trong năm: các sở, huyện báo cáo trước ngày nào, còn báo cáo Ban Thường vụ Tỉnh ủy trước ngày nào?',
    );
    expect(a.text).toContain('10/11');
    expect(a.text).toContain('30/11');
  });
});

describe('an amount of money set as a share of a budget', () => {
  it('answers "bao nhiêu tiền"; a share of people does not', () => {
    const unit = countUnitAsked(fold('trích bao nhiêu tiền ngân sách'));
    expect(unit).not.toBeNull();
    if (!unit) return;
    expect(
      answersCount(
        'bố trí nguồn kinh phí tương ứng 0,5% trên tổng chi thường xuyên ngân sách cấp tỉnh',
        unit,
      ),
    ).toBe(true);
    expect(answersCount('90% hộ nghèo được hỗ trợ', unit)).toBe(false);
    const a = ask(
      'Quảng Ninh trích bao nhiêu tiền ngân sách mỗi năm cho phòng chống ma tuý, mại dâm, mua bán người?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('0,5% trên tổng chi thường xuyên ngân sách');
  });
});

describe('a document of an issuer the question names, cited outside the basis', () => {
  it('"nghị quyết nào của Bộ Chính trị" finds the one the plan cites in its aims', () => {
    const a = ask(
      'Mục tiêu chung của kế hoạch Thanh Hóa nói góp phần thực hiện nghị quyết nào của Bộ Chính trị về phát triển tỉnh?',
    );
    expect(a.text).toContain('58-NQ/TW');
    expect(a.text).toContain('của Bộ Chính trị');
  });

  it('the UBND, issuer of the plan itself, brings no other document', () => {
    const a = ask('KH 91 của UBND tỉnh Quảng Ninh được ban hành theo đề nghị của sở nào, tờ trình số mấy?');
    expect(a.text).toContain('1238/TTr-LĐTBXH');
    expect(a.text).not.toContain('còn nêu');
  });
});

describe('two who-questions, the second naming its subject before its asking words', () => {
  it('"X do sở nào chủ trì? Còn Y thì sở nào?" is two questions', () => {
    const clauses = whoClauses(
      'Đà Nẵng KH 10: chính sách bảo đảm nước sạch đô thị do sở nào chủ trì, còn nước sạch nông thôn do sở nào?',
      'KH 10 Đà Nẵng',
      ['Đà Nẵng'],
    );
    expect(clauses?.[1]).toBe('nước sạch nông thôn do sở nào (KH 10 Đà Nẵng)?');
    const a = ask(
      'Đồng Nai: tỷ lệ trường học có công trình phụ hợp vệ sinh do sở nào chủ trì? Còn tỷ lệ trạm y tế có công trình phụ hợp vệ sinh thì sở nào?',
    );
    expect(a.text).toContain('Chủ trì: Sở Giáo dục và Đào tạo');
    expect(a.text).toContain('Chủ trì: Sở Y tế');
  });

  it('a second clause naming its own province is asked of that province alone', () => {
    const clauses = whoClauses(
      'Thanh Hóa (KH 68) giao sở nào chủ trì mở rộng tín dụng chính sách, còn Đồng Nai (KH 230) giao đơn vị nào chủ trì kế hoạch về tín dụng chính sách xã hội?',
      'KH 68 Thanh Hóa, KH 230 Đồng Nai',
      ['Thanh Hóa', 'Đồng Nai'],
    );
    expect(clauses?.[1]).not.toContain('Thanh Hóa');
  });
});

describe('how a plan was signed, put forward', () => {
  it('"chủ tịch tỉnh ký trực tiếp, đúng ko?", "Phó Chủ tịch ký thay Chủ tịch phải không?" are checked', () => {
    expect(ask('nghe noi ke hoach 91 quang ninh la chu tich tinh ky truc tiep, dung ko?').text).toMatch(
      /^Không: kế hoạch do Phó Chủ tịch Nguyễn Thị Hạnh ký/,
    );
    expect(ask('KH 68 của Thanh Hóa là Phó Chủ tịch tỉnh ký thay Chủ tịch phải không?').text).toMatch(
      /^Không: kế hoạch do Chủ tịch Đỗ Minh Tuấn ký/,
    );
  });
});

describe("pointing words and a count's unit are no subject", () => {
  it('"cái chỉ tiêu nhà ở đó" asks of housing ("cái" is no "cai nghiện")', () => {
    expect(understand('cái chỉ tiêu nhà ở đó sở nào lo vậy? quang ninh', corpus).topic).not.toMatch(
      /\bcai\b/,
    );
    const a = follow(
      'Diện tích nhà ở bình quân ở Quảng Ninh theo kế hoạch là bao nhiêu m2/người?',
      'cái chỉ tiêu nhà ở đó sở nào lo vậy?',
    );
    expect(a.text).toContain('Chủ trì: Sở Xây dựng');
  });

  it('"… chỉ tiêu đó là mấy tuổi?" in another province asks the previous subject there', () => {
    const a = follow(
      'Tuổi thọ trung bình Thanh Hóa hướng tới đến năm 2030 là bao nhiêu?',
      'Đồng Nai năm 2025 chỉ tiêu đó là mấy tuổi?',
    );
    expect(a.text).toContain('Tuổi thọ trung bình');
    expect(a.text).toContain('74,5');
  });
});

describe('a count asked in a noun of its own', () => {
  it('"mấy bệnh viện" is answered by a duty that states "3 bệnh viện"', () => {
    expect(countedNoun(fold('ở mấy bệnh viện?'))?.test('voi 3 benh vien (benh vien bai chay)')).toBe(true);
    expect(countedNoun(fold('bao nhiêu phần trăm?'))).toBeNull();
    const a = ask('quảng ninh định làm bệnh viện thông minh ở mấy bệnh viện, là những bệnh viện nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('3 bệnh viện (Bệnh viện Bãi Cháy');
  });
});

describe('bodies that lead together, asked for', () => {
  it('"Sở LĐTBXH cùng cơ quan nào chủ trì …?" is the block the Sở leads with another, its duties counted together', () => {
    const a = ask(
      'Đà Nẵng: xây dựng cơ sở dữ liệu an sinh xã hội và chi trả chế độ không dùng tiền mặt thì Sở LĐTBXH cùng cơ quan nào chủ trì?',
    );
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội thành phố');
  });

  it('"… mấy sở chủ trì?", "những sở nào chủ trì …?" are the duty several lead', () => {
    for (const q of [
      'kh 10 da nang nuoc sach vs moi truong may so chu tri',
      'Đà Nẵng giao những sở nào chủ trì về nước sạch, vệ sinh môi trường?',
    ])
      expect(ask(q).text, q).toContain(
        'Sở Xây dựng, Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường',
      );
  });
});

describe("area words and everyday words for the plans' own", () => {
  it('"… cùng năm đó thì sao?" asks of no town ("đó thì" folds like "đô thị")', () => {
    expect(
      areasIn(fold('thế tỷ suất trẻ em tử vong do tai nạn thương tích cùng năm đó thì sao?')).urban,
    ).toBe(false);
    expect(areasIn(fold('tỷ lệ ở đô thị là bao nhiêu')).urban).toBe(true);
  });

  it('"sẽ" marks a verb\'s time, no word of the subject', () => {
    expect(
      understand('Người dân thành thị ở Quảng Ninh sẽ được cấp nước sạch đạt tỷ lệ bao nhiêu?', corpus).topic,
    ).not.toMatch(/\bse\b/);
  });

  it('"người dân thành thị được cấp nước sạch" is the plan\'s "dân cư đô thị được cung cấp nước sạch"', () => {
    const a = ask('Người dân thành thị ở Quảng Ninh sẽ được cấp nước sạch đạt tỷ lệ bao nhiêu?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('trên 98%');
  });

  it('"giảm tỷ lệ nghèo" is the plan\'s "tỷ lệ giảm nghèo", whose town share a follow-up asks', () => {
    const a = follow(
      'Ở Quảng Ninh khu vực nông thôn mỗi năm phải giảm tỷ lệ nghèo bao nhiêu % vậy?',
      'còn thành thị thì giảm bao nhiêu?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('Khu vực thành thị giảm 0,3%/năm');
  });
});

describe("a report's day asked by its deadline", () => {
  it('"Hạn báo cáo … là ngày nào?" is a report\'s day', () => {
    const a = ask(
      'Hạn báo cáo định kỳ kết quả thực hiện KH 230/KH-UBND Đồng Nai là ngày nào, gửi qua cơ quan nào?',
    );
    expect(a.text).toContain('(10/11 hằng năm)');
  });
});

describe('where in the plan a thing stands', () => {
  it('"chỉ tiêu đó thuộc lĩnh vực nào trong KH 91?" names the heading it sits under', () => {
    const a = follow(
      'Quảng Ninh đặt tỷ lệ bao phủ BHYT đạt bao nhiêu?',
      'chỉ tiêu đó thuộc lĩnh vực nào trong KH 91?',
    );
    expect(a.text).toMatch(
      /^Quảng Ninh: nằm ở mục I\.2\.6 của KH 91\/KH-UBND — «2\.6\. Lĩnh vực y tế, bảo hiểm xã hội»/,
    );
    expect(a.text).toContain('trên 95%');
  });

  it('"ở mục nào" as spelled asks it too; its heading loses the plan\'s closing punctuation', () => {
    const a = ask('Quảng Ninh tỷ lệ hộ nghèo đến 2025 ở mục nào?');
    expect(a.text).toContain('— «2.3. Lĩnh vực giảm nghèo, bảo trợ xã hội»');
  });

  it('is said only when asked', () => {
    expect(ask('Quảng Ninh đặt tỷ lệ bao phủ BHYT đạt bao nhiêu?').text).not.toContain('nằm ở mục');
  });
});

describe('the year of a follow-up', () => {
  it('is not carried when the follow-up asks it', () => {
    const a = follow(
      'Lai Châu phấn đấu tỷ lệ lao động qua đào tạo cuối năm 2025 là bao nhiêu?',
      'thế Thanh Hóa đặt bao nhiêu, đến năm nào?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('80%');
    expect(a.text).toContain('năm 2030');
  });

  it('is not carried to another province, whose figure is given with its own year', () => {
    const a = follow(
      'Thanh Hóa đặt tỷ lệ lao động qua đào tạo đến 2030 là bao nhiêu?',
      'Quảng Ninh (KH 91) đặt chỉ tiêu này là bao nhiêu?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('87,5%');
    expect(a.text).toContain('năm 2025');
  });
});

describe('a level or fields asked are no place in the plan', () => {
  it('"… còn lại ở mức nào?" and "… những lĩnh vực nào trong KH?" get no heading line', () => {
    expect(ask('Quảng Ninh muốn đến 2025 tỷ lệ hộ nghèo còn lại ở mức nào?').text).not.toContain('nằm ở mục');
    expect(
      ask('Sở LĐTBXH Quảng Ninh trực tiếp tham mưu những lĩnh vực nào trong KH thực hiện KL 92?').text,
    ).not.toContain('nằm ở mục');
  });
});

describe('one figure asked of a group of targets', () => {
  it('is the answer: the group only told before "Trong đó …" is no list to answer with', () => {
    const a = ask(
      'Sở TT&TT Quảng Ninh chủ trì các chỉ tiêu lĩnh vực thông tin truyền thông. Trong đó tỷ lệ người dân dùng điện thoại thông minh phải đạt bao nhiêu?',
    );
    expect(a.text.split('\n')[0]).toContain('83% người dân trên địa bàn tỉnh sử dụng điện thoại thông minh');
    expect(a.text).toContain('Chủ trì: Sở Thông tin và Truyền thông');
    expect(a.text).not.toMatch(/… và \d+ mục khác\./);
  });
});
