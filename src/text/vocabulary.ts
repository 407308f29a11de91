/**
 * Domain vocabulary as data: abbreviations, synonyms, provinces and agency spellings.
 * Every entry is written as a citizen or a plan writes it; matching happens on folded forms.
 */

/** Abbreviations used in plans and questions, with what they stand for (both directions are indexed). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  BHYT: 'bảo hiểm y tế',
  BHXH: 'bảo hiểm xã hội',
  BHTN: 'bảo hiểm thất nghiệp',
  LĐTBXH: 'lao động thương binh và xã hội',
  'LĐ-TB&XH': 'lao động thương binh và xã hội',
  'TB&XH': 'thương binh và xã hội',
  'GD&ĐT': 'giáo dục và đào tạo',
  GDĐT: 'giáo dục và đào tạo',
  'TN&MT': 'tài nguyên và môi trường',
  TNMT: 'tài nguyên và môi trường',
  'KH&ĐT': 'kế hoạch và đầu tư',
  KHĐT: 'kế hoạch và đầu tư',
  'TT&TT': 'thông tin và truyền thông',
  TTTT: 'thông tin và truyền thông',
  'NN&PTNT': 'nông nghiệp và phát triển nông thôn',
  NNPTNT: 'nông nghiệp và phát triển nông thôn',
  'VH,TT&DL': 'văn hóa thể thao và du lịch',
  VHTTDL: 'văn hóa thể thao và du lịch',
  NOXH: 'nhà ở xã hội',
  DTTS: 'dân tộc thiểu số',
  NKT: 'người khuyết tật',
  NCT: 'người cao tuổi',
  NCC: 'người có công',
  NCCCM: 'người có công với cách mạng',
  MTQG: 'mục tiêu quốc gia',
  UBND: 'ủy ban nhân dân',
  HĐND: 'hội đồng nhân dân',
  CHQS: 'chỉ huy quân sự',
  MTTQ: 'mặt trận tổ quốc',
  UBMTTQ: 'ủy ban mặt trận tổ quốc',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  CNTT: 'công nghệ thông tin',
  ATTP: 'an toàn thực phẩm',
  KCB: 'khám chữa bệnh',
  CTXH: 'công tác xã hội',
  TW: 'trung ương',
  KH: 'kế hoạch',
  TP: 'thành phố',
  HS: 'học sinh',
  GV: 'giáo viên',
  ODA: 'hỗ trợ phát triển chính thức',
  HDI: 'chỉ số phát triển con người',
  'PT-TH': 'phát thanh - truyền hình',
  PTTH: 'phát thanh - truyền hình',
};

/**
 * Departments as a hotline types them ("SYT", "SGD", "SLĐ"): read only where a body is looked for in a
 * question, never in the search index, where "sở lao động" would gain a word in every record naming it.
 * The first words of the name stand for it; the name they start is the body.
 */
export const AGENCY_SHORTHANDS: Readonly<Record<string, string>> = {
  SYT: 'sở y tế',
  SGD: 'sở giáo dục',
  SGDĐT: 'sở giáo dục và đào tạo',
  SLĐ: 'sở lao động',
  SLĐTBXH: 'sở lao động thương binh và xã hội',
  // The other departments the same way: "S" stuck to the department's own initials.
  'SNN&PTNT': 'sở nông nghiệp và phát triển nông thôn',
  SNNPTNT: 'sở nông nghiệp và phát triển nông thôn',
  'SKH&ĐT': 'sở kế hoạch và đầu tư',
  SKHĐT: 'sở kế hoạch và đầu tư',
  'STN&MT': 'sở tài nguyên và môi trường',
  STNMT: 'sở tài nguyên và môi trường',
  'STT&TT': 'sở thông tin và truyền thông',
  STTTT: 'sở thông tin và truyền thông',
  SXD: 'sở xây dựng',
  SNV: 'sở nội vụ',
  STC: 'sở tài chính',
  SCT: 'sở công thương',
  STP: 'sở tư pháp',
  'SKH&CN': 'sở khoa học và công nghệ',
  SKHCN: 'sở khoa học và công nghệ',
  // "Sở KHCN": "KH" alone is kế hoạch, so the field's initials stand only after "Sở".
  'Sở KH&CN': 'sở khoa học và công nghệ',
  'Sở KHCN': 'sở khoa học và công nghệ',
  SVHTTDL: 'sở văn hóa, thể thao và du lịch',
  SGTVT: 'sở giao thông vận tải',
  BCHQS: 'bộ chỉ huy quân sự',
  NHCS: 'ngân hàng chính sách xã hội',
  // Lists of recipients: "TT Tỉnh ủy, TT HĐND tỉnh (báo cáo)" — "TT" alone is also thông tin, thông tư.
  'TT Tỉnh ủy': 'thường trực tỉnh ủy',
  'TT Thành ủy': 'thường trực thành ủy',
  'TT Hội đồng nhân dân': 'thường trực hội đồng nhân dân',
  'BTV Tỉnh ủy': 'ban thường vụ tỉnh ủy',
  'BTV Thành ủy': 'ban thường vụ thành ủy',
};

/** Groups of phrases that mean the same thing in a question about a plan. */
export const SYNONYMS: ReadonlyArray<ReadonlyArray<string>> = [
  ['thất nghiệp', 'không có việc làm', 'mất việc làm', 'mất việc'],
  ['mỗi năm', 'hằng năm', 'hàng năm', '/năm'],
  ['tham gia', 'bao phủ', 'độ bao phủ', 'có thẻ'],
  // Everyday words for the plans' "lao động" (workers), whose "làm" is no "chủ trì".
  ['lao động', 'người đi làm'],
  // "phụ nữ đi làm hưởng lương" is the plans' "lao động nữ làm công hưởng lương".
  ['lao động nữ', 'phụ nữ đi làm', 'chị em đi làm'],
  ['hộ nghèo', 'tỷ lệ nghèo', 'nghèo đa chiều'],
  // "giảm tỷ lệ nghèo bao nhiêu mỗi năm" is the plans' "tỷ lệ giảm nghèo … %/năm".
  ['tỷ lệ giảm nghèo', 'giảm tỷ lệ nghèo', 'giảm tỷ lệ hộ nghèo'],
  ['bác sĩ', 'bác sỹ'],
  ['dược sĩ', 'dược sỹ'],
  // "điều dưỡng/vạn dân" is the plans' "/1 vạn dân"; "100 nghìn dân" their "100.000 dân".
  ['vạn dân', '1 vạn dân', '10.000 dân', '10000 dân', '10 nghìn dân', '10 ngàn dân'],
  ['100.000 dân', '100 nghìn dân', '100 ngàn dân', '100000 dân'],
  ['1 vạn dân', 'trên vạn dân', 'trên 10.000 dân'],
  ['đô thị', 'thành thị'],
  // "người dân thành thị được cấp nước sạch" is the plans' "dân cư đô thị được cung cấp nước sạch".
  ['dân cư', 'người dân'],
  ['vùng nông thôn', 'khu vực nông thôn'],
  ['vùng thành thị', 'khu vực thành thị', 'vùng đô thị', 'khu vực đô thị'],
  ['nhà ở xã hội', 'căn hộ nhà ở xã hội'],
  ['nhà tạm', 'nhà dột nát'],
  ['điện thoại thông minh', 'smartphone'],
  ['internet', 'băng rộng'],
  ['4g', '5g', 'di động'],
  ['trẻ em', 'trẻ', 'trẻ nhỏ', 'em bé'],
  ['học sinh', 'hs'],
  ['người khuyết tật', 'khuyết tật'],
  ['người cao tuổi', 'người già', 'ông bà già', 'cụ già', 'cao niên'],
  ['xuất khẩu lao động', 'đi làm việc ở nước ngoài', 'làm việc có thời hạn ở nước ngoài'],
  ['tuổi thọ', 'tuổi thọ trung bình', 'sống thọ'],
  ['trung bình', 'bình quân'],
  ['tiêm chủng', 'tiêm vắc xin', 'tiêm chủng đầy đủ'],
  ['nước sạch', 'nước hợp vệ sinh'],
  ['suy dinh dưỡng', 'sdd'],
  ['phủ sóng', 'sóng di động'],
  ['trường chuẩn quốc gia', 'trường đạt chuẩn quốc gia', 'trường học đạt chuẩn quốc gia'],
  ['văn hóa', 'văn hoá'],
  ['chủ trì', 'phụ trách', 'chịu trách nhiệm', 'giao'],
  ['dùng', 'sử dụng', 'được cung cấp'],
  ['mỗi người', 'đầu người', 'bình quân đầu người'],
  // Everyday words for what the plans say in administrative terms, each pointing at one thing only (a group
  // and its sub-group are not synonyms: "thương binh" is also in "Sở Lao động - Thương binh và Xã hội").
  ['điều dưỡng', 'y tá'],
  ['tử vong', 'chết', 'qua đời'],
  ['ngộ độc thực phẩm', 'ngộ độc thức ăn', 'ngộ độc do ăn uống', 'ngộ độc ăn uống'],
  [
    'an toàn thực phẩm',
    'vệ sinh thực phẩm',
    'thực phẩm bẩn',
    'đồ ăn bẩn',
    'thực phẩm sạch',
    'thức ăn sạch',
    'đồ ăn sạch',
    'thức ăn bẩn',
  ],
  ['bạo lực gia đình', 'bạo hành gia đình', 'bạo hành'],
  // "nạn nhân bạo lực gia đình" is the plans' "người bị bạo lực gia đình".
  ['nạn nhân', 'người bị'],
  ['tái nghiện', 'nghiện lại'],
  // "tốc độ giảm nghèo" is the plans' "mức giảm" (a rate of decrease).
  ['mức giảm', 'tốc độ giảm'],
  ['tỷ số giới tính khi sinh', 'mất cân bằng giới tính', 'cân bằng giới tính khi sinh'],
  ['tảo hôn', 'cưới sớm', 'lấy chồng sớm'],
  ['tiểu học', 'cấp 1', 'cấp i'],
  ['trung học cơ sở', 'cấp 2', 'cấp ii'],
  ['trung học phổ thông', 'cấp 3', 'cấp iii'],
  ['mầm non', 'mẫu giáo'],
  ['02 buổi', '2 buổi', 'hai buổi'],
  ['đào tạo nghề', 'dạy nghề', 'học nghề'],
  ['bằng cấp', 'văn bằng'],
  ['học phí', 'tiền học'],
  ['ngôn ngữ ký hiệu', 'thủ ngữ'],
  ['xóa mù chữ', 'biết chữ'],
  ['lương hưu', 'tiền hưu', 'lương hưu trí'],
  ['sau độ tuổi nghỉ hưu', 'hết tuổi lao động', 'quá tuổi lao động', 'đến tuổi nghỉ hưu'],
  ['hằng tháng', 'hàng tháng', 'mỗi tháng'],
  [
    'trợ giúp pháp lý',
    'tư vấn pháp luật miễn phí',
    'tư vấn luật miễn phí',
    'hỗ trợ pháp lý',
    'luật sư miễn phí',
    'giúp đỡ pháp lý',
  ],
  // What a citizen calls the places and means the plans name in administrative terms.
  ['thiết chế văn hóa', 'nhà văn hóa'],
  ['nhà tiêu', 'nhà vệ sinh', 'cầu tiêu', 'nhà xí', 'hố xí'],
  ['trạm y tế', 'trạm xá'],
  ['cơ sở cai nghiện', 'trại cai nghiện', 'trung tâm cai nghiện'],
  ['môi trường mạng', 'trên mạng', 'mạng xã hội', 'lên mạng'],
  ['không dùng tiền mặt', 'qua thẻ ngân hàng', 'qua tài khoản ngân hàng', 'chuyển khoản'],
  ['xâm nhập mặn', 'nhiễm mặn', 'bị mặn'],
  ['trốn đóng', 'trốn nộp', 'không nộp bhxh', 'không đóng bhxh'],
  ['thủ tục hành chính', 'thủ tục giấy tờ', 'giấy tờ'],
  ['tín dụng chính sách', 'vay vốn ưu đãi', 'cho vay ưu đãi', 'vốn vay ưu đãi'],
  ['người có công', 'gia đình chính sách', 'liệt sĩ'],
  ['hộ nghèo', 'nhà nghèo', 'gia đình nghèo'],
  ['nông thôn', 'vùng quê', 'miền quê'],
  ['miền núi', 'vùng núi', 'vùng cao'],
  ['đồng bào dân tộc thiểu số', 'bà con dân tộc', 'người dân tộc'],
  ['người khuyết tật', 'người tàn tật'],
  ['việc làm', 'công ăn việc làm', 'chỗ làm'],
  // "người làm nông", "làm ruộng" are the plans' "lao động nông nghiệp".
  ['nông nghiệp', 'làm nông', 'làm ruộng'],
  ['giải quyết việc làm', 'tạo việc làm'],
  ['phi chính thức', 'làm tự do', 'không có hợp đồng lao động'],
  ['thấp còi', 'còi cọc', 'thấp bé'],
  ['tham gia bhxh', 'đóng bhxh'],
  ['tham gia bhyt', 'mua bhyt', 'có thẻ bhyt'],
  ['qua đào tạo', 'đã được đào tạo', 'đã qua đào tạo'],
  ['hoàn thành', 'học xong', 'học hết'],
  ['giáo viên', 'thầy cô', 'thầy cô giáo'],
  ['trẻ em', 'trẻ con', 'con nít'],
  ['m2', 'mét vuông'],
  ['bảo hiểm thất nghiệp', 'bảo hiểm khi mất việc', 'bảo hiểm mất việc', 'bảo hiểm khi thất nghiệp'],
  ['diện tích nhà ở', 'm2 nhà', 'mét vuông nhà', 'diện tích ở'],
  ['lao động trẻ em', 'trẻ em đi làm thuê', 'trẻ em phải đi làm', 'trẻ em lao động sớm'],
];

/** The insurances by their abbreviation ("BHTN" → "bảo hiểm thất nghiệp"): the abbreviations that spell one out. */
export const INSURANCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ABBREVIATIONS).filter(([, full]) => full.startsWith('bảo hiểm ')),
);

/**
 * A folded syllable that stands for two words, and the syllables after which it is the other word: folded,
 * "giao" (assign) is also the "giáo" of "giáo dục", "giáo viên" …, and "giao" of "giao thông". A synonym of
 * the one word is never read into the other ("tiếp cận giáo dục" is no "chịu trách nhiệm").
 */
export const FOLDED_HOMOGRAPHS: Readonly<Record<string, ReadonlyArray<string>>> = {
  giao: ['duc', 'vien', 'an', 'khoa', 'su', 'trinh', 'thong', 'luu', 'dich', 'tiep', 'ly'],
};

/**
 * Two-word terms that name a group or a notion of their own, though their second word is common alone: "hộ
 * cận nghèo" is not "hộ nghèo", "tái nghiện" not "nghiện". A question naming one is not answered by a record
 * that lacks it (however often "nghèo" stands without "cận" in the plans).
 */
export const TERMS_OF_ART: ReadonlyArray<string> = [
  'cận nghèo',
  'tái nghèo',
  'thoát nghèo',
  'tái nghiện',
  'thấp còi',
  'nhẹ cân',
  // The other kinds of malnutrition, each a kind of its own: "thể gầy còm" is not answered by "thể thấp còi".
  'gầy còm',
  'thừa cân',
  'béo phì',
  'cận huyết',
  'tảo hôn',
  // A level of school is a group of its own: "học sinh trung học cơ sở học 2 buổi/ngày" is not answered by the
  // primary schools' target.
  'trung học cơ sở',
  'trung học phổ thông',
  'tiểu học',
  'mầm non',
  // Legal aid is a help of its own: "trợ giúp pháp lý cho người nghèo" is not answered by "trợ giúp người nghèo".
  'trợ giúp pháp lý',
];

/** The 63 provinces and centrally run cities (before the 2025 merger), as plans name them. */
export const PROVINCES: ReadonlyArray<string> = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Dương',
  'Bình Định',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Cần Thơ',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hồ Chí Minh',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lạng Sơn',
  'Lào Cai',
  'Lâm Đồng',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/** Other names people use for a province: "TP.HCM", "Sài Gòn", "Huế", "Vũng Tàu". */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  'tp hcm': 'Hồ Chí Minh',
  hcm: 'Hồ Chí Minh',
  'sài gòn': 'Hồ Chí Minh',
  huế: 'Thừa Thiên Huế',
  'vũng tàu': 'Bà Rịa - Vũng Tàu',
  'bà rịa vũng tàu': 'Bà Rịa - Vũng Tàu',
  'đắk lắc': 'Đắk Lắk',
  'đăk lăk': 'Đắk Lắk',
};

/**
 * Bodies provincial plans often give duties to (mass organisations, branches of central bodies), by their
 * folded words. Only for knowing that a question names a body: when no plan in the data names it, the reply
 * says so instead of answering with some other body's duties. `sociopolitical`: one of the tổ chức chính
 * trị - xã hội, to which plans often give duties jointly ("Ủy ban MTTQ và các tổ chức chính trị - xã hội").
 */
export const OTHER_BODIES: ReadonlyArray<{ name: string; key: string; sociopolitical?: boolean }> = [
  { name: 'Liên đoàn Lao động', key: 'lien doan lao dong', sociopolitical: true },
  { name: 'Hội Nông dân', key: 'hoi nong dan', sociopolitical: true },
  { name: 'Hội Liên hiệp Phụ nữ', key: 'hoi lien hiep phu nu', sociopolitical: true },
  { name: 'Hội Cựu chiến binh', key: 'hoi cuu chien binh', sociopolitical: true },
  { name: 'Hội Chữ thập đỏ', key: 'hoi chu thap do' },
  { name: 'Hội Người cao tuổi', key: 'hoi nguoi cao tuoi' },
  { name: 'Hội Khuyến học', key: 'hoi khuyen hoc' },
  { name: 'Tỉnh đoàn', key: 'tinh doan', sociopolitical: true },
  { name: 'Đoàn Thanh niên', key: 'doan thanh nien', sociopolitical: true },
  { name: 'Bộ Chỉ huy Quân sự', key: 'bo chi huy quan su' },
  { name: 'Kho bạc Nhà nước', key: 'kho bac nha nuoc' },
  { name: 'Cục Thuế', key: 'cuc thue' },
  { name: 'Tòa án nhân dân', key: 'toa an nhan dan' },
  { name: 'Viện Kiểm sát nhân dân', key: 'vien kiem sat nhan dan' },
];

/**
 * Canonical agency names with the other spellings plans use. Matching is on the folded form with dashes,
 * "&" and "và" evened out, so "Sở Lao động – TB&XH" and "Sở LĐTBXH" both reach the first entry.
 */
export const AGENCIES: ReadonlyArray<{ name: string; aliases: string[] }> = [
  {
    name: 'Sở Lao động - Thương binh và Xã hội',
    aliases: ['Sở LĐTBXH', 'Sở LĐ-TB&XH', 'Sở Lao động - TB&XH', 'Sở Lao động Thương binh và Xã hội'],
  },
  { name: 'Sở Y tế', aliases: [] },
  { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT'] },
  { name: 'Sở Tài chính', aliases: [] },
  { name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT'] },
  { name: 'Sở Xây dựng', aliases: [] },
  { name: 'Sở Tài nguyên và Môi trường', aliases: ['Sở TN&MT', 'Sở TNMT'] },
  { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT'] },
  {
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    aliases: ['Sở NN&PTNT', 'Sở NNPTNT', 'Sở Nông nghiệp và PTNT'],
  },
  {
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    aliases: ['Sở Văn hóa Thể thao và Du lịch', 'Sở VH,TT&DL', 'Sở VHTTDL'],
  },
  { name: 'Sở Nội vụ', aliases: [] },
  // Departments since 1 March 2025 (Nghị định 45/2025/NĐ-CP): named in questions, never in the 2021–2024 plans.
  { name: 'Sở Nông nghiệp và Môi trường', aliases: ['Sở NN&MT', 'Sở NNMT'] },
  { name: 'Sở Dân tộc và Tôn giáo', aliases: [] },
  { name: 'Sở Tư pháp', aliases: [] },
  { name: 'Sở Ngoại vụ', aliases: [] },
  { name: 'Sở Công Thương', aliases: ['Sở Công thương'] },
  { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN'] },
  { name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT'] },
  // "9. Bảo hiểm xã hội" as a heading of a city's plan is the city's social insurance.
  {
    name: 'Bảo hiểm xã hội tỉnh',
    aliases: ['BHXH tỉnh', 'Bảo hiểm xã hội thành phố', 'Bảo hiểm xã hội', 'BHXH'],
  },
  { name: 'Công an tỉnh', aliases: ['Công an thành phố'] },
  { name: 'Ban Dân tộc tỉnh', aliases: ['Ban Dân tộc'] },
  // "cơ quan thống kê" is how a reader names it without knowing its title.
  { name: 'Cục Thống kê tỉnh', aliases: ['Cục Thống kê', 'cơ quan thống kê'] },
  {
    name: 'Ngân hàng Chính sách xã hội',
    aliases: [
      'Chi nhánh Ngân hàng chính sách xã hội tỉnh',
      'Ngân hàng CSXH',
      'Chi nhánh NHCSXH tỉnh',
      'NHCSXH tỉnh',
      'NHCSXH',
      // How people name it: "ngân hàng chính sách (tỉnh)".
      'Ngân hàng chính sách tỉnh',
      'Ngân hàng chính sách',
    ],
  },
  {
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    aliases: [
      'UBMTTQ Việt Nam tỉnh',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'Ủy ban Mặt trận Tổ quốc tỉnh',
      'Ủy ban Mặt trận Tổ quốc',
      'Mặt trận Tổ quốc Việt Nam tỉnh',
      'Mặt trận Tổ quốc',
      'Ủy ban MTTQ',
      'UBMTTQ',
      // How people call it: "Mặt trận và các đoàn thể".
      'Mặt trận',
    ],
  },
  {
    name: 'UBND các huyện, thành phố',
    aliases: [
      'UBND các huyện, thị xã, thành phố',
      'Ủy ban nhân dân các huyện, thành phố',
      'UBND quận, huyện',
      'UBND các quận, huyện',
      'UBND huyện, thành phố',
      'UBND các huyện, thị xã',
      'UBND các huyện và thành phố',
      // How people name the district level: "UBND cấp huyện", "UBND huyện".
      'UBND cấp huyện',
      'UBND các huyện',
      'UBND huyện',
      // A province's "địa phương" are its districts, towns and cities.
      'Ủy ban nhân dân các địa phương',
      'UBND các địa phương',
    ],
  },
  {
    name: 'Các sở, ban, ngành',
    aliases: [
      'Các sở, ban, ngành có liên quan',
      'Các sở, ban, ngành cấp tỉnh',
      'Các sở, ngành',
      'Các sở, ngành liên quan',
    ],
  },
];

/**
 * Fields of social policy and the words that place an indicator in one: an agency given "các chỉ tiêu thuộc
 * lĩnh vực y tế" answers for "Tỷ suất tử vong trẻ em dưới 1 tuổi" even under a heading that names no field.
 * Keys are the field as plans name it; values the words of its indicators.
 */
export const FIELD_TERMS: Readonly<Record<string, ReadonlyArray<string>>> = {
  'y tế': [
    'y tế',
    'bác sĩ',
    'bác sỹ',
    'giường bệnh',
    'tiêm chủng',
    'suy dinh dưỡng',
    'tử vong',
    'tuổi thọ',
    'bảo hiểm y tế',
    'dược sĩ',
    'dược sỹ',
    'điều dưỡng',
    'khám chữa bệnh',
    'sức khỏe',
    'HIV',
    'trạm y tế',
    'vắc xin',
    'giới tính khi sinh',
  ],
  'giáo dục': [
    'giáo dục',
    'học sinh',
    'trường học',
    'phổ cập',
    'mầm non',
    'biết chữ',
    'mù chữ',
    'tiểu học',
    'trung học',
  ],
  'lao động': ['lao động', 'việc làm', 'thất nghiệp', 'đào tạo nghề', 'giáo dục nghề nghiệp'],
  'giảm nghèo': ['hộ nghèo', 'cận nghèo', 'nghèo đa chiều', 'thoát nghèo'],
  'nhà ở': ['nhà ở', 'diện tích nhà', 'căn hộ', 'nhà tạm', 'nhà ở xã hội'],
  'nước sạch': ['nước sạch', 'nước hợp vệ sinh', 'nước sinh hoạt'],
  'thông tin, truyền thông': [
    'internet',
    'băng rộng',
    'điện thoại thông minh',
    'phủ sóng',
    'dịch vụ công trực tuyến',
    'thông tin cơ sở',
    'truyền thanh',
    'truyền hình',
    'di động',
  ],
  'bảo hiểm xã hội': ['bảo hiểm xã hội', 'bảo hiểm thất nghiệp', 'trợ cấp thất nghiệp', 'lương hưu'],
  'người có công': ['người có công', 'thân nhân liệt sĩ'],
  'trẻ em': ['trẻ em'],
  'bình đẳng giới': ['bình đẳng giới', 'lao động nữ', 'phụ nữ'],
  'văn hóa': ['văn hóa', 'thiết chế văn hóa', 'thể dục thể thao'],
  'an toàn thực phẩm': ['thực phẩm', 'ngộ độc thực phẩm'],
  'môi trường': ['nước thải', 'chất thải', 'ô nhiễm môi trường'],
};

/** Every spelling of a body the vocabulary knows, its canonical name first: `agencySpellings('Công an tỉnh')`. */
export function agencySpellings(name: string): string[] {
  return [name, ...(AGENCIES.find((a) => a.name === name)?.aliases ?? [])];
}
