import { describe, expect, it } from 'vitest';
import { putsForward } from '../../src/answer/cues';
import {
  choiceVerdict,
  claimVerdict,
  compilerVerdict,
  dayContradicted,
  groupDoes,
  namesLedDuty,
  partnerVerdict,
} from '../../src/answer/intents/agency';
import { asksNumber, figureVerdict, sideOf } from '../../src/answer/intents/target';
import {
  choiceIn,
  claimedList,
  claimIn,
  partnerClaimIn,
  understand,
  withoutBody,
  withoutClaimWords,
  withPlainTag,
} from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus, engine, TODAY } from '../helpers';

const claim = (q: string) => claimIn(fold(q), corpus);

// A body put forward to be confirmed ("có phải Sở X chủ trì không?") is no subject of the question: the
// answer says who leads and whether that is the body named.
describe('claimIn: a body the question asks to have confirmed as the lead', () => {
  it('reads a body and its verb closed by a particle ("… chủ trì chỉ tiêu này à?") as a claim', () => {
    expect(claim('sở lđtbxh chủ trì chỉ tiêu này à?')?.name).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(claim('chỉ tiêu đó do BHXH tỉnh chủ trì à?')?.name).toBe('Bảo hiểm xã hội tỉnh');
    expect(claim('so gd&dt phu trach a?')?.name).toBe('Sở Giáo dục và Đào tạo');
    // A follow-up carries its subject after the "?"; a question word asks something else.
    expect(claim('sở y tế lo à? ty le bhyt dong nai')?.name).toBe('Sở Y tế');
    expect(claim('Sở Y tế chủ trì những gì à?')).toBeNull();
    expect(claim('Sở Y tế chủ trì nhiệm vụ nào vậy?')).toBeNull();
  });
  it('reads "do X theo dõi … phải không?" (the tables\' "chủ trì theo dõi") as a claim', () => {
    expect(
      claim('chỉ tiêu nhà tiêu hợp vệ sinh do Sở Tài nguyên và Môi trường theo dõi phải không?')?.name,
    ).toBe('Sở Tài nguyên và Môi trường');
    const a = ask(
      'Chỉ tiêu hộ gia đình dùng nhà tiêu hợp vệ sinh do Sở Tài nguyên và Môi trường theo dõi phải không?',
      'Đồng Nai',
    );
    expect(a.text.split('\n')[0]).toMatch(/^Không: kế hoạch không giao Sở Tài nguyên và Môi trường/);
    expect(a.text).toContain('Chủ trì: Sở Y tế');
  });
  it('reads the body right after "giao", asked with "có phải … không?"', () => {
    expect(claim('Có phải Lai Châu giao Sở Tài chính giải ngân vốn vay cho hộ nghèo không?')?.name).toBe(
      'Sở Tài chính',
    );
    expect(claim('Lai Châu giao Sở Tài chính giải ngân vốn vay cho hộ nghèo không?')).toBeNull();
  });
  it('asks who runs the plan however the role is held ("giữ vai trò thường trực", "làm đầu mối")', () => {
    const a = ask(
      'Trong KH 91/KH-UBND của Quảng Ninh, cơ quan nào giữ vai trò thường trực triển khai kế hoạch?',
    );
    expect(a.text).toMatch(/^Quảng Ninh: cơ quan thường trực thực hiện KH 91\/KH-UBND là Sở Lao động/);
  });
  it('reads "cơ quan chủ trì thực hiện KH … có phải X không"', () => {
    expect(claim('cơ quan chủ trì thực hiện KH 767 có phải Sở KH&ĐT không?')?.name).toBe(
      'Sở Kế hoạch và Đầu tư',
    );
    expect(ask('Lai Châu: cơ quan chủ trì thực hiện KH 767 có phải Sở KH&ĐT không?').text).toMatch(
      /^Không: kế hoạch không giao Sở Kế hoạch và Đầu tư chủ trì thực hiện kế hoạch\./,
    );
  });
  it('reads "có phải X là cơ quan thường trực / đầu mối … không" (the role after the body)', () => {
    expect(claim('Có phải UBND các huyện, thị xã là cơ quan thường trực triển khai KH 91 không?')?.name).toBe(
      'UBND các huyện, thành phố',
    );
    expect(claim('co phai so ldtbxh la co quan dau moi thuc hien kh 68 khong')?.name).toBe(
      'Sở Lao động - Thương binh và Xã hội',
    );
    expect(ask('Có phải Sở Y tế là cơ quan thường trực triển khai KH 91 của Quảng Ninh không?').text).toMatch(
      /^Không: kế hoạch không giao Sở Y tế chủ trì thực hiện kế hoạch\./,
    );
  });
  it('reads "cơ quan thường trực … là X đúng không" (the standing body is a role)', () => {
    expect(claim('cơ quan thường trực theo dõi thực hiện kế hoạch là Sở Nội vụ đúng không?')?.name).toBe(
      'Sở Nội vụ',
    );
    const a = ask('KH 91 QN: cơ quan thường trực theo dõi thực hiện kế hoạch là Sở Nội vụ đúng không?');
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Nội vụ/);
    expect(a.text).toContain('Sở Lao động - Thương binh và Xã hội');
  });
  it('reads "có phải (do) X chủ trì … không", "X có phải chủ trì … không" and "… do X chủ trì phải không"', () => {
    expect(claim('BHYT toàn dân có phải do Sở LĐTBXH chủ trì không?')?.name).toBe(
      'Sở Lao động - Thương binh và Xã hội',
    );
    expect(claim('Sở Y tế có phải chủ trì chỉ tiêu BHYT không?')?.name).toBe('Sở Y tế');
    expect(claim('mở rộng BHYT do Sở Y tế phụ trách, đúng không?')?.name).toBe('Sở Y tế');
  });
  it('reads "có đúng là X chủ trì … không" and "X có phải tham mưu … không"', () => {
    expect(claim('Có đúng là Sở Y tế Thanh Hóa chủ trì rà soát chính sách người có công không?')?.name).toBe(
      'Sở Y tế',
    );
    expect(claim('So Tai chinh co phai tham muu phan bo von dau tu cong khong?')?.name).toBe('Sở Tài chính');
    expect(
      ask(
        'Lai Chau: So Tai chinh co phai tham muu phan bo von dau tu cong cho cac chuong trinh an sinh xa hoi khong?',
      ).text,
    ).toMatch(/^Không: .*\n.*Chủ trì: Sở Kế hoạch và Đầu tư/);
  });
  it('takes a body no plan names only as the whole of what is put forward', () => {
    const c = claim('chỉ tiêu bình đẳng giới có phải do Hội Liên hiệp Phụ nữ tỉnh chủ trì không?');
    expect(c?.name).toMatch(/^Hội Liên hiệp Phụ nữ/);
    expect(c?.words).toBe('hoi lien hiep phu nu tinh');
  });
  it('reads the everyday "làm", "lo", "quản lý" only when the body stands between "có phải" and the verb', () => {
    expect(claim('có phải Sở LĐTBXH lo không?')?.name).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(claim('co phai so y te lam viec nay ko')?.name).toBe('Sở Y tế');
    // After the body, "phải làm" is "must do": a question about its duty, nothing put forward.
    expect(claim('Sở Y tế có phải làm báo cáo không?')).toBeNull();
  });
  it('reads "có phải X không?" when the body is all that is put forward', () => {
    expect(claim('có phải Sở GD&ĐT không?')?.name).toBe('Sở Giáo dục và Đào tạo');
    expect(claim('vậy có phải là BHXH tỉnh không? tỷ lệ bao phủ BHYT')?.name).toBe('Bảo hiểm xã hội tỉnh');
    expect(claim('có phải Sở Y tế có nhiều chỉ tiêu nhất không?')).toBeNull();
    expect(claim('có phải năm 2025 không?')).toBeNull();
  });
  it('says neither yes nor no for a target that names no body, and why', () => {
    const a = ask('Đồng Nai chỉ tiêu mức giảm tỷ lệ hộ nghèo DTTS, có phải Sở LĐTBXH lo không?');
    expect(a.text.split('\n')[0]).toBe(
      'Kế hoạch không ghi cơ quan chủ trì chỉ tiêu này, nên không thể nói là Sở Lao động - Thương binh và Xã hội.',
    );
  });
  it("of a target whose field's duties name a body, weighs the claim against those duties", () => {
    const a = ask('Đà Nẵng chỉ tiêu 100% học sinh tiểu học học 2 buổi/ngày, có phải Sở LĐTBXH lo không?');
    expect(a.text.split('\n')[0]).toBe(
      'Không: kế hoạch không giao Sở Lao động - Thương binh và Xã hội chủ trì các nhiệm vụ về học sinh.',
    );
    expect(a.text.split('\n')[1]).toMatch(/^KH 10\/KH-UBND không ghi cơ quan chủ trì riêng cho chỉ tiêu/);
    expect(a.text).toContain('Chủ trì: Sở Giáo dục và Đào tạo');
  });
  it('is no claim when what is put forward names no body, or nothing is asked to be confirmed', () => {
    expect(claim('Thanh Hóa có phải thực hiện báo cáo hằng năm không?')).toBeNull();
    expect(claim('Sở Y tế chủ trì những chỉ tiêu nào?')).toBeNull();
    expect(claim('ai chủ trì mở rộng BHYT toàn dân?')).toBeNull();
  });
  it('makes the question one of who leads, with the body out of its subject', () => {
    const q = understand('Quảng Ninh: chỉ tiêu bình đẳng giới có phải do Sở Y tế chủ trì không?', corpus);
    expect(q.intent).toBe('agency');
    expect(q.agency).toBeNull();
    expect(q.claimed).toBe('Sở Y tế');
    expect(q.topic).not.toMatch(/\by te\b/);
  });
  it('takes the body out with the province its words hold ("Sở Tài nguyên và Môi trường Quảng Ninh")', () => {
    const q = understand(
      'Có phải Sở Tài nguyên và Môi trường Quảng Ninh chủ trì mục tiêu nước sạch và vệ sinh môi trường nông thôn không?',
      corpus,
    );
    expect(q.claimed).toBe('Sở Tài nguyên và Môi trường');
    expect(q.provinces).toEqual(['Quảng Ninh']);
    expect(q.topic).not.toMatch(/\btai nguyen\b/);
    expect(q.topic).toMatch(/nuoc sach/);
  });
  it('says no when the body put forward leads a neighbouring duty, and names the lead', () => {
    const a = ask(
      'Có phải Sở Tài nguyên và Môi trường Quảng Ninh chủ trì mục tiêu nước sạch và vệ sinh môi trường nông thôn không?',
    );
    expect(a.text).toMatch(/^Không: /);
    expect(a.text).toContain('Chủ trì: Sở Nông nghiệp và Phát triển nông thôn');
  });
});

describe('claimVerdict: yes or no from the records shown', () => {
  const duty = (leads: string[], partners: string[] = []) => ({ leads, partners });
  it('says yes when the body leads every record shown', () => {
    expect(claimVerdict('Sở Y tế', [duty(['Sở Y tế'])])).toMatch(/^Đúng:/);
  });
  it('says no, and that it is a partner, when it only takes part', () => {
    expect(claimVerdict('Bảo hiểm xã hội tỉnh', [duty(['Sở Y tế'], ['Bảo hiểm xã hội tỉnh'])])).toBe(
      'Không: theo kế hoạch, Bảo hiểm xã hội tỉnh phối hợp, không chủ trì việc này.',
    );
    expect(claimVerdict('Sở Tài chính', [duty(['Sở Y tế'])])).toBe(
      'Không: kế hoạch không giao Sở Tài chính chủ trì việc này.',
    );
  });
  it('says no of a body the plan only asks ("Đề nghị …") to take part', () => {
    expect(
      claimVerdict('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', [
        { leads: ['Ủy ban MTTQ tỉnh'], partners: [], role: 'requested' },
      ]),
    ).toBe(
      'Không: kế hoạch chỉ đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia việc này, không giao chủ trì.',
    );
  });
  it('says no when the part asked of its own duty is one it only supports', () => {
    expect(claimVerdict('Sở Y tế', [{ leads: ['Sở Y tế'], partners: [], role: 'partner' }])).toBe(
      'Không: theo kế hoạch, Sở Y tế phối hợp, không chủ trì việc này.',
    );
    expect(claimVerdict('Sở Y tế', [{ leads: ['Sở Y tế'], partners: [], role: 'lead' }])).toMatch(/^Đúng:/);
  });
  it('says no of a body put forward as the only lead where another leads with it, naming both as written', () => {
    const coLed = duty(['Sở Lao động - Thương binh và Xã hội', 'Bảo hiểm xã hội thành phố']);
    expect(claimVerdict('Bảo hiểm xã hội tỉnh', [coLed], false, true)).toBe(
      'Không: Bảo hiểm xã hội thành phố không chủ trì một mình; theo kế hoạch, cùng chủ trì việc này có Sở Lao động - Thương binh và Xã hội.',
    );
    // Not asked "alone", the same records confirm it leads.
    expect(claimVerdict('Bảo hiểm xã hội tỉnh', [coLed])).toMatch(/^Đúng:/);
    // Alone indeed: "chỉ".
    expect(claimVerdict('Sở Y tế', [duty(['Sở Y tế'])], false, true)).toBe(
      'Đúng: theo kế hoạch, chỉ Sở Y tế chủ trì việc này.',
    );
    const a = ask('Đà Nẵng: nhóm nhiệm vụ BHXH, BHYT, BHTN trong KH 10 chỉ có Sở LĐTBXH chủ trì thôi à?');
    expect(a.text).toMatch(
      /^Không: Sở Lao động - Thương binh và Xã hội không chủ trì một mình; [^\n]*Bảo hiểm xã hội thành phố/,
    );
  });
  it('says neither when it leads only some of them, or a group leads that may hold it', () => {
    expect(claimVerdict('Sở Y tế', [duty(['Sở Y tế']), duty(['Sở Xây dựng'])])).toBeNull();
    expect(claimVerdict('Sở Y tế', [duty(['Các sở, ban, ngành'])])).toBeNull();
    expect(claimVerdict('Sở Y tế', [])).toBeNull();
  });
});

describe('answers to a claim', () => {
  it('"… có phải do Hội Liên hiệp Phụ nữ tỉnh chủ trì không? Nếu không thì cơ quan nào?"', () => {
    const a = ask(
      'Ở Quảng Ninh, các chỉ tiêu bình đẳng giới trong KH 91 có phải do Hội Liên hiệp Phụ nữ tỉnh chủ trì không? Nếu không thì cơ quan nào?',
    );
    expect(a.found).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/^Không: kế hoạch không giao Hội Liên hiệp Phụ nữ/);
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
  });
  it('a partner put forward as the lead is said to be a partner, the lead named', () => {
    const a = ask('Thanh Hóa: mở rộng BHYT toàn dân có phải Bảo hiểm xã hội tỉnh chủ trì không?');
    expect(a.text.split('\n')[0]).toMatch(/^Không: theo kế hoạch, Bảo hiểm xã hội tỉnh phối hợp/);
    expect(a.text).toContain('Chủ trì: Sở Y tế');
  });
  it('the lead put forward is confirmed', () => {
    const a = ask('Thanh Hóa: mở rộng BHYT toàn dân do Sở Y tế chủ trì phải không?');
    expect(a.text.split('\n')[0]).toBe('Đúng: theo kế hoạch, Sở Y tế chủ trì việc này.');
  });
  it('a "chỉ tiêu" the plan gives no figure is the duty that carries it', () => {
    const a = ask(
      'Ở Quảng Ninh, Sở Tài chính chủ trì triển khai chỉ tiêu nhà ở cho công nhân ngành than, lao động KCN có phải không?',
    );
    expect(a.found).toBe(true);
    expect(a.text.split('\n')[0]).toBe('Không: kế hoạch không giao Sở Tài chính chủ trì việc này.');
    expect(a.text).toContain('Chủ trì: Sở Xây dựng');
  });
});

describe('bodies put forward together as co-leads', () => {
  it('claimedList reads the list the claimed body stands in, joined by commas and "và"', () => {
    const q =
      'Đà Nẵng: nước sạch, vệ sinh môi trường do Sở Xây dựng, Sở NN&PTNT và Sở TN&MT cùng chủ trì phải không?';
    expect(claimedList(fold(q), 'Sở Tài nguyên và Môi trường', corpus)).toEqual([
      'Sở Xây dựng',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Tài nguyên và Môi trường',
    ]);
    // "Sở Kế hoạch và Đầu tư" is one body; a body alone is a list of one.
    expect(
      claimedList(fold('Sở Kế hoạch và Đầu tư chủ trì phải không?'), 'Sở Kế hoạch và Đầu tư', corpus),
    ).toEqual(['Sở Kế hoạch và Đầu tư']);
  });
  it("are confirmed together, in the plan's words, by the duty they all lead", () => {
    const a = ask(
      'Đà Nẵng: nước sạch, vệ sinh môi trường do Sở Xây dựng, Sở NN&PTNT và Sở TN&MT cùng chủ trì phải không?',
    );
    expect(a.text.split('\n')[0]).toBe(
      'Đúng: theo kế hoạch, Sở Xây dựng, Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường cùng chủ trì việc này.',
    );
    const b = ask('có phải Sở LĐTBXH và BHXH thành phố Đà Nẵng cùng chủ trì nhiệm vụ BHYT không');
    expect(b.text.split('\n')[0]).toContain('Bảo hiểm xã hội thành phố cùng chủ trì');
    // No duty led by both: judged as before, body by body.
    const c = ask('Đà Nẵng: nước sạch nông thôn do Sở Xây dựng và Sở Y tế cùng chủ trì phải không?');
    expect(c.text).toMatch(/^Không/);
    expect(c.text).toContain('Chủ trì: Sở Nông nghiệp và Phát triển nông thôn');
  });
});

describe('a body wrongly put forward as the lead', () => {
  it('is told so, with the lead, and with the neighbouring duty it does lead', () => {
    const a = ask('KH 10 Đà Nẵng giao Sở Xây dựng phụ trách chính sách nước sạch nông thôn, đúng không?');
    expect(a.text.split('\n')[0]).toBe('Không: kế hoạch không giao Sở Xây dựng chủ trì việc này.');
    expect(a.text).toContain('Chủ trì: Sở Nông nghiệp và Phát triển nông thôn');
    expect(a.text).toMatch(/Sở Xây dựng chủ trì việc gần đó: .*nước sạch đô thị/);
  });
  it('a body the plan only asks to take part is shown leading nothing', () => {
    const a = ask(
      'lai chau: MTTQ tinh la co quan tong hop bao cao ket qua thuc hien ASXH cua cac huyen phai khong',
    );
    expect(a.text).toMatch(/^Không/);
    expect(a.text).not.toContain('chủ trì việc gần đó');
  });
});

describe('a figure the question quotes asks for no number', () => {
  const q = (text: string) => ({ folded: fold(text), howMany: false });
  it('"(trên 95% dân số tham gia)" names what is asked about', () => {
    expect(asksNumber(q('mở rộng BHYT toàn dân (trên 95% dân số tham gia) do ai chủ trì'))).toBe(false);
    expect(asksNumber(q('BHYT đạt bao nhiêu %'))).toBe(true);
    expect(asksNumber(q('được mấy % rồi?'))).toBe(true);
  });
  it('"bao nhiêu cơ quan / mấy sở cùng chủ trì" counts bodies, listed in the answer: no figure', () => {
    expect(asksNumber(q('có bao nhiêu cơ quan cùng chủ trì?'))).toBe(false);
    expect(asksNumber({ ...q('có bao nhiêu sở cùng chủ trì?'), raw: 'có bao nhiêu sở cùng chủ trì?' })).toBe(
      false,
    );
    // Folded, "bao nhiêu so" may be "bao nhiêu số người": a number, unless "sở" is written.
    expect(asksNumber(q('giảm bao nhiêu số người tái nghiện?'))).toBe(true);
    expect(understand('Đà Nẵng có mấy sở cùng chủ trì việc này?', corpus).howMany).toBe(false);
    expect(understand('Đà Nẵng có mấy người được hỗ trợ?', corpus).howMany).toBe(true);
  });
  it('so the duty that names its lead answers "ai chủ trì" though it holds no figure', () => {
    const a = ask(
      'Thanh Hóa: mở rộng BHYT toàn dân (trên 95% dân số tham gia) có phải Sở LĐTBXH chủ trì không? Nếu không thì ai chủ trì, ai phối hợp?',
    );
    expect(a.text).toContain('Chủ trì: Sở Y tế');
    expect(a.text).not.toContain('Giáo dục');
  });
});

describe('both areas asked: every row of the split indicator, each with its lead', () => {
  it('a long question that brings only one row among the ranked still gets the other', () => {
    const a = ask(
      'Đồng Nai: chỉ tiêu tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn — khu vực thành thị và khu vực nông thôn do sở nào chủ trì?',
    );
    expect(a.text).toContain('Chủ trì: Sở Xây dựng');
    expect(a.text).toContain('Chủ trì: Sở Nông Nghiệp và Phát triển nông thôn');
    expect(a.text.indexOf('Thành thị')).toBeLessThan(a.text.indexOf('Nông thôn'));
  });
});

describe('a choice between two bodies: "X hay Y lo / chủ trì?"', () => {
  it('choiceIn reads both bodies, shorthands included, and nothing when one side names no body', () => {
    expect(choiceIn(fold('TH trẻ khuyết tật học hòa nhập thì SGD hay SLĐ lo'), corpus)).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Lao động - Thương binh và Xã hội',
    ]);
    expect(choiceIn(fold('BHYT toàn dân thì Sở Y tế hay BHXH tỉnh chủ trì?'), corpus)).toEqual([
      'Sở Y tế',
      'Bảo hiểm xã hội tỉnh',
    ]);
    expect(choiceIn(fold('chỉ tiêu BHYT hay BHXH do ai chủ trì?'), corpus)).toBeNull();
  });
  it('choiceVerdict names the one that leads, both, neither, or says nothing for a group', () => {
    const r = (leads: string[]) => ({ leads, partners: [] });
    expect(choiceVerdict(['Sở Y tế', 'Sở Tài chính'], [r(['Sở Y tế'])])).toBe(
      'Theo kế hoạch, Sở Y tế chủ trì việc này, không phải Sở Tài chính.',
    );
    expect(choiceVerdict(['Sở Y tế', 'Sở Tài chính'], [r(['Sở Y tế', 'Sở Tài chính'])])).toMatch(
      /cả Sở Y tế và/,
    );
    expect(choiceVerdict(['Sở Y tế', 'Sở Tài chính'], [r(['Sở Xây dựng'])])).toMatch(
      /không phải Sở Y tế hay/,
    );
    expect(choiceVerdict(['Sở Y tế', 'Sở Tài chính'], [r(['Các sở, ban, ngành'])])).toBeNull();
  });
  it("answers with the one the plan gives it to, from the duty under that body's heading", () => {
    const a = ask('TH tre khuyet tat hoc hoa nhap thi SGD hay SLĐ lo');
    expect(a.found).toBe(true);
    expect(a.text.split('\n')[0]).toBe(
      'Theo kế hoạch, Sở Giáo dục và Đào tạo chủ trì việc này, không phải Sở Lao động - Thương binh và Xã hội.',
    );
    expect(a.text).toContain('giáo dục hòa nhập');
  });
});

describe('groupDoes: a duty a group carries out, with no word of leading it', () => {
  const source = { quote: 'Hằng năm, tại thời điểm lập dự toán, các sở, ngành …' };
  it('is labelled by what the sentence says, not "Chủ trì"', () => {
    expect(
      groupDoes({ text: 'Hằng năm, các sở, ngành lập dự toán.', leads: ['các sở, ngành'], source }),
    ).toBe(true);
    // A body named alone, a line that assigns the group apart, or the plan's "chủ trì" keep the lead's label.
    expect(groupDoes({ text: 'Hướng dẫn lập dự toán.', leads: ['Sở Tài chính'], source })).toBe(false);
    expect(groupDoes({ text: 'Lập dự toán.', leads: ['Các sở, ngành'], agencySource: {}, source })).toBe(
      false,
    );
    expect(groupDoes({ text: 'Các sở chủ trì lập dự toán.', leads: ['Các sở'], source })).toBe(false);
    expect(
      groupDoes({
        text: 'x',
        leads: ['Các sở, ban, ngành'],
        source: { quote: '1 | x | Các sở, ban, ngành |' },
      }),
    ).toBe(false);
  });
  it('reads so in an answer', () => {
    const a = ask(
      'Đà Nẵng: hằng năm khi lập dự toán thì cơ quan nào lập dự toán chi tiết thực hiện kế hoạch?',
    );
    expect(a.text).toMatch(/Thực hiện: các sở, ngành, các địa phương/);
  });
});

// "Chỉ tiêu X: sở nào chủ trì <duty>?" names the target as context; the duty after the who-phrase is asked about.
describe('namesLedDuty: a who-leads phrase with its own object', () => {
  const names = (q: string) => namesLedDuty(fold(q));
  it('reads a duty after "sở nào / ai chủ trì"', () => {
    expect(names('Chỉ tiêu BHYT toàn dân: sở nào chủ trì mở rộng, nâng cao chất lượng BHYT?')).toBe(true);
    expect(names('ai phụ trách hướng dẫn, giám sát quỹ đất nhà ở xã hội')).toBe(true);
  });
  it('is no duty when the phrase ends, names a target, points back or is a bare management verb', () => {
    expect(names('Chỉ tiêu tỷ lệ trường học có công trình vệ sinh do cơ quan nào chủ trì?')).toBe(false);
    expect(names('sở nào chủ trì chỉ tiêu BHYT')).toBe(false);
    expect(names('sở nào chủ trì việc này vậy')).toBe(false);
    expect(names('chỉ tiêu người nghèo được trợ giúp pháp lý do cơ quan nào chủ trì theo dõi?')).toBe(false);
  });
  it('answers who leads the duty, not a target that names none', () => {
    const a = ask('Chỉ tiêu BHYT toàn dân ở Thanh Hóa: sở nào chủ trì mở rộng, nâng cao chất lượng BHYT?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Chủ trì: Sở Y tế/);
  });
});

// "… tham gia BHXH thì BHXH tỉnh hay Sở LĐTBXH chủ trì?": the body offered goes, the insurance asked about stays.
describe('withoutBody', () => {
  it('takes the body out but keeps an insurance named on its own', () => {
    expect(withoutBody(' ty le lao dong tham gia bhxh thi bhxh tinh ', 'Bảo hiểm xã hội tỉnh')).toMatch(
      /tham gia bhxh/,
    );
    expect(withoutBody(' ty le lao dong tham gia bhxh thi bhxh tinh ', 'Bảo hiểm xã hội tỉnh')).not.toMatch(
      /bhxh tinh/,
    );
  });
  it('answers a choice between two bodies about the insurance asked, not another target', () => {
    const a = ask(
      'Đồng Nai, chỉ tiêu tỷ lệ lao động tham gia BHXH thì BHXH tỉnh hay Sở LĐTBXH chủ trì theo dõi?',
    );
    expect(a.text).toMatch(/^Theo kế hoạch, Bảo hiểm xã hội tỉnh chủ trì/);
    expect(a.text).not.toMatch(/Sở Y tế/);
  });
});

// Asked who leads, a duty the body shown only takes part in is no answer beside one that names the lead.
describe('who leads: partner duties beside a lead', () => {
  it('leaves out the duty a body only supports', () => {
    const a = ask('Lai Chau: so nao chu tri thuc hien chinh sach an sinh xa hoi?');
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
    expect(a.text).not.toContain('Phối hợp thực hiện: Ban Dân tộc');
    // Asked of the plan itself, its standing body answers.
    expect(
      ask('Lai Chau: so nao la co quan chu tri thuc hien KH 767 ve chinh sach an sinh xa hoi?').text,
    ).toMatch(/cơ quan chủ trì thực hiện KH 767\/KH-UBND là Sở Lao động/);
  });
});

// A body that only takes part is listed by the bodies it works with: each lead's first duty before any
// lead's second, so a short reply names every one of them.
describe('supported: the duties a body takes part in', () => {
  it('names each lead before a second duty of the same lead', () => {
    const a = ask('Bảo hiểm xã hội tỉnh Thanh Hóa có trách nhiệm gì trong Kế hoạch 68?');
    const bullets = a.text.split('\n').filter((l) => l.startsWith('• '));
    expect(bullets[0]).toContain('Sở Lao động - Thương binh và Xã hội chủ trì');
    expect(bullets[1]).toContain('Sở Y tế chủ trì');
  });
  it('gives the partner named in an item to the paragraph that continues it', () => {
    const a = ask('Phát triển hệ thống BHXH ở Thanh Hóa: Sở LĐTBXH chủ trì thì phối hợp với cơ quan nào?');
    expect(a.text).toContain('Bảo hiểm xã hội tỉnh');
  });
});

describe('"X phối hợp với …" in a question about one duty', () => {
  it('names the body worked with, not "sở nào": the duty of that body answers, with its partners', () => {
    const a = ask(
      'Đồng Nai: cơ quan nào phối hợp với Sở LĐTBXH trong chỉ tiêu tỷ lệ lao động nữ làm công hưởng lương?',
    );
    expect(a.text).toContain('phối hợp: Cục Thống kê');
    expect(a.text).not.toContain('được nêu là cơ quan phối hợp với');
  });
  it('"X phối hợp với những sở nào để <its duty>?" answers that duty when X has a part in it', () => {
    const a = ask(
      'dong nai: so giao duc phoi hop voi nhung so nao de to chuc lop boi duong ngoai ngu cho can bo, cong chuc?',
    );
    expect(a.text).toContain('Sở Ngoại vụ, Sở Nội vụ');
  });
  it('with no duty of its own named, lists the bodies it is named a partner of', () => {
    expect(ask('BHXH tỉnh Đồng Nai phối hợp với sở nào?').text).toMatch(
      /^Bảo hiểm xã hội tỉnh được nêu là cơ quan phối hợp với/,
    );
  });
});

describe('a claim tagged "đúng vậy không", "phải thế không"', () => {
  it('is read as "đúng không": the body next to its verb is put forward', () => {
    expect(withPlainTag('… do Sở LĐTBXH chủ trì, phải vậy không?')).toBe(
      '… do Sở LĐTBXH chủ trì, phải không?',
    );
    expect(withPlainTag('do so y te chu tri dung the khong')).toBe('do so y te chu tri dung khong');
    expect(
      understand('Theo KH 68 thì Công an tỉnh chủ trì đề án ứng dụng dữ liệu dân cư, đúng vậy không?', corpus)
        .claimed,
    ).toBe('Công an tỉnh');
  });
  it('answers yes or no', () => {
    expect(
      ask(
        'Việc tăng cường chi trả không dùng tiền mặt cho đối tượng chính sách xã hội ở Đồng Nai do Sở LĐTBXH chủ trì, phải vậy không?',
      ).text,
    ).toMatch(/^Đúng: theo kế hoạch, Sở Lao động - Thương binh và Xã hội chủ trì/);
  });
});

describe('a body put forward as the one that sums up reports', () => {
  it('"X là nơi tổng hợp báo cáo …, đúng không?" puts X forward', () => {
    expect(claim('Sở Y tế là nơi tổng hợp báo cáo định kỳ của kế hoạch, đúng không?')?.name).toBe('Sở Y tế');
  });
  it('is judged against a group\'s "Cơ quan tổng hợp, báo cáo" line', () => {
    expect(compilerVerdict('Sở Y tế', ['Sở Lao động - Thương binh và Xã hội'])).toMatch(/^Không: /);
    expect(compilerVerdict('Sở Y tế', ['Sở Y tế'])).toMatch(/^Đúng: /);
    const a = ask(
      'Phần thông tin, tuyên truyền chính sách xã hội thì Đà Nẵng giao Sở Thông tin và Truyền thông làm cơ quan tổng hợp, báo cáo, phải không?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Thông tin và Truyền thông tổng hợp, báo cáo/);
    expect(a.text).toContain('Cơ quan tổng hợp, báo cáo: Sở Lao động - Thương binh và Xã hội');
  });
});

describe('the body a claim puts forward', () => {
  it('is the one next to the verb, not an insurance named before it', () => {
    expect(claim('Chính sách BHXH, BHYT, BHTN ở Đà Nẵng chỉ có Sở Y tế chủ trì phải không?')?.name).toBe(
      'Sở Y tế',
    );
    const a = ask('Chính sách BHXH, BHYT, BHTN ở Đà Nẵng chỉ có Sở Y tế chủ trì phải không?');
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Y tế chủ trì/);
  });
  it('is named after the role: "cơ quan chủ trì thực hiện kế hoạch là X đúng không?"', () => {
    const right = ask('Theo KH 767 Lai Châu, cơ quan chủ trì thực hiện kế hoạch là Sở LĐTBXH đúng không?');
    expect(right.text).toMatch(
      /^Đúng: theo kế hoạch, Sở Lao động - Thương binh và Xã hội chủ trì thực hiện kế hoạch/,
    );
    const wrong = ask('Theo KH 767 Lai Châu, cơ quan chủ trì thực hiện kế hoạch là Sở Y tế đúng không?');
    expect(wrong.text).toMatch(/^Không: kế hoạch không giao Sở Y tế/);
  });
});

// "… có phối hợp với X không?", "… thì X có phối hợp không?": a body put forward as a partner.
describe('partnerClaimIn: a body the question asks to have confirmed as a partner', () => {
  const partner = (q: string) => partnerClaimIn(fold(q), corpus);
  it('is the body after "có phối hợp với", what the duty is about aside', () => {
    expect(partner('Sở NN&PTNT hướng dẫn dạy nghề có phối hợp với Sở Giáo dục và Đào tạo không?')).toBe(
      'Sở Giáo dục và Đào tạo',
    );
    expect(partner('SYT mo rong BHYT co phoi hop voi BHXH tinh trong viec nay khong?')).toBe(
      'Bảo hiểm xã hội tỉnh',
    );
  });

  it('is the body right before "có phối hợp / tham gia không?"', () => {
    expect(partner('chỉ tiêu người có công thì Sở Nội vụ có phối hợp không?')).toBe('Sở Nội vụ');
    expect(partner('việc rà soát bộ máy, Sở Nội vụ có tham gia không?')).toBe('Sở Nội vụ');
  });

  it('is none for a question that puts no body forward that way', () => {
    expect(partner('Sở Y tế phối hợp với ai?')).toBeNull();
    expect(partner('có phải Sở Y tế chủ trì không?')).toBeNull();
    expect(partner('chỉ tiêu này có phối hợp không?')).toBeNull();
  });
});

describe('partnerVerdict', () => {
  const row = (leads: string[], partners: string[]) => ({ leads, partners });
  it('says yes when every duty shown names the body as a partner, or as its lead', () => {
    expect(partnerVerdict('Sở Nội vụ', [row(['Sở Y tế'], ['Sở Nội vụ', 'các sở'])])).toMatch(
      /^Đúng: .*phối hợp/,
    );
    expect(partnerVerdict('Sở Nội vụ', [row(['Sở Nội vụ'], [])])).toMatch(/^Có: .*chủ trì/);
  });

  it('says no when none names it, and nothing when the duties shown differ', () => {
    expect(partnerVerdict('Sở Nội vụ', [row(['Sở Y tế'], ['các sở'])])).toMatch(/^Không: /);
    expect(partnerVerdict('Sở Nội vụ', [row(['Sở Y tế'], ['Sở Nội vụ']), row(['Sở Y tế'], [])])).toBeNull();
    expect(partnerVerdict('Sở Nội vụ', [])).toBeNull();
  });
});

describe('answers to a partner claim', () => {
  it('confirms a partner the row names, and says no of one it does not', () => {
    const yes = ask(
      'dong nai: chi tieu nguoi co cong co muc song trung binh kha tro len thi MTTQ tinh co phoi hop khong?',
    );
    expect(yes.text).toMatch(/^Đúng: theo kế hoạch, Ủy ban Mặt trận Tổ quốc/);
    expect(yes.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
    const no = ask(
      'Sở NN&PTNT QN hướng dẫn dạy nghề nông - lâm - ngư có phối hợp với Sở Giáo dục và Đào tạo không?',
    );
    expect(no.text).toMatch(/^Không: kế hoạch không ghi Sở Giáo dục và Đào tạo phối hợp/);
    expect(no.text).toContain('Sở Lao động - Thương binh và Xã hội');
  });

  it('of a duty that names no lead is answered by its own words', () => {
    const a = ask(
      'Chương trình giảm nghèo bền vững ở Quảng Ninh khi triển khai có phối hợp với Mặt trận Tổ quốc không?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('phối hợp chặt chẽ với Mặt trận Tổ quốc');
  });
});

describe('a day put forward with the body', () => {
  it('is part of the claim: the body right and the day not is no yes', () => {
    const line = [
      'Tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện trước ngày 30 tháng 11 hằng năm.',
    ];
    expect(dayContradicted(fold('… trước ngày 10 tháng 11 hằng năm phải không?'), line)).toBe(true);
    expect(dayContradicted(fold('… trước 30/11 phải không?'), line)).toBe(false);
    expect(dayContradicted(fold('… phải không?'), line)).toBe(false);
    const a = ask(
      'Đồng Nai: Sở LĐTBXH tham mưu UBND tỉnh báo cáo BTV Tỉnh ủy trước ngày 10 tháng 11 hằng năm phải không?',
    );
    expect(a.text).toMatch(
      /^Không: Sở Lao động - Thương binh và Xã hội chủ trì việc này, nhưng kế hoạch ghi hạn khác:/,
    );
    expect(a.text).toContain('30 tháng 11');
  });
});

describe('putsForward: a claim closed by a tag or a particle', () => {
  const q = (raw: string) => ({ raw, folded: fold(raw) });
  it('reads a question opened by "có đúng" as a claim, not "có đúng hạn / quy định"', () => {
    expect(putsForward(q('Có đúng Đà Nẵng muốn độ bao phủ BHYT đạt 99% vào năm 2025?'))).toBe(true);
    expect(putsForward(q('Cho hỏi có đúng QN đặt 95%?'))).toBe(true);
    expect(putsForward(q('Báo cáo của các sở có đúng hạn?'))).toBe(false);
  });

  it('reads "… hả?", "… à?", "… dung ko" as a claim', () => {
    expect(putsForward(q('số giường bệnh là 65 giường hả?'))).toBe(true);
    expect(putsForward(q('KH 767 thực hiện Công văn 377-CV/TU của BTV Tỉnh ủy à?'))).toBe(true);
    expect(putsForward(q('nha o binh quan dat 30m2 san/nguoi dung ko'))).toBe(true);
    expect(putsForward(q('mốc 100% số xã đạt chuẩn nông thôn mới là hết năm 2025, đúng chứ?'))).toBe(true);
  });
  it('does not read politeness or hectares as a claim', () => {
    expect(putsForward(q('tỷ lệ BHYT mục tiêu bao nhiêu ạ?'))).toBe(false);
    expect(putsForward(q('diện tích trồng rừng bao nhiêu ha?'))).toBe(false);
    expect(putsForward(q('trồng mới 500 ha?'))).toBe(false);
  });
});

describe('figureVerdict: one figure put forward against the figures shown in its unit', () => {
  const shown = ['hằng năm, đào tạo nghề cho 8.000 người, giải quyết việc làm cho 8.500 lao động'];
  it('is yes when every figure in that unit is it, no when none is', () => {
    expect(figureVerdict(fold('có phải 8.000 người không?'), shown)).toMatch(/^Đúng/);
    // 8.500 is in the line, but of "lao động": the people trained are 8.000.
    expect(figureVerdict(fold('đào tạo nghề 8.500 người đúng không?'), shown)).toMatch(/^Không/);
    expect(figureVerdict(fold('BHYT đạt 95% đúng không?'), ['đạt 99%'])).toBe(
      'Không: kế hoạch ghi con số khác:',
    );
  });

  it('says nothing of a figure the lines do not give, figures in another unit, or figures that differ among themselves', () => {
    expect(
      figureVerdict(fold('75 tuổi và 70 năm phải không?'), ['khoảng 75 tuổi, tối thiểu 68 năm']),
    ).toBeNull();
    expect(figureVerdict(fold('95% đúng không?'), ['đạt 120 người'])).toBeNull();
    expect(figureVerdict(fold('95% đúng không?'), ['năm 2025: 95%; năm 2030: 97%'])).toBeNull();
  });

  it('judges against the figure of the year asked, then of the clause naming the thing asked', () => {
    const bhxh = [
      'Phấn đấu đến năm 2025, có 20%, năm 2030 có 25% lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội, trong đó nông dân tham gia bảo hiểm xã hội tự nguyện chiếm khoảng 1,1% lực lượng lao động',
    ];
    const topic = 'luc luong lao dong trong do tuoi tham gia bhxh';
    expect(figureVerdict(fold('25% lao động tham gia BHXH vào năm 2025 phải không?'), bhxh, topic)).toMatch(
      /^Không/,
    );
    // Of 2030, the farmers' 1,1% "… tham gia bảo hiểm xã hội … lực lượng lao động" shares as many words of its
    // clause; the words after each figure tell them apart.
    expect(figureVerdict(fold('25% lao động tham gia BHXH vào năm 2030 phải không?'), bhxh, topic)).toMatch(
      /^Đúng/,
    );
    // A year right after a figure is its own: "đạt 60% vào năm 2025 và 80% vào năm 2030".
    const gender = ['Phấn đấu đạt 60% vào năm 2025 và 80% vào năm 2030 người dân được tiếp cận kiến thức'];
    expect(figureVerdict(fold('đạt 80% vào năm 2025 đúng ko'), gender, 'tiep can kien thuc')).toMatch(
      /^Không/,
    );
    expect(figureVerdict(fold('đạt 80% vào năm 2030 đúng ko'), gender, 'tiep can kien thuc')).toMatch(
      /^Đúng/,
    );
    const both = ['tỷ lệ lao động qua đào tạo đạt 80%, trong đó, có bằng cấp, chứng chỉ đạt 35%'];
    const asked = 'lao dong qua dao tao , co bang cap , chung chi';
    // Two claims, each judged against the figure of its own clause.
    expect(
      figureVerdict(fold('lao động qua đào tạo 80%, có bằng cấp, chứng chỉ 35% đúng không?'), both, asked),
    ).toMatch(/^Đúng/);
    expect(
      figureVerdict(fold('lao động qua đào tạo 35%, có bằng cấp, chứng chỉ 80% đúng không?'), both, asked),
    ).toMatch(/^Không/);
    // "có 20%" names nothing: its clause cannot tell it from the 1,1% of the farmers.
    expect(figureVerdict(fold('20% lao động tham gia BHXH phải không?'), bhxh, topic)).toBeNull();
    const jobless = ['Tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực thành thị dưới 2,5%'];
    expect(
      figureVerdict(
        fold('thất nghiệp khu vực thành thị dưới 3% đúng không?'),
        jobless,
        'that nghiep khu vuc thanh thi',
      ),
    ).toMatch(/^Không/);
    expect(
      figureVerdict(fold('thất nghiệp chung dưới 3% đúng không?'), jobless, 'that nghiep chung'),
    ).toMatch(/^Đúng/);
    const culture = [
      'đến năm 2025 có 86% hộ gia đình, 75% thôn, bản, khu phố được công nhận đạt chuẩn văn hóa',
    ];
    expect(
      figureVerdict(fold('75% hộ gia đình đạt chuẩn văn hóa?'), culture, 'ho gia dinh dat chuan van hoa'),
    ).toMatch(/^Không/);
    expect(
      figureVerdict(fold('75% thôn bản đạt chuẩn văn hóa?'), culture, 'thon ban dat chuan van hoa'),
    ).toMatch(/^Đúng/);
  });

  it('reads "đến 2025 hộ nghèo …" as a year before the subject, not 2025 households', () => {
    const shown = ['Tỷ lệ hộ nghèo đến năm 2025 còn dưới 1%'];
    expect(figureVerdict(fold('đến 2025 hộ nghèo còn dưới 3% phải không?'), shown)).toBe(
      'Không: kế hoạch ghi con số khác:',
    );
    expect(figureVerdict(fold('hỗ trợ 2025 hộ nghèo đúng không?'), ['hỗ trợ 2025 hộ nghèo'])).toMatch(
      /^Đúng/,
    );
  });

  it('judges each figure put forward; one the lines give as the subject is no claim', () => {
    const stunting = ['tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi còn dưới 20% vào năm 2025'];
    expect(figureVerdict(fold('trẻ dưới 5 tuổi thấp còi còn dưới 15% năm 2025 đúng ko'), stunting)).toMatch(
      /^Không/,
    );
    expect(figureVerdict(fold('trẻ dưới 5 tuổi thấp còi còn dưới 20% đúng ko'), stunting)).toMatch(/^Đúng/);
    expect(
      figureVerdict(fold('75 tuổi và 68 năm phải không?'), ['khoảng 75 tuổi, tối thiểu 68 năm']),
    ).toMatch(/^Đúng/);
  });

  it('reads "05 tuổi" as "5 tuổi": lines that give two ages judge no age', () => {
    const lines = ['Giảm tỷ suất tử vong trẻ em dưới 05 tuổi xuống còn 14,5%0, dưới 01 tuổi xuống dưới 9%'];
    expect(
      figureVerdict(fold('trẻ em dưới 5 tuổi xuống còn 14,5 phần nghìn, có phải vậy không?'), lines),
    ).toBeNull();
  });

  it('reads "m2" as a unit, not a figure', () => {
    expect(
      figureVerdict(fold('nhà ở bình quân đạt 30m2 sàn/người đúng ko'), ['đạt: 27,5m2 sàn/người']),
    ).toMatch(/^Không/);
  });

  it('reads flats, villages, schools and models as units ("15.000 căn hộ")', () => {
    const line = ['Xây dựng được ít nhất 13.787 căn hộ nhà ở xã hội'];
    expect(figureVerdict(fold('xây ít nhất 15.000 căn hộ nhà ở xã hội đúng ko'), line)).toMatch(/^Không/);
    expect(figureVerdict(fold('xây ít nhất 13.787 căn nhà ở xã hội đúng ko'), line)).toMatch(/^Đúng/);
  });

  it('reads a rate per population ("550/100.000 trẻ em") and a range ("1-1,5%", "từ 5 đến 17 tuổi") as one figure', () => {
    const injuries = [
      'Giảm tỷ suất trẻ em bị tai nạn thương tích xuống 550/100.000 trẻ em vào năm 2025 và 500/100.000 vào năm 2030',
    ];
    expect(figureVerdict(fold('xuống 500/100.000 trẻ vào năm 2025, đúng không?'), injuries)).toMatch(
      /^Không/,
    );
    expect(figureVerdict(fold('xuống 550/100.000 trẻ em năm 2025 đúng không?'), injuries)).toMatch(/^Đúng/);
    const poverty = ['Mức giảm tỷ lệ hộ nghèo đa chiều hàng năm: năm 2025: 1-1,5%/năm'];
    expect(figureVerdict(fold('giảm 1-1,5%/năm đúng không?'), poverty)).toMatch(/^Đúng/);
    expect(figureVerdict(fold('giảm 1,5%/năm đúng không?'), poverty)).toMatch(/^Không/);
    const children = ['lao động trẻ em và người chưa thành niên từ 5 đến 17 tuổi xuống 3,5% vào năm 2030'];
    expect(figureVerdict(fold('trẻ 5-17 tuổi xuống 3,5% năm 2030 đúng không?'), children)).toMatch(/^Đúng/);
  });

  it('reads doctors or workers counted in a row\'s "người" as people', () => {
    const row = ['Chỉ tiêu trên 10.000 dân — Số bác sỹ (người) — chỉ tiêu của tỉnh: năm 2030: 19 người'];
    expect(figureVerdict(fold('15 bác sỹ trên 10.000 dân vào năm 2030 đúng không'), row)).toMatch(/^Không/);
    expect(figureVerdict(fold('19 bác sỹ vào năm 2030 phải không'), row)).toMatch(/^Đúng/);
    // Households are no people.
    expect(figureVerdict(fold('19 hộ phải không'), row)).toBeNull();
  });

  it("judges a province's claim by its own column, the centre's by the centre's", () => {
    const row = [
      'Mức giảm tỷ lệ hộ nghèo đa chiều — chỉ tiêu của tỉnh: năm 2025: 0,3%/năm; chỉ tiêu Trung ương: năm 2025: 1-1,5%/năm',
    ];
    expect(figureVerdict(fold('Đồng Nai đặt 1-1,5%/năm cho tỉnh mình đúng không?'), row)).toMatch(/^Không/);
    expect(figureVerdict(fold('Đồng Nai đặt 0,3%/năm đúng không?'), row)).toMatch(/^Đúng/);
    expect(figureVerdict(fold('TW giao 1-1,5%/năm đúng không?'), row)).toMatch(/^Đúng/);
    const bhtn = [
      'Tỷ lệ tham gia BHTN — chỉ tiêu của tỉnh: năm 2025: 51%; chỉ tiêu Trung ương: năm 2025: 35%',
    ];
    expect(figureVerdict(fold('Đồng Nai chỉ đặt 35% như mức TW phải không?'), bhtn)).toMatch(/^Không/);
    // Both columns named, a figure each: neither column alone judges them.
    expect(figureVerdict(fold('TW đặt 35%, còn tỉnh đặt 51% đúng không?'), bhtn)).toBeNull();
  });

  it('reads years and the plan number as no figure', () => {
    expect(figureVerdict(fold('KH 91 năm 2025 đạt 95% đúng không?'), ['đạt trên 95%'])).toMatch(/^Đúng/);
  });
});

describe('a year put forward for a target the plan sets for another year', () => {
  it('is no, with the year the plan does set and its source', () => {
    const a = ask('Có phải Quảng Ninh đặt mốc năm 2025 để 100% số xã đạt chuẩn nông thôn mới không?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Không: kế hoạch đặt mốc thời gian khác:\n/);
    expect(a.text).toContain('Đến hết năm 2023');
    expect(a.text).toContain('Nguồn: KH 91/KH-UBND');
  });
  it('asked, not put forward, is still a target the plan does not set for that year', () => {
    const a = ask('Quảng Ninh đặt mục tiêu năm 2025 bao nhiêu % số xã đạt chuẩn nông thôn mới?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không đặt mục tiêu năm 2025');
  });
});

describe('answers to a figure put forward', () => {
  it('lead with the verdict, and never repeat a wrong figure', () => {
    const no = ask('da nang BHYT toan dan den 2025 dat 95% phai khong');
    expect(no.text).toMatch(/^Không: kế hoạch ghi con số khác:\n/);
    expect(no.text).toContain('99%');
    expect(no.text).not.toContain('95%');
    expect(ask('Lai Châu hằng năm đào tạo nghề cho 8.000 người đúng ko?').text).toMatch(/^Đúng/);
  });

  it('a body put forward with the figure is the claim, not the figure', () => {
    const a = ask(
      'Ở Lai Châu, chỉ tiêu trên 93% hộ dân nông thôn dùng nước hợp vệ sinh có phải giao cho Sở Xây dựng không?',
    );
    expect(a.text).not.toMatch(/^Đúng: kế hoạch ghi/);
  });
});

describe('"X có được giao … không?" and "X có phải là cơ quan tham mưu … không?"', () => {
  it('put X forward as the lead', () => {
    expect(
      claim('Sở GD&ĐT Thanh Hóa có được giao việc kiểm định chất lượng giáo dục nghề nghiệp không?')?.name,
    ).toBe('Sở Giáo dục và Đào tạo');
    expect(
      claim('Sở LĐTBXH có phải là cơ quan tham mưu UBND tỉnh bố trí dự toán kinh phí không?')?.name,
    ).toBe('Sở Lao động - Thương binh và Xã hội');
  });

  it('but "có được phân công nhiệm vụ gì / nhiệm vụ riêng không?" asks for its duties, and "có được giao phối hợp …?" its part', () => {
    expect(claim('Sở Nội vụ có được phân công nhiệm vụ gì trong KH 767 không?')).toBeNull();
    expect(claim('BHXH tỉnh có được giao nhiệm vụ riêng trong KH 767 không?')).toBeNull();
    expect(claim('Sở GD&ĐT có được giao phối hợp theo dõi chỉ số HDI không?')).toBeNull();
    expect(partnerClaimIn(fold('Sở GD&ĐT có được giao phối hợp theo dõi chỉ số HDI không?'), corpus)).toBe(
      'Sở Giáo dục và Đào tạo',
    );
  });

  it('are answered no from the duty the plan gives another body', () => {
    const a = ask(
      'Sở GD&ĐT Thanh Hóa có được giao việc kiểm định chất lượng giáo dục nghề nghiệp, đẩy mạnh phân luồng sau THCS không?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Giáo dục và Đào tạo chủ trì việc này\./);
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
  });

  it('a body the plan only asks to take part is said to be asked, not to lead', () => {
    const a = ask(
      'Ở Thanh Hóa, MTTQ và các đoàn thể có được giao phối hợp vận động nguồn lực để phát triển dịch vụ xã hội không?',
    );
    expect(a.text).toMatch(/^Có: kế hoạch đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia việc này\./);
  });
});

describe('a figure put forward on the other side of the plan\'s ("trên 1%" for "còn dưới 1%")', () => {
  it('sideOf reads the words before and after a figure', () => {
    expect(sideOf('dat tu ', ' tro len')).toBe('above');
    expect(sideOf('tu ', ' den 10%')).toBeNull();
    expect(sideOf('con duoi ', '')).toBe('below');
    expect(sideOf('o muc tren ', '')).toBe('above');
    expect(sideOf('dat ', '')).toBeNull();
  });
  it('figureVerdict says no when the same figure is put on the other side', () => {
    expect(
      figureVerdict('ty le ho ngheo o muc tren 1% khong', ['Tỷ lệ hộ nghèo đến năm 2025 còn dưới 1%']),
    ).toBe('Không: kế hoạch ghi mức khác:');
    expect(
      figureVerdict('ty le ho ngheo con duoi 1% dung khong', ['Tỷ lệ hộ nghèo đến năm 2025 còn dưới 1%']),
    ).toBe('Đúng: kế hoạch ghi đúng con số này.');
    // No side put forward: the figure alone is judged.
    expect(
      figureVerdict('truong dat chuan 90% dung khong', ['trường đạt chuẩn quốc gia đạt từ 90% trở lên']),
    ).toBe('Đúng: kế hoạch ghi đúng con số này.');
  });
});

describe('claims closed by a particle typed without its mark', () => {
  it('"… năm 2030 ha?" is a claim, not hectares', () => {
    expect(ask('thanh hoa muc tieu BHTN tren 50% luc luong lao dong vao nam 2030 ha?').text).toMatch(
      /^Không: kế hoạch ghi con số khác:/,
    );
    expect(putsForward({ raw: 'dien tich rung 2030 ha?', folded: 'dien tich rung 2030 ha?' })).toBe(false);
  });
  it('"… báo cáo UBND tỉnh qua Sở Y tế à?" is judged on the route', () => {
    expect(
      ask('Theo KH 91 Quảng Ninh, có vướng mắc thì các sở báo cáo UBND tỉnh qua Sở Y tế à?').text,
    ).toMatch(
      /^Không: kế hoạch ghi báo cáo gửi Ủy ban nhân dân tỉnh \(qua Sở Lao động - Thương binh và Xã hội\)/,
    );
  });
  it('a recipient no duty reports to, put forward with "à?", is answered no', () => {
    const a = ask('Theo KH 230 của Đồng Nai, Sở LĐ-TB&XH tham mưu báo cáo Bộ LĐTBXH trước 30/11 hằng năm à?');
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Không: KH 230\/KH-UBND \(Đồng Nai\) không quy định báo cáo Bộ/);
  });
});

describe('the body that holds a role, put forward before it, not the bodies the role is over', () => {
  it.each([
    'Thanh Hóa, Sở LĐ-TB&XH là cơ quan đầu mối đôn đốc, kiểm tra các sở ngành và UBND huyện thực hiện KH 68 đúng không?',
    'Sở LĐTBXH Thanh Hóa có phải là đầu mối đôn đốc, kiểm tra các sở, ngành, huyện thực hiện KH 68 không?',
  ])('%s', (q) => {
    expect(claimIn(fold(q), corpus)?.name).toBe('Sở Lao động - Thương binh và Xã hội');
  });
  it('a wrong body put forward for the standing role is no', () => {
    expect(
      ask('Sở Tài chính có phải là cơ quan thường trực triển khai KH 91 của tỉnh QN không?').text,
    ).toMatch(/^Không: /);
  });
});

describe('a body put forward after "giao", whatever the verb', () => {
  it.each([
    [
      'Tỉnh QN giao Sở TT&TT đôn đốc tiến độ các chỉ tiêu về thông tin và truyền thông, đúng ko?',
      'Sở Thông tin và Truyền thông',
    ],
    ['Đồng Nai giao Sở Tài nguyên và Môi trường chủ trì nước sạch phải không', 'Sở Tài nguyên và Môi trường'],
    ['quang ninh kh 91: bao cao dinh ky dot xuat giao so noi vu tong hop dung ko?', 'Sở Nội vụ'],
  ])('%s', (q, body) => {
    expect(claimIn(fold(q), corpus)?.name).toBe(body);
  });
  it('is judged', () => {
    expect(
      ask('Tỉnh QN giao Sở TT&TT đôn đốc tiến độ các chỉ tiêu về thông tin và truyền thông, đúng ko?').text,
    ).toMatch(/^Đúng: theo kế hoạch, Sở Thông tin và Truyền thông chủ trì việc này\./);
  });
});

describe('what the plan requests of a council, asked as a request', () => {
  const requested = [{ leads: ['Hội đồng nhân dân tỉnh'], partners: [], role: 'requested' }];
  it('"có đề nghị X … không?" is yes; "X chủ trì …?" is not what it is asked', () => {
    expect(claimVerdict('Hội đồng nhân dân tỉnh', requested, true)).toBe(
      'Có: kế hoạch đề nghị Hội đồng nhân dân tỉnh tham gia việc này.',
    );
    expect(claimVerdict('Hội đồng nhân dân tỉnh', requested)).toMatch(/^Không: kế hoạch chỉ đề nghị/);
    expect(
      ask('KH 68 Thanh Hóa có đề nghị HĐND tỉnh tăng cường giám sát thực hiện chính sách xã hội không ạ?')
        .text,
    ).toMatch(/^Có: kế hoạch đề nghị Hội đồng nhân dân tỉnh/);
  });
});

describe('more claims recognised', () => {
  it('"… ký a?" typed without marks closes a claim; "… chủ trì a?" with a question word does not', () => {
    expect(putsForward({ raw: 'kh 91 do ong X ky a?', folded: 'kh 91 do ong x ky a?' })).toBe(true);
    expect(putsForward({ raw: 'so nao chu tri a?', folded: 'so nao chu tri a?' })).toBe(false);
    expect(ask('kh 91 quang ninh do chu tich Nguyen Van Thang ky a?').text).toMatch(
      /^Không: kế hoạch do người khác ký:/,
    );
  });
  it('a ratio in "bé trai / 100 bé gái" is a figure to judge', () => {
    expect(ask('thanh hoa 2030 ty so gioi tinh khi sinh duoi 110 be trai/100 be gai dung ko').text).toMatch(
      /^Không: kế hoạch ghi con số khác:/,
    );
  });
});

describe('the press put forward as recipients of the plan', () => {
  it('"có gửi cho cơ quan báo chí, đài nào không?" is answered by the papers and stations on the list', () => {
    expect(ask('ke hoach 68 thanh hoa co gui cho co quan bao chi, dai nao khong').text).toMatch(/^Có: /);
  });
});

describe('a year put forward as a duty’s time', () => {
  const duty = 'Đồng Nai: việc quán triệt, tuyên truyền Kế hoạch của Đảng bộ tỉnh thực hiện NQ 42-NQ/TW';
  it('is judged against the duty’s time column: another year is "Không", with the year the plan gives', () => {
    const no = ask(`${duty} có thời gian thực hiện là năm 2025 phải không?`);
    expect(no.text.split('\n')[0]).toBe('Không: kế hoạch đặt mốc thời gian khác:');
    expect(no.text).toContain('Thời gian: Năm 2024');
  });
  it('the year of the time column finds the duty', () => {
    const yes = ask(`${duty} có thời gian thực hiện là năm 2024 phải không?`);
    expect(yes.found).toBe(true);
    expect(yes.text).toContain('Năm 2024');
    expect(yes.text).not.toContain('không đặt mục tiêu năm 2024');
  });
});

describe('a partner put forward is named as the plan writes it', () => {
  it('says "UBND các quận, huyện" in Đà Nẵng, not the canonical "UBND các huyện, thành phố"', () => {
    const a = engine.answer('thế có phối hợp với UBND quận, huyện không?', {
      today: TODAY,
      previousQuestion: 'Đà Nẵng: an toàn thực phẩm ai chủ trì?',
    });
    const verdict = a.text.split('\n')[0] ?? '';
    expect(verdict).toContain('quận, huyện');
    expect(verdict).not.toContain('UBND các huyện, thành phố');
  });
});

describe("a claim's own words are not its subject", () => {
  it('drops "cơ quan" left alone by "là cơ quan chủ trì" and the "đúng" of "đúng không"', () => {
    expect(withoutClaimWords('co quan | suy dinh duong dung')).toBe('| suy dinh duong ');
    // (A phrase with the next word stays: "cơ quan hành chính", "đúng hạn".)
    expect(withoutClaimWords('co quan hanh chinh | bao cao dung han')).toBe(
      'co quan hanh chinh | bao cao dung han',
    );
  });
  it('keeps the insurance spelled out when the body that runs it is put forward', () => {
    const a = ask(
      'Theo KH 767 của UBND tỉnh Lai Châu, BHXH tỉnh là cơ quan chủ trì triển khai chính sách bảo hiểm xã hội đúng không?',
    );
    expect(a.text).toMatch(
      /^Không: kế hoạch không giao Bảo hiểm xã hội tỉnh chủ trì việc này\.\nLai Châu: Chủ trì: Sở Lao động - Thương binh và Xã hội/,
    );
    expect(a.text).not.toContain('Ban Dân tộc');
  });
  it('leaves the verdict room in the reply', () => {
    const a = ask('nghe noi QN giao So Tai chinh chu tri vu nuoc sach nong thon, dung ko ad');
    expect(a.text).toMatch(/^Không: /);
    expect(a.text.length).toBeLessThanOrEqual(850);
  });
});

describe('"chỉ tiêu" named with no figure asked', () => {
  it('is answered by the duty that covers the question, not a target sharing one phrase', () => {
    const a = ask(
      'QN: chỉ tiêu nhà ở cho công nhân ngành than, lao động khu công nghiệp thì sở nào chủ trì?',
    );
    expect(a.text).toMatch(/^Quảng Ninh: Chủ trì: Sở Xây dựng/);
    expect(a.text).not.toContain('mại dâm');
  });
});

describe('a term of art asked that no record of the plan holds', () => {
  it('finds no lead, even in a group of duties whose words together cover the rest', () => {
    const a = ask('Đà Nẵng KH 10: Sở Tư pháp chủ trì trợ giúp pháp lý cho người nghèo đúng không?');
    expect(a.found).toBe(false);
    expect(a.text).not.toContain('Chủ trì: Sở Lao động');
    // Where the plan has it, it answers.
    expect(ask('Đồng Nai: ai chủ trì trợ giúp pháp lý?').text).toMatch(/^• Đồng Nai: Chủ trì: Sở Tư pháp/);
  });
});

describe('a figure and its lead asked for a year the plan sets nothing for', () => {
  it('says the year is not set first, then the lead and what the plan does set', () => {
    const a = ask('Đà Nẵng đặt mục tiêu tỷ lệ lao động tham gia BHXH đến năm 2030 là bao nhiêu, ai chủ trì?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(
      /^Kế hoạch của Đà Nẵng không đặt mục tiêu năm 2030 cho nội dung này; [^\n]*\nĐà Nẵng: Chủ trì: Sở Lao động/,
    );
    expect(a.text).toContain('ít nhất 50%');
    // The year it sets: found, no such line.
    const set = ask(
      'Đà Nẵng đặt mục tiêu tỷ lệ lao động tham gia BHXH đến năm 2025 là bao nhiêu, ai chủ trì?',
    );
    expect(set.found).toBe(true);
    expect(set.text).not.toContain('không đặt mục tiêu');
  });
  it('says nothing of the kind when another target the words find sets that year', () => {
    // Lai Châu sets 25% for 2030 in the sentence whose BHTN clause may be the one shown.
    const a = ask(
      'Lai Châu: tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH năm 2030 là bao nhiêu và cơ quan nào trong KH được giao tham mưu về bảo hiểm xã hội?',
    );
    expect(a.text).not.toContain('không đặt mục tiêu năm 2030');
  });
});

describe('the tag "…, đúng không?"', () => {
  it('asks for a verdict and is no word of the topic (its "đúng" folds as "dùng")', () => {
    for (const q of [
      'Kế hoạch 68 của Thanh Hóa đặt tỷ lệ hộ nghèo đến năm 2030 còn dưới 2%, đúng không?',
      'tỷ lệ hộ nghèo Thanh Hóa năm 2030 còn dưới 2% đúng ko',
    ])
      expect(understand(q, corpus).topic).toBe('ty le ho ngheo');
    // A plan that sets no such rate says so, however the tag is written.
    const a = ask('Kế hoạch 68 của Thanh Hóa đặt tỷ lệ hộ nghèo đến năm 2030 còn dưới 2%, đúng không?');
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Không: kế hoạch ghi con số khác/);
  });
  it('keeps "dùng" where the question writes it so', () => {
    expect(understand('hộ gia đình có dùng không nước sạch đạt 95%?', corpus).topic).toContain('dung');
  });
});

describe('two figures put forward in one clause, each judged by its own words', () => {
  const line =
    '60% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội (BHXH) và trên 45% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm thất nghiệp (BHTN)';
  const topic = 'luc luong lao dong trong do tuoi tham gia bhxh va | tham gia bhtn';
  it('the words after each figure, abbreviations read as the words they stand for', () => {
    const claim = (a: string, b: string) =>
      figureVerdict(
        fold(
          `đến 2030 có ${a} lực lượng lao động trong độ tuổi tham gia BHXH và trên ${b} tham gia BHTN, đúng không?`,
        ),
        [line],
        topic,
      );
    expect(claim('60%', '45%')).toMatch(/^Đúng/);
    expect(claim('60%', '40%')).toMatch(/^Không/);
    expect(claim('45%', '60%')).toMatch(/^Không/);
  });
  it('figures of one clause told apart by what follows each ("… thành thị và 75% … nông thôn")', () => {
    const water = [
      '100% hộ gia đình ở thành thị và 75% hộ gia đình ở nông thôn được sử dụng nước sạch theo quy chuẩn',
    ];
    const q = (n: string) =>
      fold(`có phải ${n} hộ gia đình ở nông thôn được dùng nước sạch theo quy chuẩn không?`);
    expect(
      figureVerdict(q('100%'), water, 'ho gia dinh | nong thon | dung nuoc sach theo quy chuan'),
    ).toMatch(/^Không/);
    expect(figureVerdict(q('75%'), water, 'ho gia dinh | nong thon | dung nuoc sach theo quy chuan')).toMatch(
      /^Đúng/,
    );
  });
});

describe('claims put in other words', () => {
  it('"… có chính xác không?" puts the figure forward', () => {
    const q = 'xây ít nhất 13.000 căn hộ, con số đó có chính xác không?';
    expect(putsForward({ raw: q, folded: fold(q) })).toBe(true);
    const a = ask(
      'Thanh Hóa đặt mục tiêu đến 2030 xây ít nhất 13.000 căn hộ nhà ở xã hội, con số đó có chính xác không?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch ghi con số khác/);
    expect(a.text).toContain('13.787');
  });
  it('"… là X lo đúng không?" puts X forward as the one in charge', () => {
    const a = ask(
      'Ở Lai Châu, việc giải ngân vốn vay cho hộ nghèo, cận nghèo là Sở Tài chính lo đúng không?',
    );
    expect(a.text).toMatch(/^Không: kế hoạch không giao Sở Tài chính chủ trì việc này/);
    expect(a.text).toContain('Ngân hàng chính sách xã hội');
  });
  it("a year swapped after a figure put forward asks that year's figure, not the claim again", () => {
    const a = engine.answer('còn năm 2030 thì sao?', {
      today: TODAY,
      previousQuestion:
        'Lai Châu đặt chỉ số hài lòng của người tham gia bảo hiểm năm 2025 là 80% đúng không?',
    });
    expect(a.text).not.toMatch(/^Không/);
    expect(a.text).toContain('90%');
  });
});
