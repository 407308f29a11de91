/**
 * Everyday ways of asking: the duty a who-phrase governs, read apart from what the asker tells of themselves
 * ("… thì đơn vị nào chủ trì mảng tín dụng chính sách?"); chat shorthand; a body put forward as the only one, as
 * a duty's holder, as the place something is done.
 */
import { describe, expect, it } from 'vitest';
import { dutyGist } from '../../src/answer/compose';
import { dutyAfterWho } from '../../src/answer/intents/agency';
import { spellOut } from '../../src/answer/shorthand';
import { askedPart, claimIn, understand } from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus, engine, TODAY } from '../helpers';

describe('the duty a who-phrase governs', () => {
  it('is the words after the verb, without lead-in and closing words', () => {
    expect(dutyAfterWho(fold('Nhà tôi nghèo thì đơn vị nào chủ trì mảng tín dụng chính sách?'))).toBe(
      'tin dung chinh sach',
    );
    expect(dutyAfterWho(fold('ai lo việc giúp đỡ pháp lý cho dân ạ'))).toBe('giup do phap ly cho dan');
    expect(dutyAfterWho(fold('sở nào phụ trách nước sạch nông thôn theo kế hoạch 91?'))).toBe(
      'nuoc sach nong thon',
    );
  });
  it('is none for a pointer, a verb of doing alone, one word or nothing', () => {
    expect(dutyAfterWho(fold('Cơ quan nào chủ trì việc này?'))).toBeNull();
    expect(dutyAfterWho(fold('Chỉ tiêu đó giao sở nào chủ trì theo dõi?'))).toBeNull();
    expect(dutyAfterWho(fold('sở nào chủ trì nhà ở?'))).toBe('nha o');
    expect(dutyAfterWho(fold('ai phụ trách giáo dục?'))).toBeNull();
    expect(dutyAfterWho(fold('Tỷ lệ BHYT do ai chủ trì?'))).toBeNull();
    // Something else asked before it: two questions, answered clause by clause elsewhere.
    expect(dutyAfterWho(fold('hạn nộp báo cáo là ngày nào, và ai chủ trì công tác giảm nghèo?'))).toBeNull();
  });
  it('answers when the whole message, story included, finds no duty', () => {
    const a = ask(
      'Hộ cận nghèo ở Đồng Nai muốn vay vốn ưu đãi của nhà nước thì kế hoạch giao đơn vị nào chủ trì mảng tín dụng chính sách?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Chi nhánh Ngân hàng Chính sách xã hội tỉnh');
  });
});

describe('how people write to the bot', () => {
  it('reads "bn" after a closing particle or before "ơi" as "bạn", not "bao nhiêu"', () => {
    expect(spellOut('so tttt chu tri ha bn?')).toBe('so tttt chu tri ha?');
    expect(spellOut('bn oi tp mien hoc phi')).toBe('oi thanh pho mien hoc phi');
    expect(spellOut('dung ko bn')).toBe('dung khong');
    expect(spellOut('bhyt bn %')).toBe('bhyt bao nhieu %');
    const a = ask('nghe nói đề án y tế thông minh toàn ngành là do sở tttt chủ trì hả bn?', 'Đà Nẵng');
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Thông tin và Truyền thông chủ trì/);
    expect(a.text).toContain('Chủ trì: Sở Y tế');
  });
  it('reads "z" / "v" opening a message as "vậy", and "kq", "trc", "đh" spelled out', () => {
    expect(spellOut('z han nop la ngay nao')).toBe('vay han nop la ngay nao');
    expect(spellOut('bc kq trc ngay nao')).toBe('bao cao ket qua truoc ngay nao');
    expect(spellOut('phan hieu dh y')).toBe('phan hieu dai hoc y');
    const a = engine.answer('z hạn nộp là ngày nào ạ?', {
      today: TODAY,
      province: 'Thanh Hóa',
      previousQuestion: 'Các sở gửi báo cáo tình hình thực hiện Kế hoạch 68 về đâu?',
    });
    expect(a.text).toContain('10/12');
  });
  it('leaves "việc" out of what is asked when only its pointer stood by it ("việc đó sở nào chủ trì?")', () => {
    const q = understand('việc đó sở nào chủ trì? internet thôn miền núi', corpus);
    expect(q.topic).not.toMatch(/\bviec\b/);
    expect(q.topic).toContain('internet');
  });
  it('drops "vụ" (a matter) from what is asked, but keeps "dịch vụ", "nhiệm vụ"', () => {
    expect(understand('ai chủ trì vụ nhà ở ạ', corpus).topic).not.toMatch(/\bvu\b/);
    expect(ask('ai chủ trì dịch vụ công trực tuyến', 'Quảng Ninh').text).toMatch(
      /^• Quảng Ninh: Chủ trì: Sở Thông tin và Truyền thông\.\n {2}Nội dung: Kết nối 100% dịch vụ công trực tuyến/,
    );
    expect(ask('ai chủ trì vụ nhà ở ạ', 'Quảng Ninh').text).toMatch(/^• Quảng Ninh: Chủ trì: Sở Xây dựng/);
  });
  it('asks a year by "từ năm học nào", and says so when the plan gives none', () => {
    const a = ask('Đà Nẵng miễn học phí cho học sinh trường công bắt đầu từ năm học nào vậy?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 10\/KH-UBND không nêu thời hạn/);
    expect(a.text).toContain('miễn học phí');
  });
});

describe('a body put forward in everyday forms', () => {
  const claimed = (q: string) => claimIn(fold(q), corpus)?.name;
  it('as the only one: "mỗi / chỉ / riêng X thôi hả?"', () => {
    expect(claimed('ai chủ trì vậy, mỗi sở lđtbxh thôi hả')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(claimed('chỉ Bảo hiểm xã hội tỉnh thôi à?')).toBe('Bảo hiểm xã hội tỉnh');
    expect(claimed('mỗi năm báo cáo mấy lần thôi?')).toBeUndefined();
    const a = engine.answer('ai chủ trì vậy, mỗi sở lđtbxh thôi hả', {
      today: TODAY,
      province: 'Đà Nẵng',
      previousQuestion: 'dn có làm chi trả trợ cấp xh qua bưu điện, ko dùng tiền mặt ko',
    });
    expect(a.text).toMatch(/^Không: Sở Lao động - Thương binh và Xã hội không chủ trì một mình/);
    expect(a.text).toContain('Bảo hiểm xã hội thành phố');
  });
  it('with the other answer invited: "có phải X không, hay sở nào?"', () => {
    expect(claimed('co phai ngan hang chinh sach ko hay so nao?')).toBe('Ngân hàng Chính sách xã hội');
    const a = engine.answer('co phai ngan hang chinh sach ko hay so nao?', {
      today: TODAY,
      province: 'Thanh Hóa',
      previousQuestion: 'thanh hoa mo rong tin dung chinh sach xa hoi de cho vay tao viec lam thi ai lo?',
    });
    expect(a.text).toMatch(/^Không: kế hoạch không giao Ngân hàng Chính sách xã hội chủ trì/);
    expect(a.text).toContain('Chủ trì: Sở Tài chính');
  });
  it('as the holder of a duty: "… là nhiệm vụ của X phải không?"', () => {
    expect(claimed('thẩm định viện trợ ODA là nhiệm vụ của Sở Ngoại vụ phải không?')).toBe('Sở Ngoại vụ');
    expect(claimed('nước sạch là trách nhiệm của sở nào?')).toBeUndefined();
    const a = ask(
      'Theo Kế hoạch 68/KH-UBND tỉnh Thanh Hóa, thẩm định các khoản viện trợ không hoàn lại (ODA) của nước ngoài cho chính sách xã hội là nhiệm vụ của Sở Ngoại vụ phải không?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Ngoại vụ chủ trì/);
    expect(a.text).toContain('Chủ trì: Sở Kế hoạch và Đầu tư');
  });
  it('as the place something is done: "X là nơi … à?"', () => {
    const a = ask(
      'Tôi muốn vay vốn để đi làm việc ở nước ngoài theo hợp đồng. Theo kế hoạch an sinh xã hội của tỉnh thì Sở Lao động - Thương binh và Xã hội là nơi giải ngân vốn vay này à?',
      'Lai Châu',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Lao động - Thương binh và Xã hội chủ trì/);
    expect(a.text).toContain('Chi nhánh Ngân hàng chính sách xã hội tỉnh');
    expect(claimed('Sở Y tế là cơ quan nào?')).toBeUndefined();
  });
});

describe('a body’s duty shown without the list of bodies it opens with', () => {
  const leads = [
    'Giám đốc các sở',
    'Thủ trưởng các ban, ngành cấp tỉnh',
    'Chủ tịch UBND các huyện',
    'các đơn vị có liên quan',
  ];
  it('starts at the verb when the leads are the sentence’s subject', () => {
    expect(
      dutyGist(
        'Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các huyện và các đơn vị có liên quan theo chức năng, nhiệm vụ được giao khẩn trương xây dựng kế hoạch cụ thể của ngành, địa phương.',
        [],
        leads,
      ),
    ).toBe('…khẩn trương xây dựng kế hoạch cụ thể của ngành, địa phương.');
  });
  it('keeps a text that does not open with its leads', () => {
    const other = 'Tăng cường tuyên truyền về chính sách xã hội trên địa bàn tỉnh.';
    expect(dutyGist(other, [], leads)).toBe(other);
    expect(
      ask('Phần tổ chức thực hiện KH 68 Thanh Hóa: Chủ tịch UBND các huyện phải làm gì?').text,
    ).toContain('…khẩn trương xây dựng kế hoạch cụ thể');
  });
});

describe('chat spellings, and what they ask', () => {
  it('spells out "j", "lm", "vc", "mik" and a closing "s" after "thì"', () => {
    expect(spellOut('so tc tinh mik dc giao j')).toBe('so tai chinh tinh minh duoc giao gi');
    expect(spellOut('lm vc j')).toBe('lam viec gi');
    expect(spellOut('con thanh hoa thi s a')).toBe('con thanh hoa thi sao a');
    // A letter "s" elsewhere stays.
    expect(spellOut('muc s cua ke hoach')).toBe('muc s cua ke hoach');
  });
  it('asks how often reports are due by "mấy lần", and says "hằng năm" where the plan writes it', () => {
    const a = ask('kh 68 thanh hoá bc mấy lần 1 năm v ạ, hạn ntn');
    expect(a.text).toContain('trước ngày 10/12 hằng năm');
  });
  it('asks a body’s other duties by "… còn phụ trách gì nữa?", not the subject just discussed', () => {
    const a = engine.answer('thế sở xd còn phụ trách j nữa ko?', {
      today: TODAY,
      province: 'Đà Nẵng',
      previousQuestion: 'o da nang ai chu tri mang nuoc sach, ve sinh moi truong v?',
    });
    expect(a.text).toMatch(/^Sở Xây dựng chủ trì \d+ nhiệm vụ/);
    expect(a.text).toContain('nhà ở xã hội');
  });
});

describe('bodies called as people call them', () => {
  it('reads "Mặt trận" alone as the Front, and "có đề nghị gì với …" as what the plan asks of it', () => {
    expect(understand('Mặt trận tỉnh được đề nghị làm gì?', corpus).agency).toBe(
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    );
    const a = ask(
      'Tôi ở Hội Nông dân tỉnh. Kế hoạch triển khai Kết luận 92 của UBND tỉnh có đề nghị gì với Mặt trận và các tổ chức thành viên không?',
      'Lai Châu',
    );
    // Not the plan's basis documents: the plan named by what it carries out is no question about them.
    expect(a.intent).not.toBe('plan_meta');
    expect(a.text).toContain('giám sát việc thực hiện Chương trình chính sách an sinh xã hội');
  });
  it('reads "ubnd thị xã <tên>" typed without marks as the district level', () => {
    const a = ask('ubnd thi xa quang yen can lam gi theo ke hoach 91 ve chinh sach xa hoi', 'Quảng Ninh');
    expect(a.text).toMatch(/^Ủy ban nhân dân các huyện, thị xã, thành phố chủ trì/);
    expect(a.text).toContain('bố trí các nguồn lực');
  });
});

describe('what a short asking sentence names itself', () => {
  it('is the subject after "về", however few its words, not the asker’s story before it', () => {
    expect(
      askedPart(
        fold(
          'Nhà tôi thuộc diện hộ nghèo nhưng vẫn có người đi làm được. Thành phố có mục tiêu gì về hộ nghèo không?',
        ),
      ),
    ).toBe('thanh pho co muc tieu gi ve ho ngheo khong?');
    // "về đâu" names nothing: the story stays.
    expect(askedPart(fold('Con tôi học nghề ở huyện. Báo cáo gửi về đâu?'))).toContain('hoc nghe');
    const a = ask(
      'Nhà tôi thuộc diện hộ nghèo nhưng vẫn có người đi làm được. Thành phố có mục tiêu gì về hộ nghèo đến cuối năm 2025 không?',
      'Đà Nẵng',
    );
    expect(a.text).toContain('không còn hộ nghèo còn sức lao động');
  });
  it('spells "qninh" and "lchau" as the provinces', () => {
    expect(spellOut('qninh thi bn giuong')).toBe('quang ninh thi bao nhieu giuong');
    expect(spellOut('lchau')).toBe('lai chau');
    // "phối hợp vs …" is "với", though "hợp vs" alone is "hợp vệ sinh".
    expect(spellOut('phoi hop vs nhung co quan nao')).toBe('phoi hop voi nhung co quan nao');
    expect(spellOut('nuoc hop vs')).toBe('nuoc hop ve sinh');
    // "DN" beside the words of a business is doanh nghiệp, not a province the chat did not ask about.
    expect(spellOut('ho tro dn vien thong')).toBe('ho tro doanh nghiep vien thong');
    expect(spellOut('bhyt dn bao nhieu')).toBe('bhyt da nang bao nhieu');
  });
});
