/**
 * The answer engine: pure, no I/O. `createEngine(corpus).answer('ty le bhyt quang ninh', { today })`
 * → `{ text: 'Quảng Ninh: Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% …', found: true, … }`.
 */

import { agencyKey, groupOrHead } from '../ingest/agencies';
import type { Corpus, PlanRecords } from '../schema/records';
import type { ProvinceSuccession } from '../schema/succession';
import { buildIndex, prebuiltIndex, type SearchIndex } from '../search/index';
import { sectionLabel } from '../text/citation';
import { formatDate, statedToday } from '../text/dates';
import { fold } from '../text/normalize';
import { clip } from '../text/truncate';
import { agencySpellings } from '../text/vocabulary';
import { withoutAgency } from './agency-text';
import { coordinatorItemId, LIST_BUDGET } from './compose';
import { type Ask, type EngineContext, lookups, plansIn, plansNamed } from './context';
import { cueMatcher } from './cue-match';
import {
  putsForward,
  QUESTION_WORDS,
  REPORTING_CUES,
  RUNS_THE_PLAN,
  whoAsked,
  whoWordsIn,
  withoutWhoWords,
} from './cues';
import { departmentOfFieldAsked } from './field-duties';
import { mergeFollowUp } from './follow-up';
import { answerAgency, answerGroupCompiler, asksGroupCompiler } from './intents/agency';
import { answerAssignments, answerUnnamedBody } from './intents/assignments';
import { answerCommune } from './intents/commune';
import {
  answerDocument,
  asksDocumentDay,
  DOCUMENT_DAY_ASKED,
  DOCUMENT_DAY_PUT,
  documentItemId,
  namesNumber,
} from './intents/documents';
import { answerHelp } from './intents/help';
import { answerList } from './intents/list';
import {
  AMOUNT,
  answerArchive,
  answerMeta,
  answerOutline,
  answerReplaced,
  answerUnsetReview,
  asksAnnexes,
  asksFunding,
  asksFundingAmount,
  asksRecipients,
  asksReportDetail,
  factsAsked,
  namedRecipientReported,
  REPORT_MATTER_ASKED,
  reportsIn,
} from './intents/meta';
import { answerSection } from './intents/section';
import { answerEnglish, answerSmallTalk } from './intents/small-talk';
import { answerTarget } from './intents/target';
import { answerByTimeframe, askedTimeframe } from './intents/timeframe';
import { type Prebuilt, prebuiltStats } from './prebuilt';
import { termStats } from './rank';
import { joinAnswers, notFound } from './reply';
import { AS_OF_TEXT, communeLevelIn, provinceToday } from './today';
import type { Answer, AnswerItem, AskOptions } from './types';
import {
  namesNothingBut,
  type Question,
  smallTalkKind,
  titleWordsOf,
  topicWords,
  understand,
} from './understand';

export { isElliptical, mergeFollowUp } from './follow-up';

const asksReporting = cueMatcher(REPORTING_CUES);
// "… báo cáo kết quả thực hiện các chỉ tiêu … trước ngày nào, cơ quan nào tổng hợp?", "Hạn báo cáo … là ngày
// nào?": the day of a report is a reporting duty's, however many words stand between the two; so is a day put
// forward ("… báo cáo hằng năm vào ngày 30/11 phải không?", "… báo cáo năm nộp ngày 10/12 đúng không?").
const REPORT_DAY =
  /\bbao cao\b.*\b(?:(?:truoc|vao|han) ngay (?:nao|may)|thoi han nao|han chot|ngay (?:thang )?cu the|khi nao|bao gio)\b|\b(?:han|thoi han) bao cao\b.*\bngay (?:nao|may)\b|\bngay (?:thang )?cu the\b.*\bbao cao\b|\bbao cao\b.*\b(?:truoc|vao|han|nop|gui)(?: ngay)? \d{1,2}\/\d{1,2}\b/;

/** An engine over one corpus. */
export interface Engine {
  corpus: Corpus;
  index: SearchIndex;
  answer(question: string, options: AskOptions): Answer;
}

/** Longest question the engine reads; the channels and the API refuse longer ones politely. */
export const MAX_QUESTION = 1000;

/** Builds an engine over `corpus`, from what ingest prebuilt for its plans when `prebuilt` is given. */
export function createEngine(corpus: Corpus, prebuilt?: Prebuilt): Engine {
  const index = prebuilt ? prebuiltIndex(corpus, indexesOf(prebuilt)) : buildIndex(corpus);
  const found = lookups(corpus);
  // An indicator is about its name; its quote also holds the table's figures and agencies.
  const nameOf = (id: string) => {
    const f = found.records.get(id);
    return f?.kind === 'indicator' ? f.record.name : undefined;
  };
  const stats = prebuilt
    ? prebuiltStats(
        index,
        corpus.plans.flatMap((p) => prebuilt.get(p.plan.id)?.() ?? []),
        nameOf,
      )
    : termStats(index, nameOf);
  const ctx: EngineContext = { corpus, index, stats, ...found };
  return { corpus, index, answer: (question, options) => answerAsked(ctx, question, options) };
}

/** The one province a question is about (named, or by its plan's number); null for none or several. */
function provinceOf(q: Question, ctx: EngineContext): string | null {
  const named = new Set([
    ...q.provinces,
    ...ctx.corpus.plans.filter((p) => q.planIds.includes(p.plan.id)).map((p) => p.plan.province),
  ]);
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

// "ai / sở nào / cơ quan nào …": a question asking which body, so a body it names is part of what it asks about.
const ASKS_WHICH_BODY = /\b(?:ai|(?:so|co quan|don vi|nganh|ben) nao)\b/;

/**
 * Whether `body` came into a follow-up only as part of the previous question's subject: that question asked
 * which body does something ("ai chủ trì … của các đơn vị thuộc Sở LĐTBXH?") and the follow-up ("phối hợp với
 * ai?") names no body of its own. Then the follow-up asks about that thing, not about the body.
 */
function bodyOfSubject(before: Question, followUp: string, body: string, ctx: EngineContext): boolean {
  return (
    before.agency === body &&
    ASKS_WHICH_BODY.test(before.folded) &&
    !understand(followUp, ctx.corpus, ctx.stats.known).agency
  );
}

// "sở đó", "cơ quan này", "đơn vị ấy": a body pointed at, the one the previous answer named. Typed without
// diacritics "so do" is also "số đó" (that figure): then only before a verb of duty.
const POINTS_AT_BODY =
  /(?:^|[\s,.;:?!])((?:sở|cơ quan|đơn vị|ngành) (?:đó|đấy|này|ấy|kia|trên))(?=$|[\s,.;:?!])/iu;
const POINTS_AT_BODY_PLAIN =
  /(?:^|[\s,.;:?!])((?:co quan|don vi|nganh) (?:do|day|nay|ay|kia|tren)|so (?:do|day|nay|ay)(?= (?:con |cung |da )?(?:phai|co|chu tri|phu trach|lam|bao cao|duoc giao|phoi hop|tham muu|truc tiep)\b))(?=$|[\s,.;:?!])/i;

/**
 * The words of a follow-up that point ("sở đó", "việc này"), matched with diacritics or, in a question typed
 * without them, plain; `put` writes a name in their place in the question's own spelling: a name with
 * diacritics in a question typed without would make its other words read as spelled ("con" as "con", not
 * "còn"). Null when nothing points.
 */
function pointer(text: string, spelled: RegExp, plainly: RegExp): { put: (name: string) => string } | null {
  const plain = fold(text) === text.toLowerCase();
  const words = (plain ? plainly : spelled).exec(text)?.[1];
  return words ? { put: (name) => text.replace(words, plain ? fold(name) : name) } : null;
}

/**
 * A follow-up that points at a body ("ngoài UBND tỉnh, sở đó còn phải báo cáo bộ nào?") with the body put in:
 * the one that leads what the previous question was answered with. As it is when nothing is pointed at, the
 * question names a body itself, or the previous answer names none.
 */
function bodyPointedAt(ctx: EngineContext, text: string, previous: () => AnswerItem | undefined): string {
  const pointed = pointer(text, POINTS_AT_BODY, POINTS_AT_BODY_PLAIN);
  if (!pointed || understand(text, ctx.corpus, ctx.stats.known).agency) return text;
  const first = previous();
  // A record's lead, or the plan's standing body when that is what the previous answer named.
  const record = first ? ctx.records.get(first.id)?.record : undefined;
  const coordinator = ctx.corpus.plans.find((p) => coordinatorItemId(p.plan.id) === first?.id)?.plan
    .coordinator;
  const body = (record ?? coordinator)?.leads[0];
  return body ? pointed.put(body) : text;
}

// "việc đó", "nhiệm vụ này", "chỉ tiêu ấy": a thing pointed at. It is the previous answer's own when the previous
// question asked which thing ("nhiệm vụ nào có thời gian thực hiện là năm 2024?"); otherwise the previous
// question's subject, which the follow-up takes from it as it stands.
const POINTS_AT_THING =
  /(?:^|[\s,.;:?!])((?:việc|nhiệm vụ|chỉ tiêu|mục tiêu|nội dung|hoạt động) (?:đó|đấy|này|ấy|trên))(?=$|[\s,.;:?!])/iu;
const POINTS_AT_THING_PLAIN =
  /(?:^|[\s,.;:?!])((?:viec|nhiem vu|chi tieu|muc tieu|noi dung|hoat dong) (?:do|day|nay|ay|tren))(?=$|[\s,.;:?!])/i;
const POINTS_AT_TARGET = /\b(?:chi tieu|muc tieu) (?:do|day|nay|ay|tren)\b/;
const ASKS_WHICH_THING = /\b(?:viec|nhiem vu|chi tieu|muc tieu|noi dung|hoat dong) (?:nao|gi)\b/;
// The words of a duty that name it: its first clause, as far as a follow-up needs to find it again.
const NAMING_WORDS = 16;

/**
 * A follow-up that points at the thing the previous question asked to be named ("ai chủ trì việc đó?") with
 * the thing put in: the indicator's name or the duty's first words, of what the previous answer gave first.
 */
function thingPointedAt(
  ctx: EngineContext,
  text: string,
  previousQuestion: string,
  previous: () => AnswerItem | undefined,
): string {
  const pointed = pointer(text, POINTS_AT_THING, POINTS_AT_THING_PLAIN);
  const folded = fold(text);
  const thingAsked = ASKS_WHICH_THING.test(fold(previousQuestion));
  // ("chỉ tiêu này là mục số mấy?" after "… BHYT đến 2030 là bao nhiêu?": a target pointed at, which the previous
  // answer gave, though the previous question asked its figure, not which target.)
  // (Not a figure or a year asked of it: "chỉ tiêu đó năm 2030 là bao nhiêu?" asks the previous question again.)
  const target =
    POINTS_AT_TARGET.test(folded) &&
    !FIGURE_ASKED.test(folded.replace(PLACE_ASKED, ' ')) &&
    !/\b(?:19|20)\d{2}\b/.test(text);
  if (!pointed || (!thingAsked && !target)) return text;
  const found = ctx.records.get(previous()?.id ?? '');
  if (!found || (!thingAsked && found.kind !== 'indicator')) return text;
  const named =
    found.kind === 'indicator'
      ? found.record.name
      : (found.record.text.split(/[.;:]/)[0] ?? '').split(/\s+/).slice(0, NAMING_WORDS).join(' ');
  return named ? pointed.put(named) : text;
}

/** What the previous question was answered with first, when it was found. */
function previousFirst(ctx: EngineContext, options: AskOptions): AnswerItem | undefined {
  const previous = answer(ctx, options.previousQuestion ?? '', { ...options, previousQuestion: undefined });
  return previous.found ? previous.items[0] : undefined;
}

// "NQ đó", "quyết định này", "văn bản ấy": a document pointed at, the one the previous answer cited.
const POINTS_AT_DOCUMENT =
  /(?:^|[\s,.;:?!])((?:nq|nghị quyết|qđ|quyết định|công văn|văn bản|chỉ thị|thông tư|nghị định|tờ trình|chương trình) (?:đó|đấy|này|ấy|trên))(?=$|[\s,.;:?!])/iu;
const POINTS_AT_DOCUMENT_PLAIN =
  /(?:^|[\s,.;:?!])((?:nq|nghi quyet|qd|quyet dinh|cong van|van ban|chi thi|thong tu|nghi dinh|to trinh) (?:do|day|nay|ay|tren))(?=$|[\s,.;:?!])/i;

/**
 * A follow-up that points at a document ("NQ đó ngày bao nhiêu?") with the document put in, by its kind and
 * number, when the previous answer cited one first from the plan's body. As it is otherwise.
 */
function documentPointedAt(ctx: EngineContext, text: string, previous: () => AnswerItem | undefined): string {
  const pointed = pointer(text, POINTS_AT_DOCUMENT, POINTS_AT_DOCUMENT_PLAIN);
  if (!pointed) return text;
  const first = previous();
  const doc = ctx.corpus.plans
    .flatMap((p) => p.plan.documents.map((d) => ({ id: documentItemId(p.plan.id, d), d })))
    .find((x) => x.id === first?.id)?.d;
  // (A document the plan cites as its basis is asked of the plan's facts as it stands: "QĐ đó ký ngày nào?".)
  if (!doc?.number || doc.basis) return text;
  return pointed.put(`${doc.kind} ${doc.number}`);
}

const indexesOf = (prebuilt: Prebuilt) =>
  new Map([...prebuilt].map(([id, plan]) => [id, () => plan().index] as const));

// The roles a who-question asks for, which name no duty of their own.
const ROLE_WORDS =
  /\b(?:chu tri|phoi hop|tham dinh|tong hop|thuc hien|phu trach|theo doi|danh gia|tham muu|bao cao|kiem tra|giam sat|huong dan|la co quan|lam|lo|chinh|cung|nua|khac|con|giao|duoc|thong qua|qua|gui|nop|len)\b/g;

/**
 * Rule: a question that asks who twice, in two clauses joined by "và" or a comma ("cơ quan nào là cơ quan thường
 * trực …, và sở nào chủ trì các chỉ tiêu về nhà ở?"), is two questions: the clauses, the second with the plans
 * or provinces the whole names (it often names them once, up front). Null when the question is not so made.
 */
export function whoClauses(
  text: string,
  scope: string,
  places: readonly string[] = [],
): [string, string] | null {
  const folded = fold(text);
  if (folded.length !== text.length) return null;
  const asked = whoWordsIn(folded);
  if (asked.length !== 2) return null;
  const second = asked[1]?.index ?? 0;
  const firstEnd = (asked[0]?.index ?? 0) + (asked[0]?.[0].length ?? 0);
  const joint = /(?:\s*,\s*(?:va\s+|con\s+)?|\s+va\s+(?:con\s+)?)$/.exec(folded.slice(0, second));
  // "X do sở nào chủ trì? Còn Y thì sở nào?", "…; còn việc Y thì ai chủ trì?": the second clause names its
  // subject before its asking words, after the turn to a second question.
  const turn = [...folded.slice(0, second).matchAll(SECOND_QUESTION)]
    .filter((m) => m.index >= firstEnd)
    .at(-1);
  // "X ai chủ trì, Y ai chủ trì?": each clause's subject before its asking words, the first comma after the
  // first clause's asking words parting them.
  // (Only when the first clause ends on its asking words and a role, and the second names its own subject before
  // its asking words: not "ai chủ trì tuyên truyền, …, phối hợp với sở nào?", nor "ai báo cáo, qua cơ quan nào".)
  const found = /\s*[,;]\s*/.exec(folded.slice(firstEnd, second));
  const comma =
    found &&
    ownWords(text.slice(firstEnd, firstEnd + found.index), places).length === 0 &&
    ownWords(text.slice(firstEnd + found.index + found[0].length, second), places).length >= 2 &&
    // ("…: ai chủ trì, ngoài các sở … còn ai phối hợp?" asks who else of the same duty.)
    !/\bngoai\b/.test(folded.slice(firstEnd + found.index, second))
      ? found
      : null;
  const [first, rest] =
    joint && joint.index > (asked[0]?.index ?? 0)
      ? [text.slice(0, joint.index).trim(), text.slice(second).trim()]
      : turn
        ? [text.slice(0, turn.index).trim(), text.slice(turn.index + turn[0].length).trim()]
        : comma
          ? [
              text.slice(0, firstEnd + comma.index).trim(),
              text.slice(firstEnd + comma.index + comma[0].length).trim(),
            ]
          : [null, null];
  if (first === null || rest === null) return null;
  // Each clause must say what it asks about beyond its asking words and the role asked: "ai chủ trì, ai phối
  // hợp?", "gửi ai tổng hợp và sở nào thẩm định?" ask two roles in one duty, one question.
  if (ownWords(first, places).length < 2 || ownWords(rest, places).length < 2) return null;
  // (A second clause naming its own province or plan, "còn Đồng Nai (KH 230) …", is asked of that alone.)
  const ownPlace =
    places.some((p) => fold(rest).includes(fold(p))) || /\b(?:kh|ke hoach)\s*(?:so\s*)?\d/.test(fold(rest));
  return [first, scope && !ownPlace ? `${rest.replace(/[?.!\s]+$/u, '')} (${scope})?` : rest];
}

/**
 * Rule: "X và Y lần lượt (là / giao cho) …?" asks the same of X and of Y, in turn: the two questions, each with
 * the words before X (the plan, the province) and the asking words after "lần lượt". Null when the words before
 * "lần lượt" do not part in two at their last "và" (or comma), or either part says nothing of its own.
 */
export function respectiveClauses(text: string): [string, string] | null {
  const folded = fold(text);
  if (folded.length !== text.length) return null;
  const at = /\blan luot\b/.exec(folded);
  if (!at) return null;
  const subjects = folded.slice(0, at.index);
  const joint = [...subjects.matchAll(/\s+va\s+|\s*,\s*/g)].at(-1);
  if (!joint) return null;
  // (A colon or comma before the first subject closes what the whole question is about: "KH 10 Đà Nẵng, X …".)
  const opening = /^.*[:,]\s*/.exec(subjects.slice(0, joint.index))?.[0] ?? '';
  const first = text.slice(0, joint.index).trim();
  const second = text.slice(joint.index + joint[0].length, at.index).trim();
  const asking = text.slice(at.index + at[0].length).trim();
  const a = `${first} ${asking}`;
  const b = `${opening ? text.slice(0, opening.length).trim() : ''} ${second} ${asking}`.trim();
  if (ownWords(first.slice(opening.length), []).length < 2 || ownWords(second, []).length < 2) return null;
  return [a, b];
}

/**
 * What a clause asks about beyond its asking words and the roles asked. (The plan and places the question names
 * are its scope, no subject either: "KH 230 Đồng Nai: ai chủ trì, ai …".)
 */
function ownWords(clause: string, places: readonly string[]): string[] {
  return withoutWhoWords(
    places
      .reduce((t, place) => t.replaceAll(fold(place), ' '), fold(clause))
      .replace(/\bkh\s*\d+\S*|\bke hoach(?: so)? \d+\S*/g, ' '),
  )
    .replace(ROLE_WORDS, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && !QUESTION_WORDS.has(w) && !/^\d+$/.test(w));
}

// The words that ask a figure: "bao nhiêu", "mấy", "bn".
const FIGURE_WORDS = String.raw`\b(?:bao nhieu|may|bn)\b`;
// Where a message turns to a second question: ", và …", ", còn …", "? …", "; …".
const SECOND_QUESTION = /\s*(?:,\s*(?:va|con)\s+|[?;]\s+(?:(?:va|con)\s+)?)/g;
// Of two figures asked, also "và" right after the first one's question word ("… là bao nhiêu và đến 2025 giảm …
// bao nhiêu?"); not of other questions, whose clauses are asked again only after a not-found reply.
const SECOND_FIGURE = new RegExp(`${SECOND_QUESTION.source}|(?<=${FIGURE_WORDS})\\s+va\\s+`, 'g');
// Words that ask: a figure, a body, a time, a place, a thing.
const ASKS = /\b(?:bao nhieu|bn|may|nao|ai|gi|khi nao|dau|the nao|ra sao)\b/;

/**
 * Rule: a message that asks two things in two clauses, each a question with a subject of its own ("… bao nhiêu %
 * học sinh tiểu học học 2 buổi/ngày, và sở nào chủ trì nhiệm vụ giáo dục?"), is two questions: the clauses.
 * With `figures`, also a first figure's question word then "và" ("… là bao nhiêu và …"). Null when it is not so made.
 */
export function askedTwice(
  text: string,
  places: readonly string[] = [],
  figures = false,
): [string, string] | null {
  const folded = fold(text);
  if (folded.length !== text.length) return null;
  for (const m of folded.matchAll(figures ? SECOND_FIGURE : SECOND_QUESTION)) {
    const at = m.index ?? 0;
    const first = text.slice(0, at).trim();
    const rest = text.slice(at + m[0].length).trim();
    if (
      ASKS.test(fold(first)) &&
      ASKS.test(fold(rest)) &&
      ownWords(first, places).length >= 2 &&
      ownWords(rest, places).length >= 2
    )
      return [first, rest];
  }
  return null;
}

/**
 * A question as read: NFC, without invisible marks (zero-width, direction), cut to `MAX_QUESTION`; "ai cũng"
 * (everyone: "cả xóm bị ngộ độc, ai cũng lo") said as "mọi người cũng", so it asks no "who" (written only: plain
 * "ai cung" may be "ai cùng", who else).
 */
const cleaned = (question: string) =>
  question
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .slice(0, MAX_QUESTION)
    .replace(/(?<!\p{L})([Aa])i cũng(?!\p{L})/gu, (_, a: string) => `${a === 'A' ? 'M' : 'm'}ọi người cũng`)
    .trim();

/**
 * The plans (by number) or provinces a whole question names, as words a clause of it carries along: "KH 91 Quảng
 * Ninh"; empty when it names none.
 */
function scopeNamed(ctx: EngineContext, q: Question): string {
  const plans = ctx.corpus.plans.filter((p) => q.planIds.includes(p.plan.id));
  return plans.length
    ? plans.map((p) => `KH ${p.plan.number} ${p.plan.province}`).join(', ')
    : q.provinces.join(', ');
}

/**
 * A clause of a message, asked of the plans or provinces the whole names (`scope`) unless it names its own:
 * "còn nông thôn giảm mấy %?" of "… Quảng Ninh …" → "còn nông thôn giảm mấy % (Quảng Ninh)?".
 */
function scopedClause(ctx: EngineContext, options: AskOptions, scope: string): (clause: string) => string {
  return (clause) => {
    const own = understand(clause, ctx.corpus, ctx.stats.known, options.province);
    return own.provinces.length || own.planIds.length || !scope
      ? clause
      : `${clause.replace(/[?.!\s]+$/u, '')} (${scope})?`;
  };
}

/**
 * A message the plans do not answer as one question, answered clause by clause when it asks two (`askedTwice`),
 * each clause asked of the plans or provinces the whole names. A message whose parts one record answers ("tỷ
 * lệ BHYT bao nhiêu, ai chủ trì?") is answered whole, as before.
 */
function answerAsked(ctx: EngineContext, question: string, options: AskOptions): Answer {
  const whole = answer(ctx, question, options);
  if (whole.found) return options.previousQuestion ? whole : bothCovered(ctx, question, options, whole);
  if (options.previousQuestion) {
    // "ai chủ trì việc đó?" after "nhiệm vụ nào … năm 2024?": when the follow-up read with the previous
    // question's words finds nothing, the thing the previous answer named is what it points at.
    const previousQuestion = options.previousQuestion;
    const text = cleaned(question);
    const pointed = thingPointedAt(ctx, text, previousQuestion, () => previousFirst(ctx, options));
    if (pointed === text) return whole;
    const again = answer(ctx, pointed, options);
    return again.found ? again : whole;
  }
  const text = cleaned(question);
  const q = understand(text, ctx.corpus, ctx.stats.known, options.province);
  const clauses = askedTwice(text, q.provinces);
  if (!clauses) return whole;
  const scoped = scopedClause(ctx, options, scopeNamed(ctx, q));
  // "… dưới mấy phần trăm? cơ quan nào theo dõi chỉ tiêu này?": a second clause pointing back at the first's
  // subject has none of its own to search; the first clause's answer names its lead.
  if (POINTS_BACK.test(fold(clauses[1]))) {
    const first = answer(ctx, scoped(clauses[0]), options);
    return first.found ? first : whole;
  }
  const [a, b] = clauses.map((c) => answer(ctx, scoped(c), options)) as [Answer, Answer];
  if (!a.found && !b.found) return whole;
  // Found only when both are: half an answer says which half the plans leave open, and is no answer to the whole.
  return { ...bothAnswers(a, b, clauses), found: a.found && b.found };
}

/**
 * A message asking two figures (`askedTwice`) answered whole, checked against its clauses: a clause whose record
 * the whole answer lacks, and whose figures it does not give ("tỷ lệ hộ nghèo đến 2025 còn bao nhiêu, và nông thôn
 * mỗi năm giảm mấy %?" answered with the rural figure alone), has its own answer's first block added.
 */
function bothCovered(ctx: EngineContext, question: string, options: AskOptions, whole: Answer): Answer {
  const text = cleaned(question);
  // (Two figures asked: a clause asking who or what, alone, may have no subject of its own to search — "… và
  // cơ quan nào theo dõi chỉ tiêu này?" — and its answer would be another record's. A message with fewer than two
  // figure words has no such clauses: most found answers end here, before the question is read again.)
  if ((fold(text).match(FIGURES_ASKED) ?? []).length < 2) return whole;
  const q = understand(text, ctx.corpus, ctx.stats.known, options.province);
  const clauses = askedTwice(text, q.provinces, true);
  if (!clauses?.every((c) => FIGURE_ASKED.test(fold(c)))) return whole;
  const scoped = scopedClause(ctx, options, scopeNamed(ctx, q));
  // (A clause that names no subject of its own — "còn Đồng Nai tự đặt bao nhiêu?" — adds nothing to search.)
  const places = [
    ...q.provinces,
    ...ctx.corpus.plans.filter((p) => q.planIds.includes(p.plan.id)).map((p) => p.plan.province),
  ];
  const subject = (clause: string) =>
    ownWords(clause, places).filter((w) => !SETTING_WORDS.has(w)).length > 0;
  if (!clauses.every(subject)) return whole;
  const [a, b] = clauses.map((c) => answer(ctx, scoped(c), options)) as [Answer, Answer];
  // A clause's record is shown when the whole answer has it, or has every figure its line gives (the sentence
  // that holds it, quoted whole).
  const figuresIn = (line: string) => line.match(/\d+(?:[.,]\d+)*\s*%?/g) ?? [];
  const holds = (figure: string) =>
    new RegExp(`(?<![\\d.,])${figure.trim().replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`).test(whole.text);
  const shown = (x: Answer) => {
    const line = (x.text.split('\n')[0] ?? '').replace(/\(mục tiêu[^()]*\)/u, '');
    const figures = figuresIn(line);
    return (
      !x.found ||
      !x.items[0] ||
      whole.items.some((i) => i.id === x.items[0]?.id) ||
      (figures.length > 0 && figures.every(holds))
    );
  };
  // Only what a clause adds, after the whole answer, while the reply stays readable.
  const missing = [a, b].filter((x) => !shown(x));
  const added = missing.map((x) => firstBlock(x.text)).join('\n');
  if (!missing.length || whole.text.length + added.length > MISSING_CLAUSE_BUDGET) return whole;
  return {
    ...whole,
    text: `${whole.text}\n${added}`,
    items: [...whole.items, ...missing.flatMap((x) => x.items.slice(0, 1))],
    sources: [...whole.sources, ...missing.flatMap((x) => x.sources.slice(0, 1))],
  };
}
// "chỉ tiêu này", "việc đó", "nhiệm vụ trên": a clause pointing back at what the message named before.
const POINTS_BACK =
  /\b(?:chi tieu|muc tieu|viec|nhiem vu|noi dung|van de|so lieu|con so)\s+(?:nay|do|tren|ay)\b/;
// Words of setting or asking a figure, which name nothing it is set for: "(tự) đặt", "phấn đấu", "muốn",
// "khoảng", "bao nhiêu".
const SETTING_WORDS = new Set([
  'tu',
  'dat',
  'phan',
  'dau',
  'muon',
  'khoang',
  'chung',
  'la',
  'de',
  'ra',
  'thi',
  'bao',
  'nhieu',
  'may',
  'bn',
]);
// A clause asking a figure.
const FIGURE_ASKED = new RegExp(FIGURE_WORDS);
const FIGURES_ASKED = new RegExp(FIGURE_ASKED.source, 'g');
// A reply with a clause's answer added stays under the channels' comfortable length (see the scorer's 900).
const MISSING_CLAUSE_BUDGET = 880;

/**
 * An answer's first block: its first line and the lines under it, up to the next "• " item; the duty's own words
 * shortened, as two answers share one reply.
 */
function firstBlock(text: string): string {
  const [head = '', ...lines] = text.split('\n');
  const end = lines.findIndex((l) => l.startsWith('• ') || l.startsWith('Có thể bạn muốn hỏi'));
  return [head.replace(/^• /, ''), ...(end < 0 ? lines : lines.slice(0, end))]
    .map((l) => (l.startsWith('  Nội dung: ') ? `  ${clip(l, SHARED_DUTY_SHOWN)}` : l))
    .join('\n');
}
const SHARED_DUTY_SHOWN = 220;

/**
 * The one answer to a question asked as two (`whoClauses`): each clause's best answer in turn; a clause the plans
 * do not answer is named, so the reader knows which of the two is missing.
 */
function bothAnswers(a: Answer, b: Answer, clauses: readonly [string, string]): Answer {
  if (a.text === b.text) return a;
  const block = (x: Answer, clause: string) =>
    x.found ? firstBlock(x.text) : `Về «${clip(clause, 80)}»: ${x.text.split('\n')[0] ?? ''}`;
  return {
    text: `${block(a, clauses[0])}\n${block(b, clauses[1])}`,
    found: a.found || b.found,
    intent: a.intent,
    items: [...a.items.slice(0, 1), ...b.items.slice(0, 1)],
    sources: [...a.sources.slice(0, 1), ...b.sources.slice(0, 1)],
    provinces: [...new Set([...a.provinces, ...b.provinces])],
  };
}

function answer(ctx: EngineContext, question: string, options: AskOptions): Answer {
  let text = cleaned(question);
  const who = options.previousQuestion ? 0 : whoAsked(fold(text));
  // "X và Y lần lượt giao cho sở nào?": who, of each in turn.
  const each = who === 1 ? respectiveClauses(text) : null;
  if (each) {
    // (Each clause is asked of the plan or province the whole names: "… ở Đà Nẵng lần lượt …".)
    const whole = understand(text, ctx.corpus, ctx.stats.known, options.province);
    const scoped = scopedClause(ctx, options, scopeNamed(ctx, whole));
    const [a, b] = each;
    return bothAnswers(answer(ctx, scoped(a), options), answer(ctx, scoped(b), options), each);
  }
  // (Read whole first only when it asks who twice: understanding is a good part of an answer's time.)
  if (who === 2) {
    const whole = understand(text, ctx.corpus, ctx.stats.known, options.province);
    if (whole.intent === 'agency') {
      const clauses = whoClauses(text, scopeNamed(ctx, whole), whole.provinces);
      if (clauses)
        return bothAnswers(answer(ctx, clauses[0], options), answer(ctx, clauses[1], options), clauses);
    }
  }
  if (options.previousQuestion) {
    // The previous question is answered at most once, and only when the follow-up points back at its answer.
    let answered: { first: AnswerItem | undefined } | undefined;
    const previous = () => {
      if (!answered) answered = { first: previousFirst(ctx, options) };
      return answered.first;
    };
    text = documentPointedAt(ctx, bodyPointedAt(ctx, text, previous), previous);
  }
  const asked = text;
  if (options.previousQuestion)
    text = mergeFollowUp(options.previousQuestion, text, ctx.corpus, ctx.stats.known, options.province);
  let q = understand(text, ctx.corpus, ctx.stats.known, options.province);
  // The previous question, read once for what the follow-up takes from it.
  const before = options.previousQuestion
    ? understand(options.previousQuestion, ctx.corpus, ctx.stats.known, options.province)
    : null;
  if (before && q.agency && bodyOfSubject(before, asked, q.agency, ctx)) q = { ...q, agency: null };
  if (q.intent === 'smalltalk') return answerSmallTalk(ctx.corpus, smallTalkKind(q.folded) ?? 'ack');
  if (q.intent === 'english') return answerEnglish(ctx.corpus);
  if (!text || q.intent === 'help' || !/[a-z]{2}/.test(q.folded)) return answerHelp(ctx.corpus);

  // Scope: the plans named by number, else by province, else the chat's province, else all.
  let scope = ctx.corpus.plans.filter((p) => q.planIds.includes(p.plan.id));
  // "Quảng Ninh (KH 91) và Đồng Nai …": a province named beside a plan's number brings its own plans.
  const byNumber = new Set(scope.map((p) => p.plan.province));
  if (q.provinces.some((name) => !byNumber.has(name)))
    scope = [
      ...scope,
      ...ctx.corpus.plans.filter(
        (p) => q.provinces.includes(p.plan.province) && !byNumber.has(p.plan.province),
      ),
    ];
  // "Hôm nay 14/12 mà … đã quá hạn chưa?": deadlines are counted from the day the asker says it is.
  const ask: Ask = {
    q,
    scope,
    today: statedToday(q.folded, options.today) ?? options.today,
    followUp: Boolean(options.previousQuestion),
  };
  if (!scope.length && q.missingProvince) {
    // A former province ("Quảng Nam"): say where it belongs now and which territory the plans in the data
    // cover; a plan issued for another territory never answers for it.
    const merged = provinceToday(q.missingProvince);
    const into = merged ? ctx.corpus.plans.filter((p) => fold(p.plan.province) === fold(merged.to)) : [];
    if (merged && into.length)
      return notFound(
        ctx,
        { ...ask, scope: into },
        q.intent,
        formerProvinceLine(q.missingProvince, merged, into),
      );
    return notFound(
      ctx,
      { ...ask, scope: ctx.corpus.plans },
      q.intent,
      `Chưa có kế hoạch của ${q.missingProvince} trong dữ liệu. Hiện có kế hoạch của: ${ctx.corpus.plans.map((p) => p.plan.province).join(', ')}.`,
    );
  }
  // A comparison or "tỉnh nào …?" is about every province, whatever the chat's default. In a conversation,
  // the one province the previous question was about is the chat's, when the chat has none set.
  const chatProvince = options.province ?? (before ? provinceOf(before, ctx) : null);
  if (!scope.length && chatProvince && !q.allProvinces && q.intent !== 'compare')
    scope = ctx.corpus.plans.filter((p) => fold(p.plan.province) === fold(chatProvince));
  if (!scope.length) scope = ctx.corpus.plans;
  ask.scope = scope;

  const answered = placed(ctx, ask, route(ctx, ask));
  return formerTerritoryApart(ask, answered) ?? answered;
}

/**
 * Rule: a former province asked apart ("KH 10 có chỉ tiêu BHYT riêng cho các huyện của Quảng Nam cũ không?") of
 * the plan of the province it merged into: the plan was issued for that province's territory before the merger
 * and sets nothing of the former one's own; what it sets for its own territory follows, as such. Null otherwise.
 */
function formerTerritoryApart(ask: Ask, answer: Answer): Answer | null {
  const former = ask.q.missingProvince;
  // ("riêng (cho) …": its own part asked apart; "Tôi ở Bình Phước cũ, … bao nhiêu?" asks what applies there now,
  // which the plan's own figure answers.)
  if (!former || !answer.found || !/\brieng\b/.test(ask.q.folded)) return null;
  const merged = provinceToday(former);
  if (!merged || !ask.scope.every((p) => fold(p.plan.province) === fold(merged.to))) return null;
  const line = `${plansNamed(ask.scope)} được ban hành cho địa bàn ${merged.to} trước khi ${former} nhập vào (${formatDate(merged.effective)}), không đặt chỉ tiêu riêng cho ${former} cũ. Kế hoạch đặt chung:`;
  return { ...answer, text: `${line}\n${answer.text}`, found: false };
}

// "chỉ tiêu đó nằm ở mục nào?", "… thuộc nhóm / lĩnh vực nào trong KH 91?": where in the plan a record stands.
// (Not "… còn ở mức nào?", a level, nor "tham mưu những lĩnh vực nào trong KH?", fields asked.)
// ("… là mục số mấy / số thứ tự mấy trong Phụ lục I?": the row's number, which the section gives; not "mức bao
// nhiêu", a level, which folds alike.)
const PLACE_ASKED =
  /\b(?:nam o|thuoc) (?:muc|phan|nhom|linh vuc|chuong|tieu muc) nao\b|\b(?:muc|phan) nao (?:cua|trong) (?:ke hoach|kh)\b|\b(?:muc so|so thu tu|stt)(?: so)? (?:may|bao nhieu)\b/;

/**
 * Rule: a question asking where in its plan a thing stands is answered with the heading the record sits under,
 * as the plan writes it ("mục I.2.6 — «2.6. Lĩnh vực y tế, bảo hiểm xã hội»"), before the record itself.
 */
function placed(ctx: EngineContext, ask: Ask, answer: Answer): Answer {
  // ("ở mục nào" is a section only as spelled: typed plain it folds as "ở mức nào".)
  const asked =
    PLACE_ASKED.test(ask.q.folded) || /(?:^|\s)(?:ở mục nào|mục (?:số )?mấy)(?!\p{L})/iu.test(ask.q.raw);
  if (!answer.found || !asked) return answer;
  const first = ctx.records.get(answer.items[0]?.id ?? '');
  if (!first?.record.domain) return answer;
  const plan = first.plan.plan;
  const heading = first.record.domain.replace(/[\s.:;]+$/u, '');
  // ("PL1.2.3" is said as the plan says it: "Phụ lục I, mục 2.3".)
  const line = `${plan.province}: nằm ở ${sectionLabel(first.record.source.section)} của KH ${plan.number} — «${heading}».`;
  return { ...answer, text: `${line}\n${answer.text}` };
}

// "… có trách nhiệm gì / những nhiệm vụ gì": a body's duties asked beside its reporting. ("… phải làm gì và
// báo cáo lên ai?" asks what it does with the reports: the reporting answers it.)
const BODY_DUTIES = /\b(?:trach nhiem|nhiem vu) (?:gi|nao|nhung gi)\b/;

// A question that also asks who does the work: "… do ai thực hiện và …", "ai chủ trì … và báo cáo …".
/**
 * "KH 91/KH-UBND không nêu Công an tỉnh.": the body a question names (not put forward to be judged) when the one
 * plan it is about never names it; null otherwise.
 */
function bodyAbsent(ctx: EngineContext, ask: Ask): string | null {
  const body = ask.q.agency;
  const [plan] = ask.scope;
  // (A body put forward as where reports go is judged by the reporting duties, named or not.)
  if (!body || ask.followUp || ask.scope.length !== 1 || !plan || groupOrHead(body) || putsForward(ask.q))
    return null;
  // Only a body of its own (a department, the police): a plan names groups and levels in many ways.
  if (ctx.corpus.agencies.find((a) => a.name === body)?.kind === 'ubnd') return null;
  return namedIn(plan, body) ? null : `KH ${plan.plan.number} không nêu ${body}.`;
}

// Whether a plan names a body, worked out once per plan and body (it reads every record of the plan).
const NAMED = new WeakMap<PlanRecords, Map<string, boolean>>();

/** Whether any word of the plan's records names `body`, in any spelling of it. */
function namedIn(plan: PlanRecords, body: string): boolean {
  const known = NAMED.get(plan) ?? new Map<string, boolean>();
  NAMED.set(plan, known);
  const cached = known.get(body);
  if (cached !== undefined) return cached;
  const keys = agencySpellings(body).map((s) => ` ${agencyKey(s)} `);
  const texts = [
    ...plan.tasks.flatMap((t) => [t.text, t.agencySource?.quote ?? '', ...t.leads, ...t.partners]),
    ...plan.indicators.flatMap((i) => [i.source.quote, ...i.leads]),
    ...plan.plan.reportingDuties.map((d) => d.source.quote),
  ];
  const named = texts.some((t) => keys.some((k) => ` ${agencyKey(t)} `.includes(k)));
  known.set(body, named);
  return named;
}

/**
 * A body put forward with a report is a claim of who does it, judged as such, when no reporting duty in scope has
 * it report ("Sở Nội vụ tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy … phải không?") or the recipient it names
 * is one the plan does report to ("Sở LĐTBXH tham mưu … báo cáo BTV Tỉnh ủy trước ngày 10 tháng 11 phải không?":
 * the body's duty and its day answer). A recipient the plan does not report to is the reports' to judge.
 */
function claimsReportingBody(ask: Ask): boolean {
  const claimed = ask.q.claimed;
  // ("các cơ quan báo cáo … vào ngày 10/12 phải không?": a group puts forward the day, not a body.)
  if (!claimed || groupOrHead(claimed)) return false;
  const reports = ask.scope.some((p) => p.plan.reportingDuties.some((d) => reportsIn(d, claimed)));
  return !reports || namedRecipientReported(ask.scope, ask) === true;
}

const DOES_IT = /\b(?:do ai|ai|co quan nao|so nao|don vi nao) (?:thuc hien|chu tri|trien khai)\b/;

// What is left of "các mục tiêu cụ thể … được đặt đến năm nào" ("đặt | mốc", "cụ thể | đặt"): no subject.
const TARGETS_IN_GENERAL = /\b(?:dat|moc|cu the|chung|cac|nhung|phu luc|[ivx]+|\d)\b/g;

// A body's duty verbs: "Sở X phải / được giao / chủ trì / phối hợp / chỉ đạo / tham mưu …".
const DUTY_VERB = /\b(?:phai|duoc giao|duoc phan cong|chu tri|phoi hop|co trach nhiem|chi dao|tham muu)\b/;
const DOCUMENTS_ASKED =
  /\b(?:van ban|nghi quyet|ket luan|quyet dinh|cong van|chi thi)\b[^?]{0,30}\b(?:nao|gi|so may)\b/;
// A topic with nothing of its own beyond asking for a target or a figure: "chỉ tiêu gì", "mục tiêu bao nhiêu %".
const A_FIGURE_ONLY = /\b(?:chi tieu|muc tieu|phan tram|tot|so|gi|nao|ubnd|tp|tinh)\b/g;

/**
 * Whether a question names a body and asks what it does, though its other words read as a question about the
 * plan ("… giai đoạn nào?", "văn bản nào?") or a figure with no subject of its own ("chỉ tiêu gì, bao nhiêu %?").
 */
function bodyAsksOwnDuties(ask: Ask): boolean {
  const { q } = ask;
  if (!q.agency || !DUTY_VERB.test(q.folded)) return false;
  // "… phải tuyên truyền những văn bản nào?": the documents are asked, which the plan's facts answer.
  if (q.intent === 'plan_meta') return !DOCUMENTS_ASKED.test(q.folded);
  return q.intent === 'target' && namesNothingBut(withoutAgency(q.topic, q.agency), A_FIGURE_ONLY);
}

/**
 * "Quy hoạch mạng lưới cơ sở y tế … mà KH 230 nhắc tới là giai đoạn nào, tầm nhìn đến năm bao nhiêu?": the period
 * asked of something the plan names in a duty, not the plan's own — when the question has a subject of its own
 * (three words or more) and a record answers it. Null otherwise.
 */
function periodOfSubject(ctx: EngineContext, ask: Ask): Answer | null {
  const facts = factsAsked(ask.q.folded);
  if (
    facts.length !== 1 ||
    facts[0] !== 'horizon' ||
    (ask.q.planIds.length === 0 && ask.q.provinces.length === 0)
  )
    return null;
  // Words of the plans' titles name the plan ("kế hoạch chính sách xã hội … áp dụng cho giai đoạn nào").
  const titles = titleWordsOf(ctx.corpus);
  const subject = topicWords(ask.q.topic).filter((w) => !PERIOD_WORDS.has(w) && !titles.has(w));
  if (subject.length < 3) return null;
  // A document the plan cites, asked by its name, is the answer (as the plan's facts would give it: a horizon
  // asked alone brings no other fact beside the document).
  const cited = answerDocument(ctx, ask);
  if (cited) return cited;
  const answer = answerTarget(ctx, ask, 'deadline');
  return answer.found ? answer : null;
}

// The Party committee or the People's Council a plan may be sent to for report.
const PARTY_OR_COUNCIL = /\b(?:tinh uy|thanh uy|hdnd|hoi dong nhan dan)\b/;

// Whose a document is: who issued or signed it.
const WHOSE_DOCUMENT = /\b(?:cua ai|ai ban hanh|ai ky|do ai (?:ban hanh|ky))\b/;
// What a document says: "NQ 34/2021 … quy định cái gì?", "… nội dung gì?" (its day: `DOCUMENT_DAY_ASKED`).
const WHAT_DOCUMENT_SAYS = /\b(?:(?:quy dinh|noi|noi ve|ve) (?:cai |viec |nhung )?gi|noi dung (?:gi|nao))\b/;

// Words of a question about a period, which name no subject.
const PERIOD_WORDS = new Set([
  'giai',
  'doan',
  'tam',
  'nhin',
  'nam',
  'nao',
  'bao',
  'nhieu',
  'nhac',
  'toi',
  'ke',
  'hoach',
]);

// "Giám đốc Sở LĐTBXH … hiện nay là ai?", "… tên gì?": a person holding a post, whom the plans never
// name (they give duties to bodies); not "cơ quan chủ trì là ai", nor who signed the plan (its signer is a fact).
const PERSON_ASKED =
  /\b(?:giam doc|pho giam doc|truong phong|bi thu|thu truong)\b(?: (?!co quan|don vi|chu tri|phoi hop|thuc hien|phu trach|ky)[a-z0-9&]+){0,8} (?:(?:hien nay|hien tai|bay gio) )?(?:la ai|ten (?:la )?gi|ten la ai)\b/;
// "… cho xin số điện thoại liên hệ", "có đường dây nóng nào …, số mấy?": contacts asked, which no plan lists (not
// "Đường dây nóng nhận câu hỏi …", a hotline telling who it is).
const CONTACT_ASKED =
  /\b(?:so dien thoai|sdt|dien thoai lien he|dia chi lien he|email lien he|duong day nong)\b(?: [a-z0-9]+){0,8} (?:nao|gi|may|bao nhieu|khong)\b|\bxin (?:so dien thoai|sdt|dia chi)\b/;

/**
 * Rule: what no plan of this kind holds — who holds a post, how to reach a body — is said not to be there
 * (a channel then offers its hotline under the reply). Null when neither is asked.
 */
function answerPersonal(ctx: EngineContext, ask: Ask): Answer | null {
  const person = PERSON_ASKED.test(ask.q.folded);
  const contact = CONTACT_ASKED.test(ask.q.folded);
  if (!person && !contact) return null;
  const what = [
    person ? 'tên người giữ chức vụ (kế hoạch giao việc cho cơ quan, không nêu tên cán bộ)' : '',
    contact ? 'số điện thoại, địa chỉ liên hệ' : '',
  ].filter(Boolean);
  return notFound(ctx, ask, ask.q.intent, `${plansIn(ask)} không nêu ${what.join(', cũng không nêu ')}.`);
}

/** Answers a question within its scope of plans, by what it asks. */
function route(ctx: EngineContext, ask: Ask): Answer {
  const personal = answerPersonal(ctx, ask);
  if (personal) return personal;
  // "… sơ kết giữa kỳ vào năm nào?" of a plan that holds no such review: it sets none.
  const unsetReview = answerUnsetReview(ctx, ask);
  if (unsetReview) return unsetReview;
  const replaced = answerReplaced(ctx, ask);
  if (replaced) return replaced;
  const outline = answerOutline(ctx, ask);
  if (outline) return outline;
  const archive = answerArchive(ctx, ask);
  if (archive) return archive;
  // "… thì báo cáo qua đâu / cho ai?": the plan's reporting duties answer it, whatever else the words suggest.
  // "KH 91 được gửi để báo cáo những cơ quan nào?": the recipients list, before any reporting duty.
  if (asksRecipients(ask.q.folded)) {
    if (ask.scope.some((p) => p.plan.recipients?.length)) return answerMeta(ctx, ask, ['recipients']);
    return notFound(ctx, ask, 'plan_meta', `Bản ${plansIn(ask)} trong dữ liệu không có danh sách nơi nhận.`);
  }
  // "Phụ lục I và II gồm những nội dung gì?": what the plan says its annexes hold.
  if (asksAnnexes(ask.q.folded)) {
    if (ask.scope.some((p) => p.plan.annexes?.length)) return answerMeta(ctx, ask, ['annexes']);
    return notFound(ctx, ask, 'plan_meta', `${plansIn(ask)} không nêu phụ lục kèm theo.`);
  }
  // "Kinh phí thực hiện lấy từ những nguồn nào?": the plan's funding section, where it has one.
  if (asksFunding(ask.q.folded) && ask.scope.some((p) => p.plan.funding?.length)) {
    const sources = answerMeta(ctx, ask, ['funding']);
    // An amount asked, and none written: the plan does not say it; what it does say follows.
    const stated = ask.scope.some((p) => p.plan.funding?.some((f) => AMOUNT.test(f.text)));
    if (!asksFundingAmount(ask.q.folded) || stated) return sources;
    return {
      ...sources,
      found: false,
      text: `${plansIn(ask)} không nêu số tiền kinh phí, chỉ nêu nguồn kinh phí.\n${sources.text}`,
    };
  }
  // "Mục 2.8 … nói về lĩnh vực gì?": what the numbered section holds.
  const section = answerSection(ask);
  if (section) return section;
  // "nhóm nhiệm vụ tuyên truyền … cơ quan nào tổng hợp, báo cáo?": the body the plan names for that group.
  if (asksGroupCompiler(ask.q.folded)) {
    const compiler = answerGroupCompiler(ctx, ask);
    if (compiler) return compiler;
  }
  if (
    (asksReporting(ask.q.folded) ||
      REPORT_DAY.test(ask.q.folded) ||
      asksReportDetail(ask.q.folded) ||
      // "Báo cáo định kỳ theo KH 68 phải nêu nội dung gì?": what the reports are about (not "Sở X được giao
      // kiểm tra, báo cáo nội dung gì?", the body's duties).
      (/\bbao cao\b/.test(ask.q.folded) &&
        REPORT_MATTER_ASKED.test(ask.q.folded) &&
        !/\bgiao\b/.test(ask.q.folded))) &&
    ask.scope.some((p) => p.plan.reportingDuties.length) &&
    !claimsReportingBody(ask)
  ) {
    const reporting = answerMeta(ctx, ask, ['reporting']);
    // "… giao Công an tỉnh nhiệm vụ gì và chế độ báo cáo ra sao trong KH 91?" of a body that plan never names:
    // said so, with the plan's reporting as what it does say.
    const absent = bodyAbsent(ctx, ask);
    if (absent)
      return {
        ...reporting,
        text: [absent, 'Báo cáo của kế hoạch:', reporting.text].join('\n'),
        found: false,
      };
    // "KH 91 có phải gửi báo cáo lên Thường trực Tỉnh ủy, HĐND tỉnh không?": a body the plan is sent to "(báo cáo)"
    // in its list of recipients is answered by that list first.
    // (A day asked or written is the reporting duty's: "… báo cáo Ban Thường vụ Tỉnh ủy trước ngày nào?",
    // "… báo cáo thẳng cho tỉnh ủy trước 10/12 đúng không?".)
    const sentTo =
      PARTY_OR_COUNCIL.test(ask.q.folded) &&
      !/\bngay\b|\b\d{1,2}\/\d{1,2}\b/.test(ask.q.folded) &&
      ask.scope.some((p) =>
        p.plan.recipients?.some((r) => r.purpose === 'báo cáo' && PARTY_OR_COUNCIL.test(fold(r.to))),
      );
    // (A verdict on where the reports go leads: "Không: … không quy định báo cáo …", then the list.)
    if (sentTo)
      return /^(?:Không|Có|Đúng):/.test(reporting.text)
        ? joinAnswers(reporting, answerMeta(ctx, ask, ['recipients']))
        : joinAnswers(answerMeta(ctx, ask, ['recipients']), reporting);
    // "Chủ tịch UBND huyện có trách nhiệm gì, báo cáo qua cơ quan nào?": the body's duties, then its reporting.
    if (ask.q.agency && BODY_DUTIES.test(ask.q.folded)) {
      const duties = answerAssignments(ctx, ask, ask.q.agency);
      if (duties.found) return joinAnswers(duties, reporting);
    }
    // "nhóm nhiệm vụ tuyên truyền … do ai thực hiện và cơ quan nào tổng hợp, báo cáo?": who does the work
    // asked about first, then the reporting.
    if (!DOES_IT.test(ask.q.folded)) return reporting;
    const runner = planRunnerAndReports(ctx, ask, reporting);
    if (runner) return runner;
    const doer = answerAgency(ctx, ask);
    if (!doer.found) return reporting;
    // Who and where only (the duties' words are left out), so the reporting follows within one reply.
    const who = doer.text
      .split('\n')
      .filter((l) => !l.startsWith('  Nội dung:'))
      .join('\n');
    return joinAnswers(doer, reporting, who);
  }
  // "Sở Nội vụ Đà Nẵng được giao kiểm tra … gì trong KH 10?" of a body that plan never names: its duties are
  // none (and what it may have taken over since is said there).
  // (A claimed body is no `agency`: claims never come here.)
  if (ask.q.agency && DUTY_VERB.test(ask.q.folded) && bodyAbsent(ctx, ask))
    return answerAssignments(ctx, ask, ask.q.agency);
  // "Công an tỉnh chủ trì đề án nào …, giai đoạn nào?", "Ban Quản lý ATTP phải thực hiện tốt kế hoạch số mấy?",
  // "Sở Tư pháp chủ trì chỉ tiêu gì, bao nhiêu %?": a body named as the doer asks about its own duties, whatever
  // document, period or figure words follow; the answer is the body's duties, narrowed to the question's words.
  if (bodyAsksOwnDuties(ask)) {
    const duties = answerAssignments(ctx, ask, ask.q.agency as string);
    if (duties.found) return duties;
  }
  // "Công văn 377-CV/TU nêu trong KH 767 là của ai, ngày nào?", "NQ 34/2021 … quy định cái gì?": a document the
  // plan cites, named by its number, asked whose it is or what it says — its citation answers, whatever else the
  // words seem to ask ("ngày nào" is its day).
  if (
    (WHOSE_DOCUMENT.test(ask.q.folded) ||
      WHAT_DOCUMENT_SAYS.test(ask.q.folded) ||
      DOCUMENT_DAY_ASKED.test(ask.q.folded) ||
      (DOCUMENT_DAY_PUT.test(ask.q.folded) && putsForward(ask.q))) &&
    ask.scope.some((p) =>
      p.plan.documents.some((d) => namesNumber(ask.q.folded, d.number, asksDocumentDay(ask.q.folded))),
    )
  ) {
    // (Found or not: a document named by its number is the one asked about; its day may not be in the plan.)
    const cited = answerDocument(ctx, ask);
    if (cited) return cited;
  }
  // "Nhiệm vụ nào có thời gian thực hiện là năm 2024?": the duties with that timeframe, whatever the intent.
  const byTime = ask.q.intent !== 'plan_meta' ? askedTimeframe(ask.q.folded) : null;
  if (byTime) return answerByTimeframe(ctx, ask, byTime);
  switch (ask.q.intent) {
    case 'plan_meta':
      return periodOfSubject(ctx, ask) ?? answerMeta(ctx, ask);
    case 'assignments': {
      // A body no plan names gets no other body's duties in its place.
      if (ask.q.unnamedBody) return answerUnnamedBody(ctx, ask, ask.q.unnamedBody);
      // "UBND xã … phải làm gì?": the commune level of today answers with the districts' duties, said so.
      const commune = ask.q.agency ? null : communeLevelIn(ask.q.folded);
      if (commune) return answerCommune(ctx, ask, commune);
      const both =
        ask.q.agency && ask.q.alsoAgency ? bothBodies(ctx, ask, ask.q.agency, ask.q.alsoAgency) : null;
      if (both) return both;
      // "… có những nhiệm vụ gì?" without an agency asks what the plan says to do.
      return ask.q.agency ? answerAssignments(ctx, ask, ask.q.agency) : answerTarget(ctx, ask, 'target');
    }
    case 'agency': {
      const answer = answerAgency(ctx, ask);
      // "Chương trình giảm nghèo … khi triển khai có phối hợp với Mặt trận Tổ quốc không?" of a duty that names no
      // lead: its own words, found as any question's, say who it is done with.
      if (!answer.found && ask.q.claimedPartner)
        return answerTarget(ctx, { ...ask, q: { ...ask.q, intent: 'target' } }, 'target');
      // "Sở nào phụ trách lĩnh vực thông tin - truyền thông?": when the records found do not name the
      // department the plans name for that field, its duties answer.
      const department = ask.q.agency ? null : departmentOfFieldAsked(ask.q.folded, ask.scope);
      if (!department || answer.text.includes(department)) return answer;
      const duties = answerAssignments(ctx, ask, department);
      return duties.found ? duties : answer;
    }
    case 'list': {
      // "Sở Xây dựng chủ trì các chỉ tiêu về nhà ở … không?": a claim of who leads them, judged as such.
      if (ask.q.claimed) return answerAgency(ctx, ask);
      const listed = answerList(ctx, ask);
      if (listed.found) return listed;
      // "Sở Xây dựng chủ trì các chỉ tiêu về nhà ở …?": the body's own duties on it.
      if (ask.q.agency) {
        const duties = answerAssignments(ctx, ask, ask.q.agency);
        if (duties.found) return duties;
      }
      // "Các chỉ tiêu cụ thể … được ghi ở đâu?": no group of targets is named; what the words find answers.
      const any = answerTarget(ctx, ask, 'target');
      return any.found ? any : listed;
    }
    case 'deadline':
      // "Các chỉ tiêu (trong Phụ lục I) được đặt cho những mốc năm nào?": the years the plan's targets are set for.
      if (/\b(?:chi tieu|muc tieu)\b/.test(ask.q.folded) && namesNothingBut(ask.q.topic, TARGETS_IN_GENERAL))
        return answerMeta(ctx, ask, ['horizon']);
      // "báo cáo … trước ngày nào?" is about the plan's reporting duties.
      // A plan whose duties say only "định kỳ và đột xuất" answers that too, with to whom and through whom.
      if (/bao cao/.test(ask.q.folded) && ask.scope.some((p) => p.plan.reportingDuties.length))
        return answerMeta(ctx, ask, ['reporting']);
      return answerTarget(ctx, ask, 'deadline');
    default:
      return answerTarget(ctx, ask, ask.q.intent === 'compare' ? 'compare' : 'target');
  }
}

/**
 * "Sở KH&ĐT và Sở Tài chính làm gì?": each body's duties, in half the room each; two bodies under one heading
 * ("7. Sở KH&ĐT, Sở Tài chính: …") share their duties, said once. Null unless both have some.
 */
function bothBodies(ctx: EngineContext, ask: Ask, agency: string, also: string): Answer | null {
  const half = Math.floor(LIST_BUDGET / 2) - 10;
  const first = answerAssignments(ctx, ask, agency, half);
  const second = answerAssignments(ctx, { ...ask, q: { ...ask.q, agency: also } }, also, half);
  if (!first.found || !second.found) return null;
  const ids = new Set(first.items.map((i) => i.id));
  if (!second.items.every((i) => ids.has(i.id))) return joinAnswers(first, second);
  const header = second.text.split('\n')[0]?.replace(/:$/, '') ?? '';
  return { ...first, text: `${first.text}\n${header}: cùng các nhiệm vụ trên.` };
}

/**
 * "Ai chủ trì thực hiện KH 767 và cơ quan đó báo cáo cho ai?": who runs the plan is its standing body; then that
 * body's own reports when the plan gives it some, else the plan's reporting. Null for other questions.
 */
function planRunnerAndReports(ctx: EngineContext, ask: Ask, reporting: Answer): Answer | null {
  if (!RUNS_THE_PLAN.test(ask.q.folded) || !ask.scope.every((p) => p.plan.coordinator)) return null;
  const runner = answerMeta(ctx, ask, ['coordinator']);
  if (!runner.found) return null;
  const body = ask.scope[0]?.plan.coordinator?.leads[0];
  const its =
    body && ask.scope.length === 1
      ? answerMeta(ctx, { ...ask, q: { ...ask.q, agency: body } }, ['reporting'])
      : null;
  return joinAnswers(runner, its?.found && its.items.length ? its : reporting);
}

/**
 * "Chưa có kế hoạch của Quảng Nam. Từ 01/07/2025 Quảng Nam thuộc Đà Nẵng …; KH 10/KH-UBND (17/01/2022) được ban hành
 * cho địa bàn Đà Nẵng trước khi hợp nhất, không gồm Quảng Nam." The legal source is named by its issuer here; its
 * number is in the succession table, and a number that is not the plans' never enters a reply unasked.
 */
function formerProvinceLine(name: string, merged: ProvinceSuccession, plans: PlanRecords[]): string {
  // A confirmed row cites its document; an unconfirmed one says so first and names who issued its indirect
  // source (not its number: a number beside a doubtful claim reads as a citation).
  const law = merged.sources[0];
  const doc = law ? `${law.kind} ${law.number}` : '';
  const basis =
    merged.status === 'confirmed'
      ? [doc]
      : [
          'chưa xác nhận bằng văn bản',
          law ? `nguồn gián tiếp: ${law.kind.toLowerCase()} của ${law.issuer}` : '',
        ];
  const by = ` (${[...basis, AS_OF_TEXT].filter(Boolean).join('; ')})`;
  const list = plans
    .map((p) => `KH ${p.plan.number}${p.plan.signedDate ? ` (${formatDate(p.plan.signedDate)})` : ''}`)
    .join(', ');
  return `Chưa có kế hoạch của ${name} trong dữ liệu. Từ ${formatDate(merged.effective)}, ${name} thuộc ${merged.to}${by}; ${list} của ${merged.to} được ban hành cho địa bàn ${merged.to} trước khi hợp nhất, không gồm ${name}.`;
}
