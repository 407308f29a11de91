import { describe, expect, it } from 'vitest';
import {
  carriedOut,
  documentDayVerdict,
  namesNumber,
  restsOnSubject,
} from '../../src/answer/intents/documents';
import {
  byIssuer,
  factsAsked,
  issueOrder,
  numberOfPlanDescribed,
  numbersNotCited,
} from '../../src/answer/intents/meta';
import { understand } from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus } from '../helpers';

const understandQ = (q: string) => understand(q, corpus);

describe('referenced documents are answerable', () => {
  it('finds the document a question describes, with the sentence that cites it', () => {
    const a = ask(
      'Chương trình việc làm tỉnh Quảng Ninh giai đoạn 2021-2025 mà KH 91 nhắc tới được ban hành theo quyết định nào?',
    );
    expect(a.text).toContain('Quyết định số 4103/QĐ-UBND ngày 03/11/2020 của UBND tỉnh');
    expect(a.text).toMatch(/KH 91\/KH-UBND viết: «.*Chương trình việc làm/);
    expect(a.sources[0]?.lineStart).toBeGreaterThan(0);
  });
  it('reads the number asked for in other words', () => {
    // The answer itself is the Quyết định that issued the Đề án, not only the quoted sentence.
    expect(ask('đề án thành phố 5 không 3 có 4 an là quyết định số mấy').text.split('\n')[0]).toContain(
      'Quyết định số 980/QĐ-UBND',
    );
    expect(
      ask('Mức chuẩn trợ giúp xã hội ở Đà Nẵng được HĐND thành phố thông qua ở nghị quyết nào?').text,
    ).toContain('34/2021/NQ-HĐND');
  });
  it('the plan’s own title and basis', () => {
    expect(ask('Tên kế hoạch 91 Quảng Ninh là gì?').text).toMatch(/92-KL\/TW/);
    const basis = ask('Kế hoạch 230 của UBND tỉnh Đồng Nai ban hành để thực hiện những văn bản nào?').text;
    expect(basis).toContain('68/NQ-CP');
    expect(basis).toContain('332-KH/TU');
  });
  it('a name the question quotes is the document asked about, whatever words a neighbouring sentence shares', () => {
    for (const q of [
      'Đề án “Xây dựng Đà Nẵng - thành phố môi trường” mà KH 10 yêu cầu triển khai được ban hành theo quyết định số mấy?',
      'de an “xay dung da nang - thanh pho moi truong” ma kh 10 yeu cau trien khai duoc ban hanh theo quyet dinh so may?',
    ]) {
      const first = ask(q).text.split('\n')[0];
      expect(first).toContain('Quyết định số 1099/QĐ-UBND');
    }
    // Unquoted, the same words still need most of them in the citing sentence.
    expect(
      ask('Đề án "Xây dựng Đà Nẵng - thành phố môi trường" mà KH 10 yêu cầu triển khai có giai đoạn nào?')
        .text,
    ).toContain('2021-2030');
  });
  it('a question about something else is not taken for a document question', () => {
    expect(ask('Ai ký kế hoạch 230 về chính sách xã hội của Đồng Nai vậy?').text).toContain(
      'Nguyễn Sơn Hùng',
    );
  });
});

describe('periods', () => {
  it('the plan’s own period, and a cited document’s', () => {
    expect(ask('Kế hoạch 10/KH-UBND của Đà Nẵng áp dụng cho giai đoạn nào?').text).toContain(
      'giai đoạn 2021-2025',
    );
    expect(
      ask('Đề án Xây dựng Đà Nẵng - thành phố môi trường nêu trong KH 10 thực hiện giai đoạn nào?').text,
    ).toContain('giai đoạn 2021-2030');
  });
});

describe('a name in quotes names the record asked about', () => {
  it('the duty holding the quoted name answers who leads, however little else of the question it covers', () => {
    const a = ask(
      'Trong KH 10/KH-UBND Đà Nẵng, nhóm nhiệm vụ nước sạch, xử lý ô nhiễm môi trường (có Đề án “Xây dựng Đà Nẵng - thành phố môi trường”) do những sở nào chủ trì?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('Sở Nông nghiệp và Phát triển nông thôn');
    expect(a.text).toContain('Sở Tài nguyên và Môi trường');
    expect(a.text).toContain('1099/QĐ-UBND');
  });
});

describe('a document asked with the body that carries it out', () => {
  it('names the bodies of the citing duty, cited where the plan assigns them', () => {
    const a = ask(
      'Đề án xây dựng chung cư nhà ở xã hội cho người có công với cách mạng mà KH 10 Đà Nẵng nêu thuộc giai đoạn nào, cơ quan nào thực hiện?',
    );
    expect(a.text).toContain('2021- 2025');
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
    expect(a.text).toContain('Phân công: KH 10/KH-UBND (17/01/2022), mục III.2.h, dòng 42');
    expect(a.sources.some((s) => s.lineStart === 42)).toBe(true);
  });
  it('says no body when none is asked', () => {
    expect(ask('đề án thành phố 5 không 3 có 4 an là quyết định số mấy').text).not.toContain('Chủ trì:');
  });
});

describe('several documents asked', () => {
  it('"những giai đoạn nào" lists every document that fits as well as the best one', () => {
    const a = ask(
      'Trong Phụ lục II của Đồng Nai có những nhiệm vụ thực hiện Chiến lược quốc gia về bình đẳng giới cho những giai đoạn nào?',
    );
    expect(a.text).toContain('giai đoạn 2021 - 2025');
    expect(a.text).toContain('giai đoạn 2026 - 2030');
  });
  it('one document asked is one answer', () => {
    const a = ask('Đề án Xây dựng Đà Nẵng - thành phố môi trường nêu trong KH 10 thực hiện giai đoạn nào?');
    expect(a.text.split('\n').filter((l) => l.startsWith('• ')).length).toBe(0);
  });
});

describe('a cited document named by its number', () => {
  it('is the document asked about, wherever the plan cites it', async () => {
    const { namesNumber } = await import('../../src/answer/intents/documents');
    expect(namesNumber('gan voi nghi quyet 58-nq/tw cua bo chinh tri', '58-NQ/TW')).toBe(true);
    expect(namesNumber('nam 2021 dat bao nhieu', '2021')).toBe(false);
    // A number alone, with its own kind before it, when the document's day is asked.
    expect(namesNumber('chuong trinh hanh dong 56 cua tinh uy ra ngay nao', '56-CTr/TU', true)).toBe(true);
    expect(namesNumber('chuong trinh hanh dong 56 cua tinh uy ra ngay nao', '56-CTr/TU')).toBe(false);
    expect(namesNumber('kh 68 ra ngay nao', '68/NQ-CP', true)).toBe(false);
    const a = ask(
      'Mục tiêu chung của KH 68 Thanh Hóa gắn với Nghị quyết 58-NQ/TW của Bộ Chính trị ban hành ngày nào?',
    );
    expect(a.text).toMatch(
      /^Thanh Hóa: Nghị quyết số 58-NQ\/TW ngày 05\/08\/2020 của Bộ Chính trị \(khóa XII\)\./,
    );
    expect(a.text).toContain('dòng 72–73');
  });
});

describe('a kind of document the basis names inside another’s subject', () => {
  it('is not said to be missing from the basis', async () => {
    const { kindsNotCited } = await import('../../src/answer/intents/meta');
    const qn = corpus.plans.filter((p) => p.plan.province === 'Quảng Ninh');
    expect(kindsNotCited('ket luan 92 la ve nghi quyet hoi nghi trung uong may', qn)).toEqual([]);
    expect(kindsNotCited('kh 91 can cu to trinh nao', qn)).toEqual([]);
    expect(kindsNotCited('kh 91 can cu thong tu nao', qn)).toEqual(['thông tư']);
  });
});

describe('documents asked by their issuer', () => {
  const basis = [
    { kind: 'Kết luận', number: '92-KL/TW' },
    { kind: 'Nghị quyết', number: '68/NQ-CP' },
    { kind: 'Kế hoạch', number: '19-KH/TW' },
    { kind: 'Kế hoạch', number: '332-KH/TU' },
    { kind: 'Quyết định', number: '1983/QĐ-TTg' },
  ];
  const numbers = (folded: string) => byIssuer(basis, folded).map((b) => b.number);

  it('names the issuer by how its documents are numbered', () => {
    expect(numbers('kh cua tinh uy so may')).toEqual(['332-KH/TU']);
    expect(numbers('nghi quyet nao cua chinh phu')).toEqual(['68/NQ-CP']);
    expect(numbers('quyet dinh nao cua thu tuong chinh phu')).toEqual(['1983/QĐ-TTg']);
    expect(numbers('van ban nao cua trung uong va tinh uy')).toEqual(['92-KL/TW', '19-KH/TW', '332-KH/TU']);
    // The province beside the centre, as an issuer: its Party committee.
    expect(numbers('van ban nao cua trung uong va tinh')).toEqual(['92-KL/TW', '19-KH/TW', '332-KH/TU']);
    // "của tỉnh" naming the plan's own province is no issuer.
    expect(numbers('ke hoach cua tinh dong nai thuc hien van ban nao cua trung uong')).toEqual([
      '92-KL/TW',
      '19-KH/TW',
    ]);
  });

  it('a kind asked of which the issuer has none is asked of whoever issued it; no issuer, every document', () => {
    expect(numbers('can cu ket luan nao va cong van nao cua tinh uy')).toEqual(['92-KL/TW', '332-KH/TU']);
    expect(numbers('ke hoach 10 can cu nhung van ban nao')).toHaveLength(5);
  });
});

// "Mức chuẩn trợ giúp xã hội … dựa trên nghị quyết nào?" asks what the subject rests on, not the plan's basis.
describe('restsOnSubject: what stands before "dựa trên / căn cứ"', () => {
  it('is a subject when words of its own come before', () => {
    expect(restsOnSubject('muc chuan tro giup xa hoi | dua tren nghi quyet hdnd so')).toBe(true);
  });
  it('is the plan when only the plan and asking words come before', () => {
    expect(restsOnSubject('dua tren ket luan | , cong van | uy')).toBe(false);
    expect(restsOnSubject('ke hoach nay can cu van ban nao')).toBe(false);
  });
  it('answers the document a subject rests on, and the plan basis when the plan is asked', () => {
    const a = ask('Mức chuẩn trợ giúp xã hội ở Đà Nẵng theo KH 10 dựa trên nghị quyết HĐND số mấy?');
    expect(a.text).toMatch(/34\/2021\/NQ-HĐND/);
    expect(a.text).not.toMatch(/1983\/QĐ-TTg/);
    expect(ask('Kế hoạch 767 Lai Châu dựa trên kết luận nào và công văn nào của Tỉnh ủy?').text).toMatch(
      /377-CV\/TU/,
    );
  });
});

// "… quyết định nào của Thủ tướng và kế hoạch nào của Thành ủy?": one document per kind, each by its own words.
describe('two kinds of document asked in one question', () => {
  it('gives one of each kind, found by the words after it, the basis first on a tie', () => {
    const a = ask('ke hoach 10 da nang thuc hien quyet dinh nao cua thu tuong va ke hoach nao cua thanh uy');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/1983\/QĐ-TTg/);
    expect(a.text).toMatch(/29-KH\/TU/);
    expect(a.text).not.toMatch(/1677\/QĐ-TTg/);
  });
});

// "… là kế hoạch số mấy?" asks for a document named by its subject; "Kế hoạch của <tỉnh> về … là số mấy?" for
// the plan itself when no cited Kế hoạch fits; "… là sở nào?" is no number asked.
describe('a document named by its subject, its number asked', () => {
  it('finds the cited plan by its subject, typed without diacritics and with "tp"', () => {
    const a = ask('kh phat trien nha o tp da nang giai doan 2021-2025 la ke hoach so may');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/7621\/KH-UBND/);
  });
  it('gives the plan itself when no cited Kế hoạch fits', () => {
    const a = ask('Kế hoạch của Lai Châu về chính sách xã hội là số mấy?');
    expect(a.text).toMatch(/KH 767\/KH-UBND/);
    expect(a.text).not.toMatch(/^Lai Châu: Nghị quyết/);
  });
  it('reads "là sở nào" as a body asked, not a number', () => {
    const a = ask('Cơ quan thường trực để triển khai kế hoạch 91 ở Quảng Ninh là sở nào?');
    expect(a.text).toMatch(/Sở Lao động - Thương binh và Xã hội/);
  });
});

describe('a document asked by its kind and issuer ("nghị quyết HĐND nào")', () => {
  it('finds the cited document by the subject, not the plan basis', () => {
    const a = ask('mức chuẩn trợ giúp xã hội ở ĐN được thông qua bằng NQ HĐND nào?');
    expect(a.text).toMatch(/34\/2021\/NQ-HĐND/);
    expect(a.text).not.toMatch(/căn cứ và thực hiện/);
  });
});

// "Phê duyệt" says how a document came to be, like "ban hành": it names no document.
describe('a document the plan names without its number', () => {
  it('is not answered with another approved document, and the number is said to be missing', () => {
    const a = ask(
      'Đề án chuyển đổi số TP Đà Nẵng đến 2025 nêu trong KH 10 được phê duyệt tại quyết định số mấy?',
    );
    expect(a.text).not.toMatch(/2435\/QĐ-UBND/);
    expect(a.text).toContain('chuyển đổi số');
    expect(a.text).toContain('không ghi số');
    expect(a.found).toBe(false);
  });
  it('still finds an approved document by its own name', () => {
    const a = ask(
      'Đề án xây dựng, nâng cấp, mở rộng trường học ở Đà Nẵng được phê duyệt tại quyết định số mấy?',
    );
    expect(a.text).toMatch(/2435\/QĐ-UBND/);
    expect(a.found).toBe(true);
  });
});

describe('a cited document named by its number, asked whose it is', () => {
  it('answers with its citation, its issuer and day, whatever other words the question has', () => {
    const a = ask('Công văn 377-CV/TU nêu trong kế hoạch 767 của Lai Châu là của ai, ngày nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Công văn số 377-CV/TU ngày 23/11/2020 của Ban Thường vụ Tỉnh ủy');
    expect(a.text).toContain('dòng 13');
  });
});

describe('a cited document asked by its number and year, or by the subject it is about', () => {
  it('"NQ 34/2021" names Nghị quyết 34/2021/NQ-HĐND; a bare "2021" names nothing', () => {
    expect(namesNumber('nghi quyet 34/2021 cua hdnd', '34/2021/NQ-HĐND')).toBe(true);
    expect(namesNumber('nq 34/2021 cua hdnd', '34/2021/NQ-HĐND')).toBe(true);
    expect(namesNumber('nam 2021 dat bao nhieu', '34/2021/NQ-HĐND')).toBe(false);
  });
  it('"… quy định cái gì?" of a document named by its number is answered with its citation', () => {
    const a = ask('NQ 34/2021 của HĐND thành phố Đà Nẵng mà kế hoạch dẫn ra quy định cái gì vậy?');
    expect(a.text).toContain('mức chuẩn trợ giúp xã hội');
    expect(a.text).not.toContain('75/2021');
  });
  it('"… được ban hành bằng quyết định số bao nhiêu?" finds a decision cited in the body', () => {
    const a = ask(
      'Chương trình việc làm tỉnh Quảng Ninh giai đoạn 2021-2025 mà kế hoạch nhắc tới được ban hành bằng quyết định số bao nhiêu?',
    );
    expect(a.text).toContain('4103/QĐ-UBND');
  });
});

describe("a cited document's day checked", () => {
  it('is answered with its citation: the day the plan writes', () => {
    const a = ask('da nang trien khai QD 1983/QD-TTg ngay 24/9/2021 dung khong');
    expect(a.text).toContain('Quyết định số 1983/QĐ-TTg ngày 24/11/2021');
  });
  it('a document number is no target year', () => {
    expect(understandQ('NQ 34/2021 của HĐND').years).toEqual([]);
    expect(understandQ('hạn 31/12/2025').years).toEqual([2025]);
  });
});

describe('a cited document asked by its number when it was issued', () => {
  it('"Công văn 377-CV/TU … ra ngày nào?" is its citation', () => {
    const a = ask('Công văn 377-CV/TU của BTV Tỉnh ủy Lai Châu mà KH 767 thực hiện ra ngày nào?');
    expect(a.text).toContain('Công văn số 377-CV/TU ngày 23/11/2020');
  });
});

describe('a day put forward for a cited document', () => {
  const q = (raw: string) => ({ raw, folded: fold(raw) });
  it('is yes with the day, or no without repeating the wrong day; nothing when no claim or no single day', () => {
    expect(documentDayVerdict(q('Công văn 377 ngày 23/11/2020 à?'), '2020-11-23')).toBe(
      'Đúng: kế hoạch ghi ngày 23/11/2020.',
    );
    expect(documentDayVerdict(q('Công văn 377 ngày 23/12/2020 à?'), '2020-11-23')).toBe(
      'Không: kế hoạch ghi ngày khác:',
    );
    // The day right, the year not.
    expect(documentDayVerdict(q('… ngày 23/11/2021 đúng không?'), '2020-11-23')).toMatch(/^Không/);
    expect(documentDayVerdict(q('Công văn 377 ngày 23/12/2020 nói gì?'), '2020-11-23')).toBeNull();
    expect(documentDayVerdict(q('ngày 23/11 hay 23/12 đúng không?'), '2020-11-23')).toBeNull();
    expect(documentDayVerdict(q('ngày 23/11/2020 đúng không?'), null)).toBeNull();
  });
  it('judges a year, or a month of it, put forward as the day it was issued or signed', () => {
    expect(documentDayVerdict(q('KH 767 ban hành năm 2022 phải không?'), '2021-03-31')).toBe(
      'Không: kế hoạch ghi ngày khác:',
    );
    expect(documentDayVerdict(q('KH 767 ban hành năm 2021 phải không?'), '2021-03-31')).toBe(
      'Đúng: kế hoạch ghi ngày 31/03/2021.',
    );
    expect(documentDayVerdict(q('NQ 68 ban hành tháng 6/2024 phải không?'), '2024-05-09')).toMatch(/^Không/);
    expect(documentDayVerdict(q('kh 91 ky thang 4 nam 2021 dung ko'), '2021-04-26')).toMatch(/^Đúng/);
    expect(documentDayVerdict(q('KH 767 ban hành năm 2022 không?'), '2021-03-31')).toBeNull();
  });
  it('"văn bản nào" carried out by a plan named by its number is its basis, with the day asked', () => {
    const a = ask(
      'KH 91/KH-UBND của Quảng Ninh được ban hành ngày nào và thực hiện những văn bản nào của Trung ương, Tỉnh ủy?',
    );
    expect(a.text).toContain('92-KL/TW');
    expect(a.text).toContain('41-KH/TU');
    expect(a.text).toContain('26/04/2021');
    expect(a.text).not.toContain('28-NQ/TW');
  });
  it('answers a plan’s year put forward with the plan’s day', () => {
    const a = ask('KH 767/KH-UBND của Lai Châu ban hành năm 2022 phải không ạ?');
    expect(a.text).toMatch(/^Không: kế hoạch ghi ngày khác:\n/);
    expect(a.text).toContain('31/03/2021');
  });
  it('answers first in the reply, whatever the number is written like', () => {
    const no = ask('KH 767 Lai Châu thực hiện Công văn 377-CV/TU ngày 23/12/2020 của BTV Tỉnh ủy à?');
    expect(no.text).toMatch(/^Không: kế hoạch ghi ngày khác:\n/);
    expect(no.text).toContain('23/11/2020');
    expect(no.text).not.toContain('23/12/2020');
    const asked = ask('Công văn 377-CV/TU của BTV Tỉnh ủy Lai Châu về quán triệt KL 92 đề ngày nào?');
    expect(asked.text).toContain('Công văn số 377-CV/TU ngày 23/11/2020');
  });
});

describe('the plan itself asked when it came out', () => {
  it('"KH 68 Thanh Hóa ra ngày nào?" is its date', () => {
    expect(ask('KH 68 Thanh Hóa ra ngày nào?').text).toMatch(
      /^KH 68\/KH-UBND \(Thanh Hóa\) ban hành ngày 08\/03\/2024\./,
    );
  });
});

describe('who signed, asked by the title', () => {
  it('"… là chủ tịch tỉnh ký hay phó chủ tịch ký, tên ai?" is the signer', () => {
    const a = ask('KH 68 Thanh Hóa là chủ tịch tỉnh ký hay phó chủ tịch ký, tên ai?');
    expect(a.text).toMatch(/^KH 68\/KH-UBND \(Thanh Hóa\) do Chủ tịch Đỗ Minh Tuấn ký/);
  });
});

describe('a day put forward beside two documents', () => {
  it('is judged against the document named just before it', () => {
    const a = ask(
      'KH 91 Quảng Ninh là để thực hiện KL 92-KL/TW và Kế hoạch 41-KH/TU ngày 22/3/2021 của Tỉnh ủy, đúng ko?',
    );
    expect(a.text).toMatch(/^Đúng: kế hoạch ghi ngày 22\/03\/2021\./);
    expect(a.text).toContain('41-KH/TU');
    const b = ask(
      'KH 91 Quảng Ninh là để thực hiện KL 92-KL/TW ngày 05/11/2020 và Kế hoạch 41-KH/TU, đúng ko?',
    );
    expect(b.text).toMatch(/^Đúng: kế hoạch ghi ngày 05\/11\/2020\./);
  });
  it('without a day written, the document named first is the one asked about', () => {
    const a = ask('KH 29-KH/TU của Thành ủy Đà Nẵng về thực hiện KL 92 ký ngày nào?');
    expect(a.text).toMatch(/^Đà Nẵng: Kế hoạch số 29-KH\/TU ngày 24\/09\/2021/);
  });
});

describe('a document cited in the body, asked as readers word it', () => {
  it('"ban hành kèm quyết định nào" asks only which document: its subject decides', () => {
    const a = ask(
      'Chương trình mục tiêu Y tế - Dân số 2021-2025 của Đà Nẵng được ban hành kèm quyết định nào?',
    );
    expect(a.text).toMatch(/^Đà Nẵng: Quyết định số 2244\/QĐ-UBND ngày 28\/06\/2021/);
  });
  it('"là KH số mấy, ngày nào?" of a plan the plan cites: its number and its own day, not the plan\'s', () => {
    const a = ask(
      'Kế hoạch của UBND thành phố Đà Nẵng triển khai BHXH, BHYT 2021-2025 là KH số mấy, ngày nào?',
    );
    expect(a.text).toMatch(/^Đà Nẵng: Kế hoạch số 64\/KH-UBND ngày 12\/04\/2021/);
    expect(a.text).not.toContain('ban hành ngày 17/01/2022');
  });
});

describe('the signer put forward by title and name, or by title alone', () => {
  it('"do PCT <name> ký à?" is the signer put forward', () => {
    expect(ask('KH 767 của Lai Châu do PCT Tống Thanh Hải ký à?').text).toMatch(
      /^Đúng: kế hoạch do Tống Thanh Hải ký\./,
    );
    const wrong = ask('ke hoach 91/KH-UBND quang ninh do chu tich Cao Tuong Huy ky dung ko');
    expect(wrong.text).toMatch(/^Không: kế hoạch do người khác ký:/);
    expect(wrong.text).not.toContain('Cao Tuong Huy');
  });
  it("a title alone is judged against the signing line's title", () => {
    expect(ask('KH 68 là chủ tịch tỉnh ký đúng không?').text).toMatch(
      /^Đúng: kế hoạch do Chủ tịch Đỗ Minh Tuấn ký\./,
    );
    expect(ask('KH 767 Lai Châu do chủ tịch tỉnh ký phải không?').text).toMatch(
      /^Không: kế hoạch do Phó Chủ tịch Tống Thanh Hải ký\./,
    );
  });
});

describe('a cited document named by a two-word subject and a shortened kind', () => {
  it('"nhà ở" is not "nhà giáo", and "KH số mấy" asks for a Kế hoạch', () => {
    const a = ask('KH phat trien nha o Da Nang giai doan 2021-2025 ma KH 10 nhac toi la KH so may');
    expect(a.text).toMatch(/^Đà Nẵng: Kế hoạch số 7621\/KH-UBND ngày 13\/11\/2020/);
  });
});

describe('a document number put to the plan that it does not cite', () => {
  it('"có căn cứ NQ 42-NQ/TW không?" of a plan that cites none: not in the plan, and what it does cite', () => {
    const a = ask('KH 10 Đà Nẵng có căn cứ Nghị quyết 42-NQ/TW không?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 10\/KH-UBND \(Đà Nẵng\) không nêu văn bản được hỏi\./);
    expect(a.text).toContain('1983/QĐ-TTg');
  });
  it('a wrong number claimed is answered no, without repeating it', () => {
    const a = ask(
      'KH 230 của Đồng Nai căn cứ Kế hoạch số 323-KH/TU của Ban Chấp hành Đảng bộ tỉnh phải không?',
    );
    expect(a.text).toMatch(/^Không: KH 230\/KH-UBND \(Đồng Nai\) không nêu văn bản được hỏi\./);
    expect(a.text).toContain('332-KH/TU');
    expect(a.text).not.toContain('323-KH/TU');
  });
  it("numbersNotCited leaves out the plan's own number and numbers written in its rows", () => {
    const plans = corpus.plans.filter((p) => p.plan.province === 'Đồng Nai');
    const q = (raw: string) => ({ raw, folded: fold(raw) });
    expect(numbersNotCited(q('KH 230/KH-UBND căn cứ 42-NQ/TW không?'), plans)).toEqual([]);
    expect(numbersNotCited(q('theo QĐ 882/QĐ-TTg'), plans)).toEqual([]);
    expect(numbersNotCited(q('có căn cứ 99-NQ/TW không'), plans)).toEqual(['99-nq/tw']);
  });
});

describe("the plan's own day asked beside its basis", () => {
  it('"KH 767 ký ngày nào, căn cứ công văn nào …?" gives both', () => {
    expect(
      factsAsked(fold('Lai Châu KH 767 ký ngày nào, căn cứ công văn nào của Ban Thường vụ Tỉnh ủy?')),
    ).toEqual(expect.arrayContaining(['basis', 'date']));
    const a = ask('Lai Châu KH 767 ký ngày nào, căn cứ công văn nào của Ban Thường vụ Tỉnh ủy?');
    expect(a.text).toContain('377-CV/TU');
    expect(a.text).toContain('ban hành ngày 31/03/2021');
  });
  it('a document asked first keeps the day its own', () => {
    expect(
      factsAsked(fold('nghi quyet 42 ma thanh hoa trien khai trong KH 68 duoc ban hanh ngay nao?')),
    ).not.toContain('date');
  });
});

describe("a cited document's day the plan does not give", () => {
  it('is said not to be in the plan, with the citation', () => {
    const a = ask('Nghị quyết 75/2021/NQ-HĐND của HĐND Đà Nẵng được thông qua ngày nào?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('Kế hoạch không ghi ngày ban hành của văn bản này.');
    expect(a.text).toContain('75/2021/NQ-HĐND');
  });
  it('a document with its day is answered as before', () => {
    const a = ask('Nghị quyết 42-NQ/TW mà KH 68 Thanh Hóa triển khai ban hành ngày nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('24/11/2023');
  });
});

describe('a plan named by the document it carries out, its number asked', () => {
  it('is the plan’s own number and day, not the document', () => {
    expect(numberOfPlanDescribed('ke hoach thuc hien nq 42-nq/tw cua ubnd tinh thanh hoa so may?')).toBe(
      true,
    );
    expect(
      numberOfPlanDescribed('ke hoach trien khai ket luan 92 cua tinh lai chau so may, ky ngay nao?'),
    ).toBe(true);
    expect(numberOfPlanDescribed('kh 68 thuc hien nghi quyet nao?')).toBe(false);
    expect(numberOfPlanDescribed('nghi quyet 42 so may?')).toBe(false);
    const a = ask('Kế hoạch thực hiện NQ 42-NQ/TW của UBND tỉnh Thanh Hóa số mấy, ban hành ngày nào?');
    expect(a.text).toContain('KH 68/KH-UBND (Thanh Hóa) ban hành ngày 08/03/2024');
    // The documents the plan carries out are asked as before.
    expect(ask('KH 68 Thanh Hóa thực hiện nghị quyết nào?').text).toContain('Nghị quyết số 42-NQ/TW');
  });
});

describe('a programme named by its subject, its period asked', () => {
  it("is no question of the plan's basis: the duty that names the programme answers", () => {
    expect(
      factsAsked(
        fold('KH 230 Đồng Nai nói sẽ tổng kết Chương trình MTQG giảm nghèo bền vững giai đoạn nào?'),
      ),
    ).toEqual(['horizon']);
    expect(factsAsked(fold('KH 68 thực hiện chương trình hành động nào của Tỉnh ủy?'))).toContain('basis');
    expect(factsAsked(fold('Chương trình 56-CTr/TU ban hành ngày nào'))).toContain('basis');
    const a = ask(
      'KH 230 của Đồng Nai nói sẽ tổng kết Chương trình MTQG giảm nghèo bền vững giai đoạn nào và tiếp tục thực hiện giai đoạn nào?',
    );
    expect(a.text).toContain('giai đoạn 2021 - 2025');
    expect(a.text).toContain('giai đoạn 2026 - 2030');
    expect(a.text).toContain('dòng 39');
  });
});

describe('which plan came first', () => {
  it('of every plan: the first and the last, then each by its day', () => {
    const a = ask('Trong 5 kế hoạch của các tỉnh, kế hoạch nào được ký sớm nhất?');
    expect(a.intent).toBe('plan_meta');
    expect(a.text).toMatch(
      /^Ban hành sớm nhất: KH 767\/KH-UBND \(Lai Châu, 31\/03\/2021\); muộn nhất: KH 230\/KH-UBND \(Đồng Nai, 02\/07\/2024\)\./,
    );
    const days = [...a.text.matchAll(/ban hành ngày (\d\d)\/(\d\d)\/(\d{4})/g)].map(
      (m) => `${m[3]}-${m[2]}-${m[1]}`,
    );
    expect(days).toHaveLength(5);
    expect([...days].sort()).toEqual(days);
    // Each of the five days with its line: no plan's day without its source.
    const sources = a.text.split('\n').at(-1) ?? '';
    for (const n of ['91', '68', '10', '230', '767']) expect(sources).toContain(`KH ${n}/KH-UBND, dòng`);
  });
  it('of two: which came first and how many days apart', () => {
    const a = ask('Thanh Hóa với Đồng Nai thì kế hoạch tỉnh nào ban hành trước, cách nhau bao lâu?');
    expect(a.text).toMatch(
      /^KH 68\/KH-UBND \(Thanh Hóa, 08\/03\/2024\) ban hành trước KH 230\/KH-UBND \(Đồng Nai, 02\/07\/2024\), cách nhau 116 ngày\./,
    );
  });
  it('is not asked by "ban hành ngày nào?"', () => {
    expect(issueOrder(corpus.plans, 'cac ke hoach ban hanh ngay nao')).toBeNull();
  });
});

describe('a cited document named by its number, asked its day or issuer', () => {
  it('is the document asked about, however few other words the question has', () => {
    const a = ask('Kế hoạch 29-KH/TU mà KH 10 Đà Nẵng thực hiện là của ai, ban hành ngày nào?');
    expect(a.text).toContain('24/09/2021');
    expect(a.text).toContain('Thành ủy Đà Nẵng');
    expect(a.text).not.toContain('ban hành ngày 17/01/2022');
    expect(ask('Kế hoạch 332-KH/TU mà KH 230 Đồng Nai thực hiện được ban hành ngày nào?').text).toContain(
      '20/03/2024',
    );
  });

  it('is not the one asked about when the plan asked about carries it out', () => {
    expect(carriedOut('ke hoach trien khai ket luan 92 cua lai chau so hieu la gi', '92-KL/TW')).toBe(true);
    expect(carriedOut('ke hoach 332-kh/tu ma kh 230 thuc hien ban hanh ngay nao', '332-KH/TU')).toBe(false);
    const plan = ask('KH triển khai Kết luận 92 của tỉnh Lai Châu số hiệu là gì, ký ngày nào?').text;
    expect(plan).toContain('767/KH-UBND');
    expect(plan).toContain('31/03/2021');
  });

  it('says the plan gives no day when it gives none, asked "ngày tháng năm nào"', () => {
    const a = ask('Nghị quyết 28-NQ/TW mà KH 91 Quảng Ninh nhắc đến được ban hành ngày tháng năm nào?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không ghi ngày ban hành');
  });
});

describe("a document's number asked after its kind", () => {
  it('"kế hoạch số mấy …, ngày nào?" asks the document, not a target of its period nor a deadline', () => {
    const q =
      'Ve BHXH, BHYT, Da Nang trien khai ke hoach so may cua UBND thanh pho giai doan 2021-2025, ngay nao?';
    expect(understand(q, corpus).intent).toBe('plan_meta');
    const a = ask(q);
    expect(a.found).toBe(true);
    expect(a.text).toContain('Kế hoạch số 64/KH-UBND ngày 12/04/2021');
    // A deadline asked of a duty is still a deadline.
    expect(understand('Đà Nẵng: hạn báo cáo kết quả là ngày nào?', corpus).intent).toBe('deadline');
  });
});

describe('two documents named by their numbers, each asked', () => {
  it('"… Nghị quyết 68/NQ-CP ngày nào và Kế hoạch 332-KH/TU ngày nào?" gives both days, in the order named', () => {
    const a = ask(
      'KH 230/KH-UBND của Đồng Nai thực hiện Nghị quyết 68/NQ-CP ngày nào và Kế hoạch 332-KH/TU ngày nào?',
    );
    expect(a.text).toMatch(/68\/NQ-CP ngày 09\/05\/2024[\s\S]*332-KH\/TU ngày 20\/03\/2024/);
    // Asked once, the one asked about alone.
    const b = ask('Nghị quyết 42-NQ/TW mà KH 68 Thanh Hóa thực hiện ban hành ngày nào?');
    expect(b.text).toContain('24/11/2023');
    expect(b.text).not.toContain('56-CTr/TU');
  });
});

describe('the plan named by its number, the document it carries out named beside it', () => {
  it('"KH 91 … thực hiện KL 92-KL/TW do ai ký, ngày nào?" asks the plan\'s signer and day', () => {
    const a = ask('KH 91/KH-UBND tỉnh Quảng Ninh thực hiện KL 92-KL/TW do ai ký, ngày nào?');
    expect(a.text).toContain('do Phó Chủ tịch Nguyễn Thị Hạnh ký ngày 26/04/2021');
    // The document asked about itself is still the document's.
    expect(ask('Kết luận 92-KL/TW mà KH 91 thực hiện do ai ký, ngày nào?').text).toContain('05/11/2020');
  });
});

describe("the plan's recipients, asked in other words", () => {
  it('"những nơi nào nhận để báo cáo", "gửi bộ nào để b/c"', () => {
    expect(ask('KH 91 Quảng Ninh: những nơi nào nhận để báo cáo?').text).toContain(
      'được gửi để báo cáo: TT Tỉnh ủy',
    );
    expect(ask('KH 767/KH-UBND Lai Châu gửi bộ nào "để b/c"?').text).toContain('Bộ Lao động - TB&XH');
  });
});
