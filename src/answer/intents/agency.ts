/** "Sở nào chủ trì …?": the agency first, then what the plan says and where. */

import { canonicalAgency, leadNames } from '../../ingest/agencies';
import { readAssignment } from '../../ingest/rules/assignment';
import type { PlanRecords, Task } from '../../schema/records';
import { readerDays, statedDays } from '../../text/dates';
import { fold, tokens } from '../../text/normalize';
import { clip, excerpt } from '../../text/truncate';
import { withoutAgency } from '../agency-text';
import {
  advisesOn,
  agencyText,
  type Block,
  compilesReports,
  coordinatorItemId,
  coordinatorText,
  type DutyRole,
  dutyGist,
  dutyText,
  fitBlocks,
  item,
  REPLY_BUDGET,
  recordText,
  shownRole,
  sourceLine,
  timeframeText,
} from '../compose';
import type { Ask, EngineContext, Found } from '../context';
import { search } from '../context';
import { cueMatcher } from '../cue-match';
import { RUNS_THE_PLAN, TODAY_CUES } from '../cues';
import { departmentOfFieldAsked, fieldDutiesOf, fieldWordOf } from '../field-duties';
import { type Candidate, coverage } from '../rank';
import { found, notFound } from '../reply';
import { todayLine } from '../today';
import { TUNING } from '../tuning';
import type { Answer, AnswerItem } from '../types';
import { namesOnlyThePlan, topicWords, whichWords } from '../understand';
import { bodiesAsked, parts, pick, statesForYears, termsHeld, termsOfArtIn } from './pick';
import { asksFigure, asksNumber, FIGURE } from './target';

// "… là ngày nào, ai làm?", "hạn …", "khi nào": a day asked beside the body.
const DAY_ASKED =
  /\b(?:ngay nao|ngay may|ngay bao nhieu|thoi han|han (?:chot|nop|gui|bao cao)|khi nao|bao gio|truoc ngay)\b|\bhan\b.{0,60}\bla\b/;

// Today's holder is added only when the question asks who holds the duty now: its sources are laws, not the plan.
const asksToday = cueMatcher(TODAY_CUES);

/**
 * Whether a target the question names whole ("giảm hộ nghèo đồng bào DTTS" of "Mức giảm tỷ lệ hộ nghèo dân tộc
 * thiểu số") covers it at least as well as the target that names a body: then that target, which names no
 * body, is what is asked about, not a neighbouring one that names one.
 */
export function namesWholeRowFirst(
  unnamed: { doc: { kind: string }; coverage: number; precision: number },
  named: { doc: { kind: string }; coverage: number; precision: number },
): boolean {
  // (A duty that names a body for the same words answers who does it: "Sở Y tế: Chủ trì … mở rộng BHYT"; a
  // target the question names whole too, covering it as well, is the same target stated again with its body.)
  return (
    unnamed.doc.kind === 'indicator' &&
    named.doc.kind === 'indicator' &&
    unnamed.precision >= TUNING.wholeNamePrecision &&
    (named.precision < TUNING.wholeNamePrecision
      ? unnamed.coverage >= named.coverage
      : unnamed.coverage >= named.coverage + TUNING.unnamedLeadMargin / 2)
  );
}

/** Answers who leads (and who takes part in) a target or task. */
export function answerAgency(ctx: EngineContext, ask: Ask): Answer {
  // "Cơ quan nào chủ trì thực hiện kế hoạch 767?", "cơ quan thường trực kế hoạch 230": nothing asked beyond
  // who runs the plan itself.
  // "… chủ trì thực hiện kế hoạch 767 về an sinh xã hội?": the words after the plan only describe it, as its
  // title or the line naming its standing body does.
  const led = ask.scope.filter(
    (p) => p.plan.coordinator && (namesOnlyThePlan(ask.q.topic) || describesThePlan(ask, p)),
  );
  // "… ở Lai Châu và Quảng Ninh có giống nhau không?": the provinces named beside the one whose plan the words
  // describe are asked of the same, their plans' standing bodies too.
  const alongside =
    led.length && !ask.q.planIds.length && ask.scope.length === ask.q.provinces.length
      ? ask.scope.filter((p) => p.plan.coordinator)
      : led;
  if (led.length) return coordinators(alongside, ask.q.claimed);
  // "BHXH tỉnh … phối hợp với sở nào?": the bodies whose duties name it as a partner.
  // ("SYT chủ trì, phối hợp với ai?" names the lead and asks its partners: not this.)
  // "Sở GD&ĐT phối hợp với những sở nào để tổ chức lớp bồi dưỡng ngoại ngữ …?": a duty of its own named, its
  // partners asked — that duty, found by what it is about, when the body has a part in it.
  const about = partnersAskedOf(ask);
  const agency = ask.q.agency;
  const narrowed =
    about !== null && about !== ask.q.topic && agency
      ? agencyAnswer(ctx, { ...ask, q: { ...ask.q, topic: about } })
      : null;
  const ofTheBody = (a: Answer) =>
    a.found &&
    a.items.some((i) => {
      const r = ctx.records.get(i.id)?.record;
      return r !== undefined && leadNames({ leads: [...r.leads, ...r.partners] }).includes(agency ?? '');
    });
  if (narrowed && ofTheBody(narrowed)) return narrowed;
  const partnersAsked = agency && PARTNER_OF.test(ask.q.folded) && !/\bchu tri\b/.test(ask.q.folded);
  // "Sở Y tế Lai Châu phối hợp với những cơ quan nào?", no duty named: the partners its own duties name, and the
  // bodies it takes part with.
  if (partnersAsked && about === null) return partnersOfBody(ctx, ask, agency);
  const partnerOf = partnersAsked ? supported(ctx, ask, agency) : null;
  if (partnerOf) return partnerOf;
  const answer = agencyAnswer(ctx, ask);
  if (answer.found) return answer;
  // "Sở NN&PTNT phối hợp với sở nào (việc dạy nghề nông - lâm - ngư)?" of a body no duty names as a partner,
  // when its name and the role asked find nothing: a clause of its own duties names the partners; that duty
  // is found by what it is about.
  return narrowed?.found ? narrowed : answer;
}

// Words that only join a plan to what it is about: "kế hoạch 767 về an sinh xã hội".
// The role asked ("cơ quan đầu mối", "thường trực", "chủ trì"), a cited document's kind by its initials ("KL
// 92", "NQ 42") and a comparison's "giống nhau" say nothing of what the plan is about.
const ABOUT = new Set(
  've cua tinh thuc hien theo co quan dau moi thuong truc chu tri kl nq ct ctr qd giong nhau'.split(' '),
);

/** Whether a question asks who runs a plan it names by what the plan is about (its title, its standing body's line). */
function describesThePlan(ask: Ask, plan: PlanRecords): boolean {
  const line = plan.plan.coordinator?.source.quote ?? '';
  // (The plan is named by its number, or is the one plan of the province named.)
  const named =
    ask.q.planIds.includes(plan.plan.id) ||
    (!ask.q.planIds.length && ask.scope.length === ask.q.provinces.length && ask.scope.includes(plan));
  if (!RUNS_THE_PLAN.test(ask.q.folded) || !named) return false;
  const own = new Set(tokens(`${plan.plan.title} ${line}`));
  const rest = tokens(ask.q.topic).filter((t) => !ABOUT.has(t) && !/^\d+$/.test(t));
  return rest.length > 0 && rest.every((t) => own.has(t));
}

/**
 * What an answer shows of a record: its text, the part the question asks about (a long duty shows that part,
 * not only its first sentences) and the role the shown part gives its body ("Đề nghị: …", "Phối hợp thực
 * hiện: …").
 */
function shownOf(f: Found, ask: Ask, length = SHOWN): { what: string; shown: string; role: DutyRole } {
  const what = recordText(f, ask.today);
  const words = topicWords(ask.q.topic);
  const which = whichWords(ask.q.folded);
  const part = excerpt(what, words, SHOWN, which);
  // The role is read from the part the question is about at full length; a brief excerpt of a long clause
  // starts where the asked words stand ("…tiếp tục thực hiện … Đề án …"), past the words saying who leads.
  const shown = length < SHOWN ? excerpt(what, words, length, [...which, ...words]) : part;
  return { what, shown, role: f.kind === 'task' ? shownRole(f.record.text, part, words) : 'lead' };
}

// How much of a record an answer shows, at most.
const SHOWN = 298;

/** Who leads what the question's topic names: the records that fit, their bodies, roles and sources. */
function agencyAnswer(ctx: EngineContext, ask: Ask): Answer {
  // "Ai chủ trì thực hiện các chỉ tiêu về nhà ở?" asks who is given a field's targets, not a figure: only a
  // number asked for ("bao nhiêu", "tỷ lệ") or one target named wants a record that has one.
  // "Ai chủ trì chỉ tiêu BHTN?" names one target: its record answers, not a duty about the same words.
  const figure =
    asksNumber(ask.q) ||
    (/\bchi tieu\b/.test(ask.q.folded) &&
      !namesLedDuty(ask.q.folded) &&
      !/\b(?:cac|nhung) chi tieu\b|\bchi tieu,? (?:ve|thuoc|(?:va )?giai phap|(?:trong |cua )?linh vuc)\b/.test(
        ask.q.folded,
      ));
  // A question that also asks for a figure is answered by a record that has one.
  const withAgency = (needsFigure: boolean) => (c: { doc: { id: string; kind: string; text: string } }) => {
    const f = ctx.records.get(c.doc.id);
    return (
      Boolean(f?.record.leadAgency) && (!needsFigure || c.doc.kind === 'indicator' || FIGURE.test(c.doc.text))
    );
  };
  // "chỉ tiêu …" named: the target's record is preferred, though a duty may answer ("các chỉ tiêu về nhà ở").
  const target = asksFigure(ask.q);
  const bonus = (d: { kind: string }) => ((d.kind === 'task') !== target ? TUNING.agencyTaskBonus : 0);
  let first = pick(ctx, ask, ['indicator', 'task'], withAgency(figure), bonus);
  // "Sở X chủ trì triển khai chỉ tiêu nhà ở cho công nhân … phải không?": a target named by the word alone, of
  // which the plan sets no figure, is the duty that carries it.
  if (!first.chosen.length && figure && !asksNumber(ask.q)) {
    const duty = pick(ctx, ask, ['indicator', 'task'], withAgency(false), bonus);
    if (duty.chosen.length) first = duty;
  }
  // "QN: chỉ tiêu nhà ở cho công nhân ngành than … thì sở nào chủ trì?": the word "chỉ tiêu" alone asks no
  // figure. A target that covers the question far less than a duty does (the one on "khu công nghiệp" about
  // another thing) is not what is asked: the duty that carries those words is.
  if (first.chosen.length && figure && !asksNumber(ask.q)) {
    const any = pick(ctx, ask, ['indicator', 'task'], withAgency(false), bonus);
    const best = (r: typeof first) => r.chosen[0]?.coverage ?? 0;
    if (best(any) >= best(first) * TUNING.targetWordOnly) first = any;
  }
  let { chosen } = first;
  if (!chosen.length) chosen = groupAnswering(ctx, ask, first.ranked);
  // "… do Sở Xây dựng, Sở NN&PTNT và Sở TN&MT cùng chủ trì phải không?": the duty the bodies put forward lead
  // together, when the question's words find one.
  const together = coLed(ctx, ask);
  if (together) chosen = [together];
  // (The test of the thing asked, as the pick read it: "tỷ lệ thất nghiệp" is not the "… bảo hiểm thất
  // nghiệp" target.)
  const { ranked, fits } = first;
  const shared = together ? undefined : sharedLead(ctx, ask, chosen, ranked);
  if (shared) chosen = shared;
  // "Sở nào chủ trì mở rộng BHYT toàn dân, và tỷ lệ … đến 2030 phải đạt bao nhiêu?": two questions. When no
  // record answers both, the duty answers who, and the target (which names no body) the figure.
  // The targets the question's words find, searched once whichever of the two fallbacks below asks.
  let searched: ReturnType<typeof search> | undefined;
  const targets = () => {
    searched ??= search(ctx, ask, ask.q.topic, ['indicator']);
    return searched;
  };
  let figureOf: Extract<ReturnType<EngineContext['records']['get']>, { kind: 'indicator' }> | undefined;
  if (!chosen.length && figure && TWO_PARTS.test(ask.q.folded)) {
    const duty = pick(ctx, ask, ['task'], (c) =>
      Boolean(ctx.records.get(c.doc.id)?.record.leadAgency),
    ).chosen;
    // The figure is asked in a clause of its own ("… bao nhiêu % hộ gia đình … đạt chuẩn văn hóa, sở nào tham
    // mưu phong trào …?"): the target may answer that clause only.
    const t =
      targets().find((c) => c.coverage >= TUNING.confident) ??
      clausesOf(ask.q.topic)
        .map((clause) => search(ctx, ask, clause, ['indicator']).find((c) => c.coverage >= TUNING.confident))
        .find((c) => c !== undefined);
    const f = t && ctx.records.get(t.doc.id);
    if (duty.length && f?.kind === 'indicator') {
      chosen = duty.slice(0, 1);
      figureOf = f;
    }
  }
  // The target the question names best may name no body: then it is the answer ("không ghi cơ quan chủ trì"),
  // not the nearest row that names one ("mức giảm hộ nghèo DTTS" is not "mức giảm hộ nghèo đa chiều").
  const unnamed = targets().find((c) => fits(c));
  const named = chosen[0];
  const unnamedFirst =
    named &&
    !figureOf &&
    unnamed &&
    unnamed.coverage >= TUNING.confident &&
    !ctx.records.get(unnamed.doc.id)?.record.leadAgency &&
    (unnamed.coverage >= named.coverage + TUNING.unnamedLeadMargin || namesWholeRowFirst(unnamed, named))
      ? ctx.records.get(unnamed.doc.id)
      : undefined;
  // A plan that lists its targets apart and names a body only for the duties that pursue them (Đà Nẵng's
  // "Cơ quan thực hiện" under each group of duties): a duty holding the question's key words is shown, said
  // to be the duty's body, not the target's. Anything less is another record's body: none is named.
  const pursuedBy = unnamedFirst
    ? chosen.filter(
        (c) =>
          c.doc.kind === 'task' &&
          c.doc.planId === unnamedFirst.plan.plan.id &&
          c.coverage >= TUNING.confident &&
          c.distinctive >= TUNING.distinctiveMin,
      )
    : chosen;
  // The target named best, when it names no body, and the word of its field whose duties are shown instead.
  let unnamedTarget = unnamedFirst;
  let field =
    unnamedFirst?.kind === 'indicator' ? fieldDutiesOf(unnamedFirst.record, unnamedFirst.plan) : null;
  if (unnamedFirst) chosen = field ? field.duties.map(asCandidate) : pursuedBy.slice(0, 1);
  // The target is in the plan but no body is named for it: its field's duties when the plan gives that field
  // to a body; else say so, with the target and its source, rather than a bare "not found" (and never
  // another record's agency in its place).
  const unnamedBest = () => {
    const unled = (c: Candidate) =>
      c.coverage >= TUNING.confident && !ctx.records.get(c.doc.id)?.record.leadAgency && fits(c);
    const target = targets().find(unled);
    if (target) return ctx.records.get(target.doc.id);
    // No target: the statement of the plan's tasks the question names best, when it names no body ("Tiếp
    // tục thực hiện Chương trình … nước sạch …" in Lai Châu's tasks, given to Sở NN&PTNT in its section IV).
    // ("chỉ tiêu ngành y tế do sở nào chủ trì?" names a field: its department's duties answer, not one of them.)
    if (departmentOfFieldAsked(ask.q.folded, ask.scope)) return undefined;
    const first = search(ctx, ask, ask.q.topic, ['indicator', 'task'])[0];
    return first && first.doc.kind === 'task' && unled(first) ? ctx.records.get(first.doc.id) : undefined;
  };
  const best = chosen.length ? undefined : unnamedBest();
  // "Hộ cận nghèo … muốn vay vốn ưu đãi thì đơn vị nào chủ trì mảng tín dụng chính sách?": when the whole
  // message finds nothing, the words the who-phrase governs name the duty; the rest told the asker's situation.
  if (!chosen.length && !best) {
    const duty = dutyAfterWho(ask.q.folded);
    if (duty)
      chosen = pick(
        ctx,
        { ...ask, q: { ...ask.q, topic: duty } },
        ['indicator', 'task'],
        withAgency(figure),
        bonus,
      ).chosen;
  }
  // A statement of tasks is long and touches many fields ("… vốn vay tạo việc làm, sinh kế …"): its field is
  // the one the question names too, or none.
  if (best && (best.kind === 'indicator' || sameField(ask.q.topic, best.record.text))) {
    field = fieldDutiesOf(best.record, best.plan);
    if (field) {
      unnamedTarget = best;
      chosen = field.duties.map(asCandidate);
    }
  }
  if (!chosen.length) {
    const f = best;
    if (f?.kind === 'indicator') {
      const plan = f.plan.plan;
      const said = [
        `KH ${plan.number} (${plan.province}) nêu chỉ tiêu này nhưng không ghi cơ quan chủ trì: ${recordText(f, ask.today)}`,
        `  ${sourceLine(plan, f.record.source)}`,
      ];
      // "Có phải Sở LĐTBXH lo không?" of such a target: neither yes nor no, and why.
      const put = ask.q.claimed ?? ask.q.choice?.join(' hay ');
      if (put) said.unshift(`Kế hoạch không ghi cơ quan chủ trì chỉ tiêu này, nên không thể nói là ${put}.`);
      const cited = item('indicator', f.record.id, plan, f.record.name, f.record.source);
      // "… bao nhiêu và sở nào phụ trách?": the figure asked is given; only who leads is not in the plan.
      if (figure && TWO_PARTS.test(ask.q.folded)) return found('agency', said, [cited]);
      const answer = notFound(ctx, ask, 'agency', said.join('\n'));
      const question = `${clip(f.record.name, 70)} ở ${plan.province}`;
      return { ...answer, suggestions: [{ question, source: cited.source }, ...(answer.suggestions ?? [])] };
    }
    if (f?.kind === 'task') return unledDuty(ctx, ask, f);
    return notFound(
      ctx,
      ask,
      'agency',
      // (The province asked is named: "Các kế hoạch hiện có" reads as though every plan was searched.)
      `${ask.scope.length === 1 ? `Kế hoạch của ${ask.scope[0]?.plan.province}` : 'Các kế hoạch hiện có'} không nêu cơ quan phụ trách nội dung này.`,
      ranked,
    );
  }
  // "… cơ quan chủ trì …?": a duty the body named only takes part in is no answer beside one that names who
  // leads ("Phối hợp …: Ban Dân tộc tỉnh" beside "Sở LĐTBXH: cơ quan chủ trì thực hiện Kế hoạch").
  // (What each record shows is worked out once, for this and for the reply.)
  const shownBy = new Map<string, ReturnType<typeof shownOf>>();
  const shownFor = (f: Found) => {
    const known = shownBy.get(f.record.id);
    if (known) return known;
    // A field's duties stand under their target, and two bodies asked are two answers: each is shown more
    // briefly.
    const s = shownOf(
      f,
      ask,
      bodiesAsked(ask.q.folded) >= 2 || (chosen.length === 2 && parts(ask.q.topic).length >= 2)
        ? EACH_BODY_SHOWN
        : field
          ? FIELD_DUTY_SHOWN
          : undefined,
    );
    shownBy.set(f.record.id, s);
    return s;
  };
  if (chosen.length > 1 && /\bchu tri\b/.test(ask.q.folded)) {
    const leading = chosen.filter((c) => {
      const f = ctx.records.get(c.doc.id);
      return !f || shownFor(f).role !== 'partner';
    });
    if (leading.length) chosen = leading;
  }
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  const listed: { leads: string[]; partners: string[]; role?: string }[] = [];
  const listedTexts: string[] = [];
  // A body put forward is answered yes or no on a line above the records: the records leave it room.
  const budget =
    ask.q.claimed || ask.q.choice || ask.q.claimedPartner ? REPLY_BUDGET - VERDICT_ROOM : REPLY_BUDGET;
  if (unnamedTarget) {
    const plan = unnamedTarget.plan.plan;
    // A target written in a long paragraph is shown by the part the question asks about, briefly: the
    // duties below are the answer.
    const target = excerpt(recordText(unnamedTarget, ask.today), topicWords(ask.q.topic), TARGET_SHOWN);
    const what = unnamedTarget.kind === 'indicator' ? 'chỉ tiêu' : 'nội dung';
    const line = `KH ${plan.number} không ghi cơ quan chủ trì riêng cho ${what}: ${target}`;
    lines.push(
      line,
      `  ${sourceLine(plan, unnamedTarget.record.source)}`,
      field ? `Nhiệm vụ về ${field.term} trong kế hoạch:` : 'Nhiệm vụ cùng nội dung trong kế hoạch:',
    );
    items.push(item(unnamedTarget.kind, unnamedTarget.record.id, plan, line, unnamedTarget.record.source));
  }
  for (const c of chosen.slice(0, 4)) {
    const f = ctx.records.get(c.doc.id);
    if (!f?.record.leadAgency) continue;
    const plan = f.plan.plan;
    const { what, shown, role } = shownFor(f);
    const assigned = f.kind === 'indicator' ? f.record.agencySource : undefined;
    const when = timeframeText(f, ask.today);
    // Who holds it today, from the sourced succession table, after the plan's own words.
    const today = asksToday(ask.q.folded)
      ? todayLine(f.record.leads, what, {
          province: plan.province,
          heading: f.record.domain,
          question: ask.q.folded,
        })
      : '';
    // Beside today's holder, the plan's own assignment says whose words it is: "Chủ trì (theo KH 767): …".
    // A group's "Cơ quan thực hiện: Các sở, ngành, …" names who carries the duties out, not who leads them.
    const performs = f.kind === 'task' && performedOnly(f.record.agencySource?.quote ?? '');
    // "Các sở, ngành, địa phương chủ động …", "Giám đốc các sở … khẩn trương …": the bodies the sentence gives the
    // work to carry it out; the plan does not say who leads it.
    const doers = f.kind === 'task' && groupDoes(f.record);
    const advises = f.kind === 'task' && advisesOn(f.record, shown, topicWords(ask.q.topic));
    const role0 = performs ? 'Cơ quan thực hiện' : doers ? 'Thực hiện' : advises ? 'Tham mưu' : 'Chủ trì';
    const said = today ? `${role0} (theo KH ${plan.number.split('/')[0]}):` : `${role0}:`;
    const partners = clausePartners(f, topicWords(ask.q.topic)) ?? f.record.partners;
    const head = `${plan.province}: ${agencyText({ leads: f.record.leads, partners }, 4, role).replace(/^Chủ trì:/, said)}`;
    // A day asked, that the duty writes in words ("trước ngày 30 tháng 11 hằng năm"): also as readers write it.
    const days = DAY_ASKED.test(ask.q.folded) ? readerDays(shown) : [];
    const block = [
      chosen.length > 1 ? `• ${head}` : head,
      today ? `  ${today}` : '',
      `  Nội dung: ${days.length ? `${shown.replace(/[.;,\s]+$/, '')} (${days.join(', ')}).` : shown}`,
      when ? `  ${when}` : '',
      `  ${sourceLine(plan, f.record.source)}`,
      assigned ? `  Phân công: ${sourceLine(plan, assigned).replace(/^Nguồn: /, '')}` : '',
    ].filter(Boolean);
    if (listed.length && [...lines, ...block].join('\n').length > budget) break;
    lines.push(...block);
    listed.push({ leads: f.record.leads, partners, role });
    listedTexts.push(shown);
    items.push(item(f.kind, f.record.id, plan, head, f.record.source));
    // The agency of a listed target is cited where the plan assigns it.
    if (assigned) items.push(item('task', `${f.record.id}/agency`, plan, head, assigned));
  }
  // "Có phải Sở LĐTBXH chủ trì không?": yes or no first, then who leads. For a target the plan gives no body,
  // only of its field's duties, said so (another duty shown is not the target's: no verdict).
  const verdict = unnamedTarget
    ? field && (ask.q.claimed || ask.q.choice)
      ? fieldVerdict(field.term, ask, listed)
      : null
    : ask.q.claimed
      ? claimVerdict(ask.q.claimed, listed, REQUEST_ASKED.test(ask.q.folded), SOLE_ASKED.test(ask.q.folded))
      : ask.q.choice
        ? choiceVerdict(ask.q.choice, listed)
        : ask.q.claimedPartner
          ? partnerVerdict(ask.q.claimedPartner, listed, writtenIn(ask, ask.q.claimedPartner))
          : null;
  // Bodies put forward together are confirmed together, named as the plan writes them ("Bảo hiểm xã hội thành
  // phố").
  const all = new Set([ask.q.claimed ?? '', ...(ask.q.claimedWith ?? [])]);
  const asWritten = together
    ? (ctx.records.get(together.doc.id)?.record.leads ?? []).filter((l) => all.has(canonicalAgency(l).name))
    : [];
  const verdictOfAll =
    together && verdict?.startsWith('Đúng:') && asWritten.length >= 2
      ? `Đúng: theo kế hoạch, ${asWritten.slice(0, -1).join(', ')} và ${asWritten.at(-1)} cùng chủ trì việc này.`
      : verdict;
  // "… báo cáo BTV Tỉnh ủy trước ngày 10 tháng 11 phải không?": a day put forward with the body is part of the
  // claim; the body right and the day not is no "Đúng".
  if (verdict?.startsWith('Đúng:') && dayContradicted(ask.q.folded, listedTexts))
    lines.unshift(`Không: ${ask.q.claimed} chủ trì việc này, nhưng kế hoạch ghi hạn khác:`);
  else if (verdictOfAll) lines.unshift(verdictOfAll);
  // "Sở Xây dựng phụ trách nước sạch nông thôn, đúng không?" — no; but the body put forward leads the
  // neighbouring duty ("… nước sạch đô thị, phòng chống mặn"): that duty is said too, the likely confusion.
  // (Only in a reply short enough to hold it: the verdict and the lead come first.)
  const theirs =
    verdict?.startsWith('Không: kế hoạch không giao') && lines.join('\n').length < CLAIMED_OWN_ROOM
      ? claimedOwn(ctx, ask, listed)
      : undefined;
  if (theirs) {
    const { plan, record } = theirs;
    const part = excerpt(record.text, topicWords(ask.q.topic), CLAIMED_OWN_SHOWN, whichWords(ask.q.folded));
    const line = `${ask.q.claimed} chủ trì việc gần đó: ${part}`;
    lines.push(line, `  ${sourceLine(plan.plan, record.source)}`);
    items.push(item('task', record.id, plan.plan, line, record.source));
  }
  if (figureOf) {
    const plan = figureOf.plan.plan;
    const line = `Chỉ tiêu: ${recordText(figureOf, ask.today)}`;
    lines.push(line, `  ${sourceLine(plan, figureOf.record.source)}`);
    items.push(item('indicator', figureOf.record.id, plan, line, figureOf.record.source));
  }
  const answer = found('agency', lines, items);
  // "… đến năm 2030 là bao nhiêu, ai chủ trì?" where the targets shown set nothing for 2030: said so first (the
  // figure asked is not in the plan), the lead and what the plan does set still shown.
  const shownTargets = items
    .filter((i) => i.kind === 'indicator')
    .map((i) => ctx.records.get(i.id))
    .filter((f): f is Found => f !== undefined);
  if (
    asksNumber(ask.q) &&
    ask.q.years.length &&
    !ask.q.claimed &&
    shownTargets.length &&
    !shownTargets.some((f) => statesForYears(f, ask.q.years)) &&
    // (Nor any other target the question's words find: the one shown may not be the one asked about.)
    !targets().some((c) => {
      const f = c.coverage >= TUNING.confident ? ctx.records.get(c.doc.id) : undefined;
      return f !== undefined && statesForYears(f, ask.q.years);
    })
  )
    return {
      ...answer,
      found: false,
      text: `Kế hoạch${ask.scope.length === 1 ? ` của ${ask.scope[0]?.plan.province}` : ''} không đặt mục tiêu năm ${ask.q.years.join(', ')} cho nội dung này; cơ quan chủ trì và mục tiêu kế hoạch đặt:\n${answer.text}`,
    };
  // "… có cơ quan phối hợp nào?" of a duty whose row names none: said so, the lead still shown.
  if (asksPartners(ask.q.folded) && listed.length && listed.every((r) => !r.partners.length))
    return {
      ...answer,
      found: false,
      text: `Kế hoạch không ghi cơ quan phối hợp cho nội dung này.\n${answer.text}`,
    };
  return answer;
}

// The who-phrase and the verb of being in charge; what follows names the duty ("lo giúp đỡ pháp lý cho dân").
const WHO_IN_CHARGE =
  /\b(?:ai|(?:so|co quan|don vi|nganh|ben|noi|ban) nao)(?: (?:se|duoc giao|la))? (?:chu tri|phu trach|lo|quan ly|dam nhiem|tham muu)\b((?: [a-z0-9]+)+)/;
// Words that lead into the duty named ("mảng", "việc", "về") or close the message ("vậy", "ạ", "theo kế hoạch").
const DUTY_LEAD_IN = /^(?: (?:ve|cho|viec|mang|linh vuc|vu|chuyen|noi dung|cong tac))+/;
const DUTY_CLOSE =
  / (?:(?:theo|trong|cua) (?:ke hoach|kh)\b.*|(?:vay|a|ha|nhi|the|khong|nhe|ak|ad|day|nao)(?: [a-z]+)?)$/;
// A pointer closing it ("việc này", "vụ đó") names no duty of its own: it points at what the message told.
// (At the end only: folded, "đỡ" is "do" too.)
const POINTER = /\b(?:nay|do|ay|tren|vay)$/;
// A question word before the who-phrase: the message asks something else first.
const ASKED_BEFORE = /\b(?:nao|gi|bao nhieu|bn|may|bao gio|khi nao|o dau|the nao)\b/;
// Verbs of doing a duty, not what the duty is about ("chủ trì theo dõi").
const DUTY_VERBS =
  /\b(?:chu tri|phoi hop|thuc hien|trien khai|theo doi|tham muu|giao|chi dao|to chuc|huong dan|tong hop|bao cao)\b/g;

/**
 * The duty a who-question names after its verb ("… thì đơn vị nào chủ trì mảng tín dụng chính sách?" → "tin dung
 * chinh sach"), or null: nothing follows, a pointer, a single word, or the message asks something before it.
 */
export function dutyAfterWho(folded: string): string | null {
  const m = WHO_IN_CHARGE.exec(folded.split(/[?!.]/)[0] ?? '');
  // A message that asks something else before ("hạn … là ngày nào, và ai chủ trì …?") asks two things.
  if (!m?.[1] || ASKED_BEFORE.test(folded.slice(0, m.index))) return null;
  const duty = m[1].replace(DUTY_LEAD_IN, '').replace(DUTY_CLOSE, '').trim();
  const words = duty.replace(DUTY_VERBS, ' ').split(' ').filter(Boolean);
  return words.length >= 2 && !POINTER.test(duty) ? duty : null;
}

/**
 * The duty the body put forward as the lead does lead among those the question's words find, when it covers
 * them nearly as well as a sure answer (`TUNING.claimedOwnShare`).
 */
function claimedOwn(
  ctx: EngineContext,
  ask: Ask,
  listed: readonly { leads: string[] }[],
): Extract<Found, { kind: 'task' }> | undefined {
  const claimed = ask.q.claimed;
  if (!claimed || !listed.length) return undefined;
  const c = search(ctx, ask, ask.q.topic, ['task']).find((x) =>
    leadNames(ctx.records.get(x.doc.id)?.record ?? { leads: [] }).includes(claimed),
  );
  const f =
    c && c.coverage >= TUNING.confident * TUNING.claimedOwnShare ? ctx.records.get(c.doc.id) : undefined;
  // ("Đề nghị Ủy ban MTTQ … tham gia …" asks the body to take part: it leads nothing there.)
  return f?.kind === 'task' && shownOf(f, ask).role === 'lead' ? f : undefined;
}

// "… có đề nghị X … không?": whether the plan asks the body (a council, the Front) to act, not whether it leads.
const REQUEST_ASKED = /\bde nghi\b(?!.*\bchu tri\b)/;
// "… một mình chủ trì …?", "chỉ có Sở LĐTBXH chủ trì thôi à?", "chỉ mỗi Sở Xây dựng …", "… Sở X thôi không?":
// the body put forward as the only lead. ("thôi" closing what asks; a follow-up's subject may come after it.)
const SOLE_ASKED =
  /\b(?:mot minh|chi (?:co|mot|minh|moi|rieng)|duy nhat)\b|\bthoi(?: (?:a|ha|ah|u|sao|khong|ko|k|phai khong|dung khong))?\s*(?:[?.!]|$)/;

/**
 * "… có phối hợp với X không?": yes when every duty shown names X among its partners ("Đúng: …"), or as its lead
 * ("Có: … chủ trì …"); no when none names it at all; null when the duties shown differ.
 */
export function partnerVerdict(
  claimed: string,
  listed: readonly { leads: string[]; partners: string[]; role?: string }[],
  shown = claimed,
): string | null {
  if (!listed.length) return null;
  const names = (bodies: string[]) => leadNames({ leads: bodies }).includes(claimed);
  if (listed.every((r) => names(r.partners)))
    return `Đúng: theo kế hoạch, ${shown} phối hợp thực hiện việc này.`;
  // "9. Đề nghị MTTQ …: Phối hợp vận động …": the plan asks it to take part.
  if (listed.every((r) => names(r.leads) && r.role === 'requested'))
    return `Có: kế hoạch đề nghị ${shown} tham gia việc này.`;
  if (listed.every((r) => names(r.leads))) return `Có: theo kế hoạch, ${shown} chủ trì việc này.`;
  if (listed.every((r) => !names(r.partners) && !names(r.leads)))
    return `Không: kế hoạch không ghi ${shown} phối hợp việc này.`;
  return null;
}

/**
 * A body as the plans in scope write it ("UBND quận, huyện" in Đà Nẵng's, where the canonical name is "UBND các
 * huyện, thành phố"): a verdict names the body in the plan's own words; its canonical name when no plan in scope
 * writes it.
 */
function writtenIn(ask: Ask, body: string): string {
  for (const p of ask.scope) {
    const written = spellingsIn(p).get(body);
    if (written) return written;
  }
  return body;
}

// Each plan's first spelling of each body it assigns, by canonical name, worked out once per plan.
const SPELLINGS = new WeakMap<PlanRecords, Map<string, string>>();
function spellingsIn(plan: PlanRecords): Map<string, string> {
  let known = SPELLINGS.get(plan);
  if (!known) {
    known = new Map();
    for (const r of [...plan.tasks, ...plan.indicators])
      for (const x of [...r.leads, ...r.partners]) {
        const name = canonicalAgency(x).name;
        if (!known.has(name)) known.set(name, x);
      }
    SPELLINGS.set(plan, known);
  }
  return known;
}

/**
 * The partners of the one clause of a duty the question is about, when the duty joins several with ";" and that
 * clause names its own: "Chủ trì, phối hợp với các Sở, ngành và UBND các địa phương triển khai … nước sạch …;
 * phối hợp với Sở LĐTBXH … hướng dẫn … dạy nghề …" gives the clean-water clause the first two only. Null when
 * no one clause is the question's, or it names no partners of its own (a lead's "Chủ trì, phối hợp với X:" over
 * all its clauses stays the record's).
 */
export function clausePartners(f: Found, words: readonly string[]): string[] | null {
  if (f.kind !== 'task' || !words.length) return null;
  const clauses = f.record.text.split(/;\s+/);
  if (clauses.length < 2) return null;
  const scores = clauses.map((c) => {
    const folded = ` ${fold(c).replace(/[^a-z0-9]+/g, ' ')} `;
    return words.filter((w) => folded.includes(` ${w} `)).length;
  });
  const best = Math.max(...scores);
  if (best === 0 || scores.filter((n) => n === best).length > 1) return null;
  const clause = clauses[scores.indexOf(best)] as string;
  if (!/phoi hop/.test(fold(clause))) return null;
  const own = readAssignment(clause, { leads: f.record.leads, partners: [] }).partners;
  return own.length ? own : null;
}

/** "… có cơ quan phối hợp nào?", "đơn vị nào phối hợp?", "phối hợp với ai?": the partners, not the lead. */
export const asksPartners = (folded: string) =>
  /\b(?:(?:co quan|don vi|so|nganh|nhung ai|ai) (?:nao )?phoi hop|phoi hop (?:voi )?(?:ai|nhung ai|(?:co quan|don vi|so|nganh) nao)|co quan phoi hop nao|cac co quan phoi hop)\b/.test(
    folded,
  ) && !/\bchu tri\b/.test(folded);

// How much of a target that names no body is shown above its field's duties, and of each duty.
const TARGET_SHOWN = 200;

// Roles a sentence may give a body in its own words ("… với vai trò đầu mối điều phối là Trung tâm 115").
const ROLES_IN_TEXT = ['dau moi', 'dieu phoi', 'thuong truc', 'chu tri', 'phu trach', 'tham muu'];

// "… báo cáo kịp thời với cơ quan nào?", "… trình lên cấp nào?": the body a duty goes to, asked by its preposition.
const COUNTERPART_ASKED =
  /\b(voi|cho|len|toi|den|gui|trinh) (?:(?:co quan|don vi|cap|cap uy|so|ban|bo|noi) nao|ai|dau)\b/;
// The kinds of body a plan sends duties to, as its words open their names.
const BODY_OPENING =
  '(?:uy ban nhan dan|ubnd|so|bo|hoi dong nhan dan|hdnd|tinh uy|thanh uy|ban thuong vu|thuong truc|chu tich|chinh phu|thu tuong)';

/**
 * Rule: a question asking to whom a duty goes ("… với cơ quan nào?") is answered by a duty whose own words name a
 * body after that same preposition ("báo cáo kịp thời những khó khăn, vướng mắc với Ủy ban nhân dân tỉnh").
 */
export function namesCounterpart(folded: string, duty: string): boolean {
  const prep = COUNTERPART_ASKED.exec(folded)?.[1];
  return prep !== undefined && new RegExp(`\\b${prep} ${BODY_OPENING}\\b`).test(fold(duty));
}

/**
 * Rule: a duty the plan states without a body in charge, asked who does it. When its own words give the role
 * the question asks about ("mạng lưới cấp cứu … với vai trò đầu mối điều phối là Trung tâm vận chuyển cấp cứu
 * 115", asked "đơn vị nào làm đầu mối điều phối?"), or name the body it goes to (`namesCounterpart`), those
 * words are the answer; else the plan states the duty
 * but names no body, said with the duty and its source.
 */
function unledDuty(ctx: EngineContext, ask: Ask, f: Found & { kind: 'task' }): Answer {
  const plan = f.plan.plan;
  const shown = excerpt(f.record.text, topicWords(ask.q.topic), TARGET_SHOWN);
  const roles = ROLES_IN_TEXT.filter((r) => new RegExp(`\\b${r}\\b`).test(ask.q.folded));
  const told =
    (roles.length > 0 && roles.every((r) => fold(shown).includes(r))) ||
    namesCounterpart(ask.q.folded, shown);
  const cited = item('task', f.record.id, plan, shown, f.record.source);
  const source = `  ${sourceLine(plan, f.record.source)}`;
  if (told) return found('agency', [`${plan.province}: ${shown}`, source], [cited]);
  const said = `KH ${plan.number} (${plan.province}) nêu việc này nhưng không ghi cơ quan chủ trì: ${shown}`;
  return notFound(ctx, ask, 'agency', `${said}\n${source}`);
}
const FIELD_DUTY_SHOWN = 220;
// A duty of the body wrongly put forward: shown briefly, in a reply that has room for it.
const CLAIMED_OWN_SHOWN = 160;
const CLAIMED_OWN_ROOM = 600;
// The longest verdict line ("Không: kế hoạch không giao Sở Lao động - Thương binh và Xã hội chủ trì việc này.").
const VERDICT_ROOM = 90;
// How much of each record is shown when the question asks for two bodies or two things (each its own answer).
const EACH_BODY_SHOWN = 180;

/** The clauses of a topic of two questions or more ("… văn hóa , | phong trào …"); [] for a topic of one. */
function clausesOf(topic: string): string[] {
  const clauses = topic
    .split(/[,;|]/)
    .map((c) => c.trim())
    .filter((c) => c.split(' ').length >= 2);
  return clauses.length > 1 ? clauses : [];
}

/**
 * The record the bodies a claim puts forward together (`Question.claimedWith`) all lead, of those the question's
 * words find nearly as well as a sure answer (`TUNING.claimedOwnShare`); undefined for a claim of one body.
 */
function coLed(ctx: EngineContext, ask: Ask): Candidate | undefined {
  const claimed = ask.q.claimed;
  if (!claimed || !ask.q.claimedWith?.length) return undefined;
  const bodies = [claimed, ...ask.q.claimedWith];
  return search(ctx, ask, ask.q.topic, ['task', 'indicator']).find((c) => {
    const f = ctx.records.get(c.doc.id);
    const leads = f ? leadNames(f.record) : [];
    return c.coverage >= TUNING.confident * TUNING.claimedOwnShare && bodies.every((b) => leads.includes(b));
  });
}

// "Sở LĐTBXH cùng cơ quan nào chủ trì …?", "… và sở nào cùng chủ trì?", "… mấy sở / những sở nào chủ trì?":
// bodies that lead together asked for.
const CO_LEADS_ASKED =
  /\bcung (?:voi )?(?:co quan|so|don vi|ben|nganh) nao\b|\bnhung (?:so|co quan|don vi|nganh) nao (?:cung |dong )?chu tri\b|\b(?:va|voi) (?:co quan|so|don vi|ai|ben) nao (?:cung|dong) chu tri\b|\b(?:may|bao nhieu) (?:so|co quan|don vi|nganh) (?:cung )?chu tri\b|\bdong chu tri\b/;

/**
 * Rule: a question asking which bodies lead together (`CO_LEADS_ASKED`) is about a duty led by several — the
 * body it names among them — when one ranks close to the best choice ("xây dựng cơ sở dữ liệu an sinh xã hội …
 * Sở LĐTBXH cùng cơ quan nào chủ trì?": the block "Cơ quan thực hiện: Sở LĐTBXH, Bảo hiểm xã hội thành phố chủ
 * trì", not a duty of the Sở's own with the same words).
 */
function sharedLead(
  ctx: EngineContext,
  ask: Ask,
  chosen: readonly Candidate[],
  ranked: readonly Candidate[],
): Candidate[] | undefined {
  const best = chosen[0];
  if (!best || !CO_LEADS_ASKED.test(ask.q.folded)) return undefined;
  const several = (c: Candidate) => {
    const f = ctx.records.get(c.doc.id);
    if (!f || f.record.leads.length < 2) return false;
    return !ask.q.agency || leadNames(f.record).includes(ask.q.agency);
  };
  if (several(best)) return undefined;
  // The duties of one block ("a) … b) …" closed by its bodies' line) count together: the question may name
  // what two of them hold.
  let found: Candidate[] | undefined;
  let foundCover = best.coverage * TUNING.provinceClose;
  for (const members of blocksOf(ctx, ranked.slice(0, 40).filter(several))) {
    const cover = blockCoverage(ctx, ask, members);
    if (cover >= foundCover) {
      found = members.slice(0, GROUP_SHOWN);
      foundCover = cover;
    }
  }
  return found;
}

// How many duties of a group an answer shows.
const GROUP_SHOWN = 3;

/**
 * Rule: a plan gives a group of duties to its bodies at once ("a) … b) … c) …" closed by "Cơ quan thực hiện:
 * Sở Xây dựng, Sở NN&PTNT, Sở TN&MT chủ trì"), and a question may list what the group holds ("nước sạch, phòng
 * mặn, xử lý ô nhiễm … sở nào chủ trì?"), each thing in another duty. When no duty covers the question, the
 * duties of one group (one plan, the same bodies, named by one line after them) that cover it together
 * answer it.
 */
function groupAnswering(ctx: EngineContext, ask: Ask, ranked: readonly Candidate[]): Candidate[] {
  let best: Candidate[] = [];
  let bestCover = 0;
  // A term of art asked ("trợ giúp pháp lý") must stand in the group, as in any one record that answers.
  const arts = termsOfArtIn(ask.q.topic);
  for (const members of blocksOf(ctx, ranked.slice(0, 40))) {
    if (members.length < 2) continue;
    const terms = blockTerms(ctx, members);
    const cover = coverage(ask.q.topic, terms, ctx.stats);
    if (
      termsHeld(terms, arts) &&
      cover >= TUNING.confident &&
      cover > bestCover &&
      cover > (members[0]?.coverage ?? 0) + TUNING.partGain
    ) {
      best = members.slice(0, GROUP_SHOWN);
      bestCover = cover;
    }
  }
  return best;
}

/**
 * The candidates grouped by the block that gives them their bodies: one plan, the same bodies, named by one line
 * after them ("Cơ quan thực hiện: …"). A record whose bodies no such line names (a heading's or a table's) stands
 * alone: a heading or a table's group holds many duties of one body, no group that answers together.
 */
function blocksOf(ctx: EngineContext, candidates: readonly Candidate[]): Candidate[][] {
  const blocks = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const f = ctx.records.get(c.doc.id);
    if (!f) continue;
    const where = f.record.agencySource?.lineStart;
    const key = where === undefined ? c.doc.id : `${c.doc.planId}|${f.record.leads.join(';')}|${where}`;
    blocks.set(key, [...(blocks.get(key) ?? []), c]);
  }
  return [...blocks.values()];
}

/** The terms of a block's records together. */
const blockTerms = (ctx: EngineContext, members: readonly Candidate[]) =>
  new Set(members.flatMap((c) => [...(ctx.stats.terms.get(c.doc.id) ?? [])]));

/** How much of the question a block's records cover together. */
const blockCoverage = (ctx: EngineContext, ask: Ask, members: readonly Candidate[]) =>
  coverage(ask.q.topic, blockTerms(ctx, members), ctx.stats);

/** Whether a question's words and a record's text name words of the same field ("nước sinh hoạt", "nước sạch"). */
function sameField(topic: string, text: string): boolean {
  const asked = fieldWordOf(topic);
  return asked !== null && asked.field === fieldWordOf(text)?.field;
}

/** A duty as a ranked candidate, for the answer's list of records shown. */
const asCandidate = (t: Task): Candidate => ({
  doc: {
    id: t.id,
    kind: 'task',
    planId: t.planId,
    province: '',
    text: t.text,
    context: t.domain,
    agencies: '',
  },
  coverage: 1,
  distinctive: 1,
  precision: 1,
  rank: 0,
});

/**
 * "Có phải Sở Y tế lo chỉ tiêu này không?" of a target that names no body: the plan does not say whose the
 * target is (the reply's next line says so), only whose its field's duties are; the claim is weighed against
 * those, and said to be about them.
 */
function fieldVerdict(
  term: string,
  ask: Ask,
  listed: readonly { leads: string[]; partners: string[]; role?: string }[],
): string | null {
  const said = ask.q.claimed
    ? claimVerdict(ask.q.claimed, listed)
    : ask.q.choice
      ? choiceVerdict(ask.q.choice, listed)
      : null;
  // (The line below says the plan names no body for the target itself.)
  return said?.replace('việc này', `các nhiệm vụ về ${term}`) ?? null;
}

/** Whether one day put forward (`statedDays`) is not among the days the texts shown state, which state some. */
export function dayContradicted(folded: string, texts: readonly string[]): boolean {
  const [day, ...more] = statedDays(folded);
  if (!day || more.length) return false;
  const given = texts.flatMap((t) => statedDays(fold(t)));
  return given.length > 0 && !given.includes(day);
}

/**
 * Whether `claimed` leads what the records shown are about, in the plan's terms: "Đúng: …" when it leads
 * every one, "Không: …" when it leads none (a partner is said to be one), null when it leads some, or a
 * group ("Các sở, ban, ngành") leads, which may or may not hold it.
 */
export function claimVerdict(
  claimed: string,
  records: readonly { leads: string[]; partners: string[]; role?: string }[],
  requestAsked = false,
  soleAsked = false,
): string | null {
  if (!records.length) return null;
  // The part of a body's duty the question is about may be one it only supports ("Sở NN&PTNT: Chủ trì …
  // nước sạch …; phối hợp với Sở LĐTBXH … dạy nghề"): there it is a partner, not the lead.
  const supports = (r: { leads: string[]; role?: string }) =>
    r.role === 'partner' && leadNames(r).includes(claimed);
  const leading = records.map((r) => leadNames(r).includes(claimed) && !supports(r));
  // "9. Đề nghị Ủy ban MTTQ …: tăng cường … giám sát": the plan asks it to take part; it assigns it nothing to
  // lead ("MTTQ được đề nghị chủ trì kiểm tra …?" is not so).
  // ("KH 68 có đề nghị HĐND tỉnh tăng cường giám sát … không?" asks just that: yes.)
  if (leading.every(Boolean) && records.every((r) => r.role === 'requested'))
    return requestAsked
      ? `Có: kế hoạch đề nghị ${claimed} tham gia việc này.`
      : `Không: kế hoạch chỉ đề nghị ${claimed} tham gia việc này, không giao chủ trì.`;
  // Put forward as the only lead: a body that leads with it, where it leads, makes it a "Không" (both named as
  // the plan writes them).
  const ledByIt = records.filter((_, i) => leading[i]);
  const asWritten =
    ledByIt.flatMap((r) => r.leads).find((l) => canonicalAgency(l).name === claimed) ?? claimed;
  const withIt = soleAsked
    ? [...new Set(ledByIt.flatMap((r) => r.leads).filter((l) => canonicalAgency(l).name !== claimed))]
    : [];
  if (withIt.length)
    return `Không: ${asWritten} không chủ trì một mình; theo kế hoạch, cùng chủ trì việc này có ${withIt.join(', ')}.`;
  if (leading.every(Boolean))
    return `Đúng: theo kế hoạch, ${soleAsked ? 'chỉ ' : ''}${claimed} chủ trì việc này.`;
  if (leading.some(Boolean) || records.some((r) => leadNames(r).some((n) => /^(?:các|những) /i.test(n))))
    return null;
  const partner = records.some(
    (r) => supports(r) || r.partners.some((p) => canonicalAgency(p).name === claimed),
  );
  return partner
    ? `Không: theo kế hoạch, ${claimed} phối hợp, không chủ trì việc này.`
    : `Không: kế hoạch không giao ${claimed} chủ trì việc này.`;
}

/**
 * Which of two bodies leads what the records shown are about: the one that leads them all, "cả hai" when both
 * do, neither when a group leads or the plan gives it to another (the lead is then named below).
 */
export function choiceVerdict(
  bodies: readonly [string, string],
  records: readonly { leads: string[]; partners: string[] }[],
): string | null {
  if (!records.length || records.some((r) => leadNames(r).some((n) => /^(?:các|những) /i.test(n))))
    return null;
  const leads = bodies.filter((b) => records.every((r) => leadNames(r).includes(b)));
  const [a, b] = bodies;
  if (leads.length === 2) return `Theo kế hoạch, cả ${a} và ${b} cùng chủ trì việc này.`;
  const [lead] = leads;
  if (lead) return `Theo kế hoạch, ${lead} chủ trì việc này, không phải ${lead === a ? b : a}.`;
  if (bodies.some((x) => records.some((r) => leadNames(r).includes(x)))) return null;
  return `Theo kế hoạch, không phải ${a} hay ${b} chủ trì việc này.`;
}

// "Chỉ tiêu BHYT toàn dân: sở nào chủ trì mở rộng, nâng cao chất lượng BHYT?": the who-phrase has its own
// object, a duty (not "chỉ tiêu …", "việc này" or nothing); the target named before it is only context.
const LEADS_A_DUTY =
  /\b(?:(?:so|co quan|don vi|nganh) nao|ai) (?:chu tri|phu trach) (?!(?:viec |thuc hien |dat )?(?:chi tieu|muc tieu|viec nay|nhiem vu nay|noi dung nay|cai nay|va|voi|hay|khong|theo doi|tham muu|don doc|thuc hien|trien khai|to chuc thuc hien)\b)[a-z]+ [a-z]+/;

/** Whether a who-leads phrase goes on to name the duty it asks about: "sở nào chủ trì mở rộng BHYT". */
export function namesLedDuty(folded: string): boolean {
  return LEADS_A_DUTY.test(folded);
}

// Who leads something, and a figure, asked together, in either order: "… chủ trì …, và … bao nhiêu", "…
// bao nhiêu và sở nào chủ trì …".
// "… bao nhiêu lao động, và đơn vị nào giải ngân vốn vay …?": who may be asked by "<body> nào" as well.
const TWO_PARTS =
  /\b(?:chu tri|phu trach)\b.*(?:,|\bva\b).*\b(?:bao nhieu|bn|muc nao|dat)\b|\b(?:bao nhieu|bn|muc nao)\b.*(?:,|\bva\b).*\b(?:chu tri|phu trach|(?:co quan|don vi|so|nganh) nao)\b/;

/** The body that runs each plan as a whole, with the line that says so. */
function coordinators(plans: PlanRecords[], claimed?: string): Answer {
  const lines: string[] = [];
  // "Có phải Sở Y tế chủ trì thực hiện cả KH không?": the verdict first, on the plan's own words.
  if (claimed && plans.length === 1) {
    const leads = plans[0]?.plan.coordinator?.leads ?? [];
    const runs = leads.some((l) => canonicalAgency(l).name === claimed);
    lines.push(
      runs
        ? `Đúng: theo kế hoạch, ${claimed} chủ trì thực hiện kế hoạch.`
        : `Không: kế hoạch không giao ${claimed} chủ trì thực hiện kế hoạch.`,
    );
  }
  const items: AnswerItem[] = [];
  for (const p of plans) {
    const c = p.plan.coordinator;
    if (!c) continue;
    const head = `${p.plan.province}: ${coordinatorText(p.plan)}`;
    lines.push(plans.length > 1 ? `• ${head}` : head, `  ${sourceLine(p.plan, c.source)}`);
    items.push(item('task', coordinatorItemId(p.plan.id), p.plan, head, c.source));
  }
  return found('agency', lines, items);
}

// "… phối hợp với sở nào / những cơ quan nào / ai?"
/** The topic of "X phối hợp với sở nào (việc …)?" without X and the role asked; null for other questions. */
function partnersAskedOf(ask: Ask): string | null {
  const { agency, folded, topic } = ask.q;
  if (!agency || !PARTNER_OF.test(folded) || /\bchu tri\b/.test(folded)) return null;
  const about = withoutAgency(topic, agency)
    .replace(/\bphoi hop\b/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim();
  return about.replace(/[^a-z]/g, '').length >= 6 ? about : null;
}

// ("phối hợp với Sở LĐTBXH …" names the body worked with: its "Sở" is no "sở nào".)
const PARTNER_OF =
  /\bphoi hop (?:voi )?(?:(?:(?:nhung|cac) )?(?:so|co quan|don vi|nganh) nao|(?:nhung )?ai|(?:nhung|cac) (?:co quan|don vi|nganh)\b)/;

/**
 * Whom a body works with, of no duty in particular: the bodies whose duties name it as a partner; else the
 * partners its own duties name ("Trong các việc Sở Xây dựng chủ trì, kế hoạch ghi phối hợp với: …"). Said not
 * found when neither is in the plans.
 */
export function partnersOfBody(ctx: EngineContext, ask: Ask, agency: string): Answer {
  // The bodies it takes part with come first, as they did before the body's own partners were said.
  const withOthers = supported(ctx, ask, agency);
  if (withOthers) return withOthers;
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  const leads = [...ctx.records.values()].filter(
    (f) => ids.has(f.plan.plan.id) && leadNames(f.record).includes(agency),
  );
  const own = leads.filter((f) => f.record.partners.length > 0);
  // Each body once, however it is written; those named before the groups ("các sở, ban, ngành …").
  const byKey = new Map<string, string>();
  for (const p of own.flatMap((f) => f.record.partners)) if (!byKey.has(fold(p))) byKey.set(fold(p), p);
  const group = (p: string) => /^(?:các|những|ubnd các|ủy ban nhân dân các)\s/iu.test(p);
  const named = [...byKey.values()].sort((a, b) => Number(group(a)) - Number(group(b)));
  const shownNames = named.slice(0, 8);
  const more = named.length > shownNames.length ? ` và ${named.length - shownNames.length} đơn vị khác` : '';
  // (A body that leads nothing is only said to lead nothing when no one works with it either.)
  const lines = named.length
    ? [`Trong các việc ${agency} chủ trì, kế hoạch ghi phối hợp với: ${shownNames.join('; ')}${more}.`]
    : leads.length
      ? [`Kế hoạch không ghi cơ quan phối hợp trong các việc ${agency} chủ trì.`]
      : [];
  const items = own.map((f) => item(f.kind, f.record.id, f.plan.plan, lines[0] ?? '', f.record.source));
  const first = own[0];
  if (first)
    lines.push(
      `  ${sourceLine(first.plan.plan, first.record.source).replace(/\.$/, '')}${own.length > 1 ? ` (và ${own.length - 1} việc khác)` : ''}.`,
    );
  if (!lines.length)
    lines.push(`Kế hoạch không giao ${agency} chủ trì và không ghi ${agency} phối hợp việc nào.`);
  const answer = found('agency', lines, items);
  return named.length ? answer : { ...answer, found: false };
}

/**
 * The duties and targets that name `agency` as a partner, listed by the body that leads each: "Bảo hiểm xã hội
 * tỉnh phối hợp với: • Sở Y tế — … ", after the lines `before`. Null when no record in scope names it as a partner.
 */
export function supported(
  ctx: EngineContext,
  ask: Ask,
  agency: string,
  before: string[] = [],
): Answer | null {
  const partner = supportedBlocks(ctx, ask, agency);
  if (!partner) return null;
  const lines = [...before, partner.header];
  const { shown, rest } = fitBlocks(lines, partner.blocks, REPLY_BUDGET);
  if (rest.length) lines.push(`… và ${rest.length} mục khác.`);
  return found('agency', lines, shown);
}

/**
 * What `supported` lists: its header line ("X được nêu là cơ quan phối hợp với: …") and one block per record the
 * body supports, each lead's first record before any lead's second. Null when no record in scope names it so.
 */
export function supportedBlocks(
  ctx: EngineContext,
  ask: Ask,
  agency: string,
): { header: string; blocks: Block[] } | null {
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  const records = [...ctx.records.values()].filter(
    (f) =>
      ids.has(f.plan.plan.id) &&
      f.record.leads.length > 0 &&
      leadNames({ leads: f.record.partners }).includes(agency) &&
      !leadNames(f.record).includes(agency),
  );
  if (!records.length) return null;
  const leads = [...new Set(records.flatMap((f) => f.record.leads))];
  const provinces = new Set(records.map((f) => f.plan.plan.province));
  const name = records[0]?.record.partners.find((p) => leadNames({ leads: [p] }).includes(agency)) ?? agency;
  const header = `${name} được nêu là cơ quan phối hợp với: ${leads.join('; ')} (${[...provinces].join(', ')}).`;
  // Each lead's first record before any lead's second: a short reply names every body it works with.
  const byLead = new Map<string, typeof records>();
  for (const f of records) {
    const key = f.record.leads.join('|');
    byLead.set(key, [...(byLead.get(key) ?? []), f]);
  }
  const ordered = [...byLead.values()]
    .flatMap((group) => group.map((f, n) => ({ f, n })))
    .sort((a, b) => a.n - b.n)
    .map((x) => x.f);
  const blocks = ordered.map((f) => {
    const plan = f.plan.plan;
    const what =
      f.kind === 'task' ? dutyGist(f.record.text, f.record.partners, f.record.leads) : f.record.name;
    const line = `${f.record.leads.join(', ')} chủ trì: ${clip(what, 150)}`;
    return {
      lines: [
        `• ${provinces.size > 1 ? `${plan.province}: ` : ''}${line}`,
        `  ${sourceLine(plan, f.record.source)}`,
      ],
      item: item(f.kind, f.record.id, plan, line, f.record.source),
    };
  });
  return { header, blocks };
}

/**
 * "… cơ quan nào là cơ quan tổng hợp, báo cáo?", "ai tổng hợp báo cáo nhóm nhiệm vụ …": the body a plan names,
 * after a group of duties, to compile and report on that group (see `Task.compilers`).
 */
export const asksGroupCompiler = (folded: string) =>
  /\b(?:co quan|don vi) (?:chiu trach nhiem )?tong hop\s*,?\s*(?:va )?bao cao\b|\b(?:ai|(?:co quan|so|don vi) nao) (?:la (?:co quan|don vi) )?(?:chiu trach nhiem )?tong hop\s*,?\s*(?:va )?bao cao\b/.test(
    folded,
  );

// The words that ask for a role, not what the duties are about.
const ROLE_WORDS =
  /\b(?:(?:co quan|don vi|ai|so|nao|la|chiu trach nhiem)\s+)*(?:tong hop\s*,?\s*(?:va )?bao cao|thuc hien|chu tri)\b(?:\s+(?:la ai|la co quan nao|nao))?/g;

/**
 * The groups of duties the question is about whose plan names a compiling body: that body, the bodies that
 * carry the duties out, each as the plan writes its line. Null when no such group fits the question.
 */
export function answerGroupCompiler(ctx: EngineContext, ask: Ask): Answer | null {
  const topic = ask.q.topic.replace(ROLE_WORDS, ' | ');
  if (!topic.replace(/[\s|]/g, '')) return null;
  const { chosen } = pick(ctx, { ...ask, q: { ...ask.q, topic } }, ['task'], (c) => {
    const f = ctx.records.get(c.doc.id);
    return f?.kind === 'task' && Boolean(f.record.compilers?.length);
  });
  const blocks: string[][] = [];
  const items: AnswerItem[] = [];
  const groups = new Set<string>();
  const compilersShown: string[] = [];
  for (const c of chosen) {
    const f = ctx.records.get(c.doc.id);
    if (f?.kind !== 'task' || !f.record.compilers || !f.record.compilerSource) continue;
    const at = f.record.compilerSource;
    const key = `${at.file}:${at.lineStart}`;
    if (groups.has(key) || groups.size >= 3) continue;
    groups.add(key);
    const plan = f.plan.plan;
    const doers = f.record.agencySource?.quote ?? agencyText(f.record, 4, 'lead');
    // Where the plan also says to whom and when that body reports what it compiles: that duty, cited.
    const names = leadNames({ leads: f.record.compilers });
    compilersShown.push(...names);
    const reports = plan.reportingDuties.find(
      (d) => compilesReports(d) && leadNames({ leads: d.reporters }).some((n) => names.includes(n)),
    );
    const head = `${plan.province} — nhóm nhiệm vụ «${clip(f.record.domain || f.record.text, 90)}»:`;
    blocks.push(
      [
        head,
        `  ${at.quote}`,
        `  ${doers}`,
        `  ${sourceLine(plan, at)}${f.record.agencySource ? ` Cơ quan thực hiện: dòng ${f.record.agencySource.lineStart}.` : ''}`,
        reports
          ? `  Báo cáo chung của kế hoạch: ${dutyText(reports, ask.today).replace(/\.$/, '')} (dòng ${reports.source.lineStart}).`
          : '',
      ].filter(Boolean),
    );
    items.push(item('task', `${f.record.id}/compiler`, plan, at.quote, at));
    if (f.record.agencySource)
      items.push(item('task', `${f.record.id}/agency`, plan, doers, f.record.agencySource));
  }
  if (!blocks.length) return null;
  const lines = blocks.flatMap(([head, ...rest]) => [
    blocks.length > 1 ? `• ${head}` : (head as string),
    ...rest,
  ]);
  const verdict =
    blocks.length === 1 && ask.q.claimed ? compilerVerdict(ask.q.claimed, compilersShown) : null;
  return found('agency', verdict ? [verdict, ...lines] : lines, items);
}

/** "Đúng: …" when `claimed` is among the bodies a group's "Cơ quan tổng hợp, báo cáo" line names, else "Không: …". */
export function compilerVerdict(claimed: string, compilers: readonly string[]): string {
  return compilers.includes(claimed)
    ? `Đúng: theo kế hoạch, ${claimed} tổng hợp, báo cáo nhóm nhiệm vụ này.`
    : `Không: kế hoạch không giao ${claimed} tổng hợp, báo cáo nhóm nhiệm vụ này.`;
}

/** A "Cơ quan thực hiện: …" line that makes no body the lead ("… chủ trì, phối hợp …" does). */
export const performedOnly = (quote: string) =>
  /^Cơ quan thực hiện\s*:/iu.test(quote) && !/chủ trì/iu.test(quote);

/**
 * A duty in running text that a group of bodies carries out, with no word of leading it: its bodies are plural
 * ("các sở, ngành", "Giám đốc các sở", "UBND các huyện"), no line assigns it apart, and it does not say "chủ trì".
 */
export function groupDoes(t: {
  text: string;
  leads: string[];
  agencySource?: unknown;
  source: { quote: string };
}): boolean {
  return (
    !t.agencySource &&
    !t.source.quote.includes('|') &&
    !/chủ trì/iu.test(t.text) &&
    t.leads.length > 0 &&
    t.leads.every((l) =>
      /^(?:các|những|giám đốc các|chủ tịch ubnd các|chủ tịch ủy ban nhân dân các|thủ trưởng các)\s/iu.test(l),
    )
  );
}
