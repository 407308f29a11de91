/** "Sở Y tế được giao những gì?": every task and target the agency leads, grouped, capped. */
import { agencyKey, findAgencies, leadNames } from '../../ingest/agencies';
import type { Task } from '../../schema/records';
import { fold } from '../../text/normalize';
import { remembered } from '../../text/remember';
import { clip, excerpt } from '../../text/truncate';
import { agencySpellings } from '../../text/vocabulary';
import { withoutAgency } from '../agency-text';
import {
  type Block,
  compilingDuty,
  displayText,
  dutyGist,
  fitBlocks,
  indicatorText,
  item,
  LIST_BUDGET,
  REPLY_BUDGET,
  sourceLine,
  taskRole,
} from '../compose';
import type { Ask, EngineContext, Found } from '../context';
import { search } from '../context';
import { cueMatcher, cueText } from '../cue-match';
import { annexAsked, QUESTION_WORDS, TODAY_CUES } from '../cues';
import { found, notFound } from '../reply';
import { holdersToday, keyOf, predecessorsOf } from '../today';
import { TUNING } from '../tuning';
import type { Answer, AnswerItem } from '../types';
import { topicWords } from '../understand';
import { supported, supportedBlocks } from './agency';

// "(để) triển khai / thực hiện KH 68", "… kế hoạch này": the plan itself is what the body's part is asked in.
const IMPLEMENTS_PLAN =
  /\b(?:trien khai|thuc hien|to chuc thuc hien) (?:kh|ke hoach)(?: \d+| nay| do)?\s*(?:[?.]|$)/;

/** The body a heading names first ("3. Sở Y tế" → Sở Y tế), if any. */
const headingBody = remembered((domain: string) => findAgencies(domain)[0] ?? '');

/** At most this many duties in one reply; the reply's budget usually stops it first. */
const MAX_SHOWN = 8;
/** How many of a body's own duties come before those it took over in 2025, when it took over more. */
const OWN_FIRST = 2;

/** The words that place a record in a field, with its section's heading beside them. */
const asksToday = cueMatcher(TODAY_CUES);

const textOf = (f: Found) => (f.kind === 'indicator' ? f.record.name : f.record.text);

/**
 * The body's name as the plans write it ("Bảo hiểm xã hội thành phố" in a city's plan, not the canonical
 * "Bảo hiểm xã hội tỉnh"): its most frequent spelling among the duties it leads, the fuller one on a tie.
 * Duties from several provinces may spell it differently; then the canonical name stands for all of them.
 */
export function nameAsWritten(agency: string, duties: readonly { leads: string[] }[]): string {
  const counts = new Map<string, number>();
  for (const d of duties) {
    const names = leadNames(d);
    d.leads.forEach((spelling, i) => {
      if (names[i] === agency) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    });
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
  return best ? best[0] : agency;
}

/** Answers what an agency is assigned, optionally narrowed by a topic. */
// "đồng chủ trì": duties led with another body.
const CO_LEAD_ASKED = /\bdong chu tri\b/;

/**
 * A body's records narrowed to where and how the question says it leads them: "trong phụ lục II" keeps the
 * rows of that annex (sections "PL2…"), "đồng chủ trì" the records it leads with another body. A narrowing
 * that would leave nothing leaves the list as it is.
 */
export function narrowedByRole<T extends { record: { leads: string[]; source: { section: string } } }>(
  records: T[],
  folded: string,
): T[] {
  let out = records;
  const annex = annexAsked(folded);
  if (annex !== null) {
    const inAnnex = out.filter((f) => f.record.source.section.startsWith(annex));
    if (inAnnex.length) out = inAnnex;
  }
  if (CO_LEAD_ASKED.test(folded)) {
    const shared = out.filter((f) => f.record.leads.length > 1);
    if (shared.length) out = shared;
  }
  return out;
}

export function answerAssignments(
  ctx: EngineContext,
  ask: Ask,
  agency: string,
  budget: number = LIST_BUDGET,
): Answer {
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  // What the plans in scope give the body itself.
  const ledHere = [...ctx.records.values()].filter(
    (f) => ids.has(f.plan.plan.id) && leadNames(f.record).includes(agency),
  );
  // A lone paragraph under the body's heading ("3. Sở Y tế: Chủ trì … y tế cơ sở, y tế dự phòng …"), beside
  // its duties elsewhere, is the plan's summary of what it gives the body: first, and at length. (A heading
  // over many paragraphs is a section like any other: plan order.)
  const headed = (f: Found) => f.kind === 'task' && headingBody(f.record.domain) === agency;
  const underHeading = ledHere.filter(headed);
  // Alone in its section too: "6.7. Sở TN&MT: Chủ trì …" then a second paragraph is one duty in two pieces.
  const summary =
    underHeading.length === 1 &&
    ledHere.filter((f) => f.record.source.section === underHeading[0]?.record.source.section).length === 1
      ? underHeading[0]
      : undefined;
  // What the body leads alone comes before what it shares with co-leads: "9. Bảo hiểm xã hội: … Đẩy mạnh chi
  // trả … không dùng tiền mặt" says more of it than the duties it co-leads with Sở LĐTBXH.
  const rankOf = (f: Found) =>
    (f === summary ? -1 : 0) +
    (leadNames(f.record).includes(agency) ? 0 : 3) +
    (f.kind === 'task' ? 0 : 1.5) +
    (f.record.leads.length > 1 ? 1 : 0);
  // Co-leads lead too; what the agency must do comes before the targets it answers for.
  // A body of today ("Sở Nội vụ") also answers for the duties it took over, field by field, from the bodies
  // the plans name ("Sở Lao động - Thương binh và Xã hội": lao động, người có công …).
  // A document confirms the transfer, the question asks about today, or the plans never name the body (a
  // name of today): only then are another body's duties listed as this one's.
  const anyway = asksToday(ask.q.folded) || !ledHere.length;
  const inheriting = predecessorsOf(agency).length > 0;
  // The row by which a duty of another body is now this one's, with the fields the duty names. Only where
  // the table says where the duty's field went: a guess among candidates is no assignment.
  const takenOver = (f: Found) => {
    if (!inheriting) return null;
    for (const lead of f.record.leads) {
      const h = holdersToday(lead, textOf(f), f.plan.plan.province, f.record.domain);
      const i = h?.byField
        ? h.rows.findIndex((r) => r.to === agency && (anyway || r.status === 'confirmed'))
        : -1;
      const row = h?.rows[i];
      if (h && row) return { row, fields: h.named[i] ?? [] };
    }
    return null;
  };
  const inherited = (f: Found) => takenOver(f) !== null;
  const all: Found[] = [...ctx.records.values()]
    .filter((f) => ids.has(f.plan.plan.id) && (leadNames(f.record).includes(agency) || inherited(f)))
    // The body's own duties first, then the targets it answers for, then what it took over.
    .sort((a, b) => rankOf(a) - rankOf(b));
  const led = narrowedByRole(all, ask.q.folded);
  if (!led.length) {
    const none = `Các kế hoạch hiện có không giao ${askedAs(agency, ask.q.raw)} chủ trì nhiệm vụ nào${ask.scope.length === 1 ? ` trong KH ${ask.scope[0]?.plan.number}` : ''}.`;
    // A body the plans only name beside a lead still has a part in them: what it is asked to support.
    const partner = supported(ctx, ask, agency, [none]);
    return partner ? { ...partner, intent: 'assignments' } : notFound(ctx, ask, 'assignments', none);
  }
  // Narrow by what the question adds beyond the agency's name ("… nhiệm vụ nào về viện trợ?").
  // (Every spelling's words: "UBND các huyện, thị xã, thành phố" asked leaves no "thị xã" behind.)
  const agencyWords = new Set([agency, ...agencySpellings(agency)].flatMap((n) => agencyKey(n).split(' ')));
  // The body's name goes as a phrase, then any word of it left over from another spelling; a lone "so" is
  // then "số" ("dân số"), the "Sở" of the name having gone with it.
  const words = withoutAgency(ask.q.topic, agency)
    // "… làm gì để bảo vệ trẻ em?": "để" says what for ("đề án", "đề xuất", "đề ra" fold alike and stay).
    .replace(/(^|\| )de (?!an\b|xuat\b|nghi\b|ra\b|cap\b|tai\b|thi\b)/g, '$1')
    .split(' ')
    .filter(
      (w) => w && !(agencyWords.has(w) && w !== 'so') && !/^(giao|lam|viec|nhiem|vu|chi|tieu)$/.test(w),
    );
  // The topic without the words that also ask ("về dân số trong KH" → "dân số"); when that finds nothing, with
  // them: "bảo vệ", "người có công", "nhà ở" are phrases whose "vệ", "có", "ở" fold to question words.
  const topics = [words.filter((w) => !QUESTION_WORDS.has(w)).join(' '), words.join(' ')].filter(
    (t) => t.replace(/[^a-z]/g, '').length >= 4,
  );
  // "… phải làm gì để triển khai KH 68?": what the body does with the plan itself — its own plan, its reports.
  if (!topics.length && IMPLEMENTS_PLAN.test(ask.q.folded))
    topics.push('xay dung ke hoach trien khai thuc hien');
  let ordered = led;
  // The words a narrowing topic asks about: a long duty is then shown from the part that holds them.
  let askedWords: string[] = [];
  // The duties that hold what the question narrows to ("… làm gì về dân số?"): the first is shown at length.
  let narrowedTo: Found | undefined;
  for (const narrowing of new Set(topics)) {
    const ranked = search(ctx, ask, narrowing, ['indicator', 'task']).filter((c) =>
      leadNames(ctx.records.get(c.doc.id)?.record ?? { leads: [] }).includes(agency),
    );
    const strong = ranked
      .filter((c) => c.coverage >= TUNING.confident)
      .map((c) => ctx.records.get(c.doc.id) as Found)
      .filter((f) => led.includes(f));
    if (strong.length) {
      ordered = [...strong, ...led.filter((f) => !strong.includes(f))];
      askedWords = topicWords(narrowing);
      narrowedTo = strong[0];
      break;
    }
  }
  // Nothing narrowed to: the duty that makes the body the plan's standing body is its main part, said first
  // ("Giao Sở LĐTBXH là cơ quan đầu mối …" stands last in the plan, after every field's duties).
  // (Its own in the plan: a standing role is not said to have passed with the fields a reorganisation moved.)
  if (!narrowedTo) {
    const runs = ordered.filter((f) => runsThePlan(f) && leadNames(f.record).includes(agency));
    ordered = [...runs, ...ordered.filter((f) => !runs.includes(f))];
  }
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  const provinces = [...new Set(led.map((f) => f.plan.plan.province))];
  const count = (fs: Found[]) => {
    const tasks = fs.filter((f) => f.kind === 'task').length;
    const targets = fs.length - tasks;
    return [tasks ? `${tasks} nhiệm vụ` : '', targets ? `${targets} chỉ tiêu` : '']
      .filter(Boolean)
      .join(' và ');
  };
  const own = led.filter((f) => leadNames(f.record).includes(agency));
  const taken = led.filter((f) => !own.includes(f));
  // What the plan gives the body itself, and apart from it what the body took over in 2025 by field.
  const from = [
    ...new Set(
      taken.flatMap((f) =>
        f.record.leads.filter((l) => predecessorsOf(agency).some((r) => keyOf(r.from) === keyOf(l))),
      ),
    ),
  ].join(', ');
  const doubtful = taken.some((f) => takenOver(f)?.row.status !== 'confirmed');
  // A body the plans give nothing, whose duties would only come by moves no document confirms, is given nothing:
  // an unconfirmed move is never stated as fact.
  if (!own.length && taken.every((f) => takenOver(f)?.row.status !== 'confirmed')) {
    const inPlan = ask.scope.length === 1 ? ` trong KH ${ask.scope[0]?.plan.number}` : '';
    return notFound(
      ctx,
      ask,
      'assignments',
      `Các kế hoạch hiện có không giao ${agency} chủ trì nhiệm vụ nào${inPlan}. Một số việc kế hoạch giao cho ${from} có thể nay thuộc ${agency}, nhưng chưa có văn bản xác nhận việc chuyển giao.`,
    );
  }
  // The documents the confirmed moves rest on: "theo phân công lại năm 2025: Nghị định 45/2025/NĐ-CP".
  const basis = [
    ...new Set(
      taken.flatMap((f) => {
        const row = takenOver(f)?.row;
        const s = row?.status === 'confirmed' ? row.sources[0] : undefined;
        return s ? [`${s.kind} ${s.number}`] : [];
      }),
    ),
  ];
  const ownName =
    provinces.length === 1
      ? nameAsWritten(
          agency,
          own.map((f) => f.record),
        )
      : agency;
  // What the plan asks of the body or gives it a part in is not said to be led by it.
  const roleOf = (f: Found) => (f.kind === 'task' ? taskRole(f.record) : 'lead');
  const leading = own.filter((f) => roleOf(f) === 'lead');
  // Duties the body holds with others: "…, trong đó 7 nhiệm vụ cùng Sở Lao động - Thương binh và Xã hội" (a
  // plan's "Cơ quan thực hiện: Sở LĐTBXH, BHXH thành phố chủ trì" is not the body's alone; nor is "7. Sở Kế
  // hoạch và Đầu tư, Sở Tài chính: Phối hợp …", a part both are given); counted within the role they share.
  const togetherWith = (fs: Found[]) => {
    const shared = fs.filter((f) => f.record.leads.length > 1);
    // Each other body once, in the plan's first spelling ("Bảo hiểm xã hội thành phố" and "Bảo hiểm xã hội" are one).
    const others = new Map<string, string>();
    for (const f of shared) {
      const names = leadNames(f.record);
      f.record.leads.forEach((spelling, i) => {
        const name = names[i] ?? spelling;
        // Mid-sentence, a plural group is written in lower case: "cùng các sở, ngành".
        if (name !== agency && !others.has(name)) others.set(name, spelling.replace(/^Các\s/u, 'các '));
      });
    }
    const names = [...others.values()];
    return names.length
      ? `${shared.length === fs.length ? '' : `, trong đó ${count(shared)}`} cùng ${names.slice(0, 2).join(', ')}${names.length > 2 ? ' và cơ quan khác' : ''}`
      : '';
  };
  const roles = [
    leading.length ? `chủ trì ${count(leading)}${togetherWith(leading)}` : '',
    ...(['partner', 'requested'] as const).map((role) => {
      const held = own.filter((f) => roleOf(f) === role);
      return held.length
        ? `${role === 'partner' ? 'phối hợp' : 'được đề nghị'} ${held.length} nhiệm vụ${togetherWith(held)}`
        : '';
    }),
  ].filter(Boolean);
  lines.push(
    [
      own.length ? `${ownName} ${roles.join(', ')}` : '',
      taken.length
        ? `${own.length ? 'và nay đảm nhận' : `${agency} nay đảm nhận`} ${count(taken)} mà kế hoạch giao cho ${from} (theo phân công lại năm 2025${basis.length ? `: ${basis.join('; ')}` : ''}${doubtful ? '; có phần chưa xác nhận bằng văn bản' : ''})`
        : '',
    ]
      .filter(Boolean)
      .join(', ') + ` (${provinces.join(', ')}):`,
  );
  // "… chủ trì những việc gì?" asks for duties: they come before the targets the body also leads, and the
  // reply's room is shared among them.
  const asksDuties =
    /\b(?:viec|nhiem vu|lam gi|lam nhung gi)\b/.test(ask.q.folded) && !/\bchi tieu\b/.test(ask.q.folded);
  // "… chủ trì những chỉ tiêu nào (ở Phụ lục I)?" asks for targets: they come first, the duties after.
  const asksTargets =
    !asksDuties && /\bchi tieu\b/.test(ask.q.folded) && !/\b(?:viec|nhiem vu)\b/.test(ask.q.folded);
  if (asksDuties)
    ordered = [...ordered.filter((f) => f.kind === 'task'), ...ordered.filter((f) => f.kind !== 'task')];
  else if (asksTargets)
    ordered = [...ordered.filter((f) => f.kind !== 'task'), ...ordered.filter((f) => f.kind === 'task')];
  const asked = asksDuties
    ? ordered.filter((f) => f.kind === 'task').length || ordered.length
    : asksTargets
      ? ordered.filter((f) => f.kind !== 'task').length || ordered.length
      : ordered.length;
  // One duty is shown whole; many are shortened, so the reply lists more of them within its budget.
  const perItem =
    asked <= 1
      ? 700
      : Math.max(110, Math.min(320, Math.floor((budget - 80) / Math.min(asked, MAX_SHOWN)) - 80));
  let shownCount = 0;
  // The later pieces of a paragraph cut for length come after the first piece of every other duty: a list
  // shows the breadth of what the body is given before the rest of one long paragraph.
  const pieces = new Set<Found>();
  let previous: Found | null = null;
  for (const f of ordered) {
    const s = f.record.source;
    const p = previous?.record.source;
    if (
      previous?.kind === 'task' &&
      f.kind === 'task' &&
      p &&
      p.section === s.section &&
      s.lineStart >= p.lineStart &&
      s.lineStart <= p.lineEnd
    )
      pieces.add(f);
    previous = f;
  }
  const duties = [...ordered.filter((f) => !pieces.has(f)), ...pieces];
  // With duties taken over too, the plan's own assignments to the body come first (what "được giao … trong
  // Kế hoạch" asks). A body that took over more than the plan gave it (Sở Nội vụ, heir of most of Sở
  // LĐTBXH's work) is described by what it took over too, so room is kept for it after the first few. A body
  // the plan gives as much has what it took over counted in the header and listed only when the question asks
  // about today; a question narrowed to a topic gets the body's own duties on it first.
  const mostlyTaken = taken.length > own.length;
  const listsTaken = own.length === 0 || asksToday(ask.q.folded) || mostlyTaken;
  const ownDuties = duties.filter((f) => !taken.includes(f));
  const takenDuties = duties.filter((f) => taken.includes(f));
  const shownOrder = !listsTaken
    ? ownDuties
    : mostlyTaken && !narrowedTo
      ? [...ownDuties.slice(0, OWN_FIRST), ...takenDuties, ...ownDuties.slice(OWN_FIRST)]
      : [...ownDuties, ...takenDuties];
  const soleLed = own.filter((f) => f.record.leads.length === 1);
  const alone = soleLed.length <= 2 && own.length > soleLed.length ? soleLed : [];
  // What does not fit is kept apart, in order, for a channel's «Xem thêm».
  const rest: AnswerItem[] = [];
  for (const f of shownOrder) {
    const plan = f.plan.plan;
    const text =
      f.kind === 'indicator'
        ? // In a list, a target reads with the province's own figures: the central column would crowd out rows.
          indicatorText(f.record, ask.today, asked > 2 ? { years: [], scope: 'province' } : undefined)
        : (compilingDuty(f.record) ?? dutyGist(f.record.text, f.record.partners, f.record.leads));
    const when = f.kind === 'task' && f.record.timeframe.text ? ` (${f.record.timeframe.text})` : '';
    // A body with one or two duties of its own sees them at length, as do the one or two it leads alone
    // among many it shares (its own heading says most of it) and the one the question narrows to; what it
    // took over stays short.
    const room =
      (own.length <= 2 ? own : alone).includes(f) || f === narrowedTo || f === summary
        ? Math.max(perItem, 320)
        : perItem;
    const shown = askedWords.length ? excerpt(text, askedWords, room) : clip(text, room);
    // A duty taken over says whose it was in the plan's words, the field that moved it, and whether a
    // document confirms the move.
    const took = leadNames(f.record).includes(agency) ? null : takenOver(f);
    const field = took?.fields.length ? `; lĩnh vực ${took.fields.slice(0, 3).join(', ')}` : '';
    const doubt = took && took.row.status !== 'confirmed' ? ' — chuyển giao chưa xác nhận bằng văn bản' : '';
    const was = took ? ` (theo kế hoạch: ${f.record.leads.join(', ')}${field}${doubt})` : '';
    const line = `${provinces.length > 1 ? `${plan.province}: ` : ''}${shown}${when}${was}`;
    // After the first duty of a one-plan list, each source names only its section and lines.
    const samePlan = items.length > 0 && items.every((i) => i.planId === plan.id);
    const block = [`• ${line}`, `  ${sourceLine(plan, f.record.source, samePlan)}`];
    const one = item(f.kind, f.record.id, plan, line, f.record.source);
    const full =
      rest.length > 0 ||
      shownCount >= MAX_SHOWN ||
      (shownCount > 0 && [...lines, ...block].join('\n').length > budget);
    if (full) {
      rest.push(one);
      continue;
    }
    lines.push(...block);
    items.push(one);
    shownCount++;
  }
  if (shownOrder.length > shownCount) lines.push(`… và ${shownOrder.length - shownCount} mục khác.`);
  // "KH 767 giao Sở Nội vụ nhiệm vụ gì?" of a plan that names no such body: the plan gives it nothing, said
  // first; what it took over from the bodies the plan names follows. Asked about today, that is the answer.
  if (!own.length && taken.length && !asksToday(ask.q.folded)) {
    const inPlan = ask.scope.length === 1 ? `KH ${ask.scope[0]?.plan.number}` : 'Các kế hoạch hiện có';
    lines.unshift(`${inPlan} không giao ${askedAs(agency, ask.q.raw)} nhiệm vụ nào.`);
    return { ...found('assignments', lines, items, rest), found: false };
  }
  // "… phải làm gì (chủ trì và phối hợp)?", "sở đó còn làm gì nữa?" of a body that leads one or two duties: what
  // it supports is part of what it is given, listed after what it leads as room allows.
  if (!narrowedTo && !taken.length && !rest.length && (PARTNER_ASKED.test(ask.q.folded) || own.length <= 2)) {
    const partner = supportedBlocks(ctx, ask, agency);
    if (partner) appendWithin(lines, items, partner, budget);
  }
  return found('assignments', lines, items, rest);
}

// "… chủ trì và phối hợp …", "… tham gia (phối hợp) những việc gì": the body's supporting part is asked too.
const PARTNER_ASKED = /\bphoi hop\b|\btham gia (?:phoi hop|nhung viec|viec)\b/;

/**
 * Adds a header and as many of `blocks` as fit in `budget` (none may overflow it, the first included), with their
 * items, and how many did not fit; nothing when not even the header and one block fit.
 */
function appendWithin(
  lines: string[],
  items: AnswerItem[],
  { header, blocks }: { header: string; blocks: readonly Block[] },
  budget: number,
): void {
  const added: string[] = [header];
  let n = 0;
  for (const b of blocks) {
    if ([...lines, ...added, ...b.lines].join('\n').length > budget) break;
    added.push(...b.lines);
    items.push(b.item);
    n++;
  }
  if (!n) return;
  if (n < blocks.length) added.push(`… và ${blocks.length - n} việc phối hợp khác.`);
  lines.push(...added);
}

/**
 * A body no plan in scope names, by the spelling the question used: "Công an thành phố" asked of Đà Nẵng is
 * not to be called by its canonical name "Công an tỉnh". The canonical name when no spelling is found.
 */
export function askedAs(agency: string, raw: string): string {
  const folded = ` ${cueText(fold(raw))} `;
  const spellings = agencySpellings(agency).sort((a, b) => b.length - a.length);
  return spellings.find((s) => folded.includes(` ${cueText(fold(s))} `)) ?? agency;
}

/** Whether a record is the duty naming its body the plan's standing body (the plan's coordinator line). */
const runsThePlan = (f: Found) => {
  const line = f.plan.plan.coordinator?.source;
  return (
    f.kind === 'task' &&
    !!line &&
    line.file === f.record.source.file &&
    line.lineStart >= f.record.source.lineStart &&
    line.lineStart <= f.record.source.lineEnd
  );
};

/** Duties the plans give jointly to the socio-political organisations or the mass organisations. */
const JOINT = / (to chuc chinh tri xa hoi|doan the) /;

/**
 * A body no plan names ("Liên đoàn Lao động") gets no other body's duties as its own. When it is one of the
 * socio-political organisations and the plans give duties to them jointly, those duties are shown as such.
 */
export function answerUnnamedBody(
  ctx: EngineContext,
  ask: Ask,
  body: { name: string; sociopolitical?: boolean },
): Answer {
  const where = ask.scope.length === 1 ? `Kế hoạch ${ask.scope[0]?.plan.number}` : 'Các kế hoạch hiện có';
  const reason = `${where} không nêu riêng ${body.name}, nên không có nhiệm vụ nào giao riêng cho cơ quan này.`;
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  // The group as the duty names it, among its leads first: "các tổ chức chính trị - xã hội".
  const groupIn = (t: Task) => [...t.leads, ...t.partners].find((a) => JOINT.test(` ${agencyKey(a)} `));
  const joint = body.sociopolitical
    ? [...ctx.records.values()].filter(
        (f): f is Extract<Found, { kind: 'task' }> =>
          f.kind === 'task' && ids.has(f.plan.plan.id) && groupIn(f.record) !== undefined,
      )
    : [];
  if (!joint.length) return notFound(ctx, ask, 'assignments', reason);
  const lines = [reason, 'Kế hoạch giao chung cho các tổ chức chính trị - xã hội:'];
  const provinces = new Set(joint.map((f) => f.plan.plan.province));
  const blocks = joint.slice(0, 4).map((f) => {
    const plan = f.plan.plan;
    const group = groupIn(f.record) as string;
    const role = f.record.leads.includes(group) ? 'chủ trì' : 'phối hợp';
    const line = `${provinces.size > 1 ? `${plan.province}: ` : ''}${clip(displayText(f.record.text), 200)} (${role}: ${group})`;
    return {
      lines: [`• ${line}`, `  ${sourceLine(plan, f.record.source)}`],
      item: item(f.kind, f.record.id, plan, line, f.record.source),
    };
  });
  const { shown } = fitBlocks(lines, blocks, REPLY_BUDGET);
  if (joint.length > shown.length) lines.push(`… và ${joint.length - shown.length} mục khác.`);
  // Not found: the plan does not name the body; what it gives the group is what it does know, quoted.
  return { ...found('assignments', lines, shown), found: false };
}
