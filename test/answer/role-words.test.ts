import { describe, expect, it } from 'vitest';
import { advisesOn, coordinatorRole } from '../../src/answer/compose';
import { ask } from '../helpers';

const underHeading = (text: string, domain = '7. Sở Xây dựng') => ({
  text,
  domain,
  leads: ['Sở Xây dựng'],
});

describe('a duty under its body’s heading that opens "Tham mưu"', () => {
  it('has the body advise on it, read from the part shown', () => {
    const t = underHeading(
      'Tham mưu thực hiện kế hoạch phát triển nhà ở trên địa bàn tỉnh; phối hợp với các cơ quan có liên quan hỗ trợ nhà ở.',
    );
    expect(advisesOn(t, t.text)).toBe(true);
    // The part shown opens on another verb: that part is not advised on.
    const u = underHeading('Thực hiện Chương trình nước sạch. Tham mưu thực hiện Đề án ổn định dân cư.');
    expect(advisesOn(u, u.text)).toBe(false);
    expect(advisesOn(u, '…Tham mưu thực hiện Đề án ổn định dân cư.')).toBe(true);
  });

  it('is the plan’s "chủ trì" when its words, or where its body is named, say so', () => {
    // "Chủ trì, phối hợp …" anywhere in the duty makes the body lead it.
    const t = underHeading(
      'Chủ trì, phối hợp các cơ quan theo dõi, đôn đốc. Tham mưu UBND tỉnh báo cáo kết quả.',
    );
    expect(advisesOn(t, '…Tham mưu UBND tỉnh báo cáo kết quả.')).toBe(false);
    // A table row under a topic heading: the "Cơ quan chủ trì" column names the body.
    const row = underHeading(
      'Tham mưu tổ chức các lớp bồi dưỡng ngoại ngữ',
      'Nâng cao năng lực quản lý nhà nước',
    );
    expect(advisesOn(row, row.text)).toBe(false);
  });

  it('answers in the plan’s word', () => {
    const a = ask('Ở Lai Châu ai tham mưu thực hiện kế hoạch phát triển nhà ở giai đoạn 2021-2025?');
    expect(a.text).toMatch(/^Lai Châu: Tham mưu: Sở Xây dựng\b/);
    const b = ask('dong nai: to chuc lop boi duong ngoai ngu cho can bo cong chuc thi so nao chu tri?');
    expect(b.text).toMatch(/^Đồng Nai: Chủ trì: Sở Giáo dục và Đào tạo\b/);
  });
});

describe('the body that runs a plan, in the role words the plan gives it', () => {
  it('reads them from the first sentence of the line naming it, in its order', () => {
    expect(coordinatorRole('Là cơ quan thường trực triển khai thực hiện Kế hoạch này; đôn đốc …')).toBe(
      'thường trực',
    );
    expect(
      coordinatorRole(
        '2. Giao Sở Lao động - Thương binh và Xã hội là cơ quan đầu mối, chủ trì đôn đốc, kiểm tra …',
      ),
    ).toBe('đầu mối, chủ trì');
    expect(coordinatorRole('Cơ quan chủ trì thực hiện Kế hoạch, có trách nhiệm phối hợp …')).toBe('chủ trì');
    // A later sentence's words are not the role ("… Trực tiếp tham mưu, … thường trực …").
    expect(
      coordinatorRole('Chủ trì, phối hợp các sở triển khai Kế hoạch này. Là thường trực Ban chỉ đạo.'),
    ).toBe('chủ trì');
    expect(coordinatorRole('Theo dõi việc thực hiện Kế hoạch')).toBe('chủ trì');
  });
  it('answers in them', () => {
    expect(ask('KH 68 Thanh Hóa: cơ quan đầu mối thực hiện kế hoạch là ai?').text).toContain(
      'cơ quan đầu mối, chủ trì thực hiện KH 68/KH-UBND là Sở Lao động - Thương binh và Xã hội',
    );
  });
});

describe('who runs a plan, the plan named by its province and what it is about', () => {
  it('"sở nào là đầu mối lo kế hoạch an sinh xã hội theo KL 92" is the plan’s standing body', () => {
    const a = ask('cho mình hỏi ở Lai Châu thì sở nào là đầu mối lo kế hoạch an sinh xã hội theo KL 92 vậy');
    expect(a.text).toMatch(/^Lai Châu: cơ quan chủ trì thực hiện KH 767\/KH-UBND là Sở Lao động/);
  });
  it('two provinces compared: each plan’s standing body', () => {
    const a = ask(
      'Cơ quan thường trực/chủ trì kế hoạch an sinh xã hội theo KL 92 ở Lai Châu và Quảng Ninh có giống nhau không?',
    );
    expect(a.text).toContain('Quảng Ninh: cơ quan thường trực thực hiện KH 91/KH-UBND là Sở Lao động');
    expect(a.text).toContain('Lai Châu: cơ quan chủ trì thực hiện KH 767/KH-UBND là Sở Lao động');
  });
  it('a duty named beside the plan is not the plan', () => {
    const a = ask('Ở Lai Châu, sở nào chủ trì kế hoạch phát triển nhà ở giai đoạn 2021-2025?');
    expect(a.text).toContain('Sở Xây dựng');
  });
});
