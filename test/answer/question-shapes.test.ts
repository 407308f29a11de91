import { describe, expect, it } from 'vitest';
import { scopeAsked, shownRole } from '../../src/answer/compose';
import { understand, whichWords } from '../../src/answer/understand';
import { excerpt } from '../../src/text/truncate';
import { ask, corpus } from '../helpers';

// Questions shaped as officials ask them, none taken from the self-check sets: the route must follow what is
// asked (who reports, who leads), not a word that also names something else (a decision's number, "chỉ tiêu").
describe('questions about reporting, however worded, reach the reporting duties', () => {
  it('"nộp báo cáo … trực tiếp cho UBND tỉnh hay qua cơ quan nào?"', () => {
    const a = ask(
      'UBND huyện ở Đồng Nai nộp báo cáo kết quả thực hiện các chỉ tiêu KH 230 trực tiếp cho UBND tỉnh hay qua cơ quan nào?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('(qua Sở Lao động - Thương binh và Xã hội)');
  });
  it('"… báo cáo thế nào?" and "… lên những cơ quan nào?"', () => {
    const a = ask(
      'KH 767 Lai Châu có quy định ngày cụ thể hằng năm để UBND huyện nộp báo cáo không, hay báo cáo thế nào?',
    );
    expect(a.text).toMatch(
      /Ủy ban nhân dân các huyện, thành phố báo cáo Ủy ban nhân dân tỉnh \(qua Sở Lao động/,
    );
    const b = ask(
      'Ở Lai Châu, Sở LĐTBXH báo cáo kết quả kiểm tra, giám sát chính sách an sinh xã hội lên những cơ quan nào?',
    );
    expect(b.text).toContain('Bộ Lao động - Thương binh và Xã hội');
  });
});

describe('"do sở nào chủ trì" asks who leads, even beside a decision’s number', () => {
  it('answers the lead, not the plan’s basis', () => {
    const a = ask(
      'Đồng Nai: thực hiện Kế hoạch hành động quốc gia về tăng trưởng xanh (QĐ 882/QĐ-TTg) do sở nào chủ trì?',
    );
    expect(a.text).toContain('Chủ trì: Sở Kế hoạch và Đầu tư');
    expect(a.text).not.toContain('căn cứ và thực hiện');
  });
});

describe('excerpt: the part of a long duty the question asks about', () => {
  const duty = `${'Tham mưu, hướng dẫn, triển khai kịp thời các chính sách đối với người có công. '.repeat(5)}Tổ chức kiểm tra, giám sát báo cáo Ủy ban nhân dân tỉnh, Bộ Lao động - Thương binh và Xã hội theo quy định.`;
  it('starts at the sentence holding the asked words, marked as cut', () => {
    const shown = excerpt(duty, ['kiem', 'tra', 'giam', 'sat', 'bao', 'cao'], 200);
    expect(shown.startsWith('…Tổ chức kiểm tra')).toBe(true);
    expect(shown).toContain('Bộ Lao động');
  });
  it('moves to a later comma within one long clause when the asked words stand past the cut', () => {
    const long = `Chủ trì, phối hợp với các Sở triển khai ${'các chỉ tiêu, giải pháp về nhà ở, '.repeat(6)}Đề án hỗ trợ nhà ở cho người có công - giai đoạn 4.`;
    const shown = excerpt(long, ['nha'], 120, ['giai', 'doan']);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown).toContain('giai đoạn 4');
    // Only words asked to be reached move it: the topic's words alone keep the clause's start.
    expect(excerpt(long, ['nha', 'giai', 'doan'], 120).startsWith('Chủ trì')).toBe(true);
  });
  it('keeps the start when the start holds the words best, and short texts whole', () => {
    expect(excerpt(duty, ['tham', 'muu'], 100).startsWith('Tham mưu')).toBe(true);
    expect(excerpt('Ngắn gọn.', ['bao'], 100)).toBe('Ngắn gọn.');
  });
});

describe('"… giai đoạn nào?" of a programme the plan names is that programme’s period, not the plan’s', () => {
  it('quotes the citing line with the programme’s own period', () => {
    const a = ask(
      'Kế hoạch thực hiện Đề án phát triển giáo dục mầm non mà Đà Nẵng nêu trong KH 10 là giai đoạn nào?',
    );
    expect(a.text).toContain('2018-2025');
    const b = ask(
      'Kế hoạch thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" ở Đồng Nai là giai đoạn nào?',
    );
    expect(b.text).toContain('2021 - 2026');
  });
  it('the plan’s own period still answers a question about the plan', () => {
    expect(ask('Kế hoạch 230 của Đồng Nai áp dụng giai đoạn nào?').text).toContain('KH 230/KH-UBND');
  });
});

describe('a not-found answer keeps the province the question named', () => {
  it('so the chats offer that province’s hotline, not the chat default’s', () => {
    const a = ask('Lai Châu đặt mục tiêu số xe buýt điện bao nhiêu?', 'Đồng Nai');
    expect(a.found).toBe(false);
    expect(a.provinces).toEqual(['Lai Châu']);
    expect(ask('mục tiêu số xe buýt điện bao nhiêu?').provinces).toEqual([]);
  });
});

describe('"… chủ trì những việc gì?" lists the duties first, each long enough to read', () => {
  it('shows every duty of a body with few, whole, before its targets', () => {
    const a = ask('Trong phụ lục phân công nhiệm vụ của Đồng Nai, Sở Xây dựng chủ trì những việc gì?');
    const bullets = a.text.split('\n').filter((l) => l.startsWith('• '));
    expect(bullets.slice(0, 3).every((l) => !l.includes('chỉ tiêu của tỉnh'))).toBe(true);
    expect(a.text).toContain('phát triển bền vững đô thị');
  });
});

describe('what a question says around its topic', () => {
  it('a name in quotes is what is asked about: a record that only shares its words is not a second answer', () => {
    const a = ask(
      'Đồng Nai: phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025" do cơ quan nào chủ trì, ai phối hợp?',
    );
    expect(a.text).toContain('Chủ trì: Sở Nội vụ');
    expect(a.text).not.toContain('Sở Xây dựng');
  });
  it('"dựa trên kết luận nào và công văn nào" asks the plan’s basis', () => {
    const a = ask('Kế hoạch 767 Lai Châu dựa trên kết luận nào và công văn nào của Tỉnh ủy vậy?');
    expect(a.text).toContain('92-KL/TW');
    expect(a.text).toContain('377');
  });
  it('"giảm còn dưới bao nhiêu", "tới năm 2030" are how the figure is asked, not what it is about', () => {
    expect(
      ask('Việc làm phi chính thức ở Đồng Nai năm 2025 phấn đấu giảm còn dưới bao nhiêu phần trăm?').found,
    ).toBe(true);
  });
});

describe('"được" joins no phrase', () => {
  it('"Mỗi năm … giảm nghèo được bao nhiêu phần trăm, thành thị và nông thôn …" finds the poverty-reduction target', () => {
    const a = ask(
      'Mỗi năm Quảng Ninh giảm nghèo được bao nhiêu phần trăm, thành thị và nông thôn có khác nhau không?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('0,8%/năm');
    expect(a.text).toContain('0,3%/năm');
  });
});

describe('lists of a body’s duties say what each asks', () => {
  it('dutyGist drops the lead-in that names who, and the partners listed apart', async () => {
    const { dutyGist } = await import('../../src/answer/compose');
    expect(
      dutyGist(
        'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên: tăng cường giám sát, phản biện xã hội.',
        [],
      ),
    ).toBe('…tăng cường giám sát, phản biện xã hội.');
    expect(
      dutyGist(
        'Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan triển khai thực hiện chính sách nhà ở.',
        ['các sở, ngành, địa phương có liên quan'],
      ),
    ).toBe('…triển khai thực hiện chính sách nhà ở.');
    expect(dutyGist('Tăng cường công tác tuyên truyền: báo, đài.', [])).toBe(
      'Tăng cường công tác tuyên truyền: báo, đài.',
    );
    // Both at once: "2.2. Sở Nội vụ: Chủ trì, phối hợp với <partners> đẩy mạnh …".
    expect(
      dutyGist(
        '2.2. Sở Nội vụ: Chủ trì, phối hợp với các sở, ngành có liên quan đẩy mạnh cải cách hành chính.',
        ['các sở, ngành có liên quan'],
      ),
    ).toBe('…đẩy mạnh cải cách hành chính.');
  });
  it('a body’s own duties in the plan come before those it took over, one line per paragraph', () => {
    const a = ask('Sở Nội vụ Thanh Hóa được giao những nhiệm vụ gì trong Kế hoạch 68/KH-UBND?');
    const shown = a.text.split('\n').filter((l) => l.startsWith('• '));
    // Its two duties of the plan (2.2 and 4.4) first, each once, before any duty of Sở LĐTBXH.
    expect(shown[0]).toContain('cải cách hành chính');
    expect(shown[1]).toContain('nhân tài');
    expect(a.text).not.toMatch(/mục III\.2\.2, dòng 189/);
  });
  it('a body given nothing, whose duties would come only by unconfirmed moves, is told so', () => {
    const a = ask('Công an tỉnh Quảng Ninh được giao nhiệm vụ gì trong KH 91?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('chưa có văn bản xác nhận');
  });
});

describe('comparisons between named provinces', () => {
  it('a province whose plan sets no such figure is said so, not left out', () => {
    const a = ask('So sánh mục tiêu giảm tỷ lệ hộ nghèo mỗi năm giữa Lai Châu và Thanh Hóa?');
    expect(a.text).toContain('Lai Châu');
    expect(a.text).toMatch(/Thanh Hóa: KH 68\/KH-UBND không nêu chỉ tiêu này/);
  });
  it('two figures of one clause are shown once, leaving room for the next province', () => {
    const a = ask(
      'Tỷ lệ lao động qua đào tạo: Quảng Ninh, Thanh Hóa và Lai Châu mỗi tỉnh đặt mục tiêu bao nhiêu?',
    );
    const bullets = a.text.split('\n').filter((l) => l.startsWith('• '));
    expect(new Set(bullets).size).toBe(bullets.length);
    expect(a.text).toContain('Lai Châu');
  });
});

describe('questions the plans answer only in part', () => {
  it('a report date asked where the plan sets none: said so, with what the plan does say', () => {
    const a = ask('Hạn nộp báo cáo kết quả thực hiện KH 91 Quảng Ninh hằng năm là ngày nào?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 91\/KH-UBND \(Quảng Ninh\) không nêu ngày \(hạn\) nộp báo cáo cụ thể/);
    expect(a.text).toContain('qua Sở Lao động - Thương binh và Xã hội');
    // Where a date is set, it is the answer.
    const dated = ask('Hạn báo cáo kết quả thực hiện KH 68 Thanh Hóa là ngày nào?');
    expect(dated.found).toBe(true);
    expect(dated.text).toContain('10/12');
  });
  it('who leads the targets of a field is an agency question, not a figure one', () => {
    const a = ask(
      'Ở Quảng Ninh, ai chủ trì thực hiện các chỉ tiêu về nhà ở, nhất là nhà ở cho công nhân ngành than?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Quảng Ninh: Chủ trì: Sở Xây dựng/);
  });
  it('"giao cơ quan nào chủ trì thực hiện Kế hoạch" asks who runs the plan', () => {
    const a = ask('Kế hoạch 767/KH-UBND của tỉnh Lai Châu giao cơ quan nào chủ trì thực hiện Kế hoạch?');
    expect(a.text).toMatch(/Sở Lao động - Thương binh và Xã hội/);
    expect(a.text).not.toContain('Giáo dục');
  });
});

describe('a figure for a year the plan does not set', () => {
  it('"dược sỹ" is pharmacy, not "được"; the year not set is said, with the years that are', () => {
    const a = ask('Chỉ tiêu số dược sỹ trên 10.000 dân của Đồng Nai cho năm 2025 là bao nhiêu?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^Kế hoạch của Đồng Nai không đặt mục tiêu năm 2025/);
    expect(a.text).toContain('Số dược sỹ');
    expect(a.text).toContain('năm 2030: 4 người');
    expect(a.text).not.toContain('bác sỹ');
  });
});

describe('a target the plan gives to no body', () => {
  it('is named with its source and the reply says no body is written for it, naming none', () => {
    // Quảng Ninh's only clean-water duty is for the countryside: the towns' target has no body at all.
    const a = ask('Quảng Ninh tỷ lệ dân cư đô thị được cung cấp nước sạch do sở nào chủ trì?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 91\/KH-UBND \(Quảng Ninh\) nêu chỉ tiêu này nhưng không ghi cơ quan chủ trì/);
    expect(a.text).toContain('dòng 258');
    expect(a.text).not.toMatch(/Sở /);
    expect(a.suggestions?.[0]?.source.lineStart).toBe(258);
  });
  it("is shown with its field's duties when the plan gives that field to a body", () => {
    const a = ask('Chỉ tiêu 100% học sinh tiểu học được học 2 buổi/ngày ở Đà Nẵng do sở nào chủ trì?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^KH 10\/KH-UBND không ghi cơ quan chủ trì riêng cho chỉ tiêu/);
    expect(a.text).toContain('dòng 22');
    expect(a.text).toContain('Chủ trì: Sở Giáo dục và Đào tạo');
  });
});

describe('duties asked by their timeframe', () => {
  it('"nhiệm vụ nào có thời gian thực hiện là năm 2024" lists the duties with that timeframe', async () => {
    const { askedTimeframe } = await import('../../src/answer/intents/timeframe');
    expect(askedTimeframe('nhiem vu nao co thoi gian thuc hien la nam 2024')?.label).toBe('năm 2024');
    expect(askedTimeframe('noi dung nao duoc ghi ro thoi gian thuc hien la thuong xuyen')?.label).toBe(
      'thường xuyên',
    );
    expect(askedTimeframe('co nhiem vu nao phai lam xong trong nam 2024 khong')?.label).toBe('năm 2024');
    // A target's year is no duty's timeframe question, nor "… hằng năm … là việc của sở nào?" (who).
    expect(askedTimeframe('ty le ho ngheo nam 2024 la bao nhieu')).toBeNull();
    expect(askedTimeframe('can doi von hang nam de thuc hien an sinh la viec cua so nao')).toBeNull();
    const a = ask(
      'Trong phụ lục phân công của KH 230 Đồng Nai, nhiệm vụ nào có thời gian thực hiện là năm 2024?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^KH 230\/KH-UBND: \d+ nhiệm vụ ghi thời gian thực hiện là năm 2024/);
    expect(a.text).toContain('quán triệt, tuyên truyền');
    const b = ask('Trong KH 10 của Đà Nẵng, nội dung nào được ghi rõ thời gian thực hiện là thường xuyên?');
    expect(b.text).toContain('dòng 101');
  });
  it('who signed and when, asked together, are both answered', () => {
    const a = ask('Kế hoạch 767 của tỉnh Lai Châu do ai ký, ký ngày nào?');
    expect(a.text).toContain('Tống Thanh Hải');
    expect(a.text).toContain('31/03/2021');
  });
});

describe('two things asked with "và"', () => {
  it('each gets its own row, even when "và" is dropped as a function word', () => {
    const a = ask('dong nai 2025 ty le huy dong tre nha tre va tre mau giao la bn');
    expect(a.text).toContain('nhà trẻ');
    expect(a.text).toContain('mẫu giáo');
    expect(a.text).toContain('30-35%');
  });
});

describe('reporting asked as "về đâu, qua cơ quan nào"', () => {
  it('is answered from the reporting duties, a compiling body said to compile only where its sentence says so', () => {
    const a = ask(
      'Các sở, ban, ngành và UBND các huyện ở Đồng Nai báo cáo kết quả thực hiện chỉ tiêu của KH 230 về đâu, qua cơ quan nào và trước ngày nào hằng năm?',
    );
    // The bodies asked about report through Sở LĐTBXH; "Chủ tịch UBND các huyện" reports for its body.
    expect(a.text).toContain(
      'Chủ tịch UBND các huyện, thành phố báo cáo UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội): trước ngày 10 tháng 11',
    );
    expect(a.text).not.toContain('Ban Thường vụ Tỉnh ủy');
    const s = ask('Sở LĐTBXH Đồng Nai phải báo cáo những cơ quan nào, khi nào?');
    expect(s.text).toContain('Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo UBND tỉnh');
    // The Sở drafts; the UBND reports to the Tỉnh ủy's standing committee.
    expect(s.text).toContain(
      'Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy',
    );
  });
});

describe('the body a question is about', () => {
  it('a body named as such beats a group named after it; "UBND cấp huyện" is the district level', () => {
    const a = ask('Sở Xây dựng Lai Châu phối hợp với các cơ quan liên quan để làm gì theo KH 767?');
    expect(a.text).toContain('hỗ trợ nhà ở');
    const b = ask('Tôi ở UBND huyện của tỉnh Lai Châu. KH 767 giao UBND cấp huyện trách nhiệm gì?');
    expect(b.text).toContain('bố trí ngân sách');
    const c = ask('ubnd huyen o quang ninh phai lam gi theo kh 91?');
    expect(c.text).toContain('cụ thể hóa');
    // What it leads says nothing of clean water (Sở NN&PTNT's duty, which it only supports, listed as such).
    const led = c.text.split('được nêu là cơ quan phối hợp')[0] ?? '';
    expect(led).not.toContain('nước sạch');
  });
});

describe('a report rhythm the plan does not set', () => {
  it('"báo cáo 6 tháng … trước ngày nào?" where only yearly reports are set: said so, with what is set', () => {
    const a = ask('KH 230 Đồng Nai yêu cầu nộp báo cáo sơ kết 6 tháng đầu năm trước ngày nào?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 230\/KH-UBND \(Đồng Nai\) không quy định báo cáo 6 tháng/);
    expect(a.text).toContain('trước ngày 10 tháng 11');
  });
  it('"làm những việc gì" lists the duties of the body asked about', () => {
    const a = ask(
      'Tôi ở Ủy ban MTTQ Việt Nam tỉnh Đồng Nai. KH 230 giao hoặc đề nghị chúng tôi làm những việc gì?',
    );
    expect(a.text).toContain('xóa nhà ở tạm');
  });
});

describe('a body with few duties of its own', () => {
  it('sees them at length, what it took over staying short', () => {
    const a = ask('Tôi ở Sở Văn hóa, Thể thao và Du lịch Thanh Hóa, KH 68 giao cho chúng tôi việc gì?');
    expect(a.text).toContain('di sản văn hóa');
  });
});

describe('who a body coordinates with', () => {
  it('"X phối hợp với sở nào?" lists the bodies whose duties name X as a partner, each with its duty', () => {
    const a = ask('bhxh tinh thanh hoa duoc neu ten phoi hop voi so nao trong kh 68?');
    expect(a.text).toMatch(
      /^Bảo hiểm xã hội tỉnh được nêu là cơ quan phối hợp với: .*Sở Lao động - Thương binh và Xã hội/,
    );
    expect(a.text).toContain('Sở Y tế chủ trì');
    expect(a.items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('whom the plan is sent to', () => {
  it('"được gửi để báo cáo những cơ quan nào?" reads the recipients list', () => {
    const a = ask('KH 767 Lai Châu được gửi để báo cáo (b/c) những cơ quan cấp trên nào?');
    expect(a.text).toMatch(
      /^KH 767\/KH-UBND \(Lai Châu\) được gửi để báo cáo: Bộ Lao động - TB&XH; TT\. Tỉnh ủy\./,
    );
    expect(a.sources[0]?.lineStart).toBe(151);
    const b = ask('nơi nhận của kế hoạch 10 Đà Nẵng');
    expect(b.found).toBe(false);
    expect(b.text).toContain('không có danh sách nơi nhận');
  });
});

describe('who does a group of duties and who reports on it', () => {
  it('"… do ai thực hiện và cơ quan nào tổng hợp, báo cáo?" names the doers, then the reporting', () => {
    const a = ask(
      'Theo KH 10 Đà Nẵng, nhóm nhiệm vụ thông tin, tuyên truyền, phổ biến chính sách xã hội do ai thực hiện và cơ quan nào tổng hợp, báo cáo?',
    );
    expect(a.text).toContain('UBND các quận, huyện');
    expect(a.text).toContain('tổng hợp, báo cáo UBND thành phố');
  });
});

describe('"trên 1 vạn dân" is "per", not a comparator', () => {
  it('finds the per-population figure the plan writes as "/1 vạn dân"', () => {
    const a = ask('Quảng Ninh: số điều dưỡng trên 1 vạn dân phải đạt bao nhiêu theo KH 91?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('>25 điều dưỡng/1 vạn dân');
  });
});

describe('provinces named beside a plan number', () => {
  it('each brings its plans; a year one plan does not set shows the year it does', () => {
    const a = ask(
      'Số bác sĩ trên 1 vạn dân: Quảng Ninh (KH 91) và Đồng Nai (chỉ tiêu tỉnh năm 2030) lần lượt là bao nhiêu?',
    );
    expect(a.text).toContain('19 người');
    expect(a.text).toMatch(
      /Quảng Ninh: KH 91\/KH-UBND không đặt mục tiêu năm 2030; kế hoạch đặt: .*trên 15 bác sĩ/,
    );
    expect(a.sources.map((s) => s.lineStart)).toContain(194);
  });
});

describe('who leads a duty and what its target is, asked together', () => {
  it('the duty answers who, the target (which names no body) the figure', () => {
    const a = ask(
      'Ở Thanh Hóa, sở nào chủ trì mở rộng bảo hiểm y tế toàn dân, và tỷ lệ dân số tham gia BHYT đến 2030 phải đạt bao nhiêu?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Thanh Hóa: Chủ trì: Sở Y tế/);
    expect(a.text).toContain('Chỉ tiêu: Trên 95% dân số tham gia bảo hiểm y tế');
  });
});

describe('words that fold to a question word but are not one', () => {
  it('"bộ máy" is not "mấy": a duty with no figure answers who leads it', () => {
    const a = ask('Đồng Nai: ai chủ trì kiện toàn tổ chức bộ máy quản lý nhà nước về chính sách xã hội?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
    expect(a.text).toContain('kiện toàn tổ chức bộ máy');
  });
  it('"mấy" still asks a number, with or without diacritics', () => {
    expect(ask('Quảng Ninh: tỷ lệ bao phủ BHYT mấy phần trăm?').text).toContain('95%');
    expect(ask('quang ninh ty le bao phu bhyt may phan tram').text).toContain('95%');
  });
});

describe('spoken wording around a question', () => {
  it('"lo chuyện … cho bà con" asks who is in charge of the rest', () => {
    const a = ask('Đà Nẵng: sở nào lo chuyện nhà ở xã hội cho bà con?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Sở Xây dựng');
  });
  it('"kéo … xuống" is how people say the plans\' "hạ", "giảm"', () => {
    const a = ask('Đà Nẵng tính kéo tỷ lệ thất nghiệp xuống bao nhiêu?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('dưới 3%');
  });
});

describe('the day of a report', () => {
  it('"báo cáo … trước ngày nào, cơ quan nào tổng hợp" reaches the reporting duty, however long between', () => {
    const a = ask(
      'Đồng Nai: các sở báo cáo kết quả thực hiện các chỉ tiêu của kế hoạch trước ngày nào, cơ quan nào tổng hợp?',
    );
    expect(a.intent).toBe('plan_meta');
    expect(a.text).toContain('(qua Sở Lao động - Thương binh và Xã hội)');
    // The plan's words, and the day as readers write it.
    expect(a.text).toContain('trước ngày 10 tháng 11 (10/11 hằng năm)');
  });
});

describe('a target line with two milestones', () => {
  it('says only the passed milestone is past, not the whole target', () => {
    const a = ask('Quảng Ninh: tỷ suất trẻ em bị tai nạn thương tích năm 2030 là bao nhiêu?');
    expect(a.text).toContain('500/100.000');
    // (The 2025 milestone is left out of the sentence read for 2030, so nothing of it is said passed.)
    expect(a.text).not.toContain('550/100.000');
    expect(a.text).not.toContain('mục tiêu năm 2025 — đã qua');
  });
  it('reads out the figure of the year asked beside the sentence that holds both', () => {
    const a = ask('Lai Chau nam 2030 bao nhieu phan tram luc luong lao dong tham gia BHXH');
    expect(a.text).toContain('(năm 2030: có 25%)');
    expect(a.text).not.toContain('có 20%');
    // Asked for no year, the sentence keeps its milestones as before.
    const b = ask('Lai Châu: tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH là bao nhiêu?');
    expect(b.text).toContain('(mốc năm 2025 — đã qua)');
    expect(b.text).not.toContain('năm 2030: có 25%');
  });
});

describe('one figure asked of a sentence that sets several', () => {
  it('reads out only that figure, with the unit the sentence gives it and what else it sets', () => {
    const a = ask('Thanh Hóa đến 2030 bao nhiêu bác sĩ trên 10.000 dân?');
    expect(a.text).toContain(
      'Thanh Hóa: 15 bác sĩ/10.000 dân (mục tiêu đến năm 2030; câu này còn nêu: giường bệnh, dược sĩ, điều dưỡng viên)',
    );
    expect(a.text).not.toContain('39');
  });
  it('keeps what the plan says of the figure ("không bao gồm giường bệnh trạm y tế xã")', () => {
    const a = ask('giường bệnh/vạn dân TH 2030 bn, có tính giường trạm yt xã ko');
    expect(a.text).toContain('đạt 39 giường bệnh (không bao gồm giường bệnh trạm y tế xã)');
  });
  it('several asked, or figures that are parts of one phrase: the whole sentence', () => {
    const a = ask(
      'Chỉ tiêu y tế của Thanh Hóa năm 2030: giường bệnh, bác sĩ, dược sĩ, điều dưỡng trên 1 vạn dân?',
    );
    expect(a.text).toContain(
      '39 giường bệnh (không bao gồm giường bệnh trạm y tế xã), 15 bác sĩ, 04 dược sĩ',
    );
    const b = ask('LC bn % xã, phường, tt đạt chuẩn pc THCS mức độ 2');
    expect(b.text).toContain('80,5');
    expect(b.text).not.toContain('câu này còn nêu');
  });
});

describe('two questions in one, in either order', () => {
  it('"… bao nhiêu và sở nào chủ trì …": the figure from its target, the body from the duty', () => {
    const a = ask('Quảng Ninh: tỷ lệ bao phủ BHYT đạt bao nhiêu và sở nào chủ trì mở rộng BHYT?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Sở Y tế');
    expect(a.text).toContain('95%');
  });
  it('"… thực hiện nghị quyết nào và do ai ký?": the document, then the signer', () => {
    const a = ask('Kế hoạch 68 của Thanh Hóa thực hiện nghị quyết nào và do ai ký?');
    expect(a.text).toContain('42-NQ/TW');
    expect(a.text).toMatch(/do Chủ tịch \S+ \S+ \S+ ký ngày 08\/03\/2024/);
  });
});

describe("a body's shared duties", () => {
  it('says how many it leads with another body, naming that body once', () => {
    const a = ask('Sở Lao động - Thương binh và Xã hội Đà Nẵng được giao những nhiệm vụ gì?');
    const head = a.text.split('\n')[0] ?? '';
    expect(head).toMatch(
      /chủ trì \d+ nhiệm vụ, trong đó \d+ nhiệm vụ cùng Bảo hiểm xã hội thành phố \(Đà Nẵng\):$/,
    );
  });
  it('a part two bodies are given under one heading ("7. Sở KH&ĐT, Sở Tài chính: Phối hợp …") names the other', () => {
    const a = ask('Sở Tài chính Quảng Ninh làm gì theo KH 91?');
    expect(a.text.split('\n')[0]).toBe(
      'Sở Tài chính phối hợp 1 nhiệm vụ cùng Sở Kế hoạch và Đầu tư (Quảng Ninh):',
    );
    // A duty the body alone is given names nobody beside it.
    const b = ask('Sở Thông tin và Truyền thông Quảng Ninh làm gì theo KH 91?');
    expect(b.text.split('\n')[0]).not.toContain(' cùng ');
  });
});

describe('who compiles the reports', () => {
  it('"ai tổng hợp báo cáo …" reaches the reporting duties', () => {
    const a = ask('Đà Nẵng: ai tổng hợp báo cáo kết quả thực hiện kế hoạch?');
    expect(a.intent).toBe('plan_meta');
    expect(a.text).toContain('Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo UBND thành phố');
  });
  it('a report "theo quy định" is said in those words, not as "định kỳ"', () => {
    const a = ask('Lai Châu: Sở LĐTBXH báo cáo kết quả kiểm tra, giám sát cho những cơ quan nào?');
    expect(a.text).toContain('Bộ Lao động - Thương binh và Xã hội: theo quy định');
  });
});

describe('a body the plan in scope does not name', () => {
  it('is called as the question calls it, not by its canonical name', () => {
    const a = ask('cong an thanh pho da nang duoc giao nhiem vu gi');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không giao Công an thành phố chủ trì');
    expect(a.text).not.toContain('Công an tỉnh');
  });
});

describe('a question word spelled otherwise is a content word', () => {
  it('"ma túy" is not "mà", "vay vốn" not "vậy", "ô tô" not "ở"', () => {
    const drugs = ask('Quảng Ninh: bao nhiêu phần trăm người nghiện ma túy được lập hồ sơ quản lý?');
    expect(drugs.text).toContain('100% số người nghiện ma túy');
    const loans = ask('Thanh Hóa: sở nào chủ trì mở rộng cho vay vốn tạo việc làm?');
    expect(loans.text).toContain('Chủ trì: Sở Tài chính');
    // No plan counts households with a car: a figure about something else is no answer.
    expect(ask('Kế hoạch của Lai Châu đặt chỉ tiêu hộ có ô tô bao nhiêu?').found).toBe(false);
  });
  it('spoken fillers ("cho em hỏi", "lo chính", "đưa … về") are not what is asked about', () => {
    const a = ask(
      'Cho em hỏi ở Đà Nẵng, việc đưa nhà ở xã hội về cho người thu nhập thấp thì sở nào lo chính ạ?',
    );
    expect(a.text).toContain('Chủ trì: Sở Xây dựng');
  });
});

describe('bodies and counts as people write them', () => {
  it('"NHCSXH" is the social policy bank', () => {
    expect(ask('Lai Châu: NHCSXH được giao nhiệm vụ gì?').text).toMatch(
      /^Chi nhánh Ngân hàng chính sách xã hội/,
    );
  });
  it('"/vạn dân" is the plans\' "/1 vạn dân", "100 nghìn dân" their "100.000 dân"', () => {
    expect(ask('Quảng Ninh: bác sĩ/vạn dân đạt bao nhiêu?').text).toContain('trên 15 bác sĩ');
    expect(ask('Đà Nẵng: ngộ độc thực phẩm cấp tính dưới bao nhiêu trên 100 nghìn dân?').text).toContain(
      '6 người/100.000 dân',
    );
  });
});

describe('a report day asked of some bodies', () => {
  it("is the plan's day for all its bodies when theirs set none", () => {
    const a = ask(
      'Các sở, quận huyện ở Đà Nẵng gửi báo cáo kết quả thực hiện kế hoạch vào ngày nào hằng năm?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('các cơ quan, đơn vị, địa phương báo cáo UBND thành phố');
    expect(a.text).toContain('30/11');
  });
});

describe("a body's own duties before those it took over in 2025", () => {
  it("shows the plan's own duties first when the plan gives it as many as it took over", () => {
    // Sở Y tế of Đà Nẵng: 9 duties of its own in KH 10, and 9 of Sở LĐTBXH's fields since 2025.
    const a = ask('KH 10 của Đà Nẵng giao Sở Y tế những nhiệm vụ gì?');
    expect(a.text.split('\n')[0]).toMatch(/^Sở Y tế chủ trì 9 nhiệm vụ, và nay đảm nhận/);
    // The first, its heading's paragraph, is shown whole: three fit.
    const shown = a.items.slice(0, 3);
    expect(shown).toHaveLength(3);
    for (const i of shown) expect(i.line).not.toContain('(theo kế hoạch:');
  });
});

describe('deadlines and reports asked of several bodies', () => {
  it('a deadline in words is also given as dd/mm', () => {
    const a = ask('Quảng Ninh tổ chức Tháng hành động vì bình đẳng giới vào thời gian nào?');
    expect(a.text).toContain('từ ngày 15 tháng 11 đến ngày 15 tháng 12');
    expect(a.text).toContain('(15/11, 15/12)');
  });
  it('"các sở, huyện … trước ngày nào, và Sở LĐTBXH … trước ngày nào?" gives both days', () => {
    const a = ask(
      'Đồng Nai: các sở, huyện báo cáo kết quả về tỉnh trước ngày nào, và Sở LĐTBXH tham mưu báo cáo Ban Thường vụ Tỉnh ủy trước ngày nào?',
    );
    expect(a.text).toContain('10/11');
    expect(a.text).toContain('30/11');
  });
  it('"sở nào tham mưu …" asks who, though the question also asks a period', () => {
    const a = ask('Lai Châu: sở nào tham mưu thực hiện kế hoạch phát triển nhà ở, cho giai đoạn nào?');
    expect(a.intent).toBe('agency');
    expect(a.text).toContain('Tham mưu: Sở Xây dựng');
    expect(a.text).toContain('2021-2025');
  });
});

describe('the role a plan gives a body, in its own words', () => {
  it('a duty asked of the Front is "đề nghị", not "chủ trì"', () => {
    const a = ask('Quảng Ninh: Ủy ban MTTQ làm gì trong KH 91?');
    expect(a.text.split('\n')[0]).toMatch(/được đề nghị 1 nhiệm vụ/);
    expect(a.text.split('\n')[0]).not.toContain('chủ trì');
  });
  it('a duty that opens "Phối hợp với …" under a body\'s heading gives it a part, not the lead', () => {
    const a = ask(
      'Lai Châu: Ban Dân tộc có vai trò gì trong chính sách an sinh xã hội vùng đồng bào dân tộc?',
    );
    expect(a.text).toContain('Phối hợp thực hiện: Ban Dân tộc tỉnh');
    expect(a.text).not.toContain('Chủ trì: Ban Dân tộc');
  });
  it('shownRole: a clause cut from a duty that opens "phối hợp với" is a part, not the lead', () => {
    const duty = 'Chủ trì triển khai mục tiêu nước sạch; phối hợp với Sở Y tế hướng dẫn dạy nghề.';
    expect(shownRole(duty, '…phối hợp với Sở Y tế hướng dẫn dạy nghề.')).toBe('partner');
    expect(shownRole(duty, '…Tham gia phối hợp với Sở Y tế.')).toBe('partner');
    expect(shownRole(duty, duty)).toBe('lead');
    expect(shownRole(duty, '…triển khai mục tiêu nước sạch; phối hợp với Sở Y tế')).toBe('lead');
  });
  it("shownRole: of a duty shown whole, the one clause holding the question's words decides the role", () => {
    const duty =
      'Tham mưu thực hiện kế hoạch phát triển nhà ở; phối hợp với các cơ quan triển khai hỗ trợ nhà ở cho hộ nghèo.';
    expect(shownRole(duty, duty, ['ho', 'ngheo', 'tro'])).toBe('partner');
    expect(shownRole(duty, duty, ['phat', 'trien', 'ke', 'hoach'])).toBe('lead');
    // Words both clauses hold as much say nothing: the duty's first words decide.
    expect(shownRole(duty, duty, ['nha'])).toBe('lead');
    expect(shownRole(duty, duty)).toBe('lead');
  });
  it('a body asked to take part in one clause of its duties is said to take part', () => {
    const a = ask(
      'lai chau: ho ngheo, ho dan toc thieu so o vung dac biet kho khan duoc ho tro nha o thi so nao phoi hop trien khai?',
    );
    expect(a.text).toContain('Phối hợp thực hiện: Sở Xây dựng');
    expect(a.text).not.toContain('Chủ trì: Sở Xây dựng');
  });
  it('the clause shown opens "phối hợp với …": the body takes part there, though its duty opens "Chủ trì"', () => {
    const a = ask('Quảng Ninh: ai lo việc dạy nghề thuộc lĩnh vực nông - lâm - ngư?');
    expect(a.text).toContain('…phối hợp với Sở Lao động - Thương binh và Xã hội');
    expect(a.text).toContain('Phối hợp thực hiện: Sở Nông nghiệp và Phát triển nông thôn');
    expect(a.text).not.toContain('Chủ trì: Sở Nông nghiệp');
  });
});

describe('a body the plan names only beside a lead', () => {
  it('"BHXH tỉnh có trách nhiệm gì" lists the duties it supports, under the bodies that lead them', () => {
    const a = ask('Bảo hiểm xã hội tỉnh Thanh Hóa có trách nhiệm gì trong Kế hoạch 68?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('không giao Bảo hiểm xã hội tỉnh chủ trì');
    expect(a.text).toContain('Sở Y tế chủ trì');
    expect(a.text).toContain('BHYT toàn dân');
  });
});

describe('who leads a target whose row names no body', () => {
  it('says the row names none, rather than the body of the next row', () => {
    const a = ask(
      'Đồng Nai: mức giảm tỷ lệ hộ nghèo dân tộc thiểu số trong Phụ lục I do cơ quan nào chủ trì?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toContain('không ghi cơ quan chủ trì: Mức giảm tỷ lệ hộ nghèo dân tộc thiểu số');
    expect(a.text).not.toContain('Chủ trì: Sở Lao động');
  });
  it('a row that names its body still answers', () => {
    const a = ask('Đồng Nai: mức giảm tỷ lệ hộ nghèo đa chiều hằng năm do cơ quan nào chủ trì?');
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
  });
});

describe('the duties of a body and of its head are one list', () => {
  it('"Chủ tịch UBND các huyện …" (however misspelt) is the district UBND', () => {
    const a = ask('UBND các huyện, thị xã, thành phố ở Thanh Hóa phải làm gì để triển khai KH 68?');
    const head = a.text.split('\n')[0] ?? '';
    // Every duty it leads is shared: the count is not repeated as "trong đó N".
    expect(head).toMatch(/chủ trì \d+ nhiệm vụ cùng /);
    expect(head).not.toContain('trong đó');
    // (Its duty shown from the verb: the bodies it opens with are the heading's.)
    expect(a.text).toContain('…khẩn trương xây dựng kế hoạch cụ thể');
  });
});

describe("a plan's annexes", () => {
  it('"Phụ lục I và II gồm những gì?" says what the plan says each holds, with its line', () => {
    const a = ask('PL I và PL II kèm KH 230 gồm nd gì');
    expect(a.intent).toBe('plan_meta');
    expect(a.text).toContain('• Phụ lục I: Các chỉ tiêu, tiến độ thời gian thực hiện');
    expect(a.text).toContain('• Phụ lục II: Phân công nhiệm vụ chi tiết');
    expect(a.sources.some((s) => s.lineStart === 65)).toBe(true);
  });
  it('a plan without annexes says so', () => {
    const a = ask('KH 91 Quảng Ninh có phụ lục gồm những gì?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không nêu phụ lục');
  });
  it('a row of an annex asked by its number is the row, not the annex', () => {
    const a = ask('Chỉ tiêu 5.11 trong Phụ lục I KH 230 là gì?');
    expect(a.text).toContain('Mức giảm tỷ lệ hộ nghèo dân tộc thiểu số');
    expect(a.text).toContain('0,15%/năm');
  });
});

describe('everyday words for what the plans say in administrative terms', () => {
  it('"y tá" is "điều dưỡng", and the question may wrap the target in words of its own', () => {
    const a = ask('Ở Quảng Ninh, kế hoạch 91 muốn cứ một vạn dân thì có bao nhiêu y tá chăm sóc bệnh nhân?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('>25 điều dưỡng/1 vạn dân');
  });
  it('"bảo hiểm khi mất việc" is BHTN, "m2 nhà" the housing area, "trẻ em đi làm thuê" child labour', () => {
    expect(
      ask('Thanh Hóa đặt mục tiêu bao nhiêu % người lao động có bảo hiểm khi mất việc làm đến năm 2030?')
        .text,
    ).toMatch(/45%[^\n]*bảo hiểm thất nghiệp/);
    expect(ask('quang ninh muc tieu binh quan moi nguoi dan duoc o bao nhieu met vuong nha?').text).toContain(
      '27,5',
    );
    expect(ask('Quảng Ninh đến 2030 tỷ lệ trẻ em phải đi làm thuê giảm còn bao nhiêu?').text).toContain(
      '3,5%',
    );
  });
  it('"dạy nghề" is "đào tạo nghề"', () => {
    const a = ask('Lai Châu mỗi năm mở lớp dạy nghề cho bao nhiêu người theo kế hoạch 767?');
    expect(a.text).toContain('đào tạo nghề cho 8.000 người');
  });
  it('an accented "tá" or "chợ" is no question word', () => {
    const a = ask('Đà Nẵng kiểm tra an toàn thực phẩm ở chợ đầu mối do ai chủ trì?');
    expect(a.text).toContain('Chủ trì: Ban Quản lý An toàn thực phẩm');
  });
});

describe('a target the plan lists apart from the duties that pursue it', () => {
  it('says the target names no body, then the duty on it with its body', () => {
    const a = ask('Đà Nẵng ai chủ trì độ bao phủ BHYT toàn dân');
    expect(a.found).toBe(true);
    expect(a.text.split('\n')[0]).toContain(
      'không ghi cơ quan chủ trì riêng cho chỉ tiêu: độ bao phủ bảo hiểm y tế',
    );
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội thành phố');
  });
});

describe('two things asked of the plan at once', () => {
  it('"được xây dựng để thực hiện những văn bản nào" asks for the plan\'s basis, not a document named "xây dựng"', () => {
    const a = ask('Kế hoạch 10/KH-UBND của Đà Nẵng được xây dựng để thực hiện những văn bản nào?');
    expect(a.text).toContain('1983/QĐ-TTg');
    expect(a.text).toContain('29-KH/TU');
    expect(a.text).not.toContain('chung cư');
  });
  it('the standing body and the horizon', () => {
    const a = ask(
      'Trong KH 68 Thanh Hóa, cơ quan nào là cơ quan đầu mối, và phần mục tiêu có tầm nhìn đến năm nào?',
    );
    expect(a.text).toContain(
      'cơ quan đầu mối, chủ trì thực hiện KH 68/KH-UBND là Sở Lao động - Thương binh và Xã hội',
    );
    expect(a.text).toContain('năm 2045');
  });
  it('a figure, and "đơn vị nào" does a related duty', () => {
    const a = ask(
      'Lai Châu hằng năm giải quyết việc làm cho bao nhiêu lao động, và đơn vị nào giải ngân vốn vay giải quyết việc làm?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Chi nhánh Ngân hàng chính sách xã hội tỉnh');
    expect(a.text).toContain('8.500 lao động');
  });
});

describe('a table row narrowed to the column and year asked', () => {
  it('scopeAsked reads which column a question asks for, and both when it compares them', () => {
    expect(scopeAsked('ty le bhtn nam 2025 tinh phan dau bao nhieu')).toBe('province');
    expect(scopeAsked('lao dong nong nghiep 2025 trung uong giao bao nhieu')).toBe('central');
    expect(scopeAsked('tw giao bao nhieu, tinh minh dat bao nhieu')).toBe(null);
    expect(scopeAsked('dong nai dat 40%, co thap hon trung uong khong')).toBe(null);
    expect(scopeAsked('ty le bhyt dong nai')).toBe(null);
    // Two figures asked, one of them the centre's: the other is the province's own.
    expect(scopeAsked('dong nai moi nam giam ty le ho ngheo bao nhieu, trung uong giao bao nhieu')).toBe(
      null,
    );
    expect(scopeAsked('thanh hoa dat bao nhieu, con dong nai (chi tieu dia phuong) dat bao nhieu')).toBe(
      'province',
    );
    // The centre's figure told, the province's asked after "còn …", or weighed "như mức TW": both columns.
    expect(scopeAsked('nuoc sach o thanh thi nam 2030 tw dat 100%, con dong nai dat bao nhieu?')).toBe(null);
    expect(scopeAsked('tw co dat muc cho 2025 khong, con tinh thi dat bao nhieu?')).toBe(null);
    expect(scopeAsked('dong nai chi dat 35% nhu muc tw khong?')).toBe(null);
    expect(scopeAsked('trung uong giao bao nhieu?')).toBe('central');
  });
  it('reads out the one figure asked and names, without figures, what else the row holds', () => {
    const a = ask('Đồng Nai tỷ lệ lao động tham gia BHTN năm 2025 tỉnh phấn đấu bao nhiêu?');
    expect(a.text).toContain('chỉ tiêu của tỉnh: năm 2025 (đã qua): 51%');
    expect(a.text).toContain('(bảng còn chỉ tiêu Trung ương, các năm khác)');
    expect(a.text).not.toContain('35%');
    const b = ask('Đồng Nai: TW giao bao nhiêu, tỉnh đặt bao nhiêu về tỷ lệ tham gia BHXH?');
    expect(b.text).toContain('56%');
    expect(b.text).toContain('45%');
  });
});

describe('comparison words and commas are how a question is asked, not what about', () => {
  it('"nơi nào đặt … cao hơn" compares the two targets, not a duty that shares the words', () => {
    const a = ask('Thanh Hóa và Đà Nẵng, nơi nào đặt mục tiêu bao phủ BHYT cao hơn?');
    expect(a.text).toContain('Trên 95% dân số tham gia bảo hiểm y tế');
    expect(a.text).toContain('99%');
  });
  it("a comma inside one target's name asks for that target alone; two targets asked get both", () => {
    const a = ask(
      'qn muc tieu bao nhieu % nguoi dan do tuoi truong thanh hieu biet, nhan thuc dung ve phong chong mai dam (KH 91)',
    );
    expect(a.text).toContain('Trên 90%');
    expect(a.text).not.toContain('85%');
    const b = ask('Đà Nẵng: tỷ lệ thất nghiệp và tỷ lệ tham gia BHTN mục tiêu bao nhiêu?');
    expect(b.text).toContain('dưới 3%');
    expect(b.text).toContain('40%');
  });
});

describe('terms of art: "hộ cận nghèo" is not "hộ nghèo"', () => {
  it('a plan with a target for the poor only says it sets none for the near-poor', () => {
    const a = ask('quang ninh ty le ho can ngheo den 2025 con bao nhieu %?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toContain('không nêu');
  });
  it('a row that names the near-poor still answers', () => {
    const a = ask('Đồng Nai tỷ lệ người cao tuổi thuộc hộ nghèo, cận nghèo được hưởng trợ cấp xã hội');
    expect(a.text).toContain('100%');
  });
});

describe("a body's duties narrowed to a topic", () => {
  it('"về dân số": the "số" stays a topic word once "Sở Y tế" has gone as a phrase; the first match at length', () => {
    const a = ask('SYT Thanh Hóa được giao làm gì về dân số trong KH 68?');
    const first = a.text.split('\n')[1] ?? '';
    expect(first).toContain('dân số');
    expect(first.length).toBeGreaterThan(150);
  });
});

describe('"cam kết" asks for a target, like "đặt mục tiêu"', () => {
  it('is no topic word that a duty about the same field would match better', () => {
    const a = ask(
      'Quảng Ninh cam kết giảm tỷ lệ người tái nghiện ma túy bao nhiêu phần trăm so với năm 2020?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('giảm ít nhất 15% tỷ lệ tái nghiện');
  });
});

describe('"bắt buộc phải" asks what is required; "BHXH bắt buộc" is a topic', () => {
  it('"có bắt buộc phải có … không" finds the target that requires it', () => {
    const a = ask('xa o Da Nang co bat buoc phai co dai truyen thanh co so khong, ty le bao nhieu?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('100% xã có Đài truyền thanh cơ sở');
    expect(understand('BHXH bắt buộc ở Đồng Nai tăng bao nhiêu?', corpus).topic).toContain('bat buoc');
  });
});

describe('a question that opens with words of the help menu', () => {
  it('"trợ giúp pháp lý … sở nào chủ trì" is about the plans', () => {
    const a = ask('tro giup phap ly cho nguoi ngheo o Dong Nai thi so nao chu tri?');
    expect(a.intent).toBe('agency');
    expect(a.text).toContain('Chủ trì: Sở Tư pháp');
  });
});

describe("a body's duties about one topic", () => {
  it('come first, each shown from the part that speaks of the topic', () => {
    const a = ask('Sở Xây dựng Đà Nẵng có nhiệm vụ gì về nước sạch?');
    const firstTwo = a.text.split('\n').slice(1, 5).join('\n');
    expect(firstTwo).toContain('nước sạch đô thị, phòng chống mặn');
  });
});

describe('an annex named in a question about one of its rows', () => {
  it('"Phụ lục I và II gồm những nội dung gì?" asks what the annexes hold', async () => {
    const { asksAnnexes } = await import('../../src/answer/intents/meta');
    expect(asksAnnexes('phu luc i va ii gom nhung noi dung gi?')).toBe(true);
    expect(asksAnnexes('phong trao … o dong nai: phu luc ii ghi thoi gian thuc hien la gi?')).toBe(false);
    // Which annex holds something is what the annexes say they hold; a record pointed at names its own.
    expect(asksAnnexes('cac chi tieu cu the cua kh 230 duoc ghi o phu luc nao?')).toBe(true);
    expect(asksAnnexes('phan cong nhiem vu chi tiet nam trong phu luc nao')).toBe(true);
    expect(asksAnnexes('chi tieu nay nam o phu luc nao cua kh?')).toBe(false);
  });
  it('"… được ghi ở phụ lục nào?" is answered by what each annex holds', () => {
    const a = ask('phan cong nhiem vu chi tiet cho cac so trong ke hoach 230 dong nai nam o phu luc nao');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Phụ lục II: Phân công nhiệm vụ chi tiết');
  });
  it('"… Phụ lục II ghi thời gian thực hiện là gì?" is answered with the row’s time', () => {
    const a = ask(
      'Phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025” ở Đồng Nai: Phụ lục II ghi thời gian thực hiện là gì?',
    );
    expect(a.text).toContain('Thời gian: Thường xuyên');
    expect(a.text).toContain('Chủ trì: Sở Nội vụ');
  });
});

describe('duties under a heading that asks', () => {
  it('"3. Đề nghị Ủy ban MTTQ …": the duties under it are asked of the body, not given to it', async () => {
    const { taskRole } = await import('../../src/answer/compose');
    const domain = '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội';
    expect(taskRole({ domain, text: 'Phối hợp các sở, ban, ngành tăng cường công tác thông tin.' })).toBe(
      'requested',
    );
    expect(taskRole({ domain: '2. Sở Y tế', text: 'Chủ trì triển khai.' })).toBe('lead');
    const a = ask(
      'Trong KH 230 Đồng Nai, Ủy ban MTTQ và các tổ chức chính trị - xã hội được giao hay được đề nghị, và làm gì?',
    );
    expect(a.text.split('\n')[0]).toContain('được đề nghị 1 nhiệm vụ');
  });
});

describe('a column the table leaves empty for the year asked', () => {
  it('says it sets nothing for that year, never a blank, and finds no figure', () => {
    const a = ask(
      'Theo chỉ tiêu Trung ương ghi trong kế hoạch Đồng Nai, mức giảm tỷ lệ hộ nghèo đa chiều mỗi năm đến 2030 là bao nhiêu?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toContain('chỉ tiêu Trung ương: không đặt cho năm 2030');
    expect(a.text).not.toMatch(/— {2}\(/);
  });
});

describe('"chỉ tiêu, giải pháp" of a field names the field, not one target', () => {
  it('the body given the field’s targets and solutions answers, not a target row that names a body', () => {
    for (const [q, body] of [
      [
        'chỉ tiêu, giải pháp lĩnh vực giáo dục ở Quảng Ninh sở nào chủ trì tham mưu?',
        'Sở Giáo dục và Đào tạo',
      ],
      ['quang ninh chi tieu giai phap linh vuc y te thi so nao chu tri', 'Sở Y tế'],
    ] as const) {
      const a = ask(q);
      expect(a.text.split('\n')[0], q).toBe(`Quảng Ninh: Chủ trì: ${body}.`);
    }
  });
});

describe('a body named as the doer asks about its own duties', () => {
  it('"… phải thực hiện đề án nào, giai đoạn nào?" lists the body’s duties, not the plan’s period', () => {
    const a = ask('Sở Xây dựng Đà Nẵng phải thực hiện đề án nào, giai đoạn nào?');
    expect(a.intent).toBe('assignments');
    expect(a.text.split('\n')[0]).toMatch(/^Sở Xây dựng chủ trì \d+ nhiệm vụ/);
    expect(a.text).not.toMatch(/đặt mục tiêu cho các mốc/);
  });

  it('"… chủ trì chỉ tiêu gì, đạt bao nhiêu %?" lists its targets first, with the province’s figures', () => {
    const a = ask('Sở Giáo dục và Đào tạo Quảng Ninh chủ trì chỉ tiêu gì, đạt bao nhiêu %?');
    expect(a.intent).toBe('assignments');
    expect(a.items[0]?.kind).toBe('indicator');
    const listed = ask('Sở Y tế Đồng Nai chủ trì những chỉ tiêu nào trong Phụ lục I?');
    expect(listed.items.slice(0, 3).every((i) => i.kind === 'indicator')).toBe(true);
    expect(listed.text.split('\n')[1]).not.toContain('chỉ tiêu Trung ương:');
  });

  it('the plan’s documents asked of a body’s duty stay a question about the documents', () => {
    const a = ask('Sở TT&TT Quảng Ninh phải chỉ đạo tuyên truyền những văn bản nào?');
    expect(a.text).toContain('92-KL/TW');
  });
});

describe('an insurance named alone asks for the share who take part in it', () => {
  it('"BHXH 2025 bao nhiêu %" is the participation row, not the satisfaction index of participants', () => {
    const a = ask('Đồng Nai: BHXH năm 2025 tỉnh đặt bao nhiêu %?');
    expect(a.text.split('\n')[0]).toContain('Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH');
    expect(a.text).not.toContain('hài lòng');
  });
});

describe('"các chỉ tiêu … đặt đến năm nào?" with no subject asks the years the plan sets targets for', () => {
  it('answers with the plan’s milestone years, not one target', () => {
    const a = ask('Các chỉ tiêu của KH 91 Quảng Ninh được đặt đến năm nào?');
    expect(a.text.split('\n')[0]).toMatch(
      /^KH 91\/KH-UBND \(Quảng Ninh\) .*đặt mục tiêu cho các mốc: .*năm 2025/,
    );
  });
});

describe('a period asked of something a duty names, not of the plan', () => {
  it('"quy hoạch mạng lưới y tế … giai đoạn nào, tầm nhìn?" is the duty’s; the plan’s own period stays the plan’s', () => {
    const a = ask(
      'KH 230 Đồng Nai: quy hoạch mạng lưới cơ sở y tế được hoàn thiện cho giai đoạn nào, tầm nhìn đến đâu?',
    );
    expect(a.text).toContain('giai đoạn 2021 - 2030, tầm nhìn đến 2050');
    const plan = ask('KH 91 Quảng Ninh về chính sách xã hội áp dụng cho giai đoạn nào?');
    expect(plan.text).toMatch(/^KH 91\/KH-UBND \(Quảng Ninh\) áp dụng cho giai đoạn 2021-2025/);
  });
});

describe('"X phối hợp với sở nào (việc …)?" where X leads its section but supports the clause asked', () => {
  it('finds the clause by what it is about and shows the body it works with', () => {
    const a = ask('Sở NN&PTNT Quảng Ninh phối hợp với sở nào trong việc dạy nghề nông lâm ngư?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Phối hợp thực hiện: Sở Nông nghiệp và Phát triển nông thôn');
    expect(a.text).toContain('Sở Lao động - Thương binh và Xã hội');
  });
});

describe('whichWords: the noun a which-one question asks about', () => {
  it('reads "giai đoạn mấy", "năm nào", nothing else', () => {
    expect(whichWords('de an nha o la giai doan may, so nao chu tri')).toEqual(['giai', 'doan']);
    expect(whichWords('hoan thanh nam nao')).toEqual(['nam']);
    expect(whichWords('so nao chu tri')).toEqual([]);
  });
  it('lets a long duty show the period asked', () => {
    const a = ask('Đề án hỗ trợ nhà ở cho người có công ở Quảng Ninh là giai đoạn mấy, sở nào chủ trì?');
    expect(a.text).toContain('giai đoạn 4');
    expect(a.text).toContain('Sở Xây dựng');
  });
});

describe('both areas asked of a table that gives each its row', () => {
  it("answers with the areas' rows before the whole, so a long reply keeps both", () => {
    const a = ask(
      'Diện tích nhà ở bình quân đầu người ở Đồng Nai đến 2030: thành thị bao nhiêu m2, nông thôn bao nhiêu m2?',
    );
    expect(a.text).toMatch(/Thành thị[^\n]*32 m2/);
    expect(a.text).toMatch(/Nông thôn[^\n]*28 m2/);
    expect(a.text.indexOf('Thành thị')).toBeLessThan(a.text.indexOf('Nông thôn'));
  });
  it("keeps a list's lead-in before its parts", () => {
    const a = ask(
      'Mỗi năm Quảng Ninh giảm nghèo được bao nhiêu phần trăm, thành thị và nông thôn có khác nhau không?',
    );
    expect(a.text.indexOf('0,8%')).toBeLessThan(a.text.indexOf('0,3%'));
    expect(a.text).toContain('1,5%');
  });
});

describe('an amount of money asked of plans that set shares', () => {
  it('says the plan does not set it, and suggests what the plan does say of the same thing', () => {
    const a = ask(
      'Con em dưới 36 tháng, nhà em thuộc hộ cận nghèo ở Lai Châu. Theo KH 767 thì mỗi tháng được trợ cấp bao nhiêu tiền ạ?',
    );
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('Kế hoạch của Lai Châu không nêu số tiền cho nội dung này.');
    const b = ask(
      'Người cao tuổi ở Quảng Ninh được trợ cấp xã hội hàng tháng bao nhiêu tiền theo kế hoạch 91?',
    );
    expect(b.found).toBe(false);
    expect(b.suggestions?.length).toBeGreaterThan(0);
    // A figure the plan does give in money is answered.
    expect(ask('GRDP bình quân đầu người Quảng Ninh 2025 bao nhiêu tiền?').text).toContain('10.000 USD');
  });
});

describe('a figure and a body asked in clauses of their own', () => {
  it('answers the figure from the target its clause names and the body from the duty the other names', () => {
    const a = ask(
      'lai chau 2025 bao nhieu % ho gia dinh va thon ban dat chuan van hoa, so nao tham muu phong trao xay dung doi song van hoa?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Sở Văn hóa Thể thao và Du lịch');
    expect(a.text).toMatch(/Chỉ tiêu: [^\n]*86% hộ gia đình, 75% thôn/);
  });
});

describe('a who-question about two things', () => {
  it('shows both records, each briefly, so the second body is not cut by the reply length', () => {
    const a = ask(
      'Đà Nẵng: xây dựng cơ sở dữ liệu an sinh xã hội, chi trả trợ cấp qua bưu điện do những cơ quan nào chủ trì?',
    );
    expect(a.text).toContain('Sở Lao động - Thương binh và Xã hội');
    expect(a.text).toContain('Bảo hiểm xã hội thành phố');
    expect(a.text.length).toBeLessThan(900);
  });
});

describe('who runs a plan, the plan named by what it is about', () => {
  it('answers with its standing body when the words after the plan describe it', () => {
    const a = ask('lai chau co quan nao chu tri thuc hien ke hoach 767 ve an sinh xa hoi?');
    expect(a.text).toMatch(/^Lai Châu: cơ quan chủ trì thực hiện KH 767\/KH-UBND là Sở Lao động/);
    // Another plan the duties name ("kế hoạch phát triển nhà ở") is no description of this one.
    expect(ask('Lai Châu: cơ quan nào chủ trì thực hiện kế hoạch phát triển nhà ở?').text).toContain(
      'Sở Xây dựng',
    );
  });
});

describe("a body's part asked with everyday verbs", () => {
  it('"X lo việc gì?" and "X hướng dẫn … về nội dung gì?" are the body\'s duties', () => {
    const a = ask('Sở NN&PTNT Đà Nẵng lo việc gì trong kế hoạch chính sách xã hội của thành phố?');
    expect(a.text).toMatch(/^Sở Nông nghiệp và Phát triển nông thôn chủ trì/);
    expect(a.text).toContain('nước sạch nông thôn');
    const b = ask('Sở TT&TT Lai Châu hướng dẫn báo chí tuyên truyền về nội dung gì?');
    expect(b.text).toMatch(/^Sở Thông tin và Truyền thông chủ trì/);
    expect(b.text).toContain('Hướng dẫn các cơ quan báo chí');
  });
});

describe('"các chỉ tiêu …" asked of a body, or of no group the plans hold', () => {
  it('a body named: its own duties on it', () => {
    const a = ask(
      'Sở Xây dựng Quảng Ninh chủ trì các chỉ tiêu về nhà ở, trong đó có ưu tiên nhà ở cho công nhân ngành than không?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Sở Xây dựng chủ trì/);
    expect(a.text).toContain('công nhân ngành than');
  });
});
