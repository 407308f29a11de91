import { describe, expect, it } from 'vitest';
import { setsNothingFor } from '../../src/answer/intents/target';
import { agencyKey } from '../../src/ingest/agencies';
import { ask, corpus, engine, TODAY } from '../helpers';

// A record that shares most words with the question but names another kind of the thing asked, or the
// other area, is no answer: the plan does not set what was asked, and the near record is only suggested.
describe('another kind of the thing asked is no answer', () => {
  it('"suy dinh dưỡng thể nhẹ cân" is not answered by the "thể thấp còi" row', () => {
    const a = ask(
      'Đồng Nai đặt chỉ tiêu tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân là bao nhiêu?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/không nêu chỉ tiêu này/);
    expect(a.text.split('Có thể bạn muốn hỏi:')[1]).toContain('thể thấp còi');
  });
  it('the kind a plan does set still answers', () => {
    const a = ask(
      'Đồng Nai đặt chỉ tiêu tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi là bao nhiêu?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('< 15');
  });
  it('"thể gầy còm", which no plan sets, is not answered by the nhẹ cân / thấp còi targets', () => {
    const a = ask(
      'Thanh Hóa: tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể gầy còm đến 2030 phải dưới bao nhiêu?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/không nêu chỉ tiêu này/);
  });
  it('two kinds asked in one breath are each answered by their own record', () => {
    const a = ask(
      'Lai Châu năm 2025: trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân và thể thấp còi còn dưới bao nhiêu %?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('thể nhẹ cân còn dưới 12%');
    expect(a.text).toContain('thể thấp còi còn dưới 20%');
  });
  it('a part naming no kind is still held to the kinds the question names', () => {
    const a = ask(
      'Về ma túy, Quảng Ninh đặt tỷ lệ người nghiện được điều trị, cai nghiện là bao nhiêu và đến 2025 giảm tỷ lệ tái nghiện ít nhất bao nhiêu?',
    );
    expect(a.text).toContain('15% tỷ lệ tái nghiện');
    expect(a.text).not.toContain('25%');
  });
});

describe('the other area is no answer', () => {
  it('a target set only for rural households does not answer a question about towns', () => {
    const a = ask('Lai Châu đặt mục tiêu tỷ lệ hộ gia đình ở thành thị được dùng nước sạch là bao nhiêu?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('93% hộ dân nông thôn');
    expect(a.text.indexOf('Có thể bạn muốn hỏi:')).toBeLessThan(a.text.indexOf('93%'));
  });
  it('a record of the area asked answers when the one found first sets nothing for it', () => {
    const a = ask('QN giảm tỷ lệ hộ nghèo mỗi năm bao nhiêu ở nông thôn?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Khu vực nông thôn giảm 1,5% năm');
    expect(a.text).not.toContain('không đặt mục tiêu riêng');
  });
  it('asked for the rural area, the rural target answers', () => {
    const a = ask('Lai Châu đặt mục tiêu tỷ lệ hộ dân nông thôn được dùng nước hợp vệ sinh là bao nhiêu?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('93%');
  });
});

describe('departments as a hotline types them', () => {
  it('"SYT", "SGD", "SLĐ" are read as the departments they start', () => {
    expect(agencyKey('syt')).toBe('so y te');
    expect(agencyKey('sld thanh hoa')).toBe('so lao dong thanh hoa');
    // Punctuation after a shorthand ends it like a space: "… thuộc Sở LĐTBXH?"
    expect(agencyKey('so ldtbxh?')).toBe(agencyKey('so ldtbxh'));
    expect(agencyKey('(so ldtbxh)')).toBe(agencyKey('so ldtbxh'));
    const a = ask('Quảng Ninh: SLĐ chủ trì những chỉ tiêu nào?');
    expect(a.text).toMatch(/^Sở Lao động - Thương binh và Xã hội chủ trì/);
  });
});

describe('a table row asked for its partners, or for both columns', () => {
  it('"… có cơ quan phối hợp nào?" of a row with an empty partner cell says none is named, the lead still shown', () => {
    const a = ask(
      'Phụ lục II KH 230 Đồng Nai: nhiệm vụ tăng cường nhận thức, trách nhiệm của cấp ủy đảng, chính quyền, nhất là người đứng đầu trong lãnh đạo thực hiện chính sách xã hội có cơ quan phối hợp nào?',
    );
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('Kế hoạch không ghi cơ quan phối hợp cho nội dung này.');
    expect(a.text).toContain('Chủ trì: Các sở, ban, ngành');
  });
  it('the lead named and its partners asked ("SYT chủ trì, phối hợp với ai") lists the partners', () => {
    const a = ask('ĐNai nguoi cao tuoi tham gia BHYT: SYT chu tri, phoi hop voi ai');
    expect(a.found).toBe(true);
    expect(a.text).toContain('phối hợp: Bảo hiểm xã hội tỉnh');
  });
  it('"cột Trung ương … còn Đồng Nai tự đặt bao nhiêu?" reads both columns', () => {
    const a = ask(
      'Phụ lục I KH 230: cột chỉ tiêu Trung ương đặt bao nhiêu căn hộ nhà ở xã hội cho người thu nhập thấp, công nhân KCN đến năm 2030, còn Đồng Nai tự đặt bao nhiêu?',
    );
    expect(a.text).toContain('chỉ tiêu của tỉnh: năm 2030: 50.000');
    expect(a.text).toContain('chỉ tiêu Trung ương: năm 2030: 1 triệu');
  });
});

describe('a report date asked of one body', () => {
  it('a dated report the body receives sets no day for its own report', () => {
    const a = ask('Thanh Hóa KH 68: Sở LĐTBXH phải gửi báo cáo tổng hợp lên UBND tỉnh trước ngày nào?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe(
      'KH 68/KH-UBND (Thanh Hóa) không nêu ngày (hạn) nộp báo cáo cụ thể của Sở Lao động - Thương binh và Xã hội. Kế hoạch chỉ quy định:',
    );
    expect(a.text).not.toContain('10/12');
  });
  it('"có quy định ngày cụ thể … không?" of undated reports: none set, said; "…, hay báo cáo thế nào?" is answered', () => {
    const a = ask('KH 767 Lai Châu có quy định ngày cụ thể để Sở LĐTBXH báo cáo Bộ không?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 767\/KH-UBND \(Lai Châu\) không nêu ngày \(hạn\) nộp báo cáo cụ thể/);
    const how = ask(
      'Lai Châu KH 767 có quy định ngày cụ thể để các huyện báo cáo không, hay báo cáo thế nào?',
    );
    expect(how.found).toBe(true);
    expect(how.text).toContain('định kỳ');
  });
  it('"hạn ngày mấy mỗi quý?" of a plan with no quarterly report says so', () => {
    const a = ask(
      'Đà Nẵng KH 10: các quận, huyện có phải nộp báo cáo quý về Sở LĐTBXH không, hạn ngày mấy mỗi quý?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 10\/KH-UBND \(Đà Nẵng\) không quy định báo cáo hằng quý/);
  });
  it('"báo cáo quý I" typed without diacritics is a quarter; "quỹ", "quy định" are not', () => {
    const a = ask('dong nai kh 230 co bat bao cao quy khong, han bao cao quy I la ngay nao');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 230\/KH-UBND \(Đồng Nai\) không quy định báo cáo hằng quý/);
    expect(ask('Đồng Nai báo cáo theo quy định trước ngày nào?').text).not.toContain('hằng quý');
  });
  it('a body asked whether it must report gets the reporting duties, the date among them', () => {
    const a = ask('Sở GD&ĐT Đà Nẵng có phải báo cáo kết quả thực hiện KH 10 không, hạn ngày mấy?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('30/11');
  });
});

describe('a ministry asked as the recipient of reports', () => {
  it('that no duty reports to is said not to be set, with what the plan does set', () => {
    const a = ask(
      'KH 230 Đồng Nai: Sở LĐTBXH phải báo cáo Bộ Lao động - Thương binh và Xã hội kết quả thực hiện trước ngày nào?',
    );
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe(
      'KH 230/KH-UBND (Đồng Nai) không quy định báo cáo Bộ Lao động - Thương binh và Xã hội. Kế hoạch quy định:',
    );
    expect(a.text).toContain('30/11');
  });
  it('that a duty does report to is answered', () => {
    const a = ask('Lai Châu: Sở LĐTBXH có phải báo cáo Bộ Lao động - Thương binh và Xã hội không?');
    expect(a.text).toMatch(/^Có: kế hoạch quy định báo cáo Bộ Lao động - Thương binh và Xã hội\./);
    expect(a.text).toContain('dòng 99');
    expect(a.text).not.toContain('không quy định báo cáo Bộ');
  });
});

describe('"… lên bộ nào?" asks where reports go, however far from "báo cáo"', () => {
  it("answers with the named body's reporting duties, the ministry among them", () => {
    const a = ask('LC SLD bc ket qua kiem tra giam sat an sinh len bo nao');
    expect(a.intent).toBe('plan_meta');
    expect(a.text).toContain(
      'Sở Lao động - Thương binh và Xã hội báo cáo Bộ Lao động - Thương binh và Xã hội',
    );
  });
});

describe('an area asked of a target set for the whole province only', () => {
  it('"còn riêng ở nông thôn thì sao?" keeps the subject and says no rural target is set, with the overall one', () => {
    const a = engine.answer('còn riêng ở nông thôn thì sao?', {
      today: TODAY,
      previousQuestion: 'Thanh Hóa đặt mục tiêu diện tích nhà ở bình quân đầu người là bao nhiêu?',
    });
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('KH 68/KH-UBND không đặt mục tiêu riêng cho nông thôn.');
    expect(a.text).toContain('Kế hoạch đặt (chung cho toàn tỉnh): diện tích nhà ở bình quân đầu người');
    expect(a.text).not.toContain('nước sạch');
  });
  it('the same when one sentence sets several targets for the whole province', () => {
    // "hạ tỷ lệ thất nghiệp xuống dưới 3%, tỷ lệ việc làm tăng thêm bình quân 4,5 - 5 %/năm": two targets, one answer.
    const a = engine.answer('khu vực thành thị thì bao nhiêu?', {
      today: TODAY,
      previousQuestion: 'Đà Nẵng muốn hạ tỷ lệ thất nghiệp xuống dưới bao nhiêu đến cuối năm 2025?',
    });
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('KH 10/KH-UBND không đặt mục tiêu riêng cho thành thị.');
    expect(a.text).toContain('xuống dưới 3%');
  });
  it('the same when the target\'s other figure is for another part of the province ("riêng các huyện nghèo")', () => {
    const a = ask('Lai Châu đặt chỉ tiêu giảm hộ nghèo ở khu vực thành thị bao nhiêu %/năm?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('KH 767/KH-UBND không đặt mục tiêu riêng cho thành thị.');
    // Not "chung cho toàn tỉnh": the record also sets a figure for the poor districts.
    expect(a.text).toContain('Kế hoạch đặt: ');
    expect(a.text).toContain('3%/ năm');
  });
  it("setsNothingFor reads the name and every figure's area", () => {
    const row = (name: string, ...areas: string[]) => ({ name, targets: areas.map((area) => ({ area })) });
    expect(setsNothingFor(row('giảm tỷ lệ hộ nghèo', 'all', 'các huyện nghèo'), 'thành thị')).toBe(true);
    expect(setsNothingFor(row('giảm tỷ lệ hộ nghèo', 'all', 'thành thị'), 'thành thị')).toBe(false);
    expect(setsNothingFor(row('Tỷ lệ giảm nghèo: Khu vực nông thôn', 'all'), 'nông thôn')).toBe(false);
    expect(setsNothingFor(row('Tỷ lệ giảm nghèo: Khu vực nông thôn', 'all'), 'thành thị')).toBe(true);
    expect(setsNothingFor(row('phát triển nhà ở'), 'thành thị')).toBe(false);
  });
  it('a target the plan splits by area still answers for that area', () => {
    const a = ask(
      'Đồng Nai: tỷ lệ hộ gia đình nông thôn được sử dụng nước sạch theo quy chuẩn năm 2030 là bao nhiêu?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('Nông thôn');
  });
});

describe('bodies as readers name them', () => {
  it('"BCHQS" is the Bộ Chỉ huy Quân sự; "cơ quan thống kê" the Cục Thống kê', () => {
    expect(ask('BCHQS tinh Thanh Hoa chu tri viec gi trong KH 68?').text).toMatch(
      /^Bộ Chỉ huy Quân sự tỉnh chủ trì 1 nhiệm vụ/,
    );
    const stats = ask(
      'Ở Đồng Nai, cơ quan thống kê chủ trì theo dõi, đánh giá những chỉ tiêu nào trong Phụ lục I?',
    );
    expect(stats.intent).toBe('assignments');
    expect(stats.text).toMatch(/^Cục Thống kê tỉnh chủ trì 5 chỉ tiêu/);
  });
});

describe('a neighbour is no answer to a figure question', () => {
  it('"tỷ lệ hộ nghèo" is not answered by a target about households "thuộc hộ nghèo"', () => {
    const a = ask('Thanh Hóa đặt mục tiêu tỷ lệ hộ nghèo đến năm 2030 còn bao nhiêu phần trăm?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('Kế hoạch của Thanh Hóa không nêu chỉ tiêu này.');
    // The record stays a suggestion, marked as such.
    expect(a.text).toContain('Có thể bạn muốn hỏi:');
  });
  it('a record that names the thing asked still answers', () => {
    expect(ask('Lai Châu giảm tỷ lệ hộ nghèo bình quân mỗi năm bao nhiêu?').text).toContain('3%/ năm');
  });
});

describe('the role shown for a duty answered as a target', () => {
  it('is the role of the clause the question is about: "… ; phối hợp với … hỗ trợ nhà ở cho hộ nghèo"', () => {
    const a = ask('Sở Xây dựng Lai Châu chủ trì hay phối hợp trong hỗ trợ nhà ở cho hộ nghèo?');
    expect(a.text).toContain('Phối hợp thực hiện: Sở Xây dựng');
    expect(a.text).not.toContain('Chủ trì: Sở Xây dựng');
  });
});

describe('"chủ trì hay phối hợp?" answered in one line first', () => {
  it('says the body takes part when the clause asked about is its part in another body’s work', () => {
    const a = ask('Sở Xây dựng Lai Châu chủ trì hay phối hợp trong hỗ trợ nhà ở cho hộ nghèo?');
    expect(a.text.split('\n')[0]).toBe(
      'Theo kế hoạch, Sở Xây dựng phối hợp thực hiện việc này, không chủ trì.',
    );
  });
  it('gives no verdict where the plan says neither plainly', () => {
    const a = ask(
      'Sở KHĐT Quảng Ninh có chủ trì tham mưu bố trí dự toán kinh phí an sinh xã hội hằng năm không, hay chỉ phối hợp?',
    );
    expect(a.text).not.toMatch(/^Theo kế hoạch,/);
  });
  it('says the body leads where the plan writes "Chủ trì" for the clause asked about', async () => {
    const { roleVerdict } = await import('../../src/answer/intents/target');
    const task = {
      kind: 'task' as const,
      plan: corpus.plans[0],
      record: {
        ...corpus.plans[0]?.tasks[0],
        text: 'Sở Y tế: Chủ trì, phối hợp với các sở triển khai mở rộng bảo hiểm y tế toàn dân',
        leads: ['Sở Y tế'],
        partners: ['các sở'],
      },
    } as unknown as Parameters<typeof roleVerdict>[1];
    expect(roleVerdict('Sở Y tế', task, 'mo rong bao hiem y te')).toBe(
      'Theo kế hoạch, Sở Y tế chủ trì việc này.',
    );
    expect(roleVerdict('Sở Tài chính', task, 'mo rong bao hiem y te')).toBeNull();
  });
});
