/** What the bot says, in one place: Vietnamese texts for both channels. */
import { ellipsize } from '../text/truncate';
import { DEFAULT_POLICY } from './delivery/policy';
import { privacyLines } from './delivery/privacy';
import { QUESTIONS_PER_MINUTE } from './delivery/rate-window';

/** The reply to /riengtu ("rieng tu" on Zalo). */
export const PRIVACY_TEXT = privacyLines(DEFAULT_POLICY.deadAfterMs).join('\n');

/** How a channel spells its commands: `/tinh` on Telegram, `tinh Đồng Nai` typed on Zalo. */
export interface CommandWords {
  province: string;
  sources: string;
  help: string;
  newTopic: string;
  privacy: string;
  follow: string;
  unfollow: string;
}

/** Telegram's slash commands. */
export const TELEGRAM_WORDS: CommandWords = {
  province: '/tinh',
  sources: '/nguon',
  help: '/help',
  newTopic: '/moi',
  privacy: '/riengtu',
  follow: '/theodoi',
  unfollow: '/huy',
};
/** Zalo's typed words (Zalo bots have no command menu). */
export const ZALO_WORDS: CommandWords = {
  province: 'tinh <tên tỉnh>',
  sources: 'nguon',
  help: 'help',
  newTopic: 'moi',
  privacy: 'rieng tu',
  follow: 'theo doi',
  unfollow: 'huy',
};

/**
 * Example questions, one per kind the engine answers, about `province`:
 * `exampleQuestions('Quảng Ninh')[0]` → `'Tỷ lệ bao phủ BHYT mục tiêu của Quảng Ninh là bao nhiêu?'`.
 */
export function exampleQuestions(province: string): string[] {
  return [
    `Tỷ lệ bao phủ BHYT mục tiêu của ${province} là bao nhiêu?`,
    `Sở Y tế ${province} được giao những nhiệm vụ gì?`,
    `Kế hoạch của ${province} phải báo cáo khi nào?`,
  ];
}

/** The welcome of /start. */
export function welcomeText(provinces: readonly string[], words: CommandWords): string {
  const list = provinces.length ? provinces.join(', ') : 'chưa có tỉnh nào';
  return [
    'Xin chào! Mình là Cam Kết. Bạn hỏi về kế hoạch của UBND các tỉnh (mục tiêu, thời hạn, cơ quan chủ trì), mình trả lời kèm nguồn trích từ văn bản.',
    '',
    `Hiện có kế hoạch của: ${list}.`,
    `Chọn tỉnh mặc định bằng ${words.province}, xem hướng dẫn bằng ${words.help}.`,
    '',
    'Bạn thử một câu hỏi dưới đây, hoặc gõ câu hỏi của mình:',
  ].join('\n');
}

/** The text of /help. */
export function helpText(
  provinces: readonly string[],
  words: CommandWords,
  hotlines: readonly string[] = [],
): string {
  const example = exampleQuestions(provinces[0] ?? 'Quảng Ninh')[0] ?? '';
  return [
    'Cách dùng Cam Kết:',
    `• Gõ câu hỏi bằng tiếng Việt, ví dụ: «${example}»`,
    '• Hỏi tiếp ngắn gọn được, ví dụ: «còn năm 2030?», «còn Thanh Hóa thì sao?»',
    `• ${words.newTopic}: bắt đầu chủ đề mới (câu sau không dựa vào câu trước)`,
    `• ${words.province}: chọn tỉnh mặc định cho các câu hỏi không nêu tỉnh`,
    `• ${words.sources}: xem trích dẫn nguồn của câu trả lời vừa rồi`,
    `• ${words.follow} <cơ quan hoặc tỉnh>: nhắc trước hạn báo cáo, hạn nhiệm vụ (${words.follow} để xem, ${words.unfollow} <tên> để bỏ)`,
    `• ${words.privacy}: Cam Kết lưu gì và trong bao lâu`,
    `• ${words.help}: xem lại hướng dẫn này`,
    '',
    `Các tỉnh đang có: ${provinces.join(', ') || 'chưa có'}.`,
    ...(hotlines.length ? ['', 'Cần người hỗ trợ:', ...hotlines] : []),
  ].join('\n');
}

/** Asks the user to pick a province (the buttons or the list follow). */
export function chooseProvinceText(provinces: readonly string[], current: string | undefined): string {
  const now = current ? `Tỉnh mặc định hiện tại: ${current}.\n` : '';
  return provinces.length ? `${now}Chọn tỉnh mặc định:` : 'Chưa có kế hoạch của tỉnh nào.';
}

/** Confirms the chat's new default province. */
export function provinceSetText(province: string): string {
  return `Đã chọn ${province}. Từ giờ câu hỏi không nêu tỉnh sẽ được hiểu là hỏi về ${province}.`;
}

/** When the typed or linked province has no plan. */
export function unknownProvinceText(typed: string, provinces: readonly string[]): string {
  // Echo only a little of what was typed: a reply is no place to repeat a pasted essay.
  const shown = ellipsize(typed, 61);
  return `Mình chưa có kế hoạch của «${shown}». Các tỉnh đang có: ${provinces.join(', ')}.`;
}

/** Zalo's province list, to be answered with a typed command. */
export function provinceListText(provinces: readonly string[], current: string | undefined): string {
  const lines = provinces.map((p) => `• tinh ${p}`);
  return [chooseProvinceText(provinces, current), ...lines].join('\n');
}

/** /nguon before any answer with sources. */
export const NO_SOURCES_TEXT =
  'Chưa có nguồn để xem: câu trả lời gần nhất không trích văn bản nào. Bạn hãy hỏi một câu trước nhé.';

/** Once per minute when a chat asks too fast; silence follows until the minute ends. */
export const SLOW_DOWN_TEXT = `Bạn hỏi nhanh quá. Mình trả lời tối đa ${QUESTIONS_PER_MINUTE} câu mỗi phút, bạn đợi một chút rồi hỏi tiếp nhé.`;

/** A question over the length limit. */
export function tooLongText(max: number): string {
  return `Câu hỏi dài quá (tối đa ${max} ký tự). Bạn hỏi ngắn gọn hơn giúp mình nhé.`;
}

/** Photos, stickers and other non-text messages. */
export function notTextText(words: CommandWords): string {
  return `Mình chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi, hoặc gõ ${words.help} để xem hướng dẫn.`;
}

/** When answering failed on our side. */
export const APOLOGY_TEXT =
  'Xin lỗi, mình đang gặp trục trặc nên chưa trả lời được. Bạn thử lại sau ít phút nhé.';

/** /moi (Zalo: "moi"): the next question starts afresh. */
export const NEW_TOPIC_TEXT =
  'Đã bắt đầu chủ đề mới: câu hỏi tiếp theo không dựa vào câu trước. Bạn gõ câu hỏi nhé.';

/** A follow-up button pressed before any question. */
export const NO_PREVIOUS_QUESTION_TEXT = 'Bạn hãy hỏi một câu trước, rồi bấm nút hỏi tiếp nhé.';

/** A button under an answer the chat no longer keeps (older than the last few, or than six hours). */
export const ANSWER_GONE_TEXT =
  'Câu trả lời có nút này đã cũ nên mình không còn giữ. Bạn hỏi lại câu đó giúp mình nhé.';

/** «Cơ quan chủ trì» under an answer whose records name no body. */
export const NO_LEADS_TEXT = 'Kế hoạch không nêu cơ quan chủ trì cho các nội dung này.';

/** «Xem thêm» past the end of the list. */
export const NO_MORE_TEXT = 'Đã hết danh sách.';

/** The button above inline results when the query is empty. */
export const INLINE_EMPTY_BUTTON = 'Mở bot Cam Kết để hỏi';
/** The button above inline results when the plans do not state what was asked. */
export const INLINE_NOT_FOUND_BUTTON = 'Kế hoạch không nêu — hỏi trong bot';

/** Said once when the bot is added to a group: how the group addresses it. */
export function groupWelcomeText(
  username: string,
  provinces: readonly string[],
  words: CommandWords,
): string {
  return [
    'Xin chào cả nhóm! Mình là Cam Kết: mình trả lời về kế hoạch của UBND các tỉnh (mục tiêu, thời hạn, cơ quan chủ trì), kèm nguồn trích từ văn bản.',
    `Trong nhóm, mình chỉ trả lời khi được gọi: gõ @${username} kèm câu hỏi, hoặc trả lời (reply) tin nhắn của mình.`,
    `Chọn tỉnh mặc định cho nhóm bằng ${words.province}, xem hướng dẫn bằng ${words.help}.`,
    `Hiện có kế hoạch của: ${provinces.join(', ') || 'chưa có tỉnh nào'}.`,
  ].join('\n');
}
