import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/ingest/clauses';
import { readTargets } from '../../../src/ingest/figures';
import { citations, opensCitation } from '../../../src/ingest/rules/documents';
import type { Unit } from '../../../src/ingest/units';

describe('citations', () => {
  it('reads kind, number, date, issuer and subject of a numbered citation', () => {
    const [c] = citations(
      'Căn cứ Quyết định số 1983/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ về phê duyệt Chương trình thực hiện Kết luận;',
    );
    expect(c).toMatchObject({
      kind: 'Quyết định',
      number: '1983/QĐ-TTg',
      date: '2021-11-24',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt Chương trình thực hiện Kết luận',
    });
  });

  it('squeezes a number written with spaces and drops the term from the issuer', () => {
    const [a, b] = citations(
      'Kế hoạch số 154 /KH- UBND; Nghị quyết số 42-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới',
    );
    expect(a?.number).toBe('154/KH-UBND');
    expect(b).toMatchObject({
      number: '42-NQ/TW',
      date: '2023-11-24',
      issuer: 'Ban Chấp hành Trung ương Đảng',
      term: 'XIII',
    });
  });

  it("keeps the issuer's term, in brackets after it too, but not a term in the subject's brackets", () => {
    const [a] = citations(
      'Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng (Khóa XIII) về tiếp tục đổi mới',
    );
    expect(a).toMatchObject({ issuer: 'Ban Chấp hành Trung ương Đảng', term: 'XIII' });
    const [b] = citations(
      'Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 5 (khóa XI) về một số vấn đề',
    );
    expect(b?.issuer).toBe('Bộ Chính trị');
    expect(b?.term).toBeUndefined();
    const [c] = citations(
      'Quyết định số 1983/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ ban hành Kế hoạch',
    );
    expect(c?.term).toBeUndefined();
  });

  it('a subject ends where the next citation starts', () => {
    const found = citations(
      'thực hiện Nghị quyết số 28-NQ/TW về cải cách chính sách BHXH, Nghị quyết số 03-NQ/TU ngày 09/02/2021 của Ban Thường vụ Thành ủy',
    );
    expect(found.map((c) => c.number)).toEqual(['28-NQ/TW', '03-NQ/TU']);
  });

  it('reads a document named without a number, but not a generic mention or the plan speaking of itself', () => {
    const found = citations(
      'Triển khai thực hiện Đề án ổn định dân cư, phát triển kinh tế; các chương trình, đề án khác; báo cáo kết quả thực hiện Kế hoạch gửi Sở Y tế.',
    );
    expect(found.map((c) => `${c.kind}: ${c.title}`)).toEqual(['Đề án: ổn định dân cư']);
  });
});

describe('readTargets', () => {
  it('keeps each figure’s own unit, per mille and levels included', () => {
    const t = readTargets(
      'Giảm tỷ suất tử vong trẻ em dưới 05 tuổi xuống còn 14,5%0, dưới 01 tuổi xuống dưới 9%',
      2025,
    );
    expect(t.map((x) => [x.value, x.unit, x.comparator])).toEqual([
      ['14,5', '‰', '='],
      ['9', '%', '<'],
    ]);
    expect(readTargets('phổ cập giáo dục tiểu học đạt mức độ 3', 2025).map((x) => [x.value, x.unit])).toEqual(
      [['3', 'mức độ']],
    );
    expect(readTargets('Khu vực nông thôn giảm 1,5% năm', 2025)[0]?.unit).toBe('%/năm');
  });

  it('reads "khoảng" as about, and "ít nhất" over a whole list', () => {
    expect(
      readTargets('khoảng 40% lực lượng lao động tham gia bảo hiểm thất nghiệp', 2025)[0]?.comparator,
    ).toBe('~');
    expect(
      readTargets('Có ít nhất 75% người dân ở vùng sâu, 80% các xã vùng đồng bào được hưởng thụ', 2030).map(
        (x) => x.comparator,
      ),
    ).toEqual(['>=', '>=']);
  });

  it('takes each figure’s area from its own words', () => {
    expect(
      readTargets(
        '100% hộ gia đình ở thành thị và 75% hộ gia đình ở nông thôn được sử dụng nước sạch; 15% nước thải được xử lý',
        2030,
      ).map((x) => x.area),
    ).toEqual(['thành thị', 'nông thôn', 'all']);
  });
});

describe('levels as targets', () => {
  it('reads "đạt (chuẩn) … mức độ N", not a service level in a name or the level a share must reach', () => {
    expect(
      readTargets('phổ cập giáo dục tiểu học đạt mức độ 3, phổ cập giáo dục THCS đạt mức độ 2', 2025).map(
        (t) => t.value,
      ),
    ).toEqual(['3', '2']);
    expect(
      readTargets('100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến mức độ 4', 2025).map(
        (t) => t.value,
      ),
    ).toEqual(['100']);
    expect(
      readTargets(
        'đạt chuẩn mức độ 2 về phổ cập giáo dục tiểu học, trong đó 89% số xã, phường trở lên đạt chuẩn mức độ 3',
        2025,
      ).map((t) => t.value),
    ).toEqual(['2', '89']);
  });
});

describe('citations: issuer before the number', () => {
  it('"theo đề nghị của X tại Tờ trình số …" names X as the issuer', () => {
    const [c] = citations(
      'Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 1238/TTr-LĐTBXH ngày 20/4/2021.',
    );
    expect(c).toMatchObject({
      kind: 'Tờ trình',
      number: '1238/TTr-LĐTBXH',
      issuer: 'Sở Lao động - Thương binh và Xã hội',
    });
  });
});

describe('citations: named documents written in lower case, and resolutions named after a congress', () => {
  it('reads a specific one, not a generic mention', () => {
    const found = citations(
      'thuộc chương trình mục tiêu quốc gia giảm nghèo bền vững; thực hiện các chương trình, kế hoạch hằng năm; tham mưu thực hiện kế hoạch phát triển nhà ở giai đoạn 2021-2025 trên địa bàn tỉnh.',
    );
    expect(found.map((c) => c.kind)).toEqual(['Chương trình', 'Kế hoạch']);
  });
  it('a resolution named after the congress that passed it, ending before the next citation', () => {
    const [c] = citations(
      'theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và Nghị quyết số 58-NQ/TW ngày 05/8/2020 của Bộ Chính trị',
    );
    expect(c).toMatchObject({ kind: 'Nghị quyết', number: null, issuer: 'Đại hội Đảng bộ tỉnh lần thứ XIX' });
  });
});

describe('citations: names in quotes, subjects after "ban hành", names that end at a new verb', () => {
  it('a kind in lower case then a quoted name is a document', () => {
    const named = citations(
      'theo Quyết định số 4103/QĐ-UBND; đề án “Phát triển nguồn nhân lực tỉnh đến năm 2025, tầm nhìn 2030”, đảm bảo',
    );
    expect(named.map((c) => c.kind)).toContain('Đề án');
    expect(named.find((c) => c.kind === 'Đề án')?.title).toContain('Phát triển nguồn nhân lực');
  });
  it('what a decision "ban hành" is its subject, quotes included, not a document of its own', () => {
    const cs = citations(
      'Quyết định số 980/QĐ-UBND ngày 12/3/2021 của UBND thành phố ban hành Đề án thực hiện thành phố “5 không”, “3 có” trên địa bàn; tiếp tục',
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]?.issuer).toBe('UBND thành phố');
    expect(cs[0]?.title).toBe('ban hành Đề án thực hiện thành phố “5 không”, “3 có” trên địa bàn');
  });
  it('a name stops before "và" + a new verb; "về" opens no title', () => {
    expect(
      citations('triển khai Chương trình Giảm nghèo bền vững và thực hiện các chính sách giảm nghèo.')[0]
        ?.title,
    ).toBe('Giảm nghèo bền vững');
    expect(citations('hướng dẫn triển khai Đề án về bảo vệ môi trường, ứng phó')[0]?.title).toBe(
      'bảo vệ môi trường',
    );
  });
});

describe('citations: issuers first, decisions by what they approve, names to the cell end, conferences', () => {
  it('"Kế hoạch của UBND tỉnh về thực hiện …" names its issuer before its subject', () => {
    expect(
      citations(
        'Thực hiện Kế hoạch của UBND tỉnh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 |',
      )[0],
    ).toMatchObject({
      kind: 'Kế hoạch',
      issuer: 'UBND tỉnh',
      title: 'thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030',
    });
  });
  it('"Quyết định phê duyệt Đề án …" is one decision; the scheme it approves is its subject', () => {
    const cs = citations(
      'Thực hiện Quyết định phê duyệt Đề án quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh |',
    );
    expect(cs.map((c) => c.kind)).toEqual(['Quyết định']);
  });
  it('in a table cell a name runs to the cell end over commas; a plan made every year is no document', () => {
    expect(
      citations(
        'Thực hiện Kế hoạch về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045 |',
      )[0]?.title,
    ).toBe('nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045');
    expect(citations('Xây dựng Kế hoạch lao động - việc làm, giáo dục nghề nghiệp hằng năm |')).toEqual([]);
  });
  it('a resolution named after its conference is a document of its own, even inside another citation', () => {
    const cs = citations(
      'Căn cứ Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 5 (khóa XI) về một số vấn đề chính sách xã hội giai đoạn 2012 - 2020 (gọi tắt là Kết luận).',
    );
    expect(cs.find((c) => c.kind === 'Nghị quyết')).toMatchObject({
      issuer: 'Hội nghị Trung ương 5 (khóa XI)',
      title: 'một số vấn đề chính sách xã hội giai đoạn 2012 - 2020',
    });
  });
});

describe('citations: quotes inside a cell name; connectors left by the next citation', () => {
  it('a cell’s name keeps its quotes and its period', () => {
    expect(
      citations(
        'Thực hiện Kế hoạch thực hiện Phong trào “Toàn dân đoàn kết” trên địa bàn tỉnh, giai đoạn 2021 - 2026 |',
      )[0]?.title,
    ).toBe('thực hiện Phong trào “Toàn dân đoàn kết” trên địa bàn tỉnh, giai đoạn 2021 - 2026');
  });
  it('a subject cut by the next citation drops the "theo" that led to it', () => {
    const [c] = citations(
      'Quyết định số 4601/QĐ-UBND ngày 11/10/2019 của UBND thành phố phê duyệt Kế hoạch thực hiện Đề án giai đoạn 2018-2025 theo Quyết định số 1677/QĐ-TTg',
    );
    expect(c?.title).toBe('phê duyệt Kế hoạch thực hiện Đề án giai đoạn 2018-2025');
  });
});

describe('citations: issuers that end at "thông qua"; a conference’s subject right after its term', () => {
  it('"… của HĐND thành phố thông qua mức chuẩn …": the council is the issuer', () => {
    const [c] = citations(
      'Nghị quyết số 34/2021/NQ-HĐND ngày 10/12/2021 của HĐND thành phố thông qua mức chuẩn trợ giúp xã hội',
    );
    expect(c?.issuer).toBe('HĐND thành phố');
  });
  it('"Nghị quyết Hội nghị Trung ương 5 (khóa XI) một số vấn đề …" without "về"', () => {
    const c = citations(
      'thực hiện Nghị quyết Hội nghị Trung ương 5 (khóa XI) một số vấn đề về chính sách xã hội giai đoạn 2012-2020 (Quyết định',
    ).find((x) => x.kind === 'Nghị quyết');
    expect(c).toMatchObject({
      issuer: 'Hội nghị Trung ương 5 (khóa XI)',
      title: 'một số vấn đề về chính sách xã hội giai đoạn 2012-2020',
    });
  });
});

describe('citations: a short bracket inside a name', () => {
  it('"chương trình mục tiêu giảm nghèo (MTQG) giảm nghèo bền vững …" runs past its bracket', () => {
    const [c] = citations(
      'các dự án thuộc chương trình mục tiêu giảm nghèo (MTQG) giảm nghèo bền vững và an sinh xã hội giai đoạn 2021-2025, phấn đấu',
    );
    expect(c?.title).toBe(
      'mục tiêu giảm nghèo (MTQG) giảm nghèo bền vững và an sinh xã hội giai đoạn 2021-2025',
    );
  });
});

describe('citations: what a numbered document carries out, shared subjects, laws by abbreviation, generic kinds', () => {
  const named = (text: string) =>
    citations(text).map((c) => `${c.kind}${c.number ? ` ${c.number}` : ''}: ${c.title ?? ''}`);

  it('a document a numbered one carries out is cited too; what a decision issues, or one known by a number, is not', () => {
    expect(
      named(
        'Thực hiện Quyết định số 2244/QĐ-UBND ngày 28/6/2021 của UBND thành phố ban hành Kế hoạch triển khai Chương trình mục tiêu Y tế - Dân số trên địa bàn thành phố.',
      ),
    ).toEqual([
      'Quyết định 2244/QĐ-UBND: ban hành Kế hoạch triển khai Chương trình mục tiêu Y tế - Dân số trên địa bàn thành phố',
      'Chương trình: mục tiêu Y tế - Dân số trên địa bàn thành phố',
    ]);
    expect(
      named(
        'Theo Kế hoạch số 214/KH-UBND ngày 05/9/2023 của UBND tỉnh thực hiện Chiến lược phát triển thông tin cơ sở đến năm 2025 |',
      ),
    ).toContain('Chiến lược: phát triển thông tin cơ sở đến năm 2025');
    // Issued by the decision: its content, not a document of its own.
    expect(
      named(
        'Quyết định số 980/QĐ-UBND của UBND thành phố ban hành Đề án thực hiện thành phố “5 không” trên địa bàn.',
      ),
    ).toHaveLength(1);
    // Approved by a numbered decision: known by that number.
    expect(
      named(
        'Quyết định số 4601/QĐ-UBND ngày 11/10/2019 của UBND thành phố phê duyệt Kế hoạch thực hiện Đề án phát triển giáo dục mầm non giai đoạn 2018-2025 theo Quyết định số 1677/QĐ-TTg của Thủ tướng Chính phủ.',
      ).filter((n) => n.startsWith('Đề án')),
    ).toEqual([]);
    // A lower-case kind after the verb is the numbered document's subject.
    expect(
      named(
        'Thực hiện tốt Kế hoạch số 117/KH-UBND ngày 17/6/2021 của UBND thành phố triển khai thực hiện chương trình thành phố “5 không”, “3 có” trên địa bàn thành phố.',
      ),
    ).toHaveLength(1);
  });

  it('two citations sharing one subject both get it, each with its issuer', () => {
    const cs = citations(
      'Triển khai các giải pháp thực hiện Chương trình hành động của Tỉnh ủy, Kế hoạch của UBND tỉnh về thực hiện Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương Đảng về cải cách chính sách BHXH.',
    ).filter((c) => !c.number);
    expect(cs.map((c) => [c.kind, c.issuer])).toEqual([
      ['Chương trình hành động', 'Tỉnh ủy'],
      ['Kế hoạch', 'UBND tỉnh'],
    ]);
    expect(cs[0]?.title).toBe(cs[1]?.title);
  });

  it('laws cited by abbreviation, several at once', () => {
    expect(named('giám sát việc thực hiện Luật BHXH, BHYT tại các đơn vị sử dụng lao động')).toEqual([
      'Luật: BHXH',
      'Luật: BHYT',
    ]);
  });

  it('curricula, a kind ending a list of kinds, and "chương trình, chính sách" name no document', () => {
    expect(
      named(
        'Tiếp tục triển khai có hiệu quả Chương trình Giáo dục mầm non, Chương trình giáo dục phổ thông; đẩy mạnh',
      ),
    ).toEqual([]);
    expect(
      named(
        'lồng ghép bình đẳng giới trong xây dựng chính sách, chương trình, đề án, kế hoạch phát triển kinh tế - xã hội của Sở.',
      ),
    ).toEqual([]);
    expect(
      named('giám sát việc thực hiện Chương trình chính sách an sinh xã hội trên địa bàn tỉnh.'),
    ).toEqual([]);
    // A named programme is still one.
    expect(named('Đẩy mạnh thực hiện Chương trình đưa thông tin về cơ sở; củng cố mạng lưới')).toEqual([
      'Chương trình: đưa thông tin về cơ sở',
    ]);
  });
});

describe('a resolution named after its conference, inside another citation’s quoted subject', () => {
  it('is a document of its own, not the plan’s basis, with or without brackets around the term', () => {
    const text =
      'Căn cứ Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị về “tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 5 khóa XI một số vấn đề về chính sách xã hội giai đoạn 2012-2020”; Kế hoạch số 41-KH/TU ngày 22/3/2021 của Tỉnh ủy';
    const nq = citations(text).find((c) => c.kind === 'Nghị quyết');
    expect(nq).toMatchObject({
      issuer: 'Hội nghị Trung ương 5 khóa XI',
      title: 'một số vấn đề về chính sách xã hội giai đoạn 2012-2020',
      inner: true,
    });
  });
});

describe('opensCitation and long duties', () => {
  it('a numbered citation after ";" continues a list of documents', () => {
    expect(opensCitation(' Kế hoạch số 41-KH/TU ngày 22/3/2021 của Tỉnh ủy')).toBe(true);
    expect(opensCitation(' Nghị quyết 42-NQ/TW')).toBe(true);
    expect(opensCitation(' Kế hoạch của UBND tỉnh về …')).toBe(false);
    expect(opensCitation(' Tham mưu UBND tỉnh ban hành Kế hoạch số 12/KH-UBND')).toBe(false);
  });

  it('a long duty is not cut between two documents it names, but is cut between two duties', () => {
    const head =
      'Chỉ đạo, hướng dẫn các cơ quan báo chí của tỉnh, phóng viên thường trú phối hợp với các Sở, ngành';
    const text = `${head} đẩy mạnh công tác tuyên truyền về việc thực hiện Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị; Kế hoạch số 41-KH/TU ngày 22/3/2021 của Tỉnh ủy, các nội dung về chính sách xã hội đến các cấp, các ngành và toàn thể nhân dân. Chủ trì tham mưu, đề xuất triển khai, đôn đốc tiến độ thực hiện các chỉ tiêu, giải pháp về lĩnh vực thông tin và truyền thông.`;
    const unit = {
      text,
      lineStart: 1,
      lineEnd: 1,
      offsets: [0],
      marker: '',
      level: 6,
      heading: false,
    } as unknown as Unit;
    const pieces = sentences(unit, 200).map((p) => p.text);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toContain('tuyên truyền');
    expect(pieces[0]).toContain('Kế hoạch số 41-KH/TU');
    expect(pieces[1]).toMatch(/^Chủ trì tham mưu/);
  });
});
