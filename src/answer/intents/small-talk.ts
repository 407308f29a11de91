/** Short friendly replies to small talk ("cảm ơn", "👋 chào bot", "ok") and to questions in English. */
import type { Corpus } from '../../schema/records';
import type { SMALL_TALK } from '../cues';
import type { Answer, Intent } from '../types';
import { examples } from './help';

/** The reply to each kind of small talk; each ends by inviting a question. */
export const SMALL_TALK_REPLIES: Readonly<Record<keyof typeof SMALL_TALK, string>> = {
  thanks: 'Không có gì ạ! Bạn cần hỏi thêm về chỉ tiêu, thời hạn hay cơ quan chủ trì thì cứ gõ nhé.',
  greeting:
    'Chào bạn! Mình là Cam Kết, trả lời về chỉ tiêu, thời hạn và cơ quan chủ trì trong kế hoạch của các tỉnh.',
  ack: 'Vâng ạ. Bạn muốn hỏi gì thêm cứ gõ nhé.',
};

const reply = (intent: Intent, text: string): Answer => ({
  text,
  found: true,
  intent,
  items: [],
  sources: [],
  provinces: [],
});

/** "cảm ơn bot" → "Không có gì ạ! …"; a greeting also shows one example question. */
export function answerSmallTalk(corpus: Corpus, kind: keyof typeof SMALL_TALK): Answer {
  const example = examples(corpus)[0];
  const text = SMALL_TALK_REPLIES[kind];
  return reply('smalltalk', kind === 'greeting' && example ? `${text}\nVí dụ: «${example}»` : text);
}

/** A question in English: the bot answers in Vietnamese, and here is a question it can answer. */
export function answerEnglish(corpus: Corpus): Answer {
  const example = examples(corpus)[0] ?? '';
  return {
    ...reply(
      'english',
      [
        'Cam Kết answers in Vietnamese only: ask about the targets, deadlines and lead agencies in the provincial plans.',
        `Ví dụ / for example: «${example}»`,
      ].join('\n'),
    ),
    found: false,
  };
}
