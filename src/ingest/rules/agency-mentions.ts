/**
 * Rule: where a text names a body, and in which words. Names are kept as the plan writes them
 * ("Bảo hiểm xã hội thành phố", "UBND các quận, huyện"); grouping spellings of one body is the agency
 * key's job, not this one's.
 */

/** A named body or a group of bodies, with its place in the text. */
export interface AgencyMention {
  /** As written, spaces squeezed: "Sở Lao động - Thương binh và Xã hội". */
  name: string;
  start: number;
  end: number;
  /** True for a group the plan does not name one by one: "các sở, ban, ngành có liên quan". */
  group: boolean;
}

// Where a region word may follow a body's name: "Công an tỉnh", "Bảo hiểm xã hội thành phố".
const REGION = String.raw`(?: (?:tỉnh|thành phố|Việt Nam|TP)(?![\p{L}]))?`;
// One body per alternative; names run on only through words that belong to them.
const NAMED = [
  // "Sở Văn hóa, Thể thao và Du lịch" holds a comma; the name runs to a separator and is cut before its verb.
  String.raw`Sở [\p{Lu}](?:[^,;:()\n|]|, Thể thao)*`,
  // "Ban Quản lý An toàn thực phẩm", "Báo Đà Nẵng": cut before the verb like a department's name.
  String.raw`(?:Ban|Báo|Bộ) [\p{Lu}][^,;:()\n|]*`,
  String.raw`(?:Chủ tịch )?(?:Ủy ban nhân dân|UBND|Ủy Ban nhân dân)(?: các địa phương| (?:các )?(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn)(?:,? (?:và )?(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn)\p{L}*)*|${REGION})`,
  String.raw`(?:Ủy ban|UB|Ủy Ban) ?(?:Mặt trận Tổ quốc|MTTQ|mặt trận tổ quốc)(?: Việt Nam)?${REGION}`,
  String.raw`UBMTTQ(?: Việt Nam)?${REGION}`,
  String.raw`Mặt trận Tổ quốc(?: Việt Nam)?${REGION}`,
  String.raw`(?:Hội đồng nhân dân|HĐND)${REGION}`,
  String.raw`Bảo hiểm xã hội${REGION}`,
  String.raw`BHXH${REGION}`,
  String.raw`Công an${REGION}`,
  String.raw`Bộ Chỉ huy (?:Quân sự|Bộ đội Biên phòng)${REGION}`,
  String.raw`Cục (?:Thống kê|Thuế|Quản lý thị trường)${REGION}`,
  String.raw`(?:Chi nhánh )?Ngân hàng [Cc]hính sách xã hội(?: Việt Nam)?(?: [Cc]hi nhánh)?${REGION}`,
  String.raw`Kho bạc Nhà nước${REGION}`,
  String.raw`Thanh tra${REGION}`,
  String.raw`Văn phòng (?:UBND|Ủy ban nhân dân)${REGION}`,
  String.raw`Liên đoàn Lao động${REGION}`,
  String.raw`(?:Tỉnh|Thành) đoàn`,
  String.raw`Đoàn Thanh niên[\p{L} ]*?${REGION}`,
  String.raw`Hội (?:Liên hiệp Phụ nữ|LHPN|Nông dân|Cựu chiến binh|Chữ thập đỏ|Người cao tuổi|Khuyến học|Luật gia|Người mù|Bảo trợ [\p{L} ]+?)${REGION}`,
  String.raw`Đài Phát thanh (?:và|-) Truyền hình(?: (?:tỉnh|thành phố))?(?: [\p{Lu}][\p{L}]*)*`,
];
// Group words: "các sở, ban, ngành, hội đoàn thể, địa phương có liên quan"; plans capitalise some ("các Sở, ngành").
const GROUP_WORD = String.raw`(?:lực lượng(?: chức năng)?|[Ss]ở|[Bb]an|[Nn]gành|báo(?! cáo)|đài|[Cc]ơ quan|[Đđ]ơn vị|[Đđ]ịa phương|[Tt]ổ chức|[Đđ]oàn thể|[Hh]ội đoàn thể|[Hh]ội|bộ|doanh nghiệp|chính trị - xã hội|chính trị xã hội|xã hội|thành viên|nghề nghiệp|quần chúng|cấp (?:tỉnh|huyện|xã)|cấp)`;
const GROUP = String.raw`(?:(?:Giám đốc|Thủ trưởng|Lãnh đạo) )?[Cc]ác ${GROUP_WORD}(?:(?:,|;| và| hoặc)? (?:các )?${GROUP_WORD}(?![\p{L}]))*(?: (?:có )?liên quan| cấp tỉnh| thuộc tỉnh| trên địa bàn(?: tỉnh| thành phố)?| được phân công[\p{L} ]*?(?=[,.;]|$))?`;

// Words after which a body's name has certainly ended: "Sở Y tế chủ trì", "Sở Xây dựng và các sở".
const NAME_END =
  / (?:chủ trì|phối hợp|là|và (?:các|UBND|Ủy ban|Sở|Ban|Công an|Bảo hiểm|Hội|Liên đoàn|Tỉnh đoàn|Đài|Báo|địa phương)|có|tham mưu|hướng dẫn|thực hiện|triển khai|theo dõi|tổng hợp|báo cáo|cùng|được|để|trong|tại|với|về|theo|xây dựng|chủ động|tổ chức|nghiên cứu|rà soát|đánh giá|kiểm tra|bố trí|phân bổ|cân đối|đảm bảo|bảo đảm|nâng cao|tăng cường|đẩy mạnh|tiếp tục|quản lý|giải quyết|hỗ trợ|tuyên truyền|vận động|phổ biến|ban hành|thẩm định|lập|đề xuất|trình|chỉ đạo|căn cứ|làm|trên|ở|đối với|nhằm|khi|sau|đã|sẽ|phải|cần|thường xuyên|định kỳ|hằng năm|hàng năm|kết quả|tình hình|việc|nội dung|những|các|xem xét|quyết định|giải quyết|trước|vào|chậm nhất)(?![\p{L}])/u;

// A heading's line that ended where the next sentence began: "4. Sở Y tế" / "Tham mưu triển khai …".
const SENTENCE_START =
  / (?:Tham mưu|Chủ trì|Phối hợp|Thực hiện|Triển khai|Chỉ đạo|Hướng dẫn|Tổ chức|Là|Có|Theo|Trong|Tại|Đề nghị|Cùng|Căn cứ|Tiếp tục|Đẩy mạnh|Tăng cường|Nâng cao|Cơ quan|Các|Định kỳ|Hằng năm|Hàng năm|Phấn đấu|Bảo đảm|Đảm bảo|Giao|Rà soát|Quan tâm|Nghiên cứu|Kiểm tra|Hoàn thiện|Phát huy|Huy động|Bố trí|Chủ động)(?![\p{L}])/u;

// "phối hợp với Sở, ngành liên quan": a group written without "các", known by two group words and "liên quan".
const BARE_GROUP = String.raw`${GROUP_WORD}(?:(?:,| và) ${GROUP_WORD})+ (?:có )?liên quan`;
// "phối hợp với các sở, ban ngành, các huyện, thành phố": the localities named by their level, as a group.
const LOCAL = '(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)';
// "phối hợp các lực lượng chức năng và chính quyền địa phương": the local authorities, a group of bodies.
const LOCAL_GROUP = String.raw`các ${LOCAL}(?:,? (?:và )?${LOCAL}(?![\p{L}]))*|[Cc]hính quyền (?:địa phương|cơ sở|các cấp)`;

const MENTION = new RegExp(
  `(?<![\\p{L}])(?:(${NAMED.join('|')})|(${GROUP}|${BARE_GROUP}|${LOCAL_GROUP}))(?![\\p{L}])`,
  'gu',
);

/**
 * Every body named in `text`, in order, as written.
 * `agencyMentions('Sở LĐTBXH, Bảo hiểm xã hội thành phố chủ trì, phối hợp các sở, ban, ngành')` →
 * `Sở LĐTBXH`, `Bảo hiểm xã hội thành phố`, `các sở, ban, ngành` (a group).
 */
export function agencyMentions(text: string): AgencyMention[] {
  const out: AgencyMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    let raw = m[0];
    if (/^(?:Sở|Ban|Báo|Bộ) /u.test(raw)) {
      const cut = [NAME_END.exec(raw), SENTENCE_START.exec(raw)]
        .filter((c) => c !== null)
        .sort((a, b) => a.index - b.index)[0];
      if (cut) raw = raw.slice(0, cut.index);
      raw = raw.replace(/\s+(?:và|hoặc)\s*$/u, '');
      MENTION.lastIndex = (m.index ?? 0) + raw.length;
    }
    const name = raw.replace(/\s+/g, ' ').replace(/[\s,;]+$/, '');
    // "Sở" alone, or "Sở Y" cut short by a line end, is no name.
    if (name.length < 5) continue;
    const start = m.index ?? 0;
    out.push({ name, start, end: start + raw.length, group: m[2] !== undefined });
  }
  return out;
}
