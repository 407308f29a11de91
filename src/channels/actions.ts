/**
 * What a pressed button does: an example question, a province, or an action on the answer it sits under
 * (found by the id in its callback data) — its sources, a suggestion, a follow-up, the next page.
 */
import { mergeFollowUp } from '../answer/engine';
import type { Answer, AnswerItem } from '../answer/types';
import { recordUrl } from '../web/links';
import type { KeptAnswer } from './chat-state';
import {
  ask,
  type Conversation,
  chooseProvince,
  feedbackButtons,
  listButton,
  marksOf,
  provincesOf,
  type Reply,
  sourcesReply,
} from './conversation';
import {
  AGENCY_ROWS,
  FOLLOW_UPS,
  followButton,
  leadsText,
  moreButton,
  otherProvinces,
  pairs,
  type ReplyButton,
  recordsById,
  sourceLineOf,
} from './follow-ups';
import { withProvince } from './format';
import { findAnswer, keepAnswer, onAnswer, parseAction } from './kept-answers';
import {
  ANSWER_GONE_TEXT,
  exampleQuestions,
  NO_LEADS_TEXT,
  NO_MORE_TEXT,
  NO_PREVIOUS_QUESTION_TEXT,
} from './messages';
import { followTarget } from './reminders/follow';

/** A pressed button's outcome: the reply, the engine's answer when one was asked. */
export type ActionResult = { reply: Reply; answer?: Answer };

/**
 * Runs a pressed button: an example question (`q:0`), a province (`p:dong-nai`), or an action on the answer
 * it sits under — a suggestion (`s:1@7`), a follow-up (`f:agency@7`, `f:y2030@7`, `f:others@7`), the sources
 * (`src@7`) or the next page (`more:1@7`). An answer no longer kept says so; `undefined` for an unknown action.
 */
export function runAction(conv: Conversation, data: string): ActionResult | undefined {
  const { action, answerId } = parseAction(data);
  const [kind, arg = ''] = action.split(':', 2);
  if (kind === 'p') return { reply: chooseProvince(conv, arg) };
  if (kind === 'q') {
    const province = conv.state.province ?? provincesOf(conv)[0] ?? '';
    const question = exampleQuestions(province)[Number(arg)];
    return question ? ask(conv, question) : undefined;
  }
  if (!['src', 's', 'f', 'more'].includes(kind ?? '')) return undefined;
  const kept = findAnswer(conv.state, answerId);
  if (!kept)
    return { reply: { text: answerId === undefined ? NO_PREVIOUS_QUESTION_TEXT : ANSWER_GONE_TEXT } };
  if (kind === 'src') return { reply: sourcesReply(conv, kept) };
  if (kind === 'more') return { reply: morePage(conv, kept, Number(arg)) };
  if (kind === 's') {
    const question = kept.suggestions?.[Number(arg)];
    return question ? ask(conv, question, kept) : undefined;
  }
  if (arg === 'agency') return leadsReply(conv, kept);
  if (arg === 'y2030') return ask(conv, FOLLOW_UPS.y2030.question(), kept);
  if (arg === 'others') return othersReply(conv, kept);
  return undefined;
}

/** «Cơ quan chủ trì»: the leads of the answer's records, with a «Theo dõi» when they share one. */
function leadsReply(conv: Conversation, kept: KeptAnswer): ActionResult {
  const text = leadsText(conv.engine, kept);
  if (!text) return { reply: { text: NO_LEADS_TEXT } };
  const found = recordsById(conv.engine.corpus, kept.records);
  const leads = [...new Set(found.flatMap((f) => f.record.leads))];
  const agency = leads.length === 1 && leads[0] && followTarget(conv.engine, leads[0]) ? leads[0] : undefined;
  const next = keepAnswer(conv.state, { ...kept, ...(agency ? { agency } : {}) });
  const buttons = [
    ...(agency ? [followButton(agency, next.id)] : []),
    { label: 'Xem nguồn', action: onAnswer('src', next.id) },
  ];
  const rows = recordsById(conv.engine.corpus, kept.records)
    .slice(0, AGENCY_ROWS)
    .map(({ record, plan }) => ({ planId: plan.id, id: record.id }));
  return { reply: { text, buttons: pairs(buttons), marks: marksOf(conv, kept.records, rows) } };
}

/**
 * «Các tỉnh khác»: the same question for every other province, asked one province at a time with the
 * answer under the button as context, and the best line of each — the same rows on every press.
 */
function othersReply(conv: Conversation, kept: KeptAnswer): ActionResult {
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  for (const province of otherProvinces(conv.engine, kept.provinces)) {
    const answer = conv.engine.answer(FOLLOW_UPS.others.question(province), {
      today: conv.today,
      previousQuestion: kept.question,
    });
    const best = answer.found ? answer.items.find((i) => i.province === province) : undefined;
    if (!best) {
      lines.push(`• ${province}: kế hoạch không nêu.`);
      continue;
    }
    lines.push(
      `• ${withProvince(best.line, province)}`,
      `  ${sourceLineOf(conv.engine.corpus, best.source)}`,
    );
    items.push(best);
  }
  const others = otherProvinces(conv.engine, kept.provinces);
  const question = mergeFollowUp(kept.question, `Còn ${others.join(', ')} thì sao?`, conv.engine.corpus);
  conv.state.lastQuestion = question;
  const next = keepAnswer(conv.state, {
    question,
    asked: kept.asked,
    sources: items.map((i) => i.source),
    records: items.map((i) => i.id),
    provinces: [...new Set(items.map((i) => i.province))],
  });
  conv.state.lastSources = next.sources;
  const buttons = [
    ...(items.length ? [[{ label: 'Xem nguồn', action: onAnswer('src', next.id) }]] : []),
    feedbackButtons(next.id),
  ];
  return { reply: { text: lines.join('\n'), buttons, marks: marksOf(conv, next.records, items) } };
}

/** Items shown per «Xem thêm» page. */
export const MORE_PAGE = 5;

/** Page `page` (from 1) of what an answer left out, with a «Xem thêm» for the next one and a link to the web. */
function morePage(conv: Conversation, kept: KeptAnswer, page: number): Reply {
  const more = kept.more ?? [];
  const from = (Math.max(1, page) - 1) * MORE_PAGE;
  const shown = more.slice(from, from + MORE_PAGE);
  if (!shown.length) return { text: NO_MORE_TEXT };
  kept.paged = Math.max(1, page);
  const lines = shown.flatMap((m) => [`• ${m.line}`, `  ${m.source}`]);
  const left = (kept.moreCount ?? more.length) - from - shown.length;
  if (left > 0) lines.push(`… và ${left} mục khác.`);
  const site = conv.site;
  const buttons: ReplyButton[] = [];
  if (from + shown.length < more.length) buttons.push(moreButton(page + 1, kept.id));
  if (site && kept.listUrl) buttons.push(listButton(site, kept.listUrl));
  return {
    text: lines.join('\n'),
    buttons: pairs(buttons),
    marks: { strong: [], sourceUrls: site ? shown.map((m) => recordUrl(site, m.planId, m.id)) : [] },
  };
}

/** «xem thêm» typed (Zalo): the next page of the newest answer's list. */
export function nextPage(conv: Conversation): Reply {
  const kept = findAnswer(conv.state, undefined);
  if (!kept?.more?.length) return { text: NO_MORE_TEXT };
  return morePage(conv, kept, (kept.paged ?? 0) + 1);
}
