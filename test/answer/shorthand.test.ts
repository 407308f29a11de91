import { describe, expect, it } from 'vitest';
import { spellOut } from '../../src/answer/shorthand';
import { understand } from '../../src/answer/understand';
import { ask, corpus } from '../helpers';

describe('spellOut', () => {
  it('"Sở TC", "Sở YT" after "Sở"; not "số NV" (số nhiệm vụ) nor "các sở TP"', () => {
    expect(spellOut('so tc duoc giao gi')).toBe('so tai chinh duoc giao gi');
    expect(spellOut('bao cao ket qua asxh')).toBe('bao cao ket qua an sinh xa hoi');
    expect(spellOut('so nv duoc giao')).toBe('so nhiem vu duoc giao');
    expect(spellOut('cac so tp da nang')).toBe('cac so thanh pho da nang');
  });
  it('"gđ" before a year is giai đoạn; "gd" elsewhere giáo dục', () => {
    expect(spellOut('kh phat trien nha o gd 2021-2025')).toBe('kh phat trien nha o giai doan 2021-2025');
    expect(spellOut('so gd chu tri')).toBe('so giao duc chu tri');
  });
  it('a percent sign stuck to a word stands apart ("bn%" asks a share); after a figure it stays', () => {
    expect(spellOut('giam xuong bn% nam 2030')).toBe('giam xuong bao nhieu % nam 2030');
    expect(spellOut('dat bao nhieu%?')).toBe('dat bao nhieu %?');
    expect(spellOut('dat 95% nam 2025')).toBe('dat 95% nam 2025');
  });
  it('reads "DNang" as Đà Nẵng beside "DNai" as Đồng Nai', () => {
    expect(spellOut('that nghiep dnang 2025')).toBe('that nghiep da nang 2025');
    expect(spellOut('bhyt dnai')).toBe('bhyt dong nai');
  });
  it('reads "ĐN" as Đà Nẵng unless its context is Đồng Nai; Đà Nẵng is a city, so "tỉnh ĐN" is Đồng Nai', () => {
    expect(spellOut('dn bhyt 2025')).toBe('da nang bhyt 2025');
    expect(spellOut('dn bhyt 2025', ['dong nai'])).toBe('dong nai bhyt 2025');
    expect(spellOut('dn bhyt 2025', ['quang ninh'])).toBe('da nang bhyt 2025');
    expect(spellOut('tinh dn xay bao nhieu can ho')).toBe('tinh dong nai xay bao nhieu can ho');
    expect(spellOut('tp dn', ['dong nai'])).toBe('thanh pho da nang');
  });
  it('"ĐN" takes its reading from the question, the plan it names and the chat', () => {
    expect(understand('ĐN (Đồng Nai) tỷ lệ BHYT', corpus).provinces).toEqual(['Đồng Nai']);
    expect(understand('KH 230 ĐN tỷ lệ BHYT', corpus).provinces).toEqual(['Đồng Nai']);
    expect(understand('ĐN tỷ lệ BHYT', corpus, undefined, 'Đồng Nai').provinces).toEqual(['Đồng Nai']);
    expect(understand('ĐN tỷ lệ BHYT', corpus).provinces).toEqual(['Đà Nẵng']);
    expect(understand('ĐN tỷ lệ BHYT', corpus, undefined, 'Đà Nẵng').provinces).toEqual(['Đà Nẵng']);
  });

  it('spells out hotline shorthand: "hvs", "bao h", a number stuck to its kind, "v"/"z" for vậy at the end only', () => {
    expect(spellOut('lc nuoc hvs nong thon 2025 bn')).toBe(
      'lai chau nuoc hop ve sinh nong thon 2025 bao nhieu',
    );
    expect(spellOut('qn bao h 100% xa dat ntm z')).toBe('quang ninh bao gio 100% xa dat nong thon moi vay');
    expect(spellOut('kh10 dnang thuc hien qd may cua ttg v')).toBe(
      'kh 10 da nang thuc hien quyet dinh may cua thu tuong vay',
    );
    expect(spellOut('noi dung muc v?')).toBe('noi dung muc v?');
    expect(spellOut('phu luc v')).toBe('phu luc v');
  });
  it('reads "quyết định mấy" as a document\'s number asked, "lần thứ mấy" not', () => {
    expect(ask('kh10 dnang thuc hien qd may cua ttg v').text).toContain('1983/QĐ-TTg');
    expect(ask('kế hoạch 68 Thanh Hóa gắn với nghị quyết đại hội đảng bộ tỉnh lần thứ mấy').text).toContain(
      'XIX',
    );
  });

  it('spells out "b/c" (the lists of recipients\' "để b/c") as báo cáo, and leaves numbers with "/" alone', () => {
    expect(spellOut('gui "de b/c" nhung co quan nao')).toBe('gui "de bao cao" nhung co quan nao');
    expect(spellOut('nghi dinh 20/2021/nd-cp')).toBe('nghi dinh 20/2021/nd-cp');
  });

  it('spells out shorthand words', () => {
    expect(spellOut('tl ld qua dt qn bn %')).toBe('ty le lao dong qua dao tao quang ninh bao nhieu %');
  });

  it('reads the regional "lãnh trợ cấp" as the plans\' "hưởng trợ cấp"', () => {
    expect(spellOut('ong ba gia lanh tro cap xa hoi hang thang')).toBe(
      'ong ba gia huong tro cap xa hoi hang thang',
    );
  });

  it("answers an everyday question about a duty in the plan's own words", async () => {
    const { ask } = await import('../helpers');
    const a = ask(
      'ông bà già ở Đà Nẵng lãnh trợ cấp xã hội hàng tháng thì kế hoạch nói chi trả qua kênh nào?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('qua hệ thống bưu điện');
  });

  it('reads "dt thông minh" as điện thoại', () => {
    expect(spellOut('nguoi dan dung dt thong minh')).toBe('nguoi dan dung dien thoai thong minh');
  });

  it('reads a two-way shorthand by its neighbour', () => {
    expect(spellOut('dt nha o th 2030')).toBe('dien tich nha o thanh hoa 2030');
    expect(spellOut('truong th day 2 buoi')).toBe('truong tieu hoc day 2 buoi');
    expect(spellOut('nuoc sach ve sinh mt nong thon')).toBe('nuoc sach ve sinh moi truong nong thon');
    // "TW" alone is the centre; "92-KL/TW" is a document's number.
    expect(spellOut('tw dat bao nhieu, kl 92-kl/tw')).toBe('trung uong dat bao nhieu, kl 92-kl/tw');
    expect(spellOut('vsattp ai lo')).toBe('ve sinh an toan thuc pham ai lo');
    expect(spellOut('chi em bi chong danh')).toBe('chi em bi bao luc gia dinh');
  });

  it('takes a province named twice out of the topic twice: "đn (đà nẵng)"', () => {
    expect(understand('thất nghiệp đn (đà nẵng) dưới bn', corpus).topic).not.toContain('da nang');
  });

  it('reads "bên <tỉnh>" as the province alone: "bên" is no part of the topic', () => {
    const q = understand('nuoc sach ve sinh mt nong thon ben qn so nao chu tri a', corpus);
    expect(q.provinces).toEqual(['Quảng Ninh']);
    expect(q.topic).not.toMatch(/\bben\b/);
  });

  it('reads "tp" as thành phố, but keeps "tp hcm" a name', () => {
    expect(spellOut('tp da nang')).toBe('thanh pho da nang');
    expect(spellOut('tp hcm')).toBe('tp hcm');
  });

  it('reads a province typed as one word, for every province of two words or more', () => {
    expect(spellOut('danang chi tra tro cap')).toBe('da nang chi tra tro cap');
    expect(spellOut('bhyt quangninh')).toBe('bhyt quang ninh');
    expect(spellOut('bariavungtau')).toBe('ba ria vung tau');
    expect(understand('danang ai chu tri an toan thuc pham', corpus).provinces).toEqual(['Đà Nẵng']);
  });

  it('leaves names and figures alone', () => {
    expect(spellOut('so ld-tb&xh')).toBe('so ld-tb&xh');
    expect(spellOut('tat ca cac chi tieu')).toBe('tat ca cac chi tieu');
  });

  it('unsticks a unit from its figure', () => {
    expect(spellOut('tre <5t')).toBe('tre <5 tuoi');
  });

  it('reads an age as the plans write it, and "em bé" as trẻ em', () => {
    expect(spellOut('em be chet truoc 5 tuoi')).toBe('tre em chet duoi 5 tuoi');
  });

  it('lets a question in shorthand name its province and intent', () => {
    const q = understand('LC cq nào chủ trì thực hiện KH 767', corpus);
    expect(q.provinces).toEqual(['Lai Châu']);
    expect(q.intent).toBe('agency');
  });
});

describe('a rate asked per unit in shorthand ("bn/năm")', () => {
  it('reads "bn/nam" as "how much per year", the question words apart from the unit', () => {
    const q = understand('ho ngheo qn giam bn/nam', corpus);
    expect(q.topic).not.toMatch(/\bnhieu\b/);
    expect(q.topic).toMatch(/\/nam/);
  });
});
