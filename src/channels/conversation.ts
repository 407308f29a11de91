/**
 * What the bot replies, whatever the channel: questions, follow-ups, sources, the default province.
 * Replies are plain text plus optional buttons; each channel formats and sends them.
 */

import { type Engine, mergeFollowUp } from '../answer/engine';
import type { Answer } from '../answer/types';
import { MAX_QUESTION_LENGTH } from '../api/ask';
import { clip } from '../text/truncate';
import type { ChatState } from './chat-state';
import { FOLLOW_UPS, type FollowUp, followUpButtons, otherProvinces, type ReplyButton } from './follow-ups';
import { formatSources } from './format';
import { type Hotline, hotlineLines } from './hotlines';
import {
  APOLOGY_TEXT,
  type CommandWords,
  exampleQuestions,
  NO_PREVIOUS_QUESTION_TEXT,
  NO_SOURCES_TEXT,
  provinceSetText,
  tooLongText,
  unknownProvinceText,
} from './messages';
import { corpusProvinces, findProvince, provinceSlug } from './provinces';

/** One reply: plain text exactly as the user should read it, and rows of buttons. */
export interface Reply {
  text: string;
  buttons?: ReplyButton[][];
}

/** Everything a reply depends on; `state` is the chat's and is updated in place. */
export interface Conversation {
  engine: Engine;
  today: string;
  state: ChatState;
  words: CommandWords;
  /** Where a person can help, per province (configuration); none when not set. */
  hotlines?: ReadonlyMap<string, Hotline>;
}

/** Characters of a suggestion's button label: Telegram shows about this many on a phone. */
const SUGGESTION_LABEL = 60;

/** Sources kept for /nguon; more would only bloat the chat's KV value. */
const KEPT_SOURCES = 5;

/** The provinces of the corpus, for menus and matching. */
export function provincesOf(conv: Pick<Conversation, 'engine'>): string[] {
  return corpusProvinces(conv.engine);
}

/**
 * Answers a question with the chat's previous one as context, and remembers the question as the engine
 * understood it ("còn năm 2030?" after "tỷ lệ BHYT Quảng Ninh" is kept as both together), so a chain of
 * follow-ups keeps its topic.
 */
export function ask(conv: Conversation, question: string): { reply: Reply; answer?: Answer } {
  const q = question.trim();
  if (q.length > MAX_QUESTION_LENGTH) return { reply: { text: tooLongText(MAX_QUESTION_LENGTH) } };
  const previous = conv.state.lastQuestion;
  let answer: Answer;
  try {
    answer = conv.engine.answer(q, {
      today: conv.today,
      province: conv.state.province,
      previousQuestion: previous,
    });
    conv.state.lastQuestion = previous ? mergeFollowUp(previous, q, conv.engine.corpus) : q;
  } catch {
    // The engine is pure and should not throw; if it does, the user still hears back.
    return { reply: { text: APOLOGY_TEXT } };
  }
  conv.state.lastSources = answer.sources.slice(0, KEPT_SOURCES);
  conv.state.lastAsked = q;
  conv.state.lastRecords = answer.items.map((i) => i.id).slice(0, KEPT_SOURCES * 2);
  const suggested = answer.suggestions?.map((s) => s.question) ?? [];
  if (suggested.length) conv.state.lastSuggestions = suggested;
  else delete conv.state.lastSuggestions;
  // The plans do not say: a person may know. The line of the province asked about, or every line.
  const help = answer.found ? [] : hotlineLines(conv.hotlines ?? new Map(), notFoundProvinces(conv, answer));
  const text = help.length ? `${answer.text}\n\n${help.join('\n')}` : answer.text;
  const buttons = [
    ...(suggested.length
      ? suggested.map((q, i) => [{ label: clip(q, SUGGESTION_LABEL), action: `s:${i}` }])
      : followUpButtons(conv.engine, answer)),
    FEEDBACK_BUTTONS,
  ];
  return { reply: { text, buttons }, answer };
}

/** The provinces a not-found answer was about: those it names, else the chat's own. */
function notFoundProvinces(conv: Conversation, answer: Answer): string[] {
  if (answer.provinces.length) return answer.provinces;
  return conv.state.province ? [conv.state.province] : [];
}

/** Under every answer: was it right? (`fb:right`, `fb:wrong`, `fb:report`). */
export const FEEDBACK_BUTTONS: ReplyButton[] = [
  { label: '👍 Đúng', action: 'fb:right' },
  { label: '👎 Chưa đúng', action: 'fb:wrong' },
  { label: 'Báo sai', action: 'fb:report' },
];

/** /start and /moi: the next question starts a new topic, with nothing borrowed from the last one. */
export function newTopic(conv: Conversation): void {
  delete conv.state.lastQuestion;
  delete conv.state.lastSuggestions;
}

/** The sources of the chat's last answer (/nguon, "Xem nguồn"). */
export function sourcesReply(conv: Conversation): Reply {
  const sources = conv.state.lastSources ?? [];
  return {
    text: sources.length ? `Nguồn của câu trả lời vừa rồi:\n\n${formatSources(sources)}` : NO_SOURCES_TEXT,
  };
}

/** Sets the chat's default province from what the user typed or linked ("dong-nai", "Đồng Nai"). */
export function chooseProvince(conv: Conversation, typed: string): Reply {
  const provinces = provincesOf(conv);
  const province = findProvince(provinces, typed);
  if (!province) return { text: unknownProvinceText(typed.trim(), provinces) };
  conv.state.province = province;
  return { text: provinceSetText(province) };
}

/** The example questions of /start, as buttons, about the chat's province or the first one. */
export function exampleButtons(conv: Conversation): ReplyButton[][] {
  const province = conv.state.province ?? provincesOf(conv)[0];
  if (!province) return [];
  return exampleQuestions(province).map((q, i) => [{ label: q, action: `q:${i}` }]);
}

/** One button per province, two per row (`p:<slug>` stays far under Telegram's 64-byte limit). */
export function provinceButtons(conv: Conversation): ReplyButton[][] {
  const buttons = provincesOf(conv).map((p) => ({ label: p, action: `p:${provinceSlug(p)}` }));
  const rows: ReplyButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

/**
 * Runs a pressed button: an example question (`q:0`), a suggestion (`s:1`), a province (`p:dong-nai`), a follow-up
 * (`f:agency`, `f:y2030`, `f:others`) or the sources (`src`). `undefined` for an unknown action.
 */
export function runAction(conv: Conversation, action: string): { reply: Reply; answer?: Answer } | undefined {
  const [kind, arg = ''] = action.split(':', 2);
  if (kind === 'src') return { reply: sourcesReply(conv) };
  if (kind === 'p') return { reply: chooseProvince(conv, arg) };
  if (kind === 's') {
    const question = conv.state.lastSuggestions?.[Number(arg)];
    return question ? ask(conv, question) : undefined;
  }
  if (kind === 'q') {
    const province = conv.state.province ?? provincesOf(conv)[0] ?? '';
    const question = exampleQuestions(province)[Number(arg)];
    return question ? ask(conv, question) : undefined;
  }
  if (kind === 'f' && arg in FOLLOW_UPS) {
    const context = conv.state.lastQuestion;
    if (!context) return { reply: { text: NO_PREVIOUS_QUESTION_TEXT } };
    const others = otherProvinces(conv.engine, conv.state.lastSources?.map((s) => s.province) ?? []);
    return ask(conv, FOLLOW_UPS[arg as FollowUp].question(context, others));
  }
  return undefined;
}
