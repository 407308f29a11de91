/**
 * What the bot replies, whatever the channel: questions, follow-ups, sources, the default province.
 * Replies are plain text plus optional buttons; each channel formats and sends them.
 */

import { type Engine, mergeFollowUp } from '../answer/engine';
import type { Answer } from '../answer/types';
import { MAX_QUESTION_LENGTH } from '../api/ask';
import { clip } from '../text/truncate';
import { agenciesIn } from '../web/agencies';
import { agencyPath, planPath, recordUrl } from '../web/links';
import type { ChatState, KeptAnswer } from './chat-state';
import {
  answerAgency,
  followUpButtons,
  pairs,
  type ReplyButton,
  recordsById,
  sourceLineOf,
} from './follow-ups';
import { formatSources } from './format';
import { type Hotline, hotlineLines } from './hotlines';
import { KEPT_SOURCES, keepAnswer, onAnswer } from './kept-answers';
import {
  APOLOGY_TEXT,
  type CommandWords,
  exampleQuestions,
  NO_SOURCES_TEXT,
  provinceSetText,
  tooLongText,
  unknownProvinceText,
} from './messages';
import { corpusProvinces, findProvince, provinceSlug } from './provinces';
import { followTarget } from './reminders/follow';

/** One reply: plain text exactly as the user should read it, and rows of buttons. */
export interface Reply {
  text: string;
  buttons?: ReplyButton[][];
  /**
   * Set on answers: the names a channel that can sets in bold (agencies; figures are found by pattern),
   * and the web rows of the text's "Nguồn:" lines, in order, as absolute links.
   */
  marks?: { strong: string[]; sourceUrls: string[] };
}

/** Everything a reply depends on; `state` is the chat's and is updated in place. */
export interface Conversation {
  engine: Engine;
  today: string;
  state: ChatState;
  words: CommandWords;
  /** Where a person can help, per province (configuration); none when not set. */
  hotlines?: ReadonlyMap<string, Hotline>;
  /** The web pages' public address (`PUBLIC_URL`, `https://…`): answers link to their rows there. */
  site?: string;
}

/** Characters of a suggestion's button label: Telegram shows about this many on a phone. */
const SUGGESTION_LABEL = 60;

/** The provinces of the corpus, for menus and matching. */
export function provincesOf(conv: Pick<Conversation, 'engine'>): string[] {
  return corpusProvinces(conv.engine);
}

/**
 * Answers a question with the chat's previous one as context (or, for a button, the answer it sits under),
 * and remembers the question as the engine understood it ("còn năm 2030?" after "tỷ lệ BHYT Quảng Ninh" is
 * kept as both together), so a chain of follow-ups keeps its topic.
 */
export function ask(
  conv: Conversation,
  question: string,
  context?: KeptAnswer,
): { reply: Reply; answer?: Answer } {
  const q = question.trim();
  if (q.length > MAX_QUESTION_LENGTH) return { reply: { text: tooLongText(MAX_QUESTION_LENGTH) } };
  const previous = context ? context.question : conv.state.lastQuestion;
  let answer: Answer;
  try {
    answer = conv.engine.answer(q, {
      today: conv.today,
      province: conv.state.province,
      previousQuestion: previous,
    });
  } catch {
    // The engine is pure and should not throw; if it does, the user still hears back.
    return { reply: { text: APOLOGY_TEXT } };
  }
  const understood = previous ? mergeFollowUp(previous, q, conv.engine.corpus) : q;
  const kept = remember(conv, understood, q, answer);
  const suggested = kept.suggestions ?? [];
  // The plans do not say: a person may know. The line of the province asked about, or every line.
  const help = answer.found ? [] : hotlineLines(conv.hotlines ?? new Map(), notFoundProvinces(conv, answer));
  const text = help.length ? `${answer.text}\n\n${help.join('\n')}` : answer.text;
  const buttons = [
    ...(suggested.length
      ? suggested.map((s, i) => [{ label: clip(s, SUGGESTION_LABEL), action: onAnswer(`s:${i}`, kept.id) }])
      : followUpButtons(conv.engine, answer, kept)),
    ...(conv.site && kept.listUrl ? [[listButton(conv.site, kept.listUrl)]] : []),
    feedbackButtons(kept.id),
  ];
  return { reply: { text, buttons, marks: marksOf(conv, kept.records, answer.items) }, answer };
}

/** Keeps `answer` as the chat's newest: the follow-up context, its sources, and what its buttons need. */
function remember(conv: Conversation, understood: string, asked: string, answer: Answer): KeptAnswer {
  const state = conv.state;
  state.lastQuestion = understood;
  state.lastSources = answer.sources.slice(0, KEPT_SOURCES);
  state.lastAsked = asked;
  state.lastRecords = answer.items.map((i) => i.id).slice(0, KEPT_SOURCES * 2);
  const suggestions = answer.suggestions?.map((s) => s.question) ?? [];
  if (suggestions.length) state.lastSuggestions = suggestions;
  else delete state.lastSuggestions;
  const agency = answerAgency(conv.engine, answer);
  const corpus = conv.engine.corpus;
  const more = answer.rest?.slice(0, KEPT_MORE).map((i) => ({
    line: i.line,
    planId: i.planId,
    id: i.id,
    source: sourceLineOf(corpus, i.source),
  }));
  const listUrl = more?.length ? listPath(conv, answer, agency) : undefined;
  return keepAnswer(state, {
    question: understood,
    asked,
    sources: answer.sources,
    records: answer.items.map((i) => i.id),
    provinces: answer.provinces,
    ...(suggestions.length ? { suggestions } : {}),
    ...(agency && followTarget(conv.engine, agency) ? { agency } : {}),
    ...(more?.length ? { more, moreCount: answer.rest?.length } : {}),
    ...(listUrl ? { listUrl } : {}),
  });
}

/** Items of a long list kept for «Xem thêm»: ten pages; the web page has the rest. */
const KEPT_MORE = 50;

/**
 * The web page that lists all of a long answer: the agency's page (`/co-quan/so-y-te?tinh=Đồng Nai`) for
 * what a body is assigned, else the plan's page when the answer is about one plan.
 */
function listPath(conv: Conversation, answer: Answer, agency: string | undefined): string | undefined {
  const corpus = conv.engine.corpus;
  const found = agency ? agenciesIn(corpus, agency)[0] : undefined;
  if (found) {
    const [province] = answer.provinces;
    const only = answer.provinces.length === 1 && province ? `?tinh=${encodeURIComponent(province)}` : '';
    return `${agencyPath(found.id)}${only}`;
  }
  const plans = new Set([...answer.items, ...(answer.rest ?? [])].map((i) => i.planId));
  const [plan] = plans;
  return plans.size === 1 && plan ? planPath(plan) : undefined;
}

/** A target's figure without the verb before it: `figureOf('đạt trên 95%')` → `'trên 95%'`. */
function figureOf(target: string): string {
  return target.replace(/^(?:phấn đấu\s+)?đạt\s+/iu, '');
}

/** A record's place on the web: its plan and its id. */
export type Row = { planId: string; id: string };

/**
 * What a channel that can marks in a reply: the records' figures and the bodies they name, in bold, and
 * the web rows of its «Nguồn:» lines, in the order the lines come (`rows`).
 */
export function marksOf(
  conv: Conversation,
  records: readonly string[],
  rows: readonly Row[],
): Reply['marks'] {
  const found = recordsById(conv.engine.corpus, records);
  // The figures as the plan writes them ("trên 95%", "61 giường bệnh") and the bodies it names.
  const strong = [
    ...new Set(
      found.flatMap(({ record }) => [
        ...('targets' in record ? record.targets.map((t) => figureOf(t.text)) : []),
        ...record.leads,
        ...record.partners,
      ]),
    ),
  ];
  const site = conv.site;
  return { strong, sourceUrls: site ? rows.map((r) => recordUrl(site, r.planId, r.id)) : [] };
}

/** The provinces a not-found answer was about: those it names, else the chat's own. */
function notFoundProvinces(conv: Conversation, answer: Answer): string[] {
  if (answer.provinces.length) return answer.provinces;
  return conv.state.province ? [conv.state.province] : [];
}

/** Under every answer: was it right? (`fb:right@<id>`, `fb:wrong@<id>`, `fb:report@<id>`). */
export function feedbackButtons(id: number): ReplyButton[] {
  return [
    { label: '👍 Đúng', action: onAnswer('fb:right', id) },
    { label: '👎 Chưa đúng', action: onAnswer('fb:wrong', id) },
    { label: 'Báo sai', action: onAnswer('fb:report', id) },
  ];
}

/** /start and /moi: the next question starts a new topic, with nothing borrowed from the last one. */
export function newTopic(conv: Conversation): void {
  delete conv.state.lastQuestion;
  delete conv.state.lastSuggestions;
}

/** The sources of an answer (a "Xem nguồn" button), or of the chat's last one (/nguon). */
export function sourcesReply(conv: Conversation, kept?: KeptAnswer): Reply {
  const sources = kept ? kept.sources : (conv.state.lastSources ?? []);
  if (!sources.length) return { text: NO_SOURCES_TEXT };
  const head = kept ? 'Nguồn của câu trả lời' : 'Nguồn của câu trả lời vừa rồi';
  const site = conv.site;
  const ids = kept?.records ?? conv.state.lastRecords ?? [];
  return {
    text: `${head}:\n\n${formatSources(sources)}`,
    marks: {
      strong: [],
      sourceUrls: site ? sources.map((s, i) => recordUrl(site, s.planId, ids[i] ?? s.planId)) : [],
    },
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
  return pairs(provincesOf(conv).map((p) => ({ label: p, action: `p:${provinceSlug(p)}` })));
}

/** The link to the web page that lists all of a long answer. */
export function listButton(site: string, path: string): ReplyButton {
  return { label: 'Cả danh sách trên web', action: '', url: `${site}${path}` };
}
