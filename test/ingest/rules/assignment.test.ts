import { describe, expect, it } from 'vitest';
import { agencyMentions } from '../../../src/ingest/rules/agency-mentions';
import { actingMentions, readAssignment } from '../../../src/ingest/rules/assignment';
import { executorLine } from '../../../src/ingest/rules/executor-line';
import {
  assignmentFor,
  type FieldAssignment,
  fieldPartners,
  fieldsAssigned,
  fieldsOf,
  listLeadIn,
  mostlyWithin,
  mostSpoken,
} from '../../../src/ingest/rules/field-assignment';
import type { Indicator } from '../../../src/schema/records';

const names = (text: string) => agencyMentions(text).map((m) => m.name);

describe('agencyMentions', () => {
  it('keeps the plan’s own words, region included', () => {
    expect(
      names(
        'Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội thành phố chủ trì, phối hợp các sở, ban, ngành, UBND quận, huyện.',
      ),
    ).toEqual([
      'Sở Lao động - Thương binh và Xã hội',
      'Bảo hiểm xã hội thành phố',
      'các sở, ban, ngành',
      'UBND quận, huyện',
    ]);
  });

  it('reads groups the plan capitalises, and the people’s committees of the localities', () => {
    expect(names('phối hợp với các Sở, ngành và Ủy ban nhân dân các địa phương triển khai')).toEqual([
      'các Sở, ngành',
      'Ủy ban nhân dân các địa phương',
    ]);
  });

  it('reads a comma inside a name and stops a name before its verb', () => {
    expect(names('Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Sở Y tế triển khai')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Y tế',
    ]);
  });

  it('knows bodies beyond the departments: the military command, the Front, the council, the press', () => {
    expect(
      names('Bộ Chỉ huy Quân sự tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, HĐND tỉnh, Báo Thanh Hóa'),
    ).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'HĐND tỉnh',
      'Báo Thanh Hóa',
    ]);
  });

  it('marks groups the plan does not name one by one', () => {
    const [m] = agencyMentions('Các sở, ngành, địa phương, đơn vị có liên quan theo chức năng');
    expect(m).toMatchObject({ name: 'Các sở, ngành, địa phương, đơn vị có liên quan', group: true });
  });
});

describe('actingMentions', () => {
  it('drops addressees and channels: "báo cáo UBND tỉnh (qua Sở LĐTBXH)"', () => {
    const text =
      'báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội) để tổng hợp';
    expect(actingMentions(text).map((m) => m.name)).toEqual([]);
  });
});

describe('readAssignment', () => {
  it('takes co-leads before "chủ trì" as leads', () => {
    expect(
      readAssignment(
        'Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội thành phố chủ trì, phối hợp các sở, ban, ngành, UBND quận, huyện.',
      ),
    ).toEqual({
      leads: ['Sở Lao động - Thương binh và Xã hội', 'Bảo hiểm xã hội thành phố'],
      partners: ['các sở, ban, ngành', 'UBND quận, huyện'],
    });
  });

  it('"Cùng với X chủ trì" makes the heading’s body a co-lead', () => {
    const owner = { leads: ['Bảo hiểm xã hội'], partners: [] };
    expect(
      readAssignment(
        'Cùng với Sở Lao động - Thương binh và Xã hội chủ trì tham mưu, tổ chức thực hiện tốt chính sách',
        owner,
      ).leads,
    ).toEqual(['Bảo hiểm xã hội', 'Sở Lao động - Thương binh và Xã hội']);
  });

  it('a channel is never the lead: the heading’s body keeps the duty', () => {
    const owner = { leads: ['Ủy ban nhân dân các huyện, thành phố'], partners: [] };
    const text =
      'Chủ động bố trí ngân sách; báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội).';
    expect(readAssignment(text, owner).leads).toEqual(['Ủy ban nhân dân các huyện, thành phố']);
  });

  it('"X: Chủ trì …" and "Đề nghị X …" name the lead', () => {
    expect(readAssignment('Sở Y tế: Chủ trì, phối hợp với Bảo hiểm xã hội tỉnh triển khai').leads).toEqual([
      'Sở Y tế',
    ]);
    expect(
      readAssignment('Đề nghị Ủy Ban Mặt trận Tổ quốc tỉnh, các tổ chức thành viên tham gia phổ biến').leads,
    ).toEqual(['Ủy Ban Mặt trận Tổ quốc tỉnh', 'các tổ chức thành viên']);
  });

  it('bodies that open a sentence are its subject; a body named later is not', () => {
    expect(readAssignment('Các sở, ngành, UBND các quận, huyện chủ động xây dựng kế hoạch').leads).toEqual([
      'Các sở, ngành',
      'UBND các quận, huyện',
    ]);
    expect(readAssignment('Tăng cường phối hợp trong liên thông dữ liệu với Sở Y tế').leads).toEqual([]);
  });

  it('without a named lead, the owner leads and its partners come along', () => {
    const owner = { leads: ['Sở Xây dựng'], partners: ['Sở Tài chính'] };
    expect(readAssignment('Triển khai hỗ trợ nhà ở cho hộ nghèo.', owner)).toEqual(owner);
  });
});

describe('executorLine', () => {
  it('"Cơ quan thực hiện:" names the block’s leads and partners', () => {
    expect(
      executorLine(
        'Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội thành phố chủ trì, phối hợp các sở, ban, ngành, UBND quận, huyện.',
      ),
    ).toEqual({
      role: 'performs',
      assignment: {
        leads: ['Sở Lao động - Thương binh và Xã hội', 'Bảo hiểm xã hội thành phố'],
        partners: ['các sở, ban, ngành', 'UBND quận, huyện'],
      },
    });
  });

  it('"Cơ quan tổng hợp, báo cáo:" gives one body the compiling', () => {
    expect(executorLine('Cơ quan tổng hợp, báo cáo: Sở Lao động - Thương binh và Xã hội')).toMatchObject({
      role: 'compiles',
      assignment: { leads: ['Sở Lao động - Thương binh và Xã hội'] },
    });
  });

  it('without its colon the line is a duty of its own', () => {
    expect(executorLine('Cơ quan chủ trì thực hiện Kế hoạch, có trách nhiệm phối hợp với các sở')).toBeNull();
  });
});

describe('field assignments', () => {
  const indicator = (domain: string, name: string) =>
    ({
      domain,
      name,
      leads: [],
      partners: [],
      leadAgency: null,
      source: { quote: name },
    }) as unknown as Indicator;
  const assignment = (lead: string, text: string): FieldAssignment => ({
    leads: [lead],
    partners: [],
    leadAgency: lead,
    fields: fieldsAssigned(text, [lead]),
    source: { file: 'f', lineStart: 1, lineEnd: 1, section: 'IV', quote: text },
  });
  const soYTe = assignment(
    'Sở Y tế',
    'Chủ trì tham mưu, đề xuất và triển khai thực hiện các chỉ tiêu, giải pháp thuộc lĩnh vực Y tế.',
  );
  const soGD = assignment(
    'Sở Giáo dục và Đào tạo',
    'Thực hiện các chỉ tiêu, nhiệm vụ của Kế hoạch liên quan đến lĩnh vực ngành quản lý.',
  );
  const soLD = assignment(
    'Sở Lao động - Thương binh và Xã hội',
    'Trực tiếp tham mưu, đề xuất và tổ chức triển khai thực hiện các lĩnh vực: chính sách người có công, chính sách giảm nghèo, giáo dục dạy nghề, giải quyết việc làm.',
  );
  const all = [soLD, soYTe, soGD];

  it('reads the fields a duty gives: named, listed, or the body’s own', () => {
    expect(soYTe.fields).toEqual([['y', 'te']]);
    expect(soGD.fields).toEqual([
      ['giao', 'duc'],
      ['dao', 'tao'],
    ]);
    expect(soLD.fields).toContainEqual(['giam', 'ngheo']);
    expect(
      fieldsAssigned('Thúc đẩy xã hội hóa việc thực hiện mục tiêu giáo dục, đào tạo.', [
        'Sở Giáo dục và Đào tạo',
      ]),
    ).toEqual([]);
  });

  it('gives an indicator to the body whose field its heading names, the exact field first', () => {
    expect(assignmentFor(indicator('2.6. Lĩnh vực y tế, bảo hiểm xã hội', 'Tuổi thọ trung bình'), all)).toBe(
      soYTe,
    );
    expect(assignmentFor(indicator('2.7. Lĩnh vực giáo dục', 'Tỷ lệ trẻ em đi học mẫu giáo'), all)).toBe(
      soGD,
    );
    expect(
      assignmentFor(indicator('2.2. Lĩnh vực đào tạo nghề, việc làm', 'Tỷ lệ lao động qua đào tạo'), all),
    ).toBe(soLD);
  });

  it('an indicator whose name speaks of another part of a mixed heading is not given', () => {
    expect(
      assignmentFor(indicator('2.6. Lĩnh vực y tế, bảo hiểm xã hội', 'Tỷ lệ lao động tham gia BHXH'), all),
    ).toBeNull();
    // "BHYT" holds the words "y tế", but the figure is of social insurance, named first.
    expect(
      assignmentFor(
        indicator(
          '2.6. Lĩnh vực y tế, bảo hiểm xã hội',
          'Phát triển đối tượng tham gia BHXH bắt buộc, BHXH tự nguyện, BHTN, BHYT',
        ),
        all,
      ),
    ).toBeNull();
    // The lexicon speaks for the part: unemployment insurance is social insurance.
    expect(
      assignmentFor(
        indicator('2.6. Lĩnh vực y tế, bảo hiểm xã hội', 'lực lượng lao động tham gia bảo hiểm thất nghiệp'),
        all,
      ),
    ).toBeNull();
    expect(assignmentFor(indicator('2.6. Lĩnh vực y tế, bảo hiểm xã hội', 'Tỷ lệ bao phủ BHYT'), all)).toBe(
      soYTe,
    );
  });

  it('an item of a list is about what the list’s lead-in says', () => {
    const item = (quote: string, lineStart: number, lineEnd: number) =>
      ({
        ...indicator('2.6. Lĩnh vực y tế, bảo hiểm xã hội', quote.replace(/ (?:đạt|ít nhất|khoảng).*/u, '')),
        source: { file: 'f', section: 'I.2.6', lineStart, lineEnd, quote },
      }) as unknown as Indicator;
    const list = [
      item(
        'Phấn đấu phát triển đối tượng tham gia BHXH bắt buộc, BHXH tự nguyện, BHYT: ít nhất bằng 48% lực lượng lao động;',
        6,
        8,
      ),
      item('khoảng 40% lực lượng lao động tham gia bảo hiểm thất nghiệp;', 8, 10),
      item('tỷ lệ bao phủ BHYT đạt trên 95% dân số;', 10, 10),
    ];
    const coverage = list[2] as Indicator;
    expect(listLeadIn(coverage, list.slice(0, 2))).toBe(
      'Phấn đấu phát triển đối tượng tham gia BHXH bắt buộc, BHXH tự nguyện, BHYT',
    );
    expect(assignmentFor(coverage, all, listLeadIn(coverage, list.slice(0, 2)))).toBeNull();
    // A new bullet (capitalised) or a line gap starts a new list: the figure is read on its own.
    const own = item('Tỷ lệ bao phủ BHYT đạt trên 95%;', 10, 11);
    expect(listLeadIn(own, list.slice(0, 2))).toBe('');
    expect(assignmentFor(own, all, listLeadIn(own, list.slice(0, 2)))).toBe(soYTe);
    expect(listLeadIn(item('tỷ lệ bao phủ BHYT đạt trên 95%;', 12, 12), list.slice(0, 2))).toBe('');
  });

  it('a led "mục tiêu X" assigns X; an area ending a pair qualifies both; a name mostly holding a field is in it', () => {
    const nn = assignment(
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Chủ trì, phối hợp với các Sở, ngành triển khai thực hiện mục tiêu nước sạch và vệ sinh môi trường nông thôn.',
    );
    expect(nn.fields).toEqual([
      ['nuoc', 'nong', 'thon'],
      ['sinh', 'moi', 'truong', 'nong', 'thon'],
    ]);
    const rural = indicator('2.9. Một số chỉ tiêu khác', 'Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh');
    expect(assignmentFor(rural, [nn])).toBe(nn);
    // Urban water is another area; the new-countryside communes share only "nông thôn".
    expect(
      assignmentFor(indicator('2.9. Một số chỉ tiêu khác', 'Tỷ lệ dân cư đô thị được cung cấp nước sạch'), [
        nn,
      ]),
    ).toBeNull();
    expect(
      assignmentFor(indicator('2.9. Một số chỉ tiêu khác', 'số xã đạt chuẩn Nông thôn mới'), [nn]),
    ).toBeNull();
    expect(mostlyWithin(['nuoc', 'sach'], new Set(['nuoc', 'sach']))).toBe(false);
  });

  it('a field assignment’s partners are those of the sentence that gives the fields', () => {
    const text =
      'Chỉ đạo các cơ quan báo chí phối hợp với các Sở, ngành và Hội đoàn thể liên quan đẩy mạnh công tác tuyên truyền. Chủ trì tham mưu, đề xuất triển khai các chỉ tiêu, giải pháp về lĩnh vực thông tin và truyền thông.';
    expect(fieldPartners(text, ['Sở Thông tin và Truyền thông'])).toEqual([]);
    expect(
      fieldPartners(
        'Chủ trì, phối hợp với các Sở, ngành liên quan triển khai thực hiện các chỉ tiêu, giải pháp về nhà ở.',
        ['Sở Xây dựng'],
      ),
    ).toEqual(['các Sở, ngành liên quan']);
  });

  it('the longest phrase of a part decides, not a common word', () => {
    // "dân số" is the population, not the field; "bảo hiểm y tế" is health's.
    expect(assignmentFor(indicator('b) Về y tế, dân số', 'Tỷ lệ dân số tham gia bảo hiểm y tế'), all)).toBe(
      soYTe,
    );
    expect(
      mostSpoken(
        [
          ['y', 'te'],
          ['dan', 'so'],
        ],
        ' ty le dan so tham gia bao hiem y te ',
      ),
    ).toEqual(['y', 'te']);
    // "bảo" of "bảo hiểm" is no generic word, though "bảo đảm" is.
    expect(fieldsOf('Lĩnh vực y tế, bảo hiểm xã hội')).toEqual([
      ['y', 'te'],
      ['bao', 'hiem', 'xa', 'hoi'],
    ]);
    expect(fieldsOf('bảo đảm an sinh xã hội')).toEqual([['an', 'sinh', 'xa', 'hoi']]);
  });
});

describe('partners named anywhere in the duty', () => {
  it('every "phối hợp (với)" of a unit names partners, in order, once each', () => {
    const a = readAssignment(
      'Tham mưu thực hiện kế hoạch phát triển nhà ở; phối hợp với các cơ quan có liên quan triển khai hỗ trợ nhà ở.',
      { leads: ['Sở Xây dựng'], partners: [] },
    );
    expect(a).toEqual({ leads: ['Sở Xây dựng'], partners: ['các cơ quan có liên quan'] });
    const b = readAssignment(
      'Sở Nông nghiệp và Phát triển nông thôn: Chủ trì, phối hợp với các Sở, ngành triển khai nước sạch; phối hợp với Sở Y tế, các Sở, ngành hướng dẫn dạy nghề.',
    );
    expect(b.partners).toEqual(['các Sở, ngành', 'Sở Y tế']);
  });
  it('a group written without "các" is known by its group words and "liên quan"', () => {
    expect(
      agencyMentions('Phối hợp với Sở, ngành liên quan và các địa phương').map((m) => [m.name, m.group]),
    ).toEqual([
      ['Sở, ngành liên quan', true],
      ['các địa phương', true],
    ]);
  });
});

describe('groups named by level or by role', () => {
  it('"các huyện, thành phố", "các lực lượng chức năng", "chính quyền địa phương" are bodies', () => {
    expect(names('phối hợp với các sở, ban ngành, các huyện, thành phố thực hiện')).toEqual([
      'các sở, ban ngành',
      'các huyện, thành phố',
    ]);
    expect(
      names('phối hợp các lực lượng chức năng và chính quyền địa phương để chủ động phòng ngừa'),
    ).toEqual(['các lực lượng chức năng', 'chính quyền địa phương']);
  });
});
