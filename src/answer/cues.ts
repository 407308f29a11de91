/**
 * Question cues as data (folded, without diacritics): which words say what a question asks for,
 * and which words carry no topic and are left out of retrieval.
 */
import type { Intent } from './types';

/** Cues per intent, checked in this order; the first intent with a matching cue wins. */
export const INTENT_CUES: ReadonlyArray<[Intent, RegExp]> = [
  [
    'help',
    /^(\/?start|\/?help|help|giup|tro giup|huong dan|menu|xin chao|chao|hi|hello)\b|ban (la ai|hoi duoc gi|lam duoc gi)|hoi (duoc )?(nhung )?gi/,
  ],
  [
    'plan_meta',
    /ban hanh (ngay|nam|khi) nao|ngay ban hanh|ky ngay|(ai|nguoi) ky|do ai ky|nguoi ky|ky ke hoach|can cu|theo (ket luan|nghi quyet|quyet dinh|chuong trinh)|(nghi quyet|ket luan|quyet dinh|cong van|to trinh|chuong trinh hanh dong|ke hoach cua (tinh uy|thanh uy)).{0,30}(nao|so may|so bao nhieu|gi)|trien khai nghi quyet|to trinh|so hieu|tam nhin|(muc tieu|ke hoach).{0,20}den nam nao.{0,30}tam nhin|giai doan nao/,
  ],
  [
    'assignments',
    /(duoc giao|giao cho|giao).{0,30}(nhung |cac )?(chi tieu|nhiem vu|viec|lam gi)|lam (nhung )?gi\b|chu tri (nhung |cac )?(nhiem vu|chi tieu|viec) nao|co (nhung )?nhiem vu gi|phu trach (nhung |cac )?(gi|viec gi|nhiem vu nao|chi tieu nao)|nhiem vu (cua|nao)/,
  ],
  [
    'agency',
    /(so|co quan|don vi|ben|nganh|ai) nao|do ai|ai (chu tri|phu trach|lam|thuc hien|chiu trach nhiem)|giao (cho )?(so|co quan|don vi) nao|ai lam/,
  ],
  [
    'deadline',
    /khi nao|bao gio|thoi han|han chot|han (nop|bao cao)|truoc ngay|(den|vao|trong) nam nao|nam nao|tu ngay nao|ngay nao|thoi gian (thuc hien|nao)|lam khi nao|bao lau/,
  ],
  ['list', /nhung chi tieu (nao|gi)|cac chi tieu|liet ke|danh sach|tat ca (cac )?chi tieu/],
];

/** Phrases (folded) that say how to ask, not what about: left out of retrieval and of the coverage check. */
export const QUESTION_PHRASES: ReadonlyArray<string> = [
  'bao nhieu phan tram',
  'bao nhieu',
  'phan tram',
  'la gi',
  'la bao nhieu',
  'nhu the nao',
  'the nao',
  'ra sao',
  'muc tieu',
  'chi tieu',
  'ke hoach',
  'ubnd tinh',
  'uy ban nhan dan',
  'phan dau',
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
  'giai doan',
  'tinh minh',
  'tinh nha',
  'thanh pho',
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
  'nhiem vu nao',
  'dat bao nhieu',
  'dat muc',
];

/** Single syllables (folded) that carry no topic. */
export const QUESTION_WORDS = new Set(
  (
    'bn may gi nao sao vay a ah nhe voi minh toi xin hoi oi khong ko co cua o tai trong theo ve va hay hoac ' +
    'thi ma nhung cac mot kh tinh tp dat bang nay do se phai can noi tu toi tren duoi muon nhu la doan ' +
    'ta'
  ).split(' '),
);
