/**
 * What a chat's object keeps, and for how long: follow-ups need the last question for a few hours, not
 * weeks; a phone number typed into a question is never stored.
 */
import { USAGE_RETENTION_DAYS } from '../../web/admin/retention';
import type { ChatState } from '../chat-state';

/** The last question, its sources and suggestions are forgotten this long after it was asked. */
export const FOLLOW_UP_TTL_MS = 6 * 3600_000;
/** A chat idle this long is forgotten entirely (province included). */
export const IDLE_CHAT_TTL_MS = 30 * 24 * 3600_000;
/** Update ids are kept this long, so a platform's redelivery is recognised and not answered twice. */
export const SEEN_FOR_MS = 48 * 3600_000;

/**
 * What a chat's object keeps and for how long, in plain Vietnamese, from the constants that enforce it:
 * the /riengtu reply and the web page say the same. `undeliveredMs` is the outbox's dead-letter bound.
 */
export function privacyLines(undeliveredMs: number): string[] {
  const hours = (ms: number) => Math.round(ms / 3600_000);
  return [
    'Cam Kết lưu cho mỗi cuộc trò chuyện (không lưu họ tên, số điện thoại hay nội dung tin nhắn khác):',
    `• Tỉnh mặc định bạn chọn: đến khi bạn đổi, hoặc xóa sau ${Math.round(IDLE_CHAT_TTL_MS / 86_400_000)} ngày không dùng.`,
    '• Cơ quan, tỉnh bạn theo dõi để được nhắc hạn: đến khi bạn bỏ theo dõi hoặc chặn bot; trong lúc đó giữ cả địa chỉ để gửi lời nhắc.',
    `• Câu hỏi vừa rồi và vài câu trước đó, nguồn và gợi ý của chúng (để hiểu câu hỏi tiếp như «còn năm 2030?», và để nút dưới mỗi câu trả lời dùng đúng câu trả lời đó): ${hours(FOLLOW_UP_TTL_MS)} giờ; dãy số giống số điện thoại được che trước khi lưu. Lệnh chủ đề mới xóa ngay.`,
    `• Mã của tin đã nhận (để không trả lời hai lần khi nền tảng gửi lại): ${hours(SEEN_FOR_MS)} giờ.`,
    '• Thời điểm các câu hỏi (để giới hạn số câu mỗi phút): 1 phút.',
    `• Câu trả lời chưa gửi được: đến khi gửi xong, tối đa ${hours(undeliveredMs)} giờ.`,
    '• Mọi thứ được lưu dưới một mã băm có khóa của cuộc trò chuyện, không dưới mã số của bạn; nhật ký hệ thống cũng chỉ ghi mã băm, không ghi nội dung câu hỏi.',
    `• Không gắn với cuộc trò chuyện nào: câu hỏi bot chưa trả lời được (dãy số giống số điện thoại đã che), với tỉnh, kênh và ngày, để bổ sung dữ liệu, xóa sau ${USAGE_RETENTION_DAYS} ngày; và số câu hỏi theo chủ đề, tỉnh và ngày.`,
  ];
}

// Nine digits or more, spaces, dots and dashes between them allowed: Vietnamese phone numbers (0912 345 678,
// +84 912.345.678), ID card numbers. Years and figures of the plans are shorter.
const PHONE_LIKE = /\+?\d(?:[\s.-]?\d){8,}/g;

/** `maskDigits('gọi 0912 345 678')` → `'gọi ***'`. */
export function maskDigits(text: string): string {
  return text.replace(PHONE_LIKE, '***');
}

/**
 * The state as stored after a turn: the question masked, and stamped when it changed, so it expires
 * `FOLLOW_UP_TTL_MS` after it was asked (a later /tinh does not extend it).
 */
export function toStored(before: ChatState, after: ChatState, now: number): ChatState {
  const stored: ChatState = { ...after };
  if (stored.lastQuestion !== undefined) stored.lastQuestion = maskDigits(stored.lastQuestion);
  if (stored.lastAsked !== undefined) stored.lastAsked = maskDigits(stored.lastAsked);
  if (stored.answers)
    stored.answers = stored.answers.map((a) => ({
      ...a,
      question: maskDigits(a.question),
      asked: maskDigits(a.asked),
    }));
  const changed =
    after.lastQuestion !== before.lastQuestion ||
    after.answerSeq !== before.answerSeq ||
    JSON.stringify(after.lastSources) !== JSON.stringify(before.lastSources);
  const remembers =
    stored.lastQuestion !== undefined || stored.lastSources !== undefined || stored.answers !== undefined;
  if (!remembers) delete stored.lastAt;
  else stored.lastAt = changed ? now : (before.lastAt ?? now);
  return stored;
}

/**
 * The state as a turn sees it: the follow-up context (and the answers buttons act on) dropped once it is
 * older than `FOLLOW_UP_TTL_MS`; `answerSeq` stays, so a button from before never meets a newer answer.
 */
export function fromStored(state: ChatState, now: number): ChatState {
  if (state.lastAt === undefined || now - state.lastAt <= FOLLOW_UP_TTL_MS) return state;
  const {
    lastQuestion: _q,
    lastSources: _s,
    lastSuggestions: _g,
    lastAt: _a,
    lastAsked: _k,
    lastRecords: _r,
    awaitingReport: _w,
    reportOn: _o,
    answers: _n,
    ...kept
  } = state;
  return kept;
}
