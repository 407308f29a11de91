/**
 * Follow-ups: "còn Thanh Hóa thì sao?", "năm 2030?", "còn Sở Y tế?" borrow the topic of the chat's last
 * question; a complete question ("Kế hoạch của Thanh Hóa phải báo cáo khi nào?") stands alone.
 */
import type { Corpus } from '../schema/records';
import { detelex, fold } from '../text/normalize';
import { INSURANCES, TERMS_OF_ART } from '../text/vocabulary';
import { withoutAgency } from './agency-text';
import { scopeAsked } from './compose';
import { cueText } from './cue-match';
import { CLAIM_TAG, putsForward, QUESTION_WORDS } from './cues';
import { spellOut } from './shorthand';
import { besidesBody, namesOnlyThePlan, PLAN_NUMBER, type Question, understand } from './understand';

/**
 * Words a follow-up wraps its new province, year, area or agency in; a message with nothing else is
 * elliptical: "vậy còn năm 2030 thì sao ạ?" → nothing but the year.
 */
export const FOLLOW_UP_WORDS = new Set(
  (
    'con thi sao the nao vay nhi nua nhe a ah ak o tai cua nam tinh thanh pho tp ben phia ' +
    'muc tieu chi tieu bao nhieu so lieu duoc khong ko hoi tiep cung khu vuc giai doan ' +
    // "còn riêng ở nông thôn thì sao?": "riêng" only narrows the slot it stands before; "chỉ tiêu địa
    // phương năm 2030?" names the table's column, not a subject.
    'rieng dia phuong ' +
    // "thế mốc 2025?": the year asked, as a milestone; "đến cuối 2025?": its end; "… thì xuống còn bao nhiêu?":
    // the figure asked, as the target falls to it.
    'moc cuoi xuong ' +
    // "còn Đà Nẵng mấy phần trăm?", "chỉ tiêu bao nhiêu %": the figure asked in its unit, as "bao nhiêu" asks it.
    'phan tram %'
  ).split(' '),
);

/** Agency words a follow-up may name it by beyond its canonical name ("sở lđtbxh", "bhxh tỉnh"). */
const AGENCY_SLACK_WORDS = 2;

const AREA_WORDS = /\b(?:thanh thi|do thi|nong thon)\b/g;
/**
 * A thing named only to point back at the previous question's: "chỉ tiêu trên", "quyết định đó", "việc này",
 * "cái đó", "cơ quan ấy" — no subject of its own.
 */
const POINTS_BACK =
  / (?:quyet dinh|nghi quyet|ke hoach|kh|van ban|de an|chuong trinh|cong van|chi tieu|muc tieu|ty le|ti le|nhom nhiem vu|nhom chi tieu|nhom viec|nhiem vu|noi dung|viec|cai|y|co quan|don vi|so|nganh|mang|linh vuc|van de|phan|nhom) (?:do|nay|tren|ay|kia)(?= )/g;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * What a message says besides its slots and the follow-up wrapping, as words; `body`, in any spelling, counts
 * as a slot too (the body a claim puts forward).
 */
function leftover(q: Question, body?: string): string[] {
  let text = ` ${cueText(q.folded)} `;
  if (body) text = ` ${withoutAgency(text, body)} `;
  const drop = (phrase: string) => {
    text = text.replaceAll(` ${cueText(fold(phrase))} `, ' ');
  };
  for (const p of q.provinces) drop(p);
  if (q.missingProvince) drop(q.missingProvince);
  if (q.agency) drop(q.agency);
  text = text
    .replace(YEAR, ' ')
    .replace(AREA_WORDS, ' ')
    .replace(POINTS_BACK, ' ')
    // "nó nằm ở mục nào?": "it", the subject just asked about (only opening the message: folded, "nợ" is "no").
    .replace(/^ no (?=\S)/, ' ')
    // "… nằm ở mục nào của KH / trong văn bản?": the plan pointed at, no subject.
    .replace(/ (?:(?:cua|trong|theo) )?(?:kh|ke hoach)(?: so)? \d+(?:\/[a-z-]+)?(?= )/g, ' ')
    .replace(/ (?:cua|trong|ca|toan bo) (?:kh|ke hoach|van ban)(?= )/g, ' ')
    // "…, kể ra giúp mình?", "liệt kê giúp em": how the asker asks, no subject.
    .replace(/ (?:ke ra|liet ke)(?: giup(?: minh| em| toi)?)?(?= )| giup (?:minh|em|toi)(?= )/g, ' ')
    // "… thì KH có đặt con số không?": the plan and a figure, asked of the subject already under discussion.
    .replace(/ (?:kh|ke hoach)(?= (?:co|dat|de ra|neu|ghi)\b)| con so(?= )/g, ' ')
    // "thanh hoa thi bao nhieu m2", "… bao nhiêu m2 sàn/người": the unit of the figure asked, no subject of its own.
    .replace(/ (?:(?:m2|met vuong)(?: san)?(?: (?:dau )?nguoi)?|phan tram)(?= )/g, ' ')
    // "chỉ tiêu đó là mấy tuổi?", "bao nhiêu hộ?": a count's unit right after the asking word.
    .replace(/(?<= (?:may|bao nhieu)) (?:tuoi|nguoi|ho|lan|giuong|can)(?= )/g, ' ')
    // "Đồng Nai tự đặt chỉ tiêu … bao nhiêu?": the province's own figure, as "chỉ tiêu địa phương" asks it.
    .replace(/ tu (?:dat|de ra)(?= )/g, ' ')
    // "đúng 98% không bạn?", "ad ơi, còn Lai Châu?": the one addressed, no subject ("Ban Dân tộc" is a slot).
    .replace(/ (?:ban|ad|admin)(?: oi)? $|^ (?:ban|ad|admin) oi | (?:ban|ad|admin) oi (?= )/g, ' ');
  // A term of art is a subject even when a word of it also asks: "(thể) nhẹ cân" is no "nhé".
  for (const term of TERMS) text = text.replaceAll(` ${term} `, ` ${term.replace(' ', '_')} `);
  return text.split(' ').filter((w) => w && !FOLLOW_UP_WORDS.has(w) && !QUESTION_WORDS.has(w));
}

const TERMS = TERMS_OF_ART.map((t) => cueText(fold(t)));

/**
 * "thế năm 2030 thì bao nhiêu tuổi?" after "… tuổi thọ trung bình 74,5 tuổi năm 2025 …": a year (or, of a target's
 * figure, an area) swapped, and what else it says only repeats words of the previous question (the unit of its
 * figure, the subject's own words) — the same subject.
 */
function echoesUnit(q: Question, p: Question): boolean {
  if (chatter(q) || namesPlace(q) || q.agency) return false;
  // (A year swapped, of any subject; an area, only of a target's figure.)
  if (q.area ? p.intent !== 'target' : !q.years.length) return false;
  const rest = leftover(q);
  const before = new Set(p.folded.split(/[^a-z0-9]+/));
  // ("Còn hộ gia đình ở nông thôn thì bao nhiêu %?" after "… bao nhiêu % hộ gia đình ở thành thị …": an area
  // swapped in a target's figure, the subject's own words said again; not "còn nước sạch nông thôn?" after who
  // leads "nước sạch đô thị", another duty.)
  // (One word with the area — "ở khu vực nông thôn thì giảm bao nhiêu?" — is a side asked elsewhere, as before.)
  const words = q.area ? rest.length >= 2 && rest.length <= 3 : rest.length > 0 && rest.length <= 2;
  return words && rest.every((w) => before.has(w));
}

// Help, small talk and English are no questions to go on from or with.
const chatter = (q: Question) => q.intent === 'help' || q.intent === 'smalltalk' || q.intent === 'english';

/** Whether a message names its own plan or province (a former one included). */
const namesPlace = (q: Question) =>
  q.provinces.length > 0 || q.planIds.length > 0 || q.missingProvince !== null;

/**
 * Whether a message only swaps the province, year, area or agency of the previous question:
 * "còn Đồng Nai thì sao?" and "năm 2030?" are; "Kế hoạch của Thanh Hóa phải báo cáo khi nào?" is not.
 */
export function isElliptical(q: Question): boolean {
  if (chatter(q)) return false;
  // (A plan named by its number is a slot too: "chỉ tiêu đó thuộc lĩnh vực nào trong KH 91?".)
  const slots =
    q.provinces.length > 0 ||
    q.planIds.length > 0 ||
    q.years.length > 0 ||
    q.area !== null ||
    q.agency !== null;
  if (!slots) return false;
  const rest = leftover(q);
  return rest.length === 0 || (q.agency !== null && rest.length <= AGENCY_SLACK_WORDS);
}

/**
 * Words that ask only for another side of the subject already under discussion: who ("ai chủ trì?", "sở nào
 * lo?", "ai phối hợp?"), when ("hạn khi nào?", "bao giờ phải xong?"), how much ("chỉ tiêu cụ thể là gì?")
 * or where it is written ("nguồn ở đâu?").
 */
const ASPECT_WORDS = new Set(
  (
    'chu tri phu trach co quan so don vi nganh phoi hop han khi bao gio xong hoan thanh thoi gian thuc hien ' +
    'cu the viec nay do chiu trach nhiem nhiem vu nguon dau trien khai la dien ra ' +
    // "ai theo dõi chỉ tiêu này?" asks who leads it; "số liệu Trung ương giao thì sao?" its other column.
    'theo doi chi tieu trung uong tw giao so lieu ' +
    // "hạn ngày nào?", "làm khi nào?", "nó nằm ở mục nào?", "số đó lấy ở mục nào?", "báo cáo cho ai, mấy lần?"
    'ngay lam nam muc lay lan may bao cao cho gui qua ' +
    // "cơ quan nào theo dõi, đánh giá chỉ tiêu này?", "việc đó ai làm?", "nhiệm vụ trên"
    'danh gia nay do tren ' +
    // "sở nào tham mưu?", "phải đạt vào năm nào?", "nâng lên bao nhiêu?", "ký / ban hành ngày nào?", "cơ quan
    // phối hợp gồm những ai?"
    'tham muu vao nang len ky ban hanh gom ' +
    // "dòng nào trong văn bản nói vậy?" (with "của KH", "trong văn bản" taken out as pointing at the plan)
    'dong noi ' +
    // "chỉ tiêu đó thuộc nhóm / lĩnh vực / phần nào?": where in the plan it stands.
    'thuoc nhom linh vuc phan ' +
    // "hạn chót hằng năm là ngày nào?", "giờ đã quá hạn chưa?"
    'chot hang gio qua chua da ' +
    // "phấn đấu 2030 của tỉnh là bao nhiêu?", "thế số căn tỉnh phải làm tới 2030?": the province's own figure,
    // counted in the subject's unit.
    'phan tinh can ' +
    // "hạn nộp hằng năm ngày mấy?": the report's deadline; "ký hôm nào thế?": the day; "trước ngày nào?".
    'nop hom truoc ' +
    // "chỉ tiêu đó giao cho sở nào đôn đốc / giám sát?": who oversees it.
    'don doc giam sat ' +
    // "thế bên Quảng Ninh tổ chức lúc nào?": when it is held.
    'to chuc luc ' +
    // "thời gian thực hiện ghi thế nào?": how the plan writes it.
    'ghi viet'
  ).split(' '),
);

// An insurance, by its abbreviation or name (the vocabulary's); a message naming one and nothing else ("còn BHXH
// thì sao?").
const INSURANCE_NAMES = Object.entries(INSURANCES)
  .flatMap(([abbr, full]) => [fold(abbr), fold(full)])
  .join('|');
const INSURANCE = new RegExp(`\\b(?:${INSURANCE_NAMES})\\b`);
const INSURANCE_ONLY = new RegExp(
  `^(?:(?:the|vay) )?(?:con )?(${INSURANCE_NAMES})(?: (?:thi sao|the nao|nua|thi|nhi|a))*\\s*[?.!]*$`,
);

// Words a follow-up compares in: "so với Lai Châu thì bên nào đặt cao hơn?", "còn Đà Nẵng, nơi nào nhiều hơn?".
const COMPARES = /\bso (?:voi|sanh)\b|\b(?:cao|thap|nhieu|it|lon|nho) hon\b/;
const COMPARE_WORDS = new Set(
  'so voi sanh ben noi tinh dia phuong nao dat de ra cao thap nhieu it lon nho hon giam tang muc'.split(' '),
);

/** Whether a follow-up names another place only to compare the previous subject there with where it was asked. */
function comparesWith(q: Question, p: Question): boolean {
  return (
    q.provinces.length > 0 &&
    p.provinces.length > 0 &&
    q.provinces.every((x) => !p.provinces.includes(x)) &&
    COMPARES.test(q.folded) &&
    leftover(q).every((w) => COMPARE_WORDS.has(w))
  );
}

// "X chủ trì thì / , phối hợp với ai?": a lead stated, its partners asked.
const LEAD_GIVEN = /\b(?:chu tri|phu trach)\b(?: thi| ,)? (?:phoi hop|cung) voi\b/;

/** Whether a message asks only another side (who, when, how much) of the previous question's subject. */
export function asksAnotherSide(q: Question): boolean {
  if (chatter(q)) return false;
  const slots = namesPlace(q) || q.years.length > 0 || q.area !== null || q.agency !== null;
  return !slots && leftover(q).every((w) => ASPECT_WORDS.has(w));
}

/**
 * Whether a message moves the previous subject to another province, year or area and asks another side of
 * it: "ở Quảng Ninh thì sở nào chủ trì?", "nông thôn thì sở nào chủ trì?" (not a body: "Sở Y tế thì chủ trì
 * gì?" asks about the body).
 */
export function asksSideElsewhere(q: Question): boolean {
  if (chatter(q) || q.agency !== null) return false;
  const moved = namesPlace(q) || q.years.length > 0 || q.area !== null;
  const rest = leftover(q);
  return moved && rest.length > 0 && rest.every((w) => ASPECT_WORDS.has(w));
}

const WHOLE_PLAN = /\b(?:ca|toan bo) (?:kh|ke hoach)\b/;

// Words a claim is put in: "có phải … chủ trì không?", "đúng không?".
// ("tức là / nghĩa là / vậy là giao X chủ trì phải ko?": the asker restating the previous answer as a claim.)
// ("chỉ / mỗi / riêng … thôi": the body put forward as the only one.)
const CLAIM_WORDS = new Set(
  'co phai dung khong ko chu tri la do tuc nghia vay the giao chi moi rieng thoi'.split(' '),
);

// Words a partner is put forward in: "có phối hợp với BHXH tỉnh không?", "có tham gia không?".
const PARTNER_CLAIM_WORDS = new Set('co phoi hop voi cung tham gia khong ko k'.split(' '));

// "có phải 8.500 người không?", "đúng 70% không?": a figure put forward, in the units plans count in.
const FIGURE_PUT = /^[\d.,]+%?$/;
const FIGURE_UNITS = new Set('% nguoi ho lao dong tre em xa thon lan m2 san giuong bac si'.split(' '));

// "còn …", "thế còn …", "vậy còn …": a message that says it goes on from the previous one.
const GOES_ON = /^(?:(?:the|vay|the thi|vay thi) )?con /;

// "… còn phụ trách / làm / được giao gì (việc gì) nữa?", "… còn việc nào khác?": more duties of a body named.
const OTHER_DUTIES =
  /\bcon\b.*\b(?:gi|viec gi|nhiem vu gi|nhung gi|viec nao|nhiem vu nao)\b.*\b(?:nua|khac)\b/;

// "còn ai nữa không, hay chỉ một sở?", "còn cơ quan nào khác nữa không?", "chỉ mỗi sở đó thôi à?": every body of
// the answer just given is asked, not another subject.
const WHO_ELSE =
  /^(?:(?:the|vay|the thi|vay thi) )?(?:con (?:ai|co quan nao|so nao|don vi nao|nganh nao|ben nao)(?: khac)? nua\b(?: (?:khong|ko|k))?[ ,?.]*(?:hay chi (?:mot|moi|co) (?:so|co quan|don vi|nganh|ben)(?: (?:do|thoi|a|ha))*)?|chi (?:mot|moi|co) (?:so|co quan|don vi|nganh|ben)(?: (?:do|nay))?(?: (?:thoi|a|ha|sao))*)[ ?.!]*$/;

/**
 * The previous question's subject as words: its topic and agency (`withTopic`), and its province, plan and
 * years unless the follow-up `q` gives its own.
 */
/** The plans (by number) or provinces a question names, as words to add to another: "kh 230", "dong nai". */
function placeOf(p: Question, corpus: Corpus): string {
  const plans = corpus.plans.filter((x) => p.planIds.includes(x.plan.id));
  return (
    plans.length ? plans.map((x) => `kh ${x.plan.number.split('/')[0]}`) : p.provinces.map((x) => fold(x))
  ).join(' ');
}

function subjectOf(p: Question, corpus: Corpus, withTopic: boolean, q?: Question): string {
  const placed = q !== undefined && (q.provinces.length > 0 || q.planIds.length > 0);
  const place = placeOf(p, corpus);
  // A figure asked of a duty's subject ("mục tiêu là bao nhiêu?" after "sở nào thực hiện chương trình nước sạch
  // …?"): the words that frame the duty name no target.
  const figure = q !== undefined && sideOf(q.folded) === 'figure';
  const topic = figure ? p.topic.replace(DUTY_FRAME, ' ') : p.topic;
  return [
    // Its words only: a "%" it asked for is not part of the subject ("ai chủ trì?" asks for no figure).
    withTopic ? topic.replace(/[|,;:%?]/g, ' ') : '',
    // Bodies named as a group ("các sở báo cáo … qua cơ quan nào?"), whose "các" the topic drops.
    ...(withTopic ? (p.folded.match(GROUP_NAMED) ?? []) : []),
    withTopic && p.agency ? fold(p.agency) : '',
    placed ? '' : place,
    // "… đến năm nào?" asks the year: the previous question's is not carried.
    ...(q?.years.length || (q && /\bnam nao\b/.test(q.folded)) ? [] : p.years.map((y) => `nam ${y}`)),
  ]
    .filter(Boolean)
    .join(' ');
}

const GROUP_NAMED = /\bcac (?:so|huyen|nganh|co quan|don vi|dia phuong|quan)\b/g;

/**
 * A question's words as `understand` may read them — shorthand spelled out, each word also without its Telex keys:
 * a cheap look before reading it (what this holds no word of, the question read holds none of either).
 */
function readable(text: string): string {
  const words = spellOut(fold(text));
  return `${words} ${words.split(/\s+/).map(detelex).join(' ')}`;
}

// A follow-up asking when: "hạn", "hạn chót", "khi nào", "ngày nào".
const WHEN_ASKED = /\b(?:khi nao|bao gio|ngay nao|han chot|thoi han|han)\b/;
// The words of a follow-up that asks only when: "hạn chót mỗi năm là khi nào?", "hạn là ngày nào vậy?".
const WHEN_WORDS = new Set(
  'han chot thoi moi nam hang la khi nao ngay bao gio truoc vao dinh ky cu the thi con vay the a ha nhi nhe'.split(
    ' ',
  ),
);

// Words that frame a duty rather than say what it is about: "giao … thực hiện chương trình …", "đảm bảo …".
const DUTY_FRAME = /\b(?:giao|thuc hien|trien khai|chuong trinh|de an|cong tac|nhiem vu|viec)\b/g;

// What a question asks of its subject: who, how much, or when.
const SIDES: readonly [string, RegExp][] = [
  ['who', /\b(?:chu tri|phu trach|co quan nao|so nao|don vi nao|ai)\b/],
  ['figure', /\b(?:bao nhieu|muc tieu|chi tieu)\b/],
  ['when', /\b(?:khi nao|bao gio|thoi han)\b/],
];
const sideOf = (folded: string) => SIDES.find(([, re]) => re.test(folded))?.[0] ?? null;
/** How a side is asked again of a new subject (a figure is what a bare subject asks anyway). */
const SIDE_ASKED: Readonly<Record<string, string>> = { who: 'ai chủ trì', when: 'khi nào' };

/**
 * "còn Thanh Hóa thì sao?" after "tỷ lệ BHYT Quảng Ninh" → "ty le bhyt thanh hoa"; "ai chủ trì?" after "tỷ lệ
 * BHYT Đà Nẵng bao nhiêu?" → "ai chủ trì? ty le bhyt da nang"; "thế còn BHTN?" after a question about Thanh
 * Hóa keeps Thanh Hóa. A message that is none of these is returned as it is, or with the previous question's
 * place when it names none (`chatProvince`, the chat's own, answers for that instead).
 */
export function mergeFollowUp(
  previous: string,
  question: string,
  corpus: Corpus,
  knownPhrase?: (bigram: string) => boolean,
  chatProvince?: string,
): string {
  const merged = mergedWords(previous, question, corpus, knownPhrase, chatProvince);
  // "hạn chót mỗi năm là khi nào?" after "các sở báo cáo … gửi về đâu?": when the reports just asked about are due,
  // when the merge above kept no word of them. (The words are looked at before either question is read again.)
  if (
    !/\bbao cao\b/.test(readable(previous)) ||
    /\bbao cao\b/.test(fold(merged)) ||
    !WHEN_ASKED.test(readable(question))
  )
    return merged;
  const q = understand(question, corpus);
  const p = understand(previous, corpus, knownPhrase);
  if (
    /\bbao cao\b/.test(p.folded) &&
    !q.agency &&
    !namesPlace(q) &&
    WHEN_ASKED.test(q.folded) &&
    leftover(q).every((w) => WHEN_WORDS.has(w))
  )
    // (The reports first, as a question about reports is asked: "báo cáo … hạn ngày mấy?".)
    return `bao cao ${(p.folded.match(GROUP_NAMED) ?? []).join(' ')} ${placeOf(p, corpus)} ${question.trim()}`
      .replace(/\s+/g, ' ')
      .trim();
  return merged;
}

function mergedWords(
  previous: string,
  question: string,
  corpus: Corpus,
  knownPhrase?: (bigram: string) => boolean,
  chatProvince?: string,
): string {
  // Only provinces, years, areas and agencies are read here: the phrase statistics do not matter, except
  // to keep the previous subject's phrases whole ("người có công", "nhà ở") when its topic is borrowed.
  const q = understand(question, corpus);
  if (!previous.trim()) return question;
  const p = understand(previous, corpus, knownPhrase);
  // "còn BHXH?" after "… tham gia BHYT …?": the same question of another insurance (not of the body BHXH tỉnh).
  const insurance = INSURANCE_ONLY.exec(q.folded)?.[1];
  if (insurance && INSURANCE.test(p.folded) && !p.folded.match(INSURANCE)?.includes(insurance))
    return p.folded.replace(new RegExp(INSURANCE.source, 'g'), insurance);
  // "so với Lai Châu thì bên nào đặt cao hơn?": the previous subject in its place and the one named, compared.
  if (comparesWith(q, p)) return `${previous.trim().replace(/[?!.\s]+$/, '')}, ${question.trim()}`;
  // (The previous question answered again lists every body it names, leads together first.)
  if (WHO_ELSE.test(q.folded) && p.intent === 'agency') return previous;

  // "thế Sở XD còn phụ trách gì nữa?": the body's other duties, not the subject just discussed again (its place
  // carries).
  // (Not "sở đó còn phối hợp với Sở LĐTBXH làm gì nữa?": the body named there is a partner, "sở đó" the subject.)
  if (q.agency && OTHER_DUTIES.test(q.folded) && !/\b(?:voi|cung|va|do|nay|ay)\b/.test(q.folded))
    return `${q.agency} được giao những nhiệm vụ gì ${subjectOf(p, corpus, false, q)}`.trim();
  if (!isElliptical(q) && !echoesUnit(q, p)) {
    if (!p.topic.replace(/[^a-z0-9]/g, '') || p.intent === 'help' || p.intent === 'smalltalk')
      return question;
    if (asksAnotherSide(q)) return `${question} ${subjectOf(p, corpus, true, q)}`.trim();
    // "ngoài Sở LĐTBXH ra thì còn cơ quan nào cùng chủ trì?": who else, of the subject just discussed.
    if (besidesBody(q.folded, corpus) && !namesPlace(q) && !q.topic.replace(/[^a-z0-9]/g, ''))
      return `${question} ${subjectOf(p, corpus, true, q)}`.trim();
    // "có phải Sở LĐTBXH chủ trì không?": a body put forward for the subject just discussed.
    if (
      q.claimed &&
      !namesPlace(q) &&
      leftover(q, q.claimed).every((w) => ASPECT_WORDS.has(w) || CLAIM_WORDS.has(w))
    )
      // Closed with "?" so that a claim typed without one ("là Sở Y tế à") still ends before the subject.
      // "… chủ trì thực hiện cả KH không?" puts the body forward for the plan as a whole: only its place carries.
      return `${question.trim().replace(/(?<![?.!])$/, '?')} ${subjectOf(p, corpus, !WHOLE_PLAN.test(q.folded), q)}`.trim();
    // "có phải 8.500 người không?", "đúng 70% không?": a figure put forward for the subject just discussed.
    const words = leftover(q);
    if (
      !namesPlace(q) &&
      putsForward(q) &&
      words.some((w) => FIGURE_PUT.test(w)) &&
      words.every((w) => FIGURE_PUT.test(w) || FIGURE_UNITS.has(w) || CLAIM_WORDS.has(w))
    )
      return `${question.trim().replace(/(?<![?.!])$/, '?')} ${subjectOf(p, corpus, true, q)}`.trim();
    // "có phối hợp với BHXH tỉnh không?": a partner put forward for the subject just discussed.
    if (
      q.claimedPartner &&
      !namesPlace(q) &&
      leftover(q, q.claimedPartner).every((w) => ASPECT_WORDS.has(w) || PARTNER_CLAIM_WORDS.has(w))
    )
      return `${question.trim().replace(/(?<![?.!])$/, '?')} ${subjectOf(p, corpus, true, q)}`.trim();
    // "Sở Y tế chủ trì thì phối hợp với cơ quan nào?": the lead given as known, the partners asked, of the
    // subject just discussed.
    if (
      q.agency &&
      !namesPlace(q) &&
      LEAD_GIVEN.test(q.folded) &&
      leftover(q, q.agency).every((w) => ASPECT_WORDS.has(w) || CLAIM_WORDS.has(w))
    )
      return `${question} ${subjectOf(p, corpus, true, q)}`.trim();
    // The subject moved, another side asked: the previous subject without the place, year or area replaced.
    if (asksSideElsewhere(q)) {
      const subject = subjectOf(p, corpus, true, q);
      return `${question} ${q.area ? subject.replace(AREA_WORDS, ' ') : subject}`.replace(/\s+/g, ' ').trim();
    }
    // "thế còn bảo hiểm thất nghiệp?": another subject, in the same province, plan and years.
    // ("còn nông thôn mới thì đến hết năm nào …?" asks the year: the previous question's is not carried.)
    // "còn nước sạch nông thôn?" after "ai chủ trì nhà ở xã hội?": the new subject is asked as the previous one was.
    if (GOES_ON.test(q.folded) && !namesPlace(q) && !q.allProvinces) {
      const asked = sideOf(q.folded) ? '' : (SIDE_ASKED[sideOf(p.folded) ?? ''] ?? '');
      return `${question} ${asked} ${subjectOf(p, corpus, false, q)}`.replace(/\s+/g, ' ').trim();
    }
    // "ai phối hợp với Sở GD&ĐT việc này?": a body named beside a pointer at the duty just discussed — its
    // partners (or its part) in that duty.
    if (q.agency && !namesPlace(q) && POINTS_AT_DUTY.test(q.folded) && /\bphoi hop\b/.test(q.folded))
      return `${question} ${subjectOf(p, corpus, true, q)}`.trim();
    // "có cả tiền viện trợ, tài trợ không?" after "kinh phí … lấy từ đâu?": whether what was just asked includes
    // this too, answered by the previous question's answer with the words asked about.
    if (INCLUDES_ASKED.test(q.folded) && !namesPlace(q) && !q.agency && !q.claimed)
      return `${previous.trim().replace(/[?!.\s]+$/, '')}, ${question.trim()}`;
    // A question of its own that names no place, after one that did: asked of that place, as a chat goes on
    // ("chỉ tiêu … trợ giúp pháp lý … năm 2030 là bao nhiêu?" after "… ở Đồng Nai?"). Not one asked of every
    // province ("tỉnh nào …"); nor in a chat with a province of its own, which answers for it already.
    if (!chatProvince && !chatter(q) && !namesPlace(q) && !q.allProvinces && namesPlace(p))
      return `${question} ${placeOf(p, corpus)}`.trim();
    return question;
  }
  // "thế còn Sở Y tế thì sao?" after "cơ quan thường trực triển khai kế hoạch là ai?": the previous question had
  // no subject but the plan itself; the body named asks what the plan gives it.
  // (Only when the body is all it names: "Sở LĐTBXH báo cáo cho ai?" asks something of its own.)
  if (q.agency && !p.agency && namesOnlyThePlan(p.topic) && namesOnlyBody(q, q.agency))
    return `${q.agency} được giao những nhiệm vụ gì ${subjectOf(p, corpus, false, q)}`.trim();
  // "thế còn Sở Tài chính thì được giao việc gì?" after a question about another body's duty: this body's own
  // duties in the same plan, not the previous duty asked again of it.
  if (q.agency && q.agency !== p.agency && namesOnlyBody(q, q.agency) && DUTIES_ASKED.test(q.folded))
    return `${q.agency} được giao những nhiệm vụ gì ${subjectOf(p, corpus, false, q)}`.trim();
  // A new slot asked another way ("mục tiêu đến 2025 là bao nhiêu?" after "cơ quan nào chủ trì về BHTN?"): the
  // previous subject with the new slot, asked as the follow-up asks it.
  const side = sideOf(q.folded);
  if (side && side !== sideOf(p.folded)) return `${question} ${subjectOf(p, corpus, true, q)}`.trim();
  // The previous question keeps its punctuation inside words ("10.000 dân", "2021-2025").
  let base = ` ${p.folded.replace(/[?!]+/g, ' ')} `;
  if (q.provinces.length) {
    for (const name of p.provinces) base = base.replace(new RegExp(`\\b${fold(name)}\\b`, 'g'), ' ');
    // "thế Đà Nẵng?" after "Thanh Hóa … báo cáo KH 68 …": the plan named by its number goes with its province.
    const numbers = corpus.plans
      .filter((x) => p.planIds.includes(x.plan.id))
      .map((x) => x.plan.number.split('/')[0]);
    base = base.replace(PLAN_NUMBER, (all, n: string) => (numbers.includes(n) ? ' ' : all));
  }
  // "thế Thanh Hóa đặt bao nhiêu, đến năm nào?": the year asked, the previous question's is not carried; nor to
  // another province ("Quảng Ninh đặt chỉ tiêu này là bao nhiêu?" after "Thanh Hóa … đến 2030 …?"), whose plan
  // has years of its own: the answer names each figure's year.
  if (q.years.length || /\b(?:nam nao|bao gio|khi nao)\b/.test(q.folded) || q.provinces.length > 0)
    base = base.replace(YEAR, ' ').replace(/\bnam\s+(?=nam\b|$)/g, ' ');
  if (q.area) base = base.replace(AREA_WORDS, ' ');
  if (q.agency && p.agency) base = withoutAgency(base.trim(), p.agency);
  // "… trên 95% … đến năm 2030 đúng không?" then "vậy mốc năm 2025 … bao nhiêu?": the figure is asked now, not
  // the claim put forward before.
  if (sideOf(q.folded) === 'figure') base = base.replace(new RegExp(CLAIM_TAG.source, 'g'), ' ');
  // "… năm 2025 là 80% đúng không?" then "còn năm 2030 thì sao?": that year's figure is asked, not the figure put
  // forward for the other year judged again.
  else if (q.years.length && !putsForward(q) && putsForward(p))
    base = base.replace(/\b\d+(?:[.,]\d+)*\s*(?:%|‰)/g, ' ').replace(new RegExp(CLAIM_TAG.source, 'g'), ' ');
  // "còn chỉ tiêu địa phương năm 2025?" after "chỉ tiêu TW … năm 2025 là bao nhiêu?": the table's other column, asked
  // of the same row; the column the previous question named goes.
  const column = scopeAsked(q.folded);
  let columnWords = '';
  if (column && column !== scopeAsked(p.folded)) {
    base = base.replace(COLUMN_WORDS, ' ');
    columnWords = column === 'province' ? 'chi tieu cua tinh' : 'chi tieu trung uong';
  }
  const extra = `${leftoverSlots(q)} ${columnWords}`;
  return `${base} ${extra}`.replace(/\s+/g, ' ').trim();
}

// The words that name a table's column: the centre's ("TW", "Trung ương") or the province's own ("địa phương",
// "(riêng) của tỉnh"). Not a bare "tỉnh", which other words hold ("tinh thần" typed plain).
const COLUMN_WORDS =
  /\b(?:(?:chi tieu|muc tieu) )?(?:(?:cua )?(?:trung uong|tw)|(?:rieng )?(?:cua )?dia phuong|(?:rieng cua|rieng|cua) tinh)\b/g;

/** The new slots of a follow-up, as words to add to the previous question: "ở Đồng Nai năm 2025". */
function leftoverSlots(q: Question): string {
  return [
    ...q.provinces.map((p) => fold(p)),
    q.agency ? fold(q.agency) : '',
    q.area ? fold(q.area) : '',
    ...q.years.map((y) => `nam ${y}`),
  ]
    .filter(Boolean)
    .join(' ');
}

// "việc này", "nhiệm vụ đó", "nội dung trên": the duty just discussed, pointed at.
const POINTS_AT_DUTY = /\b(?:viec|nhiem vu|noi dung|hoat dong) (?:nay|do|tren)\b/;

// "có cả … không?", "có bao gồm … không?", "kể cả … không?": whether the answer just given includes something.
const INCLUDES_ASKED =
  /^(?:(?:the|vay) )?(?:co (?:ca|gom ca|bao gom(?: ca)?|gom)|ke ca|gom ca|bao gom ca)\b.*\b(?:khong|ko|k|chu|a)\s*\??$/;

// Words of a follow-up that only point on ("thế còn … thì sao?", "còn … nhỉ?") or ask for a body's duties ("còn
// … được giao việc gì?", "… còn phải làm những việc gì nữa?").
const POINTING_ON =
  /\b(?:the|thi|sao|con|nhi|a|vay|ra sao|the nao|duoc|giao|phai|lam|nhung|viec|nhiem vu|gi|nao|nua|khac|khong|ko|k)\b/g;

// "… được giao (những) việc gì", "… làm những nhiệm vụ nào", "sở đó còn làm gì nữa?": a body's duties asked outright.
const DUTIES_ASKED =
  /\b(?:duoc giao|phai lam|lam|co) (?:nhung )?(?:viec|nhiem vu) (?:gi|nao)\b|\bduoc giao (?:gi|nhung gi)\b|\blam (?:nhung )?gi (?:nua|khac)\b/;

/** Whether a follow-up names `body` and asks nothing of it but its duties ("thế còn Sở Y tế thì sao?"). */
const namesOnlyBody = (q: Question, body: string) =>
  !/[a-z0-9]/.test(withoutAgency(q.folded, body).replace(POINTING_ON, ''));
