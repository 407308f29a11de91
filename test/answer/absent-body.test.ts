/** A body the plan asked about never names: said so, never answered with other bodies' duties as if its own. */
import { describe, expect, it } from 'vitest';
import { namesCounterpart } from '../../src/answer/intents/agency';
import { understand } from '../../src/answer/understand';
import { ask, corpus } from '../helpers';

describe('a body the one plan asked about never names', () => {
  it('asked for its duties and reporting: the plan does not name it, then what the plan says of reporting', () => {
    const a = ask(
      'UBND Quảng Ninh giao Công an tỉnh nhiệm vụ gì và chế độ báo cáo ra sao trong KH 91/KH-UBND?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 91\/KH-UBND không nêu Công an tỉnh\.\nBáo cáo của kế hoạch:/);
    expect(a.text).toContain('Sở Lao động - Thương binh và Xã hội tổng hợp');
  });
  it('asked what it was given: none, with what it may have taken over said as such', () => {
    const a = ask('Sở Nội vụ Đà Nẵng được giao kiểm tra, báo cáo nội dung gì trong KH 10/KH-UBND?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 10\/KH-UBND không giao Sở Nội vụ nhiệm vụ nào\./);
  });
  it('a body the plan does name is answered as before', () => {
    const a = ask('Sở Lao động - Thương binh và Xã hội Quảng Ninh được giao báo cáo gì trong KH 91?');
    expect(a.found).toBe(true);
    expect(a.text).not.toContain('không nêu Sở Lao động');
  });
  it('a claim of where reports go is judged, not answered "not named"', () => {
    const a = ask('Quảng Ninh: các sở báo cáo UBND tỉnh qua Sở Nội vụ phải không?');
    expect(a.text).not.toContain('không nêu Sở Nội vụ');
  });
});

describe('"số" before a plan by its number', () => {
  it('names no body ("chuyển đổi số KH 10" is no "Sở Kế hoạch …")', () => {
    expect(understand('cơ quan nào chủ trì đề án chuyển đổi số KH 10?', corpus).agency).toBeNull();
    expect(understand('sở kế hoạch chủ trì gì', corpus).agency).toBe('Sở Kế hoạch và Đầu tư');
  });
});

describe('a role asked of one duty', () => {
  it('is answered by that duty alone', () => {
    const a = ask(
      'Nhiệm vụ cải cách chính sách bảo hiểm xã hội trong Phụ lục II Đồng Nai: BHXH tỉnh chủ trì hay chỉ phối hợp?',
    );
    expect(a.text).toMatch(
      /^Theo kế hoạch, Bảo hiểm xã hội tỉnh phối hợp thực hiện việc này, không chủ trì\./,
    );
    expect(a.items).toHaveLength(1);
    expect(a.text).not.toContain('•');
  });
});

describe('administrative shorthand', () => {
  it('"TTHC" is thủ tục hành chính', () => {
    const a = ask('Đơn vị nào lo việc rà soát, đơn giản hóa TTHC ở Thanh Hóa?');
    expect(a.text).toContain('Sở Nội vụ');
  });
});

describe('a duty the plan states with no body in charge, asked who does it', () => {
  it('is answered by its own words when they give the role asked ("vai trò đầu mối điều phối là …")', () => {
    const a = ask('Ở Quảng Ninh, mạng lưới cấp cứu ngoại viện do đơn vị nào làm đầu mối điều phối ạ?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('đầu mối điều phối là Trung tâm vận chuyển cấp cứu 115');
    expect(a.text).toContain('Nguồn: KH 91/KH-UBND');
  });
  it('is answered by its own words when they name the body it goes to, asked by that preposition', () => {
    expect(
      namesCounterpart(
        'bao cao kip thoi voi co quan nao',
        'báo cáo kịp thời vướng mắc với Ủy ban nhân dân tỉnh',
      ),
    ).toBe(true);
    expect(namesCounterpart('trinh len cap nao', 'trình lên UBND tỉnh phê duyệt')).toBe(true);
    // Another preposition, or no body after it, answers nothing.
    expect(
      namesCounterpart('bao cao kip thoi voi co quan nao', 'báo cáo kịp thời lên Ủy ban nhân dân tỉnh'),
    ).toBe(false);
    expect(namesCounterpart('bao cao voi ai', 'báo cáo với các cấp, các ngành')).toBe(false);
    expect(namesCounterpart('ai chu tri', 'báo cáo với Ủy ban nhân dân tỉnh')).toBe(false);
    const a = ask(
      'KH 68 Thanh Hóa: trong quá trình thực hiện, khó khăn vướng mắc báo cáo kịp thời với cơ quan nào?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Thanh Hóa: .*vướng mắc với Ủy ban nhân dân tỉnh/);
  });
  it('else says the plan states it but names no body, quoting it with its source', () => {
    const a = ask(
      'Ở Quảng Ninh, ai lo thiết lập mạng lưới cấp cứu ngoại viện từ tuyến huyện đến tuyến tỉnh?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 91\/KH-UBND \(Quảng Ninh\) nêu việc này nhưng không ghi cơ quan chủ trì: /);
    expect(a.text).toContain('Nguồn: KH 91/KH-UBND');
  });
});
