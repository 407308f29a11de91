/**
 * Question cues as data (folded, without diacritics): which words say what a question asks for,
 * and which words carry no topic and are left out of retrieval.
 */
import { fold } from '../text/normalize';
import type { Intent } from './types';

/** Cues per intent, checked in this order; the first intent with a matching cue wins. */
export const INTENT_CUES: ReadonlyArray<[Intent, readonly string[]]> = [
  [
    'help',
    [
      '^(start|help|giup|tro giup|huong dan|menu)',
      'ban (la ai|hoi duoc gi|lam duoc gi)',
      'hoi (gi|duoc gi|nhung gi|duoc nhung gi)',
    ],
  ],
  // "… (QĐ 882/QĐ-TTg) do sở nào chủ trì?": a document named in the question does not make it a question about
  // the plan's basis when it asks who leads.
  [
    'agency',
    [
      '(do|la) (so|co quan|don vi|nganh) nao (chu tri|phu trach|thuc hien)',
      '(so|co quan|don vi) nao chu tri',
      // "sở nào tham mưu thực hiện kế hoạch phát triển nhà ở, kế hoạch đó cho giai đoạn nào?": who, first.
      '(so|co quan|don vi) nao tham muu',
      // "… tuyên truyền Kết luận 92 và KH 41-KH/TU giao cho sở nào?": who is given it, whatever documents it names.
      'giao (cho )?(so|co quan|don vi|nganh) nao',
      'giao (cho ai|ai)',
    ],
  ],
  // "Sở Xây dựng chủ trì những việc gì …, làm trong thời gian nào?": a body's list of duties, each with its time.
  // "Sở Tư pháp phụ trách chỉ tiêu gì, mục tiêu bao nhiêu phần trăm?": the body's targets, each with its figure.
  [
    'assignments',
    [
      'chu tri (nhung|cac) (nhiem vu|chi tieu|viec) (nao|gi)',
      '(phu trach|chu tri|theo doi) (nhung |cac )?(chi tieu|nhiem vu|viec) (gi|nao)',
    ],
  ],
  // "việc quán triệt KH … về NQ 42 thì hạn là năm nào, quá hạn chưa?": a duty's deadline, whatever document it
  // names on the way.
  [
    'deadline',
    [
      'han (la |chot |cuoi )?(nam|ngay) nao',
      'han (la |chot )?(khi nao|bao gio)',
      // "… báo cáo Ban Thường vụ Tỉnh ủy thì hạn nào?": which deadline.
      '(thi|la) han nao',
      '(da )?(qua|tre) han chua',
      // "… phải làm trong thời gian nào?", "… thực hiện vào năm nào?": when the duty is done.
      '(lam|thuc hien|hoan thanh|trien khai) (trong|vao) (nam|thoi gian|thoi diem) nao',
    ],
  ],
  [
    'plan_meta',
    [
      // ("… ban hành ngày mấy / ngày bao nhiêu?" asks the day as "ngày nào" does.)
      'ban hanh (vao )?(ngay|nam|khi|hom) (nao|may|bao nhieu)',
      // "Thanh Hóa ban hành kế hoạch 68 vào ngày nào?": the plan's own date, its number between.
      'ban hanh (ke hoach|kh) … (ngay|nam|hom) (nao|may|bao nhieu)',
      '(ke hoach|kh) … ban hanh … (ngay|nam|hom) (nao|may|bao nhieu)',
      // "KH 68 Thanh Hóa ra ngày nào?": "ra" is the plan coming out.
      '(ke hoach|kh) … ra (vao )?(ngay|hom|khi) nao',
      'dua (tren|vao) (ket luan|nghi quyet|quyet dinh|van ban|cong van|chuong trinh|ke hoach)',
      'ngay ban hanh',
      // "kế hoạch nào ban hành sớm nhất?", "tỉnh nào ký trước?": the plans' days, in order.
      '(ban hanh|ky|ra) (som nhat|truoc|sau cung|muon nhat|gan day nhat|moi nhat|dau tien|cuoi cung|som hon|muon hon)',
      'ky ngay',
      // "ký hôm nào thế?", "ký khi nào?": the day it was signed.
      'ky (vao )?(hom|khi|nam) (nao|may|bao nhieu)',
      '(ai|nguoi) ky',
      'ky ke hoach',
      // "Chủ tịch UBND tỉnh trực tiếp ký KH 91 phải không?": the plan by its number, signed.
      'ky (kh|ke hoach) … (dung|phai) (khong|ko|k|chu)',
      // "KH 230 … là kế hoạch thực hiện Kết luận 92-KL/TW phải không?": what the plan carries out, put forward.
      '(ke hoach|kh) … (thuc hien|trien khai|cu the hoa) (nghi quyet|ket luan|chi thi|nq|kl) … (dung|phai) (khong|ko|k|chu)',
      // "… là chủ tịch tỉnh ký hay phó chủ tịch ký?": who signed, by the title.
      '(chu tich|pho chu tich) … ky (hay|khong|ko|a|ha|\\?)',
      // "KH 68 là chủ tịch tỉnh ký đúng không?": the signer's title put forward.
      // ("… là chủ tịch tỉnh ký trực tiếp, đúng ko?", "… Phó Chủ tịch ký thay Chủ tịch phải không?": how it
      // was signed.)
      '(ke hoach|kh) … (chu tich|pho chu tich|pct) … ky … (dung|phai) (khong|ko|k)',
      // "Ông Đỗ Minh Tuấn ký KH 68 với chức danh gì?", "… ký với cương vị chủ tịch hay phó chủ tịch?"
      'ky … (cuong vi|chuc danh|chuc vu|tu cach)',
      // "KH 10 Đà Nẵng do ông Lê Trung Chinh ký đúng không?": a signer put forward by name.
      // (or by the title before the name: "… do PCT Tống Thanh Hải ký à?")
      '(ke hoach|kh) … do (ong|ba|chu tich|pho chu tich|pct|ct) … ky',
      // "KH 767 … ban hành ngày 13/3/2021 đúng không?", "… ban hành năm 2022 phải không?": the plan's own day
      // (or year) put forward.
      '(ke hoach|kh) … (ban hanh|ky|ban hanh vao|ky vao) (ngay|nam|thang) … (dung khong|phai khong|dung ko|phai ko|dung k|phai k|dung chu|ha|ho)',
      'can cu',
      'theo (ket luan|nghi quyet|quyet dinh|chuong trinh)',
      // ("Báo chí … tuyên truyền về Kết luận 92 thì sở nào chỉ đạo?" asks a body, not a document; "Kế hoạch
      // triển khai Kết luận 92 … có đề nghị gì với Mặt trận?" asks what the plan asks of it.)
      '(nghi quyet|ket luan|quyet dinh|cong van|van ban|to trinh|chuong trinh hanh dong) … (nao(?<!(?:so|co quan|don vi|nganh|ben) nao)|so may|so bao nhieu|gi(?<!(?:de nghi|giao|lam|yeu cau|phai|can|duoc) gi))',
      // "… thực hiện quyết định mấy của Thủ tướng?": the number asked right after the kind ("lần thứ mấy" is not).
      '(nghi quyet|ket luan|quyet dinh|cong van|to trinh) may',
      // "KH của Tỉnh ủy số mấy?", "kế hoạch của Tỉnh ủy đó là số nào?" (not "việc quán triệt KH của Tỉnh ủy …
      // thì hạn là năm nào?", a duty's deadline).
      '(ke hoach|kh) cua (tinh uy|thanh uy) (do |nay |ay )?(la |co )?(so may|so bao nhieu|so nao|nao|gi|so hieu)',
      // "Kế hoạch phát triển nhà ở … là kế hoạch số mấy?", "Chương trình việc làm … là chương trình số mấy?" (not
      // "số nào", which folds as "sở nào"):
      // a document named by its subject, its number asked.
      '(ke hoach|kh|chuong trinh|de an) … la so (may|bao nhieu)',
      'la (ke hoach|kh|chuong trinh|de an|quyet dinh) so (may|bao nhieu)',
      'trien khai nghi quyet',
      'to trinh',
      'so hieu',
      'ten (ke hoach|kh|cua ke hoach)',
      'trich yeu',
      // ("Chiến lược … giai đoạn 2021-2030, tầm nhìn 2045 … ai chủ trì?": right after a period, the vision is part
      // of a document's title, as Vietnamese strategies and programmes are named, not the plan's horizon asked.)
      'tam(?<!\\d{4} tam) nhin',
      'giai doan nao',
    ],
  ],
  [
    'assignments',
    [
      // "giao" folded is also the "giáo" of "giáo dục" ("trẻ khuyết tật được tiếp cận giáo dục – chỉ tiêu …"), and
      // the first syllable of "giao thông", "giao lưu", "giao dịch", "giao tiếp": none of them assigns anything.
      '(duoc giao|giao cho|giao(?! duc| thong| luu| dich| tiep)) … (chi tieu|nhiem vu|viec|lam gi)',
      // "Chi nhánh NHCSXH được giao thực hiện kế hoạch gì?": the work given named by its kind.
      '(duoc giao|duoc phan cong) (thuc hien |trien khai )?(nhung |cac )?(ke hoach|de an|chuong trinh|noi dung|hoat dong|cong tac) (gi|nao)',
      // "Công an thành phố được phân công nhiệm vụ gì?": assigned is given.
      '(duoc phan cong|phan cong cho|phan cong) … (nhiem vu|viec|lam) (gi|nao|nhung gi)',
      '(giao(?! duc| thong| luu| dich| tiep)|co) … trach nhiem (gi|nao|nhung gi)',
      'lam (gi|nhung gi)',
      // "Sở TT&TT hỗ trợ gì cho hộ nghèo?": what a body does, by the verb of the duty.
      '(ho tro|trien khai|huong dan|tuyen truyen) (gi|nhung gi|nhung viec gi)',
      '(ho tro|trien khai|huong dan|tuyen truyen) (ve )?(noi dung|nhung noi dung|van de) (gi|nao)',
      'lam (nhung|cac) (viec|nhiem vu|cong viec) (gi|nao)',
      // "Sở NN&PTNT lo việc gì?": the everyday verb of a body's part.
      '(lo|phu trach) (viec|nhung viec|cong viec) (gi|nao)',
      'chu tri (nhung gi|nhung cai gi|cai gi)',
      'chu tri (nhiem vu|chi tieu|viec) nao',
      // "Sở VH-TT&DL chủ trì nội dung gì?", "… chủ trì những đề án nào?"
      'chu tri (nhung |cac )?(noi dung|linh vuc|de an|chuong trinh|chinh sach) (gi|nao)',
      'chu tri (nhung|cac) (nhiem vu|chi tieu|viec) nao',
      // "… giao sở mình chủ trì tham mưu những chính sách gì?": the kind of work after a verb of its own.
      'chu tri … (nhung|cac) (noi dung|linh vuc|de an|chuong trinh|chinh sach) (gi|nao)',
      // "Cục Thống kê chủ trì theo dõi, đánh giá những chỉ tiêu nào?": however far from its verb.
      'chu tri … (nhung|cac) (nhiem vu|chi tieu|viec) (nao|gi)',
      'co (nhiem vu|nhung nhiem vu) gi',
      // "Sở Ngoại vụ có vai trò gì trong KH 230?": a body's part in the plan.
      'vai tro (gi|nhu the nao|ra sao) (trong|doi voi|voi) (kh|ke hoach)',
      // "… giữ vai trò gì trong tổ chức thực hiện KH 68?" ("… vai trò gì với chỉ tiêu …" asks its role there).
      '(giu|dong|co|dam nhan|dam nhiem) vai tro (gi|nhu the nao|ra sao) (trong|doi voi|voi) (to chuc thuc hien|trien khai|thuc hien) (kh|ke hoach)',
      'phu trach (gi|viec gi|nhiem vu nao|chi tieu nao)',
      'phu trach (nhung|cac) (gi|viec gi|nhiem vu nao|chi tieu nao)',
      'chiu trach nhiem (ve )?(gi|viec gi|nhung gi|nhiem vu nao|chi tieu nao)',
      'chiu trach nhiem (nhung|cac) (viec|nhiem vu|chi tieu) (gi|nao)',
      'nhiem vu (cua|nao)',
      'giao (gi|nhung gi|nhung viec gi|viec gi|nhiem vu gi|nhung nhiem vu nao)',
      // "Kế hoạch có đề nghị gì với Mặt trận …?": what the plan asks of a body it does not command.
      '(de nghi|yeu cau) (gi|nhung gi|dieu gi) (voi|doi voi|cho)',
      'chu tri (nhiem vu|viec|nhung viec|nhung nhiem vu|cac nhiem vu) gi',
      // "Công an tỉnh tham gia việc gì?", "Sở Nông nghiệp chủ trì chỉ tiêu và nhiệm vụ gì?", "Sở Y tế thực hiện
      // các chỉ tiêu nào?", "Cục Thống kê theo dõi những chỉ tiêu nào?": a body's part, by any verb of doing.
      '(tham gia|phoi hop) (vao )?(nhung |cac )?(viec|nhiem vu|cong viec|hoat dong|noi dung) (gi|nao)',
      '(chu tri|thuc hien|theo doi|dam nhan|dam nhiem) (nhung |cac )?(chi tieu|muc tieu|nhiem vu|viec) … (gi|nao)',
    ],
  ],
  [
    'agency',
    [
      '(so|co quan|don vi|ben|nganh|ai) nao',
      // "… báo cáo lên cơ quan Đảng nào?": which body, of a kind named between.
      '(co quan|don vi) (dang|nha nuoc|cap tren|cap tinh|trung uong) nao',
      'do ai',
      'ai (chu tri|phu trach|lam|thuc hien|chiu trach nhiem|dam nhiem|dam nhan|theo doi|lo)',
      // "ai đôn đốc tiến độ các chỉ tiêu …?", "ai kiểm tra, giám sát …?": who, by the verbs of overseeing ("ai tổng
      // hợp …" is the reporting duties' question).
      'ai (don doc|giam sat|kiem tra|huong dan|tham muu|dieu phoi|quan ly)',
      // "ai cụ thể hóa …?", "ai xây dựng …?", "… đôn đốc tiến độ … là ai?": who, by a verb of carrying a duty out.
      'ai (cu the hoa|xay dung|to chuc|trien khai|de xuat|ra soat|tuyen truyen)',
      'la ai',
      'giao cho (so|co quan|don vi) nao',
      '(co quan|don vi|so) (chu tri|phu trach|chiu trach nhiem)',
      // "Cơ quan thường trực kế hoạch 230": who runs the plan.
      '(co quan|don vi) (thuong truc|dau moi)',
      // "… có cơ quan phối hợp nào?", "phối hợp với ai?": who takes part asks for bodies too.
      '(co quan|don vi|cac co quan|cac don vi) phoi hop',
      'phoi hop (voi )?(ai|nhung ai)',
    ],
  ],
  [
    'deadline',
    [
      'khi nao',
      'bao gio',
      'thoi han',
      'han chot',
      'han (nop|bao cao)',
      // "Đồng Nai thì hạn mấy?": a deadline's day, as "hạn ngày nào" asks it.
      'han (la ngay may|ngay may|la may|may)',
      // "… có mốc báo cáo ngày 30/11 hằng năm?": the report's day.
      'moc (nop|bao cao)',
      'truoc ngay',
      // "… trước tháng mấy hằng năm?", "vào quý nào?": a time of the year asked.
      '(truoc|vao|den|trong) (thang|quy) (nao|may)',
      '(den|vao|trong) nam nao',
      'nam nao',
      // "miễn học phí từ năm học nào?": the school year a measure starts.
      '(tu|vao|den) nam hoc nao',
      'tu ngay nao',
      'ngay nao',
      'thoi gian (thuc hien|nao)',
      'bao lau',
    ],
  ],
  [
    'list',
    [
      '(nhung|cac) chi tieu (nao|gi)',
      'cac chi tieu',
      'liet ke',
      'danh sach',
      'tat ca (chi tieu|cac chi tieu)',
    ],
  ],
];

/**
 * Cues of a question about every province ("so sánh … các tỉnh", "tỉnh nào cao nhất"): the chat's default
 * province does not narrow it.
 */
export const ALL_PROVINCES_CUES: readonly string[] = [
  'so sanh',
  '(cac|nhung|moi|tung|may|5) (tinh|dia phuong)',
  // "năm tỉnh" is five provinces, but "mỗi năm tỉnh giải quyết …" is a year, then the province.
  'nam(?<!(?:moi|hang|trong|cua|nay|cac)\\snam) (tinh|dia phuong)',
  // ("tỉnh/thành nào", "thành phố nào": a province or a city, whichever the plan's is.)
  '(tinh|dia phuong|tinh thanh|thanh pho) nao',
  'giua cac',
  'ca nuoc',
];

/** Cues of a question about the plan itself (who signed, what it implements), never a comparison. */
export const PLAN_FACT_CUES: readonly string[] = ['ky', 'ban hanh', 'can cu'];

/** Phrases (folded) that say how to ask, not what about: left out of retrieval and of the coverage check. */
export const QUESTION_PHRASES: ReadonlyArray<string> = [
  // "TW giao bao nhiêu, tỉnh đặt bao nhiêu": who sets the figure is read from the table's columns.
  'tw giao',
  // "(chỉ tiêu) riêng của tỉnh": the province's own column, not a word of the topic.
  'chi tieu rieng cua tinh',
  'chi tieu rieng',
  'rieng cua tinh',
  // "thành thị với nông thôn có khác nhau không": a comparison asked, not a topic.
  'co khac nhau',
  'khac nhau',
  // "… dược sỹ và điều dưỡng viên … bao nhiêu mỗi loại?": each of the things asked.
  'moi loai',
  'tung loai',
  // "… ở thành thị và ở nông thôn lần lượt là bao nhiêu?": "respectively", how the figures are to be given.
  'lan luot',
  'so voi',
  // "Quảng Ninh cam kết giảm … bao nhiêu?": how a target is asked for, as "đặt mục tiêu" is.
  'cam ket',
  // "xã có bắt buộc phải có đài truyền thanh không?": "must", how a duty or target is asked of; "BHXH bắt buộc"
  // (compulsory insurance) is a topic and stays.
  'bat buoc phai',
  // "Nghe nói QN … phải không?", "Em đọc thấy …": where the asker heard the claim, no part of it.
  'nghe noi',
  'nghe bao',
  'nghe don',
  'doc thay',
  // "mình thấy KH ghi … ở hai chỗ, bao nhiêu ở mỗi chỗ?": how the asker read the plan, and where in it; what
  // is asked is the rest. (Not "con số": typed plain it is also "còn Sở …".)
  'minh thay',
  'toi thay',
  'em thay',
  'o hai cho',
  'o moi cho',
  // "Thanh Hóa và Đà Nẵng, nơi nào đặt mục tiêu … cao hơn?": which place, and the comparison asked.
  'noi nao',
  'cao hon',
  'thap hon',
  'nhieu hon',
  'it hon',
  // How officials point at the plan's structure: "trong phụ lục I", "cơ quan theo dõi, đánh giá".
  'theo doi danh gia',
  'theo doi , danh gia',
  // The numbered annexes before the bare word, so no "i" is left behind as a topic.
  'phu luc ii',
  'phu luc i',
  'phu luc 1',
  'phu luc 2',
  'trong phu luc',
  'phan cong nhiem vu',
  // "những sở nào được ghi tên phối hợp?", "chỉ tiêu nào được nêu trong KH?": where the plan writes it, not what.
  'duoc ghi ten',
  'duoc neu ten',
  'ghi ten',
  'neu ten',
  'duoc ghi',
  'duoc neu',
  'co ghi',
  'co neu',
  'thoi gian thuc hien',
  'moi khu vuc',
  'nhung viec gi',
  'viec gi',
  'qua dau',
  've dau',
  'gui ai',
  'trung uong giao',
  // The issuer before "tỉnh đặt / giao": "KH 91 của UBND tỉnh đặt mục tiêu …" leaves no "ubnd" behind.
  'ubnd tinh',
  'ubnd thanh pho',
  'uy ban nhan dan',
  'tinh dat',
  'tinh giao',
  'bao nhieu phan tram',
  'bao nhieu',
  // Typed in haste: "bao nhiu".
  'bao nhiu',
  'phan tram',
  'la gi',
  'la bao nhieu',
  'nhu the nao',
  'the nao',
  'ra sao',
  // "(tỉnh) tự đặt / tự đề ra chỉ tiêu …": the province setting its own figure; "tự" is no word of the topic
  // (it is "tự nguyện"'s first syllable).
  'tu dat muc tieu',
  'tu dat chi tieu',
  'tu dat ra',
  'tu de ra',
  // "(tỉnh) đặt mục tiêu / chỉ tiêu …": how a target is set, not what it is about.
  'dat muc tieu',
  'dat chi tieu',
  'muc tieu',
  'chi tieu',
  'ke hoach',
  'phan dau',
  // "… được kỳ vọng / dự kiến / mong muốn tăng …", "đặt mốc (thời gian) nào": the same, in everyday words.
  'ky vong',
  'du kien',
  'mong muon',
  'moc thoi gian',
  'dat moc',
  'dat ra',
  'de ra',
  'dua ra',
  'den nam',
  'vao nam',
  'nam nao',
  'muc nao',
  'duoc khong',
  'co khong',
  'cho minh',
  'cho toi',
  'xin hoi',
  'vay a',
  'theo ke hoach',
  // "kế hoạch nói chi trả qua kênh nào": what the plan says is what every question asks.
  'ke hoach noi',
  'kh noi',
  // "cao hơn (so với) giai đoạn trước": the baseline a change is measured from, as the plans write it by its
  // years ("so với giai đoạn 2016 - 2020").
  'so voi giai doan truoc',
  'giai doan truoc',
  'giai doan',
  'tinh minh',
  'tinh nha',
  'thanh pho',
  // "cơ quan nào làm?": the everyday verb of who does it, asked with the body ("làm" is no synonym of
  // "chủ trì": "việc làm", "đi làm" are what questions are about).
  // "vay vốn qua đơn vị nào": the preposition goes with the question word it governs.
  'qua don vi nao',
  'qua co quan nao',
  'qua so nao',
  // "đơn vị nào trực tiếp tham mưu …?": how directly is how the question asks, not what about.
  'so nao truc tiep',
  'co quan nao truc tiep',
  'don vi nao truc tiep',
  'ai truc tiep',
  // "sở nào tham mưu?": who drafts for the UBND, the lead of the duty.
  'so nao tham muu',
  'ai tham muu',
  'co quan nao tham muu',
  // "còn cơ quan nào cùng chủ trì?": co-leads asked, no subject.
  'cung chu tri',
  'so nao lam',
  'co quan nao lam',
  'don vi nao lam',
  'nganh nao lam',
  'so nao',
  'co quan nao',
  'don vi nao',
  'ai lam',
  'lam khi nao',
  'khi nao',
  'bao gio',
  'tu ngay nao',
  'toi ngay nao',
  'den ngay nao',
  'ngay nao',
  'ban hanh',
  'trien khai',
  'thuc hien',
  'chu tri',
  'phu trach',
  // "… do ai theo dõi?": who follows a target up is its lead, as the annex's column says (only right after the
  // who-words: "theo dõi, đôn đốc …" is also a duty's own words).
  'do ai theo doi',
  'ai theo doi',
  'co quan nao theo doi',
  'so nao theo doi',
  'don vi nao theo doi',
  'nhiem vu nao',
  'dat bao nhieu',
  'so sanh',
  'cac tinh',
  'tinh nao',
  'giua cac tinh',
  'nhung tinh',
  'cao nhat',
  'thap nhat',
  'chiu trach nhiem',
  'nhiem vu ve',
  'cac nhiem vu ve',
  'linh vuc',
  'dat muc',
  // How a figure is bounded in the question ("giảm còn dưới bao nhiêu"): the comparator, not the topic.
  'giam con duoi',
  'giam xuong duoi',
  'giam xuong con',
  'giam xuong',
  'giam con',
  'con duoi',
  'xuong duoi',
  'xuong con',
  // "số hộ nghèo chỉ còn lại bao nhiêu": what is left, as "còn dưới" bounds it.
  'chi con lai',
  'con lai',
  'tang len',
  // How people speak of who does what and for whom: "sở nào lo chuyện nước sạch cho bà con nông thôn?".
  'lo chuyen',
  'lo viec',
  'ba con',
  // "… thiếu nước sinh hoạt, sở nào lo việc này?": what the asker told points back, no subject of its own.
  'viec nay',
  'van de nay',
  'chuyen nay',
];

/** "Trong KH 91 …, Sở LĐTBXH giữ vai trò gì?": a body's part in the plan, asked with nothing after it. */
// (Also "… giữ vai trò gì trong (việc) triển khai / thực hiện KH 91/KH-UBND?": the plan itself, named after.)
export const ROLE_IN_PLAN =
  /\b(?:giu|dong|co|dam nhan|dam nhiem|duoc giao|giao) vai tro (?:gi|nhu the nao|ra sao)(?: (?:trong|doi voi) (?:viec )?(?:trien khai|thuc hien|to chuc thuc hien) (?:(?:ke hoach|kh)(?: (?:so )?[0-9][^\s?.!]*)?(?: (?:nay|do|cua [a-z ]+))?))?(?: (?:a|vay|nhi|the|ha))?\s*[?.!]*\s*$/;

// "bao nhiêu", "mấy phần trăm", "mấy %", "bn": the words that ask for a figure, folded.
const FIGURE_ASKED = /\b(?:bao nhieu|may phan tram|bn)\b|\bmay ?%/g;
/** How many figures a (folded) question asks for: "bao nhiêu … và bao nhiêu …" asks two. */
export const figuresAsked = (folded: string): number => folded.match(FIGURE_ASKED)?.length ?? 0;

/** A who-question's asking words, folded: "cơ quan nào", "sở nào", "bên nào", "ai" (one per clause asked). */
export const WHO_WORDS = '(?:(?:co quan|so|don vi|nganh|to chuc|ben) nao|ai)';
const WHO_ASKED = new RegExp(`\\b${WHO_WORDS}\\b`, 'g');
/** How many times a (folded) question asks who. */
export const whoAsked = (folded: string): number => folded.match(WHO_ASKED)?.length ?? 0;
/** The (folded) question without its asking words. */
export const withoutWhoWords = (folded: string): string => folded.replace(WHO_ASKED, ' ');
/** Each who-word of a (folded) question, with where it stands. */
export const whoWordsIn = (folded: string) => [...folded.matchAll(WHO_ASKED)];

// "chủ trì (thực hiện) kế hoạch …", "cơ quan thường trực của KH …": the plan itself is what is run.
export const RUNS_THE_PLAN =
  /\b(?:chu tri|thuong truc|dau moi)(?: (?:thuc hien|trien khai|to chuc thuc hien|lo|phu trach|theo doi))? (?:ke hoach|kh)\b/;

/** Single syllables (folded) that only say how to ask; words that also carry content stay in. */
export const QUESTION_WORDS = new Set(
  (
    'bn may gi nao sao vay a ah nhe minh toi xin hoi oi ko khong ta ha u muon phai cho dat den con ai giua thi ' +
    // "kéo tỷ lệ … xuống dưới mức nào": a spoken verb of change; the plans write "hạ", "giảm".
    'keo ' +
    // "cho em hỏi, việc đưa nước sạch về … thì sở nào lo chính?": how people speak, not what they ask about.
    'em dua lo chinh ' +
    // "cho khoảng bao nhiêu người": a hedge on the figure asked ("khoảng cách" stays: a phrase of the plans).
    'khoang ' +
    // "Sở X khi tuyên truyền … thì phối hợp với ai?": "khi" (when) sets the scene; "khí hậu" stays a phrase.
    'khi ' +
    // "kế hoạch hứa bao nhiêu …?": what the plan promises is its target.
    'hua ' +
    // "… chiếm bao nhiêu trong tổng số lao động?": a share asked, as "tỷ lệ" asks it.
    'chiem ' +
    // "… giảm bao nhiêu so với năm 2020 nhỉ?": "nhỉ" asks for agreement ("Sản Nhi" is a phrase: it stays).
    // "… còn bao nhiêu % thôi?": "thôi" (only) weighs the figure ("thời gian", "kịp thời" are phrases).
    'nhi thoi ' +
    // "cái chỉ tiêu nhà ở đó sở nào lo?": "cái" (a classifier) points, it names nothing ("cai nghiện" is spelled
    // otherwise, or joined as a phrase).
    'cai ' +
    // "… sẽ được cấp …": "sẽ" (will) tells the time of the verb, nothing of the subject ("chia sẻ" is spelled
    // otherwise, or joined as a phrase).
    'se ' +
    // "… còn phải làm gì nữa?": more of the same, asked ("nửa", half, is spelled otherwise).
    'nua ' +
    // "ai lo vụ nhà ở?": "vụ" (a matter), the everyday "việc"; "dịch vụ", "nhiệm vụ" stay phrases.
    'vu ' +
    // Function words: frequent in every plan, they only join the words that matter.
    'cua o tai trong theo ve va hay hoac ma nhung cac mot la co duoc voi tinh nay'
  ).split(' '),
);

/**
 * How a question word is spelled with its diacritics, for the question words whose folded form is also a
 * content word: "ma" is "mà" here, but "ma túy" is not; "vay" is "vậy", but "vay vốn" is not; "o" is "ở",
 * but "ô tô" is not. A question written with diacritics drops the word only when it is spelled so.
 */
export const QUESTION_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    ma: ['mà'],
    khi: ['khi'],
    hua: ['hứa'],
    nhi: ['nhỉ'],
    thoi: ['thôi'],
    nua: ['nữa'],
    vu: ['vụ'],
    may: ['mấy'],
    vay: ['vậy'],
    cai: ['cái'],
    se: ['sẽ'],
    con: ['còn'],
    dat: ['đạt', 'đặt'],
    tai: ['tại'],
    hoi: ['hỏi'],
    toi: ['tôi', 'tới'],
    den: ['đến'],
    ve: ['về'],
    co: ['có'],
    la: ['là'],
    o: ['ở'],
    mot: ['một'],
    thi: ['thì'],
    tinh: ['tỉnh'],
    phai: ['phải'],
    minh: ['mình'],
    keo: ['kéo'],
    giua: ['giữa'],
    cua: ['của'],
    duoc: ['được'],
    voi: ['với'],
    muon: ['muốn'],
    nao: ['nào'],
    nhung: ['những', 'nhưng'],
    cac: ['các'],
    ha: ['hả'],
    u: ['ư'],
    oi: ['ơi'],
    em: ['em'],
    dua: ['đưa'],
    lo: ['lo'],
    chinh: ['chính'],
    khoang: ['khoảng'],
    // "y tá", "chợ đầu mối": content words, not "ta", "cho".
    ta: ['ta'],
    cho: ['cho'],
  }),
);

/**
 * Small talk: a message made only of these phrases (and of `SMALL_TALK_FILLERS`) gets a short friendly
 * reply, not a search: "cảm ơn bot nhé", "👋 chào bot", "ok".
 */
export const SMALL_TALK: Readonly<Record<'thanks' | 'greeting' | 'ack', readonly string[]>> = {
  thanks: [
    'cam on',
    'cam on nhieu',
    'thank',
    'thanks',
    'thank you',
    'tks',
    'thanks you',
    'cam on nha',
    'camon',
    'cmon',
  ],
  greeting: ['chao', 'xin chao', 'hi', 'hello', 'helo', 'alo', 'a lo', 'hey'],
  ack: [
    'ok',
    'oke',
    'okay',
    'okie',
    'uh',
    'u',
    'um',
    'vang',
    'da',
    'duoc roi',
    'hieu roi',
    'tot',
    'hay',
    'hay qua',
    'tuyet',
    'good',
    'great',
    'nice',
  ],
};

/** Words that may stand around small talk without making it a question: "cảm ơn bot nhiều nhé". */
export const SMALL_TALK_FILLERS = new Set(
  'bot ban nhe nha nhen a ah ak oi nhieu lam qua minh em anh chi ad admin cam ket'.split(' '),
);

/**
 * English words that Vietnamese, even without diacritics, does not write: two of them in a question with
 * no Vietnamese letters make it an English question ("What is the health insurance target of Quang Ninh?").
 */
export const ENGLISH_WORDS = new Set(
  (
    'what which who whom whose when where why how is are was does did of for with about please ' +
    'target targets rate coverage insurance health poverty plan plans agency deadline responsible ' +
    'province provinces percent number many much tell show give'
  ).split(' '),
);

/**
 * A question about the plan's reporting duties: who reports to whom, through whom, by when. "Các sở gặp vướng
 * mắc thì báo cáo qua đâu?", "Báo cáo kết quả gửi ai?", "phải báo cáo về đâu?".
 */
export const REPORTING_CUES: ReadonlyArray<string> = [
  // ("… báo cáo lên cấp ủy nào?": the Party committee reported to.)
  'bao cao … (qua|cho|ve|len|gui) (nhung )?(dau|ai|co quan nao|so nao|noi nao|bo nao|cap nao|cap uy nao)',
  // "… được báo cáo lên cơ quan Đảng nào?": which body, of a kind named between.
  'bao cao … (qua|cho|ve|len|gui|toi) (co quan|cap) (dang|nha nuoc|cap tren|trung uong) nao',
  // "… báo cáo kết quả kiểm tra, giám sát an sinh xã hội cho những ai?": the report's object may be long.
  'bao cao (ket qua|tinh hinh) … (qua|cho|ve|len|gui|toi) (nhung )?(dau|ai|co quan nao|so nao|noi nao|bo nao|cap nao)',
  // "… báo cáo kết quả kiểm tra, giám sát chính sách an sinh xã hội lên bộ nào?": however far from its verb.
  'len (bo|cap) nao',
  'bao cao (ai|co quan nao|so nao)',
  'bao cao (nhung|cac) (co quan|cap|don vi|noi) nao',
  '(qua|gui|ve) (dau|ai|co quan nao) … bao cao',
  '(co quan|so|don vi) nao (tong hop|nhan) … bao cao',
  // "Ngoài UBND tỉnh, cơ quan trung ương nào nhận báo cáo …?": who receives the reports.
  '(ai|nao) nhan bao cao',
  'bao cao … (dinh ky|hang nam|hang quy|6 thang) … (ai|dau|nao)',
  '(ai|nhung ai|co quan nao|so nao|don vi nao) … bao cao (ket qua|tinh hinh)',
  // "nộp báo cáo … trực tiếp cho UBND tỉnh hay qua cơ quan nào?", "báo cáo thế nào?", "báo cáo lên những cơ quan nào?"
  '(nop|gui) bao cao',
  'bao cao ((dinh ky|hang nam|ket qua|tinh hinh) )?(the nao|ra sao|nhu the nao)',
  '(hay|truc tiep) qua (co quan|so|don vi|dau) nao',
  '(len|cho|ve|toi) (nhung|cac) (co quan|cap|don vi) nao',
  // "… báo cáo kết quả thực hiện chỉ tiêu của KH 230 về đâu, qua cơ quan nào?": where to and through whom.
  '(ve|gui|nop|len) dau … qua (co quan|so|don vi|dau) nao',
  // "… cơ quan tổng hợp, báo cáo là ai?", "ai tổng hợp báo cáo …?": who compiles the reports.
  '(ai|co quan nao|so nao|don vi nao) tong hop … bao cao',
  'co quan tong hop … bao cao … (la ai|nao)',
  // "Sở GD&ĐT có phải báo cáo không?", "UBND huyện phải báo cáo gì?": a body's reporting duty, asked of it.
  '(co phai|phai) bao cao (khong|gi|ko|k|nhung gi|ket qua)',
  // "… báo cáo thẳng lên Tỉnh ủy đúng không?", "huyện gửi báo cáo về Bộ phải không?": a claim of where reports go.
  // (Not "Sở X báo cáo UBND tỉnh cân đối vốn … phải không?": a duty's claim, "báo cáo" there is to propose.)
  // "… có yêu cầu báo cáo … theo quý không?", "… báo cáo hằng tháng à?": a report's rhythm put forward.
  'bao cao … (theo|hang|moi) (quy|thang|nam|6 thang|sau thang) … (khong|ko|k|a|ha)',
  // "Đồng Nai hạn các sở báo cáo kết quả chỉ tiêu KH 230 là 30/11 hả?": a report's day put forward.
  '(han|thoi han) … bao cao … (ha|ho|a|dung (khong|ko|k)|phai (khong|ko|k))',
  // "… tổng hợp báo cáo UBND thành phố 6 tháng một lần hả?"
  'bao cao … (6 thang|sau thang|quy|nam) (mot lan|1 lan)',
  // "bc mấy lần 1 năm?", "báo cáo bao nhiêu lần mỗi năm?": how often reports are due.
  'bao cao … (may|bao nhieu) lan',
  'bao cao … (len|ve|cho|toi) (bo|so|ubnd|uy ban|tinh uy|thanh uy|thuong truc|ban thuong vu|hdnd|chu tich|cap|trung uong) … (dung|phai) (khong|ko|k)',
  // "… tham mưu UBND tỉnh báo cáo HĐND tỉnh kết quả thực hiện, đúng không?": a body above the province, named
  // right after the verb.
  '(bao cao|bao cao thang|bao cao truc tiep) (tinh uy|thanh uy|thuong truc|ban thuong vu|hdnd|hoi dong nhan dan) … (dung|phai) (khong|ko|k)',
  // "… báo cáo UBND tỉnh thông qua Sở Nội vụ không?": the body reports are said to go through.
  'bao cao … (qua|thong qua) (so|ban|co quan|phong) … (khong|ko|k|a|ha)',
  // (however far from its verb: "… báo cáo kết quả đánh giá chính sách an sinh xã hội lên Bộ Y tế đúng không?")
  'len (bo|tinh uy|thanh uy|thuong truc|ubnd|hdnd|chu tich) … (dung|phai) (khong|ko|k)',
  // "sld LC bc bo?", "Sở LĐTBXH báo cáo Bộ nào": a report to a ministry.
  'bao cao (bo|len bo|ve bo|cho bo)',
  // "KH 230 có yêu cầu báo cáo Bộ LĐTBXH không?": whether reports go to a body above the province.
  '(co|co yeu cau|co phai) bao cao (bo|tinh uy|thanh uy|thuong truc|ban thuong vu|hdnd|trung uong) … (khong|ko|k)',
  '(co|co yeu cau|co phai) bao cao (len|ve|cho|toi) (bo|tinh uy|thanh uy|thuong truc|ban thuong vu|hdnd|trung uong) … (khong|ko|k)',
  '(co|co yeu cau|co phai) bao cao (ket qua|tinh hinh) (len|ve|cho|toi) (bo|tinh uy|thanh uy|thuong truc|ban thuong vu|hdnd|trung uong) … (khong|ko|k)',
];

/**
 * A question about who holds a duty today, after the 2025 reorganisation: "… giờ ai làm?", "Sở LĐTBXH có còn
 * không?", "hiện nay sở nào phụ trách?". Only then does an answer add today's holder, whose legal sources are
 * not the plan's.
 */
export const TODAY_CUES: ReadonlyArray<string> = [
  'hien nay',
  'hien tai',
  'bay gio',
  'gio (ai|so nao|co quan nao|thuoc)',
  'nay (ai|so nao|co quan nao|thuoc|la)',
  '(con|van con) (khong|ko|ton tai|hoat dong)',
  'sau (sap nhap|sap xep|hop nhat|tinh gon)',
  '(sap nhap|sap xep|hop nhat|giai the)',
  'ai (lam|phu trach|chu tri) … (hien nay|bay gio|gio)',
];

/** A question that asks which document: "… theo quyết định nào?", "… là nghị quyết số mấy?", "văn bản nào". */
export const DOCUMENT_CUES: ReadonlyArray<string> = [
  '(quyet dinh|nghi quyet|ket luan|ke hoach|kh|chuong trinh|de an|van ban|cong van|chi thi|nghi dinh|thong tu|luat|to trinh) (nao|so may|so bao nhieu|gi)',
  '(quyet dinh|nghi quyet|ket luan|ke hoach|chuong trinh|de an|van ban|cong van|chi thi|nghi dinh|thong tu|luat|to trinh) … (so may|so bao nhieu|so hieu)',
  '(de an|chuong trinh|chien luoc) … giai doan nao',
  '(de an|chuong trinh|chien luoc) … den nam nao',
  'theo (van ban|quyet dinh|nghi quyet|ket luan) nao',
  // "… được thông qua bằng nghị quyết HĐND nào?": the kind, its issuer, then the question word.
  '(quyet dinh|nghi quyet|ket luan|ke hoach|chuong trinh|de an|cong van|chi thi|nghi dinh|thong tu) (cua )?(hdnd|ubnd|tinh uy|thanh uy|chinh phu|thu tuong|bo chinh tri|trung uong|tw) (nao|so may|so bao nhieu|gi)',
];

/**
 * A cited document's kind as a question writes it before its number, folded: "NQ 34/2021" (read as "nghị
 * quyết"), "QĐ số 1983/…"; as a regular-expression alternation.
 */
export const DOCUMENT_KIND_WORDS =
  'nghi quyet|quyet dinh|ket luan|cong van|ke hoach|chi thi|thong tu|nghi dinh|to trinh|chuong trinh|nq|qd|cv|nd|tt|ct|kl|kh';

/**
 * A claim closed by its tag, folded: "… phải không?", "… đúng không?", "… đúng chứ?", "… có chính xác không?" (not
 * "có phải báo cáo … không?": must).
 */
export const CLAIM_TAG = /\b(?:dung|phai|chinh xac) (?:khong|ko|k|chu)\b/;

/**
 * A claim put to the plan, folded: "… đúng không?", "có phải … không?", "… phải không?", "… đúng chứ?", "có đúng
 * là …", "… có chính xác không?".
 */
// ("… là 90% hay bao nhiêu?": a figure put forward, the other answer left open.)
export const PUTS_FORWARD =
  /\d(?:[.,]?\d)*\s*%?\s+hay (?:la )?(?:bao nhieu|may|(?:con )?so khac)\b|\b(?:dung|phai)(?: \S+){0,4} (?:khong|ko|k)\b|\b(?:co )?chinh xac (?:khong|ko|k)\b|\b(?:dung|phai) chu\b|\bco phai\b|\bco dung (?:la|khong)\b|^(?:\S+ ){0,4}?co dung (?!han|hen|quy|muc dich|doi tuong|nhu)\S/;

/**
 * A claim closed by a particle that asks to have it confirmed, as typed: "… là 65 giường hả?", "… của BTV Tỉnh
 * ủy à?" — not "ạ" (politeness), nor "ha" after a number or "bao nhiêu" (hectares).
 */
const CLAIM_PARTICLE = /(?<![\p{L}\d])(?:hả|hở|à|ha)\s*[?!.]*\s*$/iu;
// (A number of a date, "… ngày 17/01/2021 ha?", counts no hectares; nor does "hả" typed with its mark.)
// (Nor a year: "… vào năm 2030 ha?".)
const HECTARES = /(?:(?<![\d/])(?<!\bnam )\d+|\bnhieu)\s*ha\s*\W*$/;
const PLAIN_HA = /ha\s*\W*$/i;

/** Whether a claim is closed by a particle asking to confirm it ("… à?", "… hả?"; see `CLAIM_PARTICLE`). */
export const closedByParticle = (q: { raw: string; folded: string }) =>
  (CLAIM_PARTICLE.test(q.raw.trim()) && !(HECTARES.test(q.folded) && PLAIN_HA.test(q.raw.trim()))) ||
  (PLAIN_A.test(q.raw.trim()) && fold(q.raw) === q.raw.toLowerCase() && !ASKS_SOMETHING.test(q.folded));

// "… ky a?": "à" typed without its mark (or "ạ", politeness: only where nothing else is asked).
const PLAIN_A = /(?<![\p{L}\d])(?:a|ak|ah)\s*[?!.]*\s*$/iu;
const ASKS_SOMETHING = /\b(?:nao|gi|ai|bao nhieu|bn|may|khi nao|bao gio|o dau|sao|the nao|khong|ko|chua)\b/;

/**
 * Whether a question closes a claim with its tag or a particle ("… phải không?", "… à?") — not "có phải báo cáo …
 * không?", which asks whether something is due.
 */
export const claimClosed = (q: { raw: string; folded: string }) =>
  CLAIM_TAG.test(q.folded) || closedByParticle(q);

/** Whether a question puts a claim to the plan (see `PUTS_FORWARD`, `CLAIM_PARTICLE`). */
export const putsForward = (q: { raw: string; folded: string }) =>
  PUTS_FORWARD.test(q.folded) || closedByParticle(q);

// "… trong phụ lục (II)", "ở PL 2": an annex of the plan, by its number when it has one.
const ANNEX_ASKED = /\bphu luc(?: (iii|ii|i|iv|[1-4]))?\b/;
const ANNEX_NUMBER: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/**
 * The section prefix of the annex a folded question names ("trong phụ lục II" → "PL2", "trong phụ lục" → "PL"),
 * null when it names none.
 */
export function annexAsked(folded: string): string | null {
  const annex = ANNEX_ASKED.exec(folded);
  if (!annex) return null;
  return `PL${annex[1] ? (ANNEX_NUMBER[annex[1]] ?? annex[1]) : ''}`;
}
