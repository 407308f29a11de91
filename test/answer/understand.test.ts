/** One rule of question understanding per test: intents, provinces, years, areas, agencies, small talk. */
import { describe, expect, it } from 'vitest';
import { termStats } from '../../src/answer/rank';
import {
  askedPart,
  isEnglish,
  restated,
  smallTalkKind,
  understand,
  withoutClaimedFigures,
  withoutGivenFigures,
  withoutPlanTitle,
  withoutQuestionSpellings,
  withoutWhereWritten,
} from '../../src/answer/understand';
import { buildIndex } from '../../src/search/index';
import { fold } from '../../src/text/normalize';
import { ask, corpus } from '../helpers';

const read = (q: string) => understand(q, corpus);
// The plans' own phrases, for the rules that keep a question word that is half of one.
const { known } = termStats(buildIndex(corpus));

describe('intents', () => {
  it.each([
    ['Sở nào chủ trì nhiệm vụ về nước sạch ở Đà Nẵng?', 'agency'],
    ['việc tuyên truyền Kết luận 92 và KH 41-KH/TU giao cho sở nào?', 'agency'],
    ['Ai chịu trách nhiệm giảm nghèo ở Thanh Hóa?', 'agency'],
    ['Kế hoạch của Thanh Hóa phải báo cáo khi nào?', 'deadline'],
    ['Sở Y tế Đà Nẵng được giao những nhiệm vụ gì?', 'assignments'],
    ['Công an thành phố Đà Nẵng được phân công nhiệm vụ gì?', 'assignments'],
    ['Sở VH-TT&DL Thanh Hóa chủ trì nội dung gì?', 'assignments'],
    ['cong an tinh thanh hoa tham gia viec gi trong ke hoach', 'assignments'],
    ['Sở Nông nghiệp Đồng Nai chủ trì chỉ tiêu và nhiệm vụ gì?', 'assignments'],
    ['Cục Thống kê Đồng Nai theo dõi những chỉ tiêu nào với vai trò chủ trì?', 'assignments'],
    ['kh91 quang ninh: ai don doc tien do cac chi tieu linh vuc thong tin truyen thong', 'agency'],
    // A duty that names a document is still a duty: its deadline, its body.
    ['Việc quán triệt KH của Tỉnh ủy thực hiện NQ 42 ở Đồng Nai phải làm trong thời gian nào?', 'deadline'],
    ['việc tuyên truyền Kế hoạch thực hiện NQ 42 giao ai và làm trong năm nào?', 'agency'],
    ['Sở Xây dựng chủ trì những việc gì trong phụ lục, làm trong thời gian nào?', 'assignments'],
    ['Sở TT&TT Đà Nẵng hỗ trợ gì cho hộ nghèo về thông tin?', 'assignments'],
    // A vision right after a period is part of a strategy's title; alone it is the plan's horizon.
    ['Chiến lược công tác dân tộc 2021-2030 tầm nhìn 2045 ở Đồng Nai do ai chủ trì?', 'agency'],
    ['Chiến lược công tác dân tộc giai đoạn 2021-2030, tầm nhìn đến năm 2045 do ai chủ trì?', 'agency'],
    ['KH 230 có tầm nhìn đến năm nào?', 'plan_meta'],
    ['KH 91/KH-UBND QN: Sở LĐTBXH giữ vai trò gì đối với Kế hoạch?', 'assignments'],
    ['Trong KH 91/KH-UBND của Quảng Ninh, Sở LĐTBXH giữ vai trò gì?', 'assignments'],
    ['sở lđtbxh thanh hoá giữ vai trò gì trong tổ chức thực hiện KH 68?', 'assignments'],
    ['Kế hoạch của Lai Châu do ai ký?', 'plan_meta'],
    ['liệt kê các chỉ tiêu về BHXH của Đồng Nai', 'list'],
    ['tỷ lệ BHYT Quảng Ninh và Đồng Nai', 'compare'],
    ['so sánh tỷ lệ hộ nghèo các tỉnh', 'compare'],
    ['ty le bhyt quang ninh', 'target'],
  ])('«%s» → %s', (q, intent) => {
    expect(read(q).intent).toBe(intent);
  });

  it('reads "Đồng Nai làm gì" as no agency question: "ai làm" is not a word of it', () => {
    expect(read('Đồng Nai làm gì để giảm nghèo?').intent).not.toBe('agency');
  });

  it('a figure asked with its period is a target question; the period alone is the plan’s', () => {
    expect(
      read('quang ninh giam ty le ho ngheo binh quan moi nam bao nhieu, trong giai doan nao?').intent,
    ).toBe('target');
    expect(read('Kế hoạch 91 áp dụng cho giai đoạn nào?').intent).toBe('plan_meta');
    expect(read('Kế hoạch 91 ký ngày nào, có bao nhiêu phụ lục, giai đoạn nào?').intent).toBe('plan_meta');
  });

  it('"bên nào … cao hơn?" compares figures; it asks no body', () => {
    expect(read('bhyt toan dan Lai Chau voi Da Nang nam 2025 ben nao dat muc tieu cao hon').intent).toBe(
      'target',
    );
    expect(read('Chỉ tiêu BHTN: Thanh Hóa và Đà Nẵng bên nào đặt cao hơn?').intent).toBe('target');
    expect(read('Sở nào chủ trì chỉ tiêu BHYT?').intent).toBe('agency');
  });

  it('keeps a deadline question about two provinces a deadline question', () => {
    expect(read('Hạn báo cáo của Thanh Hóa và Đà Nẵng là ngày nào?').intent).toBe('deadline');
  });
});

describe('provinces', () => {
  it('finds provinces in order, with or without diacritics', () => {
    expect(read('so sánh Đồng Nai với Quảng Ninh').provinces).toEqual(['Đồng Nai', 'Quảng Ninh']);
    expect(read('ty le bhyt da nang').provinces).toEqual(['Đà Nẵng']);
  });

  it('reads a two-syllable province shortened to its initial ("Đ.Nai", "T.Hóa"), and leaves it out of the topic', () => {
    const q = read('Đ.Nai BHXH 2025 tỉnh đặt bn %?');
    expect(q.provinces).toEqual(['Đồng Nai']);
    expect(q.topic).not.toMatch(/\bnai\b/);
    expect(read('T.Hóa thất nghiệp?').provinces).toEqual(['Thanh Hóa']);
    expect(read('Đ.Nẵng BHYT').provinces).toEqual(['Đà Nẵng']);
  });

  it('names a province without a plan apart', () => {
    expect(read('Điện Biên giảm nghèo bao nhiêu').missingProvince).toBe('Điện Biên');
  });

  it('marks a question about every province', () => {
    expect(read('tỉnh nào có mục tiêu BHYT cao nhất?').allProvinces).toBe(true);
    expect(read('so sánh tỷ lệ bao phủ BHYT giữa các tỉnh').allProvinces).toBe(true);
    expect(read('tỷ lệ BHYT của tỉnh mình').allProvinces).toBe(false);
  });
});

describe('one district by its name', () => {
  it("asks the district level's duties: the plans give them to the districts together", () => {
    expect(read('Quận Hải Châu (Đà Nẵng) cần làm gì để triển khai KH 10?').agency).toBe(
      'UBND các huyện, thành phố',
    );
    expect(read('huyện Mường Tè có chỉ tiêu hộ nghèo không').agency).toBeNull();
    expect(read('Thành phố Đà Nẵng phải làm gì?').agency).toBeNull();
  });
});

describe('years', () => {
  it('reads target years, and the end of a period', () => {
    expect(read('năm 2030 đạt bao nhiêu').years).toEqual([2030]);
    expect(read('giai đoạn 2021-2025').years).toEqual([2025]);
    // The baseline of a change is not asked about; two years compared both are.
    expect(read('đến năm 2030 giảm bao nhiêu so với năm 2020').years).toEqual([2030]);
    expect(read('năm 2025 so với năm 2030 thế nào').years).toEqual([2025, 2030]);
    expect(read('giảm bao nhiêu so với năm 2020').years).toEqual([2020]);
    expect(read('tỷ lệ hộ nghèo').years).toEqual([]);
  });
});

describe('areas', () => {
  it('reads thành thị / đô thị and nông thôn', () => {
    expect(read('thất nghiệp khu vực thành thị').area).toBe('thành thị');
    expect(read('that nghiep do thi').area).toBe('thành thị');
    expect(read('nước sạch nông thôn').area).toBe('nông thôn');
    expect(read('nước sạch').area).toBeNull();
  });
  it('reads them as whole words: "thanh thiếu niên", "đồ thiết yếu" name no area', () => {
    expect(read('tỷ lệ thanh thiếu niên được tư vấn sức khỏe sinh sản').area).toBeNull();
    expect(read('ho tro do thiet yeu cho ho ngheo').area).toBeNull();
    expect(read('tỷ lệ thanh thiếu niên ở thành thị').area).toBe('thành thị');
    // A kind of project or policy named after towns is no area asked.
    expect(read('quỹ đất 20% nhà ở xã hội trong dự án nhà thương mại, khu đô thị').area).toBeNull();
    expect(read('chương trình phát triển đô thị tỉnh Quảng Ninh').area).toBeNull();
    expect(read('tỷ lệ đô thị hóa').area).toBeNull();
    expect(read('tỷ lệ thất nghiệp ở đô thị').area).toBe('thành thị');
  });
});

describe('agencies', () => {
  it('names the agency by its name, an alias or the start of it', () => {
    expect(read('Sở Y tế Đà Nẵng được giao gì').agency).toBe('Sở Y tế');
    expect(read('sở lao động quảng ninh làm gì')?.agency).toMatch(/^Sở Lao động/);
    expect(read('Sở nào chủ trì?').agency).toBeNull();
  });
  it('reads "tổng số …", "chỉ số …", "con số …" as numbers, not the start of a body\'s name', () => {
    expect(read('lao động nông nghiệp chiếm bao nhiêu trong tổng số lao động ở Đồng Nai?').agency).toBeNull();
    expect(read('sở lao động đồng nai làm gì?').agency).toMatch(/^Sở Lao động/);
  });
  it('reads the start of a name by whole words: "số xã" is no "Sở Xây dựng"', () => {
    expect(read('toàn bộ số xã đạt chuẩn nông thôn mới').agency).toBeNull();
    expect(read('so xay chu tri gi').agency).toBe('Sở Xây dựng');
  });
});

describe("the asker's present written as a day", () => {
  it('"hôm nay 2/12/2026", "bây giờ (12/2026)", "đến thời điểm 2/12/2026" is no year asked about, nor topic', () => {
    const q = read('Hôm nay 2/12/2026 rồi, mốc toàn bộ xã đạt chuẩn nông thôn mới là khi nào?');
    expect(q.years).toEqual([]);
    expect(q.topic).not.toMatch(/\bhom\b|2\/12/);
    expect(read('Mục tiêu hộ nghèo có hạn đến lúc nào? Bây giờ (12/2026) đã quá hạn chưa?').years).toEqual(
      [],
    );
    expect(read('mốc năm nào, đến thời điểm 2/12/2026 đã tới hạn chưa?').years).toEqual([]);
    // A year asked about stays.
    expect(read('năm 2026 đạt bao nhiêu').years).toEqual([2026]);
  });
  it('the target is answered, not "không đặt mục tiêu năm 2026"', () => {
    const a = ask(
      'Chỉ tiêu 25% lực lượng lao động tham gia BHXH ở Lai Châu là mốc năm nào, đến thời điểm 2/12/2026 đã tới hạn chưa?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('năm 2030 có 25%');
  });
});

describe('phrases that only frame a question', () => {
  it('are not read inside a two-syllable question word ("đào tạo nghề bao nhiêu" is no "nghe bảo")', () => {
    expect(read('LC mỗi năm đào tạo nghề bn người?').topic).toContain('dao tao nghe');
    expect(read('Nghe bảo Thanh Hóa đặt mục tiêu thất nghiệp dưới 3% hả?').topic).not.toMatch(/\bnghe\b/);
  });
  it('"giai đoạn trước" is the baseline, "mình thấy … ở mỗi chỗ" how the asker read the plan', () => {
    expect(read('cao hơn giai đoạn trước bao nhiêu phần trăm?').topic).not.toContain('truoc');
    const q = read('Mình thấy KH 91 ghi chỉ tiêu người tham gia BHXH ở hai chỗ, bao nhiêu ở mỗi chỗ?');
    expect(q.topic).not.toMatch(/\bthay\b|\bcho\b/);
    // "con so" typed plain is also "còn Sở …": kept.
    expect(read('con so khoa hoc cong nghe thi sao?').topic).toContain('so khoa hoc');
  });
  it('"chiếm bao nhiêu" asks a share, as "tỷ lệ" does', () => {
    expect(read('lao động nông nghiệp chiếm bao nhiêu trong tổng lao động?').topic).not.toMatch(/\bchiem\b/);
  });
  it('"được ghi tên", "được nêu" point at where the plan writes it', () => {
    const q = read('KH 230, nhiệm vụ bồi dưỡng ngoại ngữ: những sở nào được ghi tên phối hợp?');
    expect(q.topic).not.toMatch(/\bghi\b|\bten\b/);
    expect(read('chỉ tiêu nào được nêu về nước sạch ở Đà Nẵng?').topic).not.toMatch(/\bneu\b/);
  });
  it('"ngoài X," and "ngoài X ra" leave the bodies out, from the last "ngoài" ("ngoại ngữ" folds alike)', () => {
    const q = read(
      'nhiệm vụ bồi dưỡng ngoại ngữ cho CBCCVC: ngoài các sở ngành và UBND huyện, sở nào phối hợp?',
    );
    expect(q.topic).toContain('ngoai ngu');
    expect(q.topic).not.toMatch(/ubnd|huyen/);
    expect(q.agency).toBeNull();
    expect(read('Ngoài Sở LĐTBXH, còn cơ quan nào phối hợp giảm nghèo ở Lai Châu?').agency).toBeNull();
    expect(read('Ngoài giờ hành chính, Sở Y tế làm gì?').agency).toBe('Sở Y tế');
  });
  it('"kỳ vọng", "dự kiến", "đặt mốc thời gian" frame a target as "phấn đấu" does', () => {
    expect(read('số việc làm mỗi năm được kỳ vọng tăng bình quân bao nhiêu?').topic).not.toContain('ky vong');
    expect(read('QN đặt mốc thời gian nào để toàn bộ số xã đạt chuẩn?').topic).not.toContain('moc');
  });
});

describe('topic', () => {
  it('leaves out how the question is asked', () => {
    expect(read('Ai chịu trách nhiệm giảm nghèo ở Thanh Hóa?').topic).toBe('giam ngheo');
    expect(read('tỉnh nào có mục tiêu BHYT cao nhất?').topic).toBe('bhyt');
    // "cơ quan nào làm", "vay vốn qua đơn vị nào": the verb and the preposition go with the question word.
    expect(read('chi trả trợ cấp qua bưu điện thì cơ quan nào làm?').topic).toBe(
      'chi tra tro cap qua buu dien',
    );
    expect(read('muốn vay vốn qua đơn vị nào?').topic).toBe('vay von');
    expect(read('chuẩn văn hóa ở Lai Châu, sở nào tham mưu?').topic).not.toMatch(/tham muu/);
    // "trực tiếp" says how directly, not what about (a duty's "Trực tiếp tham mưu …" is not asked for).
    expect(
      read('hộ nghèo dưới 1%, đơn vị nào trực tiếp triển khai chính sách giảm nghèo?').topic,
    ).not.toMatch(/truc tiep/);
    // "kéo xuống còn bao nhiêu" bounds the figure; "tử vong do tai nạn thương tích … xuống còn 12" is no better
    // an answer for holding the same words.
    expect(read('tỷ suất trẻ em bị tai nạn thương tích phải kéo xuống còn bao nhiêu?').topic).not.toMatch(
      /\bcon\b/,
    );
    // The issuer and the setting of a target are how it is asked: "KH 91 của UBND tỉnh đặt mục tiêu …".
    expect(read('KH 91 của UBND tỉnh đặt mục tiêu đến 2025 tỷ lệ hộ nghèo còn bao nhiêu?').topic).toBe(
      'ty le ho ngheo',
    );
    // "khoảng bao nhiêu" hedges the figure; "khoảng cách" is what the plans are about.
    expect(read('mỗi năm tạo việc làm cho khoảng bao nhiêu người?').topic).not.toMatch(/\bkhoang\b/);
    expect(understand('thu hẹp khoảng cách giàu nghèo ai chủ trì?', corpus, known).topic).toMatch(
      /\bkhoang cach\b/,
    );
  });
});

describe('topic: a department a figure is asked of', () => {
  it('says whose target it is, not what it is about', () => {
    const q = read(
      'Sở GD&ĐT Đồng Nai: năm 2025 tỷ lệ trường học có công trình phụ hợp vệ sinh là bao nhiêu %?',
    );
    expect(q.agency).toBe('Sở Giáo dục và Đào tạo');
    expect(q.topic).not.toMatch(/\b(?:so|gd|dt)\b/);
    expect(q.topic).toMatch(/ty le truong hoc/);
    expect(
      ask('Sở GD&ĐT Đồng Nai: năm 2025 tỷ lệ trường học có công trình phụ hợp vệ sinh là bao nhiêu %?').text,
    ).toMatch(/năm 2025 \(đã qua\): 85%/);
  });
  it('stays when no figure is asked, or the body is the insurance the figure is of', () => {
    expect(read('Sở GD&ĐT Đồng Nai được giao việc gì?').topic).toMatch(/\bgd\b/);
    expect(read('Đồng Nai: tỷ lệ lao động tham gia bảo hiểm xã hội năm 2025 mấy phần trăm?').topic).toMatch(
      /bao hiem xa hoi/,
    );
  });
});

describe('a body named only in what the asker tells', () => {
  it('is not the body asked about when the asking sentence asks who leads', () => {
    const told =
      'Tôi mới nhận công tác ở Ban Dân tộc tỉnh Lai Châu. Theo KH 767 thì cơ quan nào là cơ quan chủ trì thực hiện Kế hoạch?';
    expect(read(told).agency).toBeNull();
    expect(ask(told).text).toMatch(/^Lai Châu: cơ quan chủ trì thực hiện KH 767\/KH-UBND là Sở Lao động/);
    // Asked where reports go, the asker's body is the one that reports.
    expect(
      read('Tôi ở UBND huyện bên Đồng Nai: kết quả thực hiện KH 230 phải báo cáo về đâu, qua cơ quan nào?')
        .agency,
    ).toBe('UBND các huyện, thành phố');
    // Named in the asking sentence, it is.
    expect(read('Tôi mới về Lai Châu. Ban Dân tộc tỉnh chủ trì những việc gì?').agency).toBe(
      'Ban Dân tộc tỉnh',
    );
  });
});

describe("a body's deadline to issue its own plan", () => {
  it('is a deadline, not the day the plan was issued', () => {
    expect(
      read('KH 10 Đà Nẵng yêu cầu UBND các quận, huyện ban hành kế hoạch cụ thể trước ngày nào?').intent,
    ).toBe('deadline');
    expect(
      read('Đồng Nai có hạn chót để UBND các huyện ban hành kế hoạch riêng không, là ngày nào?').intent,
    ).toBe('deadline');
    expect(read('KH 230 Đồng Nai ban hành ngày nào?').intent).toBe('plan_meta');
    const a = ask(
      'Các huyện ở Đồng Nai phải ban hành kế hoạch hành động riêng thực hiện KH 230 trước ngày nào?',
    );
    expect(a.found).toBe(false);
    expect(a.text).not.toContain('02/07/2024');
  });
});

describe('small talk and English', () => {
  it.each([
    ['cảm ơn', 'thanks'],
    ['cam on bot nhe', 'thanks'],
    ['👋 chào bot', 'greeting'],
    ['ok', 'ack'],
  ])('«%s» is %s', (q, kind) => {
    expect(smallTalkKind(read(q).folded)).toBe(kind);
    expect(read(q).intent).toBe('smalltalk');
  });

  it('is no small talk when a question follows the greeting', () => {
    expect(smallTalkKind(read('chào bot, tỷ lệ hộ nghèo Quảng Ninh?').folded)).toBeNull();
  });

  it('tells English from Vietnamese written without diacritics', () => {
    expect(isEnglish('What is the health insurance coverage target of Quang Ninh?')).toBe(true);
    expect(isEnglish('ty le bhyt quang ninh the nao')).toBe(false);
    expect(read('Which agency is responsible for poverty in Thanh Hoa?').intent).toBe('english');
  });
});

describe('withoutPlanTitle', () => {
  const titles = new Set(['chinh', 'sach', 'xa', 'hoi', 'giai', 'doan']);
  it('drops the words that name the plan after "trong/theo kế hoạch", keeps the rest', () => {
    expect(withoutPlanTitle(' ho ngheo trong ke hoach chinh sach xa hoi 2021-2025 ', titles)).toBe(
      ' ho ngheo | ',
    );
    expect(withoutPlanTitle(' theo kh ve chinh sach xa hoi thi bhyt ', titles)).toBe(' | thi bhyt ');
  });

  it('reads the title after a plan already named by its number ("trong KH 91 về chính sách xã hội")', () => {
    expect(withoutPlanTitle(' giao lam gi trong | ve chinh sach xa hoi ', titles)).toBe(' giao lam gi | ');
    // A topic of its own after "về" stays.
    expect(withoutPlanTitle(' giao lam gi | ve nha o ', titles)).toBe(' giao lam gi | ve nha o ');
  });

  it('drops "trong/theo KH" with nothing after it, and reads "kh" only as a whole word', () => {
    expect(withoutPlanTitle(' nam o muc nao trong kh ', titles)).toBe(' nam o muc nao | ');
    // "khoảng thời gian" is no plan.
    expect(withoutPlanTitle(' trong khoang thoi gian nao ', titles)).toBe(' trong khoang thoi gian nao ');
    expect(withoutPlanTitle(' muc nao trong kh ty le ho ngheo ', titles)).toBe(
      ' muc nao trong kh ty le ho ngheo ',
    );
  });

  it('a plan named by its number takes the word that brings it, and a question mark ends a phrase', () => {
    expect(read('tỷ lệ hộ nghèo theo KH 91 đến năm 2025 còn bao nhiêu?').topic).toBe('ty le ho ngheo');
    expect(read('chỉ tiêu đó nằm ở mục nào trong KH? tỷ lệ hộ nghèo kh 91 năm 2025').topic).not.toMatch(
      /\bkh\b/,
    );
  });

  it('leaves "kế hoạch" followed by a topic of its own', () => {
    expect(withoutPlanTitle(' trong ke hoach giam ngheo ', titles)).toBe(' trong ke hoach giam ngheo ');
    expect(withoutPlanTitle(' chinh sach xa hoi ', titles)).toBe(' chinh sach xa hoi ');
  });

  it('"kế hoạch …" without "trong/theo/của" names the plan only when all its words are the titles’', () => {
    expect(withoutPlanTitle(' ve ho ngheo , ke hoach chinh sach xa hoi 2021-2025 ', titles)).toBe(
      ' ve ho ngheo , | ',
    );
    expect(withoutPlanTitle(' ke hoach chinh sach ho tro nha o ', titles)).toBe(
      ' ke hoach chinh sach ho tro nha o ',
    );
  });
});

describe('topic: a year leaves with the words that bring it', () => {
  it('"Tới năm 2030" leaves no "nam" behind; "mỗi năm" stays', async () => {
    const { understand } = await import('../../src/answer/understand');
    const { corpus } = await import('../helpers');
    expect(understand('Tới năm 2030 Thanh Hóa muốn bình quân bao nhiêu m2 nhà ở?', corpus).topic).not.toMatch(
      /\bnam\b/,
    );
    expect(understand('Mỗi năm Quảng Ninh giảm nghèo bao nhiêu?', corpus).topic).toMatch(/\bmoi nam\b/);
  });
});

describe('a document named beside "sở nào"', () => {
  it('asks a body, not the document', () => {
    const q = 'Báo chí ở Quảng Ninh muốn tuyên truyền về Kết luận 92 thì sở nào đứng ra chỉ đạo, hướng dẫn?';
    expect(understand(q, corpus).intent).not.toBe('plan_meta');
    expect(ask(q).text).toContain('Chủ trì: Sở Thông tin và Truyền thông');
    expect(understand('KH 91 thực hiện kết luận nào của Bộ Chính trị?', corpus).intent).toBe('plan_meta');
  });
});

describe('"chênh nhau" between provinces', () => {
  it('is the comparison asked, no part of the topic; between areas of one province it stays', () => {
    const q = understand(
      'mức giảm tỷ lệ hộ nghèo mỗi năm của Lai Châu với Quảng Ninh chênh nhau thế nào?',
      corpus,
    );
    expect(q.intent).toBe('compare');
    expect(q.topic).not.toMatch(/chenh/);
    expect(
      ask('mức giảm tỷ lệ hộ nghèo bình quân mỗi năm của Lai Châu với Quảng Ninh chênh nhau thế nào?').text,
    ).toMatch(/3%\/ năm[\s\S]*0,8%\/năm/);
  });
  it('"mỗi loại" and "tính trên 10.000 dân" ask each row per 10.000 people', () => {
    const a = ask(
      'Còn dược sỹ và điều dưỡng viên tính trên 10.000 dân thì mục tiêu 2030 là bao nhiêu mỗi loại?',
      'Đồng Nai',
    );
    expect(a.text).toContain('Số dược sỹ');
    expect(a.text).toContain('Số điều dưỡng viên');
  });
  it('"tốc độ giảm nghèo" is the plans\' "mức giảm": each area\'s row answers', () => {
    const a = ask(
      'Kế hoạch 91 Quảng Ninh: tốc độ giảm nghèo ở thành thị và ở nông thôn mỗi năm là bao nhiêu?',
    );
    expect(a.text).toContain('0,3%/năm');
    expect(a.text).toContain('1,5% năm');
  });
});

describe('the figure a claim puts forward', () => {
  it('is no part of the topic; counts that name the thing and documents’ numbers stay', () => {
    expect(withoutClaimedFigures('ty le ho ngheo | con duoi 3%')).toBe('ty le ho ngheo');
    expect(withoutClaimedFigures('giam ty le ho ngheo 0,8% /nam')).toBe('giam ty le ho ngheo');
    expect(withoutClaimedFigures('grdp binh quan dau nguoi | tren 10.000 usd')).toBe(
      'grdp binh quan dau nguoi | tren 10.000 usd',
    );
    expect(withoutClaimedFigures('bao cao 6 thang')).toBe('bao cao 6 thang');
    expect(withoutClaimedFigures('nq 42-nq/tw')).toBe('nq 42-nq/tw');
    expect(withoutClaimedFigures('95%')).toBe('95%');
  });
  it('is taken out of a claim only, with where the asker heard it', () => {
    expect(understand('Nghe nói QN đến 2025 tỷ lệ hộ nghèo còn dưới 3% phải không?', corpus).topic).toBe(
      'ty le ho ngheo',
    );
    expect(understand('QN tỷ lệ hộ nghèo dưới 3% là mục tiêu năm nào?', corpus).topic).toMatch(/3%/);
  });
});

describe('the centre’s figure quoted as given', () => {
  it('is no part of the topic; a document’s number is no figure', () => {
    expect(withoutGivenFigures('viec lam phi chinh thuc | trung uong khong che duoi 60% , | tu')).toBe(
      'viec lam phi chinh thuc | tu',
    );
    expect(withoutGivenFigures('quan triet tuyen truyen | nq 42-nq/tw | lam')).toBe(
      'quan triet tuyen truyen | nq 42-nq/tw | lam',
    );
    expect(withoutGivenFigures('trung uong giao 45%')).toBe('trung uong giao 45%');
  });
  it('what the figure is of stays', () => {
    expect(
      withoutGivenFigures('trung uong yeu cau giam ty le ho ngheo dtts tren 3% /nam , | tu | giam'),
    ).toBe('giam ty le ho ngheo dtts , | tu | giam');
  });
  it('"TW" is the centre, and the centre asked alone is no subject', () => {
    const q = understand(
      'Nhà tiêu hợp vệ sinh khu vực thành thị năm 2025: TW đặt bao nhiêu, Đồng Nai đặt bao nhiêu?',
      corpus,
    );
    expect(q.topic).not.toMatch(/\b(?:tw|trung uong)\b/);
    expect(understand('KH 68 triển khai Nghị quyết 42-NQ/TW nào?', corpus).folded).toContain('42-nq/tw');
  });
});

describe('the body a question is about, when it names two', () => {
  it('a body named as the one worked with or sent to is not the subject', () => {
    const agencyOf = (q: string) => understand(q, corpus).agency;
    expect(agencyOf('Sở Y tế phối hợp với Sở LĐTBXH làm gì?')).toBe('Sở Y tế');
    expect(agencyOf('Sở Nội vụ Đồng Nai chủ trì nhiệm vụ nào, và phối hợp với Sở LĐTBXH ở việc gì?')).toBe(
      'Sở Nội vụ',
    );
    // Alone, it is still the body asked about.
    expect(agencyOf('Ai phối hợp với Sở Y tế?')).toBe('Sở Y tế');
  });
});

describe('a duty’s deadline asked beside the document it names', () => {
  it('"… KH của Tỉnh ủy về NQ 42 thì hạn là năm nào / hạn khi nào?" asks a deadline, not the document', () => {
    expect(
      understand('Đồng Nai: việc quán triệt KH của Tỉnh ủy về NQ 42 thì hạn là năm nào?', corpus).intent,
    ).toBe('deadline');
    expect(understand('việc tuyên truyền nghị quyết 42 hạn khi nào?', corpus).intent).toBe('deadline');
    expect(understand('KH của Tỉnh ủy số mấy?', corpus).intent).toBe('plan_meta');
  });

  it('"bây giờ 2026 rồi", "năm nay là 2026": the asker’s present is no year asked about', () => {
    expect(understand('hạn là năm nào, bây giờ 2026 rồi thì quá hạn chưa?', corpus).years).toEqual([]);
    expect(understand('năm nay là 2026, chỉ tiêu năm 2030 bao nhiêu?', corpus).years).toEqual([2030]);
  });
});

describe('the column a question asks for leaves the topic', () => {
  it('"(chỉ tiêu riêng của tỉnh)" names the province’s column, no word of the topic', () => {
    expect(
      understand('Đồng Nai muốn đến 2030 bao nhiêu % dân có BHYT (chỉ tiêu riêng của tỉnh)?', corpus).topic,
    ).not.toMatch(/\brieng\b/);
  });
});

describe('"do" left behind by a who-question', () => {
  it('"… chính sách xã hội do cơ quan nào chủ trì?" leaves no "do" in the topic; "do sở nào trình" keeps it', () => {
    expect(
      understand('Đồng Nai: việc tuyên truyền chính sách xã hội do cơ quan nào chủ trì?', corpus).topic,
    ).not.toMatch(/\bdo\b/);
    expect(understand('Tờ trình số mấy, do sở nào trình?', corpus).topic).toMatch(/\bdo\b/);
  });
});

// "luật sư miễn phí (trợ giúp pháp lý)": the parenthesis restates the words before it in the plans' term.
describe('restated', () => {
  const plansSay =
    ' nguoi ngheo duoc tro giup phap ly . tre khuyet tat duoc tiep can giao duc . ty le di hoc . ';
  const r = (q: string) => restated(fold(q), plansSay).replace(/\s+/g, ' ').trim();
  it("puts the plans' term in parentheses in place of the asker's words before it, not past a joining word", () => {
    expect(r('người nghèo cần luật sư miễn phí (trợ giúp pháp lý) thì')).toBe(
      'nguoi ngheo can tro giup phap ly thi',
    );
  });
  it("keeps the asker's words when the plans use them too, or the parenthesis is not the plans' term", () => {
    expect(r('trẻ khuyết tật được đi học (tiếp cận giáo dục) bao nhiêu')).toBe(
      'tre khuyet tat duoc di hoc (tiep can giao duc) bao nhieu',
    );
    expect(r('dân dùng smartphone (đt thông minh)')).toBe('dan dung smartphone (dt thong minh)');
  });
  it('leaves figures, lists and short glosses in parentheses as they are', () => {
    expect(r('BHYT toàn dân (trên 95% dân số tham gia)')).toBe('bhyt toan dan (tren 95% dan so tham gia)');
    expect(r('thông tin truyền thông (4G, internet, smartphone)')).toBe(
      'thong tin truyen thong (4g, internet, smartphone)',
    );
    expect(r('lao động nữ (phụ nữ) bao nhiêu')).toBe('lao dong nu (phu nu) bao nhieu');
  });
});

// "giai đoạn mấy", "số mấy", "lần thứ mấy", "trước tháng mấy": which one, not how many.
describe('"mấy" asking which one', () => {
  it('is no count after giai đoạn, số, thứ, ngày, tháng …', () => {
    expect(understand('đề án hỗ trợ nhà ở cho người có công là giai đoạn mấy?', corpus).howMany).toBe(false);
    expect(understand('nghị quyết đại hội lần thứ mấy', corpus).howMany).toBe(false);
    expect(understand('Lai Châu dạy nghề cho mấy người mỗi năm?', corpus).howMany).toBe(true);
  });
  it('"trước tháng mấy hằng năm?" asks a time: a duty that gives none is said to give none', () => {
    const q = understand('Sở Tài chính tham mưu cân đối nguồn vốn trước tháng mấy hằng năm?', corpus);
    expect(q.intent).toBe('deadline');
  });
});

// A caller's situation told first is no part of what is asked about.
describe('askedPart', () => {
  const part = (q: string) => askedPart(fold(q));
  it('keeps what was told when the asking sentence points at it ("hộ như vậy")', () => {
    const q =
      'Nhà tôi ở Thanh Hóa thuộc hộ cận nghèo, có con dưới 36 tháng tuổi. Kế hoạch của tỉnh đặt bao nhiêu % hộ như vậy được hưởng trợ cấp xã hội?';
    expect(part(q)).toBe(fold(q));
    expect(ask(q).text).toContain('100% hộ gia đình chăm sóc trẻ em dưới 36 tháng tuổi');
  });
  it('leaves out the sentences told before the first that asks', () => {
    expect(
      part(
        'Em gái tôi bị lừa bán sang Trung Quốc, nay đã về quê. Kế hoạch nói nạn nhân mua bán người được hỗ trợ thế nào?',
      ),
    ).toBe('ke hoach noi nan nhan mua ban nguoi duoc ho tro the nao?');
  });
  it('takes only the sentences ending in "?" as asking when there are any ("nước máy" holds "máy")', () => {
    expect(
      part(
        'Nhà tôi ở quê Thanh Hóa chưa có nước máy. Đến 2030 bao nhiêu phần trăm hộ nông thôn dùng nước sạch?',
      ),
    ).toBe('den 2030 bao nhieu phan tram ho nong thon dung nuoc sach?');
  });
  it("leaves out the first clause when it tells the asker's own situation", () => {
    expect(
      part('mẹ tôi khuyết tật nặng ở Đà Nẵng, mức chuẩn trợ giúp xã hội được thông qua tại nghị quyết nào?'),
    ).toBe('muc chuan tro giup xa hoi duoc thong qua tai nghi quyet nao?');
    // "hướng tới", "tội phạm" fold to "toi": only a clause opening on the asker is theirs.
    const tasks =
      'chuyển giao khoa học công nghệ hướng tới việc làm bền vững, đảm bảo an sinh xã hội do sở nào chủ trì?';
    expect(part(tasks)).toBe(fold(tasks));
  });
  it('keeps the whole message when the first sentence asks, the question points back, or names too little', () => {
    const asksFirst = 'Quảng Ninh muốn bao phủ BHYT tới bao nhiêu % dân số? nhà tôi chưa có thẻ';
    expect(part(asksFirst)).toBe(fold(asksFirst));
    const back = 'Bà con hỏi về chương trình nước sạch nông thôn. KH 91 giao sở nào chủ trì mục tiêu này?';
    expect(part(back)).toBe(fold(back));
    expect(part('Tôi hỏi về BHYT học sinh. Tỷ lệ là bao nhiêu?')).toBe(
      fold('Tôi hỏi về BHYT học sinh. Tỷ lệ là bao nhiêu?'),
    );
    expect(part('tỷ lệ 10.000 dân bao nhiêu?')).toBe('ty le 10.000 dan bao nhieu?');
  });
  it('"trên" as a preposition ("trên 1 vạn dân") and "hiện nay" point back at nothing; "nêu trên", "con số" do', () => {
    const beds =
      'Tôi đang làm bài về quá tải bệnh viện ở Quảng Ninh. Kế hoạch 91/KH-UBND đặt chỉ tiêu bao nhiêu giường bệnh trên 1 vạn dân?';
    expect(part(beds)).toBe('ke hoach 91/kh-ubnd dat chi tieu bao nhieu giuong benh tren 1 van dan?');
    const told = 'Bà con hỏi về nước sạch nông thôn. Kế hoạch nêu trên giao sở nào chủ trì, đến năm nào?';
    expect(part(told)).toBe(fold(told));
    const figure =
      'Quảng Ninh đặt mục tiêu giảm tỷ suất trẻ em tử vong do tai nạn thương tích. Con số cho năm 2030 là bao nhiêu trên 100 nghìn trẻ?';
    expect(part(figure)).toBe(fold(figure));
  });
  it('an asking sentence naming only a province and "chỉ tiêu" asks of what was told, without the asker\'s introduction', () => {
    const q =
      'Tôi đang viết bài về lao động ở Đồng Nai. Phụ lục I của kế hoạch 230 có chỉ tiêu tỷ lệ lao động nông nghiệp trong tổng lao động. Chỉ tiêu địa phương của Đồng Nai cho năm 2025 là bao nhiêu?';
    expect(askedPart(fold(q), ['dong nai'])).toBe(
      fold(
        'Phụ lục I của kế hoạch 230 có chỉ tiêu tỷ lệ lao động nông nghiệp trong tổng lao động. Chỉ tiêu địa phương của Đồng Nai cho năm 2025 là bao nhiêu?',
      ),
    );
    // (An introduction alone is what was told: it stays.)
    const alone = 'Tôi muốn biết về BHYT học sinh. Tỷ lệ là bao nhiêu?';
    expect(part(alone)).toBe(fold(alone));
  });
  it('what a message only tells decides neither the kind of answer nor the year asked', () => {
    const q = understand(
      'Cán bộ xã nói tỉnh có giao chỉ tiêu. Tôi muốn kiểm tra lại. Kế hoạch 91 của Quảng Ninh yêu cầu đến hết năm 2023 ít nhất bao nhiêu % số xã đạt chuẩn nông thôn mới kiểu mẫu?',
      corpus,
    );
    expect(q.intent).toBe('target');
    const years = understand(
      'Lai Châu có đặt chỉ tiêu cho cả hai mốc 2025 và 2030. Đến năm 2030, Lai Châu phấn đấu bao nhiêu % lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội?',
      corpus,
    );
    expect(years.years).toEqual([2030]);
    expect(
      understand('Năm 2025 và 2030 Lai Châu đặt bao nhiêu % lao động tham gia BHXH?', corpus).years,
    ).toEqual([2025, 2030]);
  });
  it('"cơ quan nào được giao chủ trì dòng nhiệm vụ đó?" asks the body of a duty, not a body\'s duties', () => {
    const q =
      'Tôi nghiên cứu về tín dụng vi mô cho hộ nghèo. Phụ lục II của KH 230 Đồng Nai có một dòng về thực hiện kế hoạch tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội. Cơ quan nào được giao chủ trì dòng nhiệm vụ đó?';
    expect(understand(q, corpus).intent).toBe('agency');
    expect(ask(q).text).toContain('Ngân hàng Chính sách xã hội');
    // (Asked what the body does too, its duties stay asked.)
    expect(
      understand(
        'Theo KH 767 Lai Châu, cơ quan nào được giao chủ trì thực hiện Kế hoạch và có trách nhiệm gì?',
        corpus,
      ).intent,
    ).toBe('assignments');
  });
  it('answers what is asked, not the situation', () => {
    const a = ask(
      'Tôi nghèo, ở Đồng Nai, cần trợ giúp pháp lý miễn phí để kiện. KH 230 giao cơ quan nào chủ trì chỉ tiêu người nghèo được trợ giúp pháp lý, tỷ lệ bao nhiêu?',
    );
    expect(a.text).toContain('Sở Tư pháp');
    expect(a.text).not.toContain('Sở Xây dựng');
  });
});

describe('a word that sets the scene', () => {
  it('"khi" (when) is no part of the topic; "khí hậu" is', () => {
    expect(
      understand('Sở TT&TT Đà Nẵng khi tuyên truyền chính sách xã hội thì phối hợp với sở nào?', corpus)
        .topic,
    ).not.toMatch(/\bkhi\b/);
    expect(understand('ứng phó biến đổi khí hậu ai chủ trì', corpus).topic).toContain('khi hau');
  });
  it('"hứa" (what the plan promises) is no part of the topic', () => {
    expect(
      understand('KH 91 của QN hứa mỗi năm tạo thêm việc làm cho bao nhiêu người?', corpus).topic,
    ).not.toMatch(/\bhua\b/);
  });
  it('"nhỉ" (asking for agreement) is no part of the topic; "Sản Nhi" stays', () => {
    const q = understand('Quảng Ninh giảm tỷ lệ tái nghiện bao nhiêu so với năm 2020 nhỉ?', corpus);
    expect(q.topic).not.toMatch(/\bnhi\b/);
    expect(ask('Quảng Ninh giảm tỷ lệ tái nghiện bao nhiêu so với năm 2020 nhỉ?').text).toContain('15%');
    expect(understand('bệnh viện sản nhi quảng ninh xây dựng thế nào', corpus).topic).toMatch(/\bsan nhi\b/);
  });
  it('"thôi" (only) is no part of the topic; "thời gian" stays', () => {
    expect(understand('ho ngheo qn toi 2025 con bn % thoi', corpus).topic).not.toMatch(/\bthoi\b/);
    expect(understand('hộ nghèo QN tới 2025 còn bao nhiêu % thôi', corpus).topic).not.toMatch(/\bthoi\b/);
    expect(understand('chi tra tro cap kip thoi ai lo', corpus, known).topic).toMatch(/\bkip thoi\b/);
    expect(ask('ho ngheo qn toi 2025 con bn % thoi').text).toContain('còn dưới 1%');
  });
});

describe('an insurance is not the body that runs it', () => {
  it('"chính sách BHXH bắt buộc", "tham gia BHXH" name the insurance; "BHXH tỉnh" the body', () => {
    expect(understand('sở nào giám sát việc thực hiện chính sách BHXH bắt buộc?', corpus).agency).toBeNull();
    expect(understand('tỷ lệ tham gia BHXH là bao nhiêu?', corpus).agency).toBeNull();
    expect(
      understand('BHXH tỉnh Đồng Nai làm gì để tăng người tham gia BHXH tự nguyện?', corpus).agency,
    ).toBe('Bảo hiểm xã hội tỉnh');
  });
});

describe('bodies named by abbreviation or with their successor beside them', () => {
  it('"NHCS" is the social policy bank', () => {
    expect(read('NHCS Lai Châu được giao gì trong KH 767/KH-UBND?').agency).toBe(
      'Ngân hàng Chính sách xã hội',
    );
  });
  it('"Ban Dân tộc tỉnh (nay là Sở Dân tộc và Tôn giáo)" asks about the Ban, the body the plans name', () => {
    expect(read('Ban Dân tộc tỉnh Lai Châu (giờ là Sở Dân tộc và Tôn giáo) làm gì theo KH 767?').agency).toBe(
      'Ban Dân tộc tỉnh',
    );
    expect(read('Sở Dân tộc và Tôn giáo Lai Châu làm gì theo KH 767?').agency).toBe('Sở Dân tộc và Tôn giáo');
  });
});

describe('department initials with the "S" stuck on', () => {
  it.each([
    ['SNN&PTNT Đà Nẵng chủ trì chính sách gì theo KH 10?', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['STTTT Đồng Nai được giao gì?', 'Sở Thông tin và Truyền thông'],
    ['SXD Lai Châu làm gì?', 'Sở Xây dựng'],
    ['STC Thanh Hoa duoc giao chu tri viec gi trong KH 68/KH-UBND?', 'Sở Tài chính'],
    ['SCT Đồng Nai được giao gì?', 'Sở Công Thương'],
  ])('%s', (q, agency) => {
    expect(read(q).agency).toBe(agency);
  });
});

describe("a body's part in the plan, asked by its targets or its role", () => {
  it.each([
    ['Sở Tư pháp Đồng Nai phụ trách chỉ tiêu gì, mục tiêu bao nhiêu phần trăm?', 'Sở Tư pháp'],
    ['Sở Ngoại vụ Đồng Nai có vai trò gì trong KH 230 về chính sách xã hội?', 'Sở Ngoại vụ'],
    ['Cục Thống kê theo dõi những chỉ tiêu nào?', 'Cục Thống kê tỉnh'],
  ])('%s', (q, agency) => {
    const r = read(q);
    expect(r.intent).toBe('assignments');
    expect(r.agency).toBe(agency);
  });

  it('"vai trò gì" with a duty named asks the role in that duty, not the body\'s whole part', () => {
    expect(
      read('Sở TT&TT Đồng Nai có vai trò gì trong việc xây dựng cơ sở dữ liệu an sinh xã hội?').intent,
    ).not.toBe('assignments');
  });

  it('reads "Đài PT-TH" as the Đài Phát thanh - Truyền hình the plans name', () => {
    const a = ask('Đài PT-TH Đà Nẵng có nhiệm vụ gì trong KH 10/KH-UBND?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('tuyên truyền Kế hoạch');
  });
});

describe('a table row named by its number', () => {
  it('"dòng 7.10", "hàng 4.5" are the row, not words of the topic', () => {
    expect(read('Dòng 7.10 trong phụ lục chỉ tiêu của Đồng Nai đặt mức gì cho năm 2030?').topic).not.toMatch(
      /\bdong\b/,
    );
    const a = ask('Dòng 7.10 trong phụ lục chỉ tiêu của Đồng Nai đặt mức gì cho năm 2030?');
    expect(a.text).toContain('mục 7.10');
    // "lao động 2030" keeps its "động": only a word before a row's number goes.
    expect(understand('lao dong 2.5 trieu nguoi', corpus, known).topic).toMatch(/\blao dong\b/);
  });
});

describe('a province inside a name the plans write', () => {
  it('"thủy điện Sơn La" (Lai Châu\'s resettlement area) is no province asked; "Sơn La đặt …" is', () => {
    const named = read('Đề án ổn định dân cư vùng tái định cư thủy điện Sơn La được giao cho sở nào?');
    expect(named.missingProvince).toBeNull();
    expect(read('Sơn La đặt chỉ tiêu BHYT bao nhiêu?').missingProvince).toBe('Sơn La');
    expect(read('tỉnh Sơn La có kế hoạch không?').missingProvince).toBe('Sơn La');
  });
});

describe('withoutQuestionSpellings: a word written both as a question word and as a content word', () => {
  it('takes out the question word\'s occurrences ("vậy") and keeps the plain one ("vay")', () => {
    const raw =
      'Nhà tôi ở Lai Châu thuộc diện hộ nghèo, muốn vay ít vốn làm ăn thì cơ quan nào lo giải ngân vậy ạ?';
    const out = withoutQuestionSpellings(fold(raw), raw);
    expect(out.mixed.has('vay')).toBe(true);
    expect(out.asked).toMatch(/muon vay it von/);
    expect(out.asked).not.toMatch(/giai ngan vay/);
    expect(read(raw).topic).toMatch(/\bvay it von\b/);
  });
  it('leaves words whose question spelling is their plain one ("cho"), and questions without diacritics', () => {
    const raw = 'tro giup phap ly cho nguoi ngheo o dong nai thi co quan nao chu tri?';
    expect(withoutQuestionSpellings(fold(raw), raw)).toEqual({ asked: fold(raw), mixed: new Set() });
    const cho = 'Trợ giúp pháp lý cho người nghèo cho hỏi ai lo?';
    expect(withoutQuestionSpellings(fold(cho), cho).mixed.size).toBe(0);
  });
});

describe('withoutWhereWritten: words about where the plan writes it', () => {
  it('leaves the subject of "… nêu … ở những chỗ nào, mỗi chỗ ghi con số bao nhiêu?"', () => {
    expect(
      read(
        'KH 91/KH-UBND của Quảng Ninh nêu chỉ tiêu tỷ lệ lực lượng lao động tham gia BHXH ở những chỗ nào, mỗi chỗ ghi con số bao nhiêu?',
      ).topic,
    ).toBe('ty le luc luong lao dong tham gia bhxh');
    // "ghi nhận", "nêu gương" are phrases: they stay.
    expect(withoutWhereWritten('ghi nhan dong gop | neu guong')).toBe('ghi nhan dong gop | neu guong');
  });
  it('drops "đặt" (set) as it drops "đạt": a verb of framing', () => {
    expect(read('Thanh Hóa: nước sạch cho dân thành thị đặt tỷ lệ bao nhiêu?').topic).not.toMatch(/\bdat\b/);
    expect(ask('Thanh Hóa: nước sạch cho dân thành thị đặt tỷ lệ bao nhiêu?').text).toMatch(
      /^Thanh Hóa: 100% hộ gia đình ở thành thị/,
    );
  });
  it('reads an everyday name of a body: "ngân hàng chính sách"', () => {
    expect(read('Ngân hàng chính sách Đồng Nai được phân công việc gì trong kế hoạch 230?').agency).toBe(
      'Ngân hàng Chính sách xã hội',
    );
  });
});

describe('"ở" in a topic', () => {
  const topic = (q: string) => understand(q, corpus, known).topic;
  it('before a place word is the preposition: one noun phrase, no "ở vùng" pair', () => {
    expect(topic('Mấy thôn ở vùng núi Đà Nẵng có Internet không?')).toContain('thon vung nui');
  });
  it('stays a noun after "nhà", and "ô" typed plain stays "ô"', () => {
    expect(topic('Đà Nẵng xây bao nhiêu nhà ở xã hội?')).toContain('nha o xa hoi');
    expect(topic('da nang xu ly diem o nhiem thi so nao chu tri')).toContain('o nhiem');
  });
});

describe('"lần lượt" (respectively)', () => {
  it('says how the figures are to be given, not what they are of', () => {
    const q =
      'Thanh Hóa đến 2030: tỷ lệ hộ gia đình dùng nước sạch ở thành thị và ở nông thôn lần lượt là bao nhiêu?';
    expect(understand(q, corpus, known).topic).not.toMatch(/\blan\b|\bluot\b/);
    const a = ask(q);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Thanh Hóa: 100% hộ gia đình ở thành thị và 75% hộ gia đình ở nông thôn/);
  });
});
