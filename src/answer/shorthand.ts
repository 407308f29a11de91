/**
 * What people type for speed, spelled out before a question is read: "tl lđ qua đt QN bn %" → "ty le
 * lao dong qua dao tao quang ninh bn %". Plans never write these, so they are expanded on the question
 * side only, as whole folded words; a shorthand with two readings is listed with the word that decides.
 */

import { fold } from '../text/normalize';
import { PROVINCES } from '../text/vocabulary';

/** Folded shorthand → folded words; longer keys (with a deciding neighbour) are tried first. */
export const SHORTHAND: Readonly<Record<string, string>> = {
  // Provinces. "TH" after "cấp" or "trường" is tiểu học.
  qn: 'quang ninh',
  lc: 'lai chau',
  'cap th': 'cap tieu hoc',
  'truong th': 'truong tieu hoc',
  th: 'thanh hoa',
  // "ĐN" is Đà Nẵng or Đồng Nai (see TWO_READINGS); Đà Nẵng is a city, so "tỉnh ĐN" is Đồng Nai.
  'tinh dn': 'tinh dong nai',
  'tp dn': 'thanh pho da nang',
  'thanh pho dn': 'thanh pho da nang',
  dn: 'da nang',
  // "DN" is also doanh nghiệp, said so by the words around it: "các DN", "DN viễn thông", "hỗ trợ DN".
  'cac dn': 'cac doanh nghiep',
  'nhung dn': 'nhung doanh nghiep',
  'ho tro dn': 'ho tro doanh nghiep',
  'dn vien thong': 'doanh nghiep vien thong',
  'dn tu nhan': 'doanh nghiep tu nhan',
  'dn nho': 'doanh nghiep nho',
  dnai: 'dong nai',
  qninh: 'quang ninh',
  lchau: 'lai chau',
  dnang: 'da nang',
  // "TW đặt bao nhiêu?": the centre's column (a document's "…/TW" stays a name).
  tw: 'trung uong',
  // Rates, people, work.
  tl: 'ty le',
  ld: 'lao dong',
  llld: 'luc luong lao dong',
  'qua dt': 'qua dao tao',
  'dt nghe': 'dao tao nghe',
  'dt nha': 'dien tich nha',
  'dt thong minh': 'dien thoai thong minh',
  dtdd: 'dien thoai di dong',
  ng: 'nguoi',
  // "lãnh trợ cấp / lương hưu": the South's and Centre's word for the plans' "hưởng".
  'lanh tro cap': 'huong tro cap',
  'lanh luong': 'huong luong',
  // Everyday words for the plans' "trẻ em": "em bé", "bé" would otherwise be read as "em" (I) and "bé".
  'em be': 'tre em',
  // "bị chồng đánh": the plans' "bạo lực gia đình".
  'bi chong danh': 'bi bao luc gia dinh',
  'chong danh vo': 'bao luc gia dinh',
  ds: 'dan so',
  hgd: 'ho gia dinh',
  nld: 'nguoi lao dong',
  gqvl: 'giai quyet viec lam',
  kcn: 'khu cong nghiep',
  tthc: 'thu tuc hanh chinh',
  vl: 'viec lam',
  cv: 'cong viec',
  xkld: 'xuat khau lao dong',
  bs: 'bac si',
  hs: 'hoc sinh',
  dh: 'dai hoc',
  hp: 'hoc phi',
  gd: 'giao duc',
  qg: 'quoc gia',
  xh: 'xa hoi',
  bq: 'binh quan',
  'tuoi tho tb': 'tuoi tho trung binh',
  cc: 'chung chi',
  sdd: 'suy dinh duong',
  ntm: 'nong thon moi',
  vsmt: 've sinh moi truong',
  // "ô nhiễm mt", "bảo vệ mt", "vệ sinh mt": môi trường after the words it follows in plans.
  'o nhiem mt': 'o nhiem moi truong',
  'bao ve mt': 'bao ve moi truong',
  've sinh mt': 've sinh moi truong',
  // "VSATTP", "ATTP" (and "ATVSTP" below): food safety as the plans write it.
  vsattp: 've sinh an toan thuc pham',
  attp: 'an toan thuc pham',
  'ca tinh': 'cong an tinh',
  'hop vs': 'hop ve sinh',
  // ("phối hợp vs …" is "với": the longer key decides.)
  'phoi hop vs': 'phoi hop voi',
  hvs: 'hop ve sinh',
  tntt: 'tai nan thuong tich',
  bh: 'bao hiem',
  'bhxh tn': 'bhxh tu nguyen',
  ttt: 'thong tin truyen thong',
  'thang hd': 'thang hanh dong',
  'theo hd': 'theo hop dong',
  // "tp Đà Nẵng": thành phố, as plans write it ("TP HCM" stays a name).
  'tp hcm': 'tp hcm',
  tp: 'thanh pho',
  // Who and what of a plan.
  cq: 'co quan',
  dv: 'don vi',
  nv: 'nhiem vu',
  nvu: 'nhiem vu',
  tgian: 'thoi gian',
  // "nc sạch", "nc máy": nước.
  nc: 'nuoc',
  kp: 'kinh phi',
  'cs an sinh': 'chinh sach an sinh',
  'cs nha': 'chinh sach nha',
  'cs dieu tri': 'co so dieu tri',
  csxh: 'chinh sach xa hoi',
  asxh: 'an sinh xa hoi',
  btv: 'ban thuong vu',
  bc: 'bao cao',
  kq: 'ket qua',
  trc: 'truoc',
  // "(để b/c)": how the plans' own lists of recipients shorten it.
  'b/c': 'bao cao',
  vb: 'van ban',
  qd: 'quyet dinh',
  nq: 'nghi quyet',
  ttg: 'thu tuong',
  bct: 'bo chinh tri',
  pl: 'phu luc',
  ktra: 'kiem tra',
  xd: 'xay dung',
  ptr: 'phat trien',
  csdl: 'co so du lieu',
  ctr: 'chuong trinh',
  dtc: 'dau tu cong',
  ctmtqg: 'chuong trinh muc tieu quoc gia',
  syt: 'so y te',
  // "Sở TC", "Sở YT": a department's initials after "Sở" (not "sở NV", "sở TP": "số nhiệm vụ", "các sở TP").
  'so tc': 'so tai chinh',
  'so yt': 'so y te',
  'so xd': 'so xay dung',
  'so ct': 'so cong thuong',
  sxd: 'so xay dung',
  sldtbxh: 'so lao dong thuong binh va xa hoi',
  atvstp: 'an toan ve sinh thuc pham',
  // Question words ("bao h": bao giờ). After a closing particle ("… hả bn?", "đúng ko bn") or before "ơi", "bn"
  // is "bạn", the asker addressing the bot: dropped, as it asks nothing.
  'ha bn': 'ha',
  'a bn': 'a',
  'nhe bn': 'nhe',
  'nha bn': 'nha',
  'nhi bn': 'nhi',
  'ko bn': 'khong',
  'k bn': 'khong',
  'khong bn': 'khong',
  'bn oi': 'oi',
  bn: 'bao nhieu',
  'bao h': 'bao gio',
  ntn: 'nhu the nao',
  ko: 'khong',
  k: 'khong',
  vs: 'voi',
  dc: 'duoc',
  // Chat spellings: "lm j" (làm gì), "vc" (việc), "mik" / "mk" (mình).
  j: 'gi',
  lm: 'lam',
  vc: 'viec',
  mik: 'minh',
  mk: 'minh',
};

/**
 * Figures with a unit stuck to them: "5t" → "5 tuoi"; and an age said as people say it, "chết trước 5 tuổi"
 * for the plans' "dưới 5 tuổi".
 */
const STUCK_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![a-z0-9])(\d+)t(?![a-z0-9])/g, '$1 tuoi'],
  [/\btruoc (\d+) tuoi\b/g, 'duoi $1 tuoi'],
  // "gđ 2021-2025": giai đoạn before a year ("GD" alone is giáo dục; folded, "gđ" is written the same).
  [/(?<![a-z0-9&/-])gd (?=(?:19|20)\d{2}\b)/g, 'giai doan '],
  // "bn%", "bao nhiêu%": a percent sign stuck to a word asks a share ("… bao nhieu %"); after a figure it stays.
  [/([a-z])%/g, '$1 %'],
  // "kh10 dnang": a plan's or a document's number stuck to its kind.
  [/\b(kh|nq|qd|kl)(\d{1,4})\b/g, '$1 $2'],
  // "… bao giờ z?", "… của ttg v": "vậy" typed as one letter, at the end only ("mục V" is a number).
  [/(?<!\b(?:muc|phu luc|phan|chuong|khoan|dieu|tiet))\s[vz](\s*[?!.]*\s*)$/g, ' vay$1'],
  // "còn Thanh Hóa thì s ạ?": "sao" typed as one letter, closing the message after "thì", "là", "vậy".
  [/(?<=\b(?:thi|la|vay|the) )s(?=(?:\s+(?:a|ah|ak|vay|v|z))?\s*[?!.]*\s*$)/g, 'sao'],
  // "z hạn nộp là ngày nào?": opening a follow-up, too.
  [/^[vz] (?=[a-z])/g, 'vay '],
];

// A province's name typed as one word ("danang", "quangninh", "baria vungtau" aside): every province of two
// words or more, its folded words run together.
const JOINED_PROVINCES = Object.fromEntries(
  PROVINCES.map((p) =>
    fold(p)
      .replace(/[^a-z ]/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  )
    .filter((words) => words.length > 1)
    .map((words) => [words.join(''), words.join(' ')]),
);

/**
 * Shorthand with two readings and no deciding word beside it, folded: the first is read unless the
 * question's context (a province it names in full, the plan it names by number, the chat's province) is
 * another one.
 */
const TWO_READINGS: Readonly<Record<string, readonly string[]>> = { dn: ['da nang', 'dong nai'] };

const FULL = new Map(Object.entries({ ...JOINED_PROVINCES, ...SHORTHAND }));
// Every key in one pattern, longer keys first, so each place in the question is read once by the longest key
// that stands there. "LĐ-TB&XH", "68/NQ-CP" and "92-KL/TW" are names, not shorthand: their parts stay as typed
// ("bs/1 vạn" is read).
const KEYS = new RegExp(
  `(?<![a-z0-9&/-])(?:${[...FULL.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9&-])`,
  'g',
);

/**
 * A folded question with its shorthand spelled out: `spellOut('tl ld qn bn %')` → `'ty le lao dong quang ninh bao
 * nhieu %'`. `context`: folded words that decide a shorthand with two readings (`spellOut('dn', ['dong nai'])`
 * → `'dong nai'`).
 */
export function spellOut(folded: string, context: readonly string[] = []): string {
  let out = folded;
  for (const [re, full] of STUCK_UNITS) out = out.replace(re, full);
  // One pass: a key is replaced where it stands in the question, never inside an expansion.
  return out.replace(
    KEYS,
    (key) => TWO_READINGS[key]?.find((r) => context.includes(r)) ?? FULL.get(key) ?? key,
  );
}
