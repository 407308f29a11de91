/** Choosing which ranked records answer a question: per part of the question and per province. */

import { concepts } from '../../search/analyze';
import type { SearchDoc } from '../../search/documents';
import { fold, tokens } from '../../text/normalize';
import { INSURANCES } from '../../text/vocabulary';
import type { Ask, EngineContext, Found } from '../context';
import { search } from '../context';
import { cueText } from '../cue-match';
import { annexAsked, figuresAsked, WHO_WORDS } from '../cues';
import { type Candidate, coverage, TERMS_JOINED, type TermStats } from '../rank';
import { TUNING } from '../tuning';
import { areasIn } from '../understand';

const NONE: ReadonlySet<string> = new Set();
const AREA_WORDS = /\b(?:khu vuc|o|thanh thi|do thi|nong thon|mien nui|vung)\b/g;

const ROLE_ONLY =
  /^(?:chu tri|phoi hop|tham gia|thuc hien|giao)(?: (?:chu tri|phoi hop|tham gia|thuc hien|giao))*$/;

/** "thất nghiệp dưới bao nhiêu, việc làm tăng thêm" → two parts; a lone generic word is not a part. */
export function parts(topic: string): string[] {
  const pieces = topic
    .split(/[,;:]|\bva\b|\bvoi\b/)
    // A bare count ("3 chỉ tiêu") is not part of what is asked about.
    .map((p) =>
      p
        .replace(/(?:^|\|)\s*\d+\s*(?=\||$)/g, ' ')
        .replace(/^[\s|]+|[\s|]+$/g, '')
        .trim(),
    )
    // An area alone ("… và nông thôn") qualifies the other part; it is not a topic of its own.
    .filter((p) => p.replace(AREA_WORDS, ' ').replace(/[^a-z]/g, '').length >= 4);
  return pieces.length > 1 ? pieces : [];
}

/**
 * Whether a target is set only for the other area than the one asked: "hộ dân nông thôn được sử dụng nước hợp
 * vệ sinh" answers no question about "thành thị", however many words it shares with it.
 */
export function otherArea(ctx: EngineContext, ask: Ask, c: Candidate): boolean {
  const area = ask.q.area;
  const f = ctx.records.get(c.doc.id);
  if (!area || !f) return false;
  if (f.kind === 'indicator' && f.record.targets.length)
    return f.record.targets.every((t) => t.area !== 'all' && t.area !== area);
  // A duty (or a target in words) that names only the other area.
  const { urban, rural } = areasIn(fold(f.kind === 'task' ? f.record.text : f.record.name));
  return area === 'thành thị' ? rural && !urban : urban && !rural;
}

/** The terms of art a topic names: "tre em suy dinh duong the nhe can" → ["nhe_can"]. */
export function termsOfArtIn(topic: string): string[] {
  const words = ` ${tokens(topic).join(' ')} `;
  return TERMS_SPACED.filter(([, spaced]) => words.includes(spaced)).map(([t]) => t);
}
const TERMS_SPACED = TERMS_JOINED.map((t) => [t, ` ${t.replaceAll('_', ' ')} `] as const);

/**
 * Whether a record holds every term of art the question names (`termsOfArtIn`): "suy dinh dưỡng thể nhẹ cân"
 * is not "thể thấp còi", nor "hộ cận nghèo" "hộ nghèo"; a record that names another kind of the thing is no answer.
 */
export function holdsTermsOfArt(ctx: EngineContext, arts: readonly string[], c: Candidate): boolean {
  return termsHeld(ctx.stats.terms.get(c.doc.id), arts);
}

/** Whether a set of terms holds every term of art in `arts`: one record's, or a group of records' together. */
export function termsHeld(held: ReadonlySet<string> | undefined, arts: readonly string[]): boolean {
  // A term of more than two syllables ("trung học cơ sở") is held when each of its bigrams is.
  return arts.every((t) => {
    const syllables = t.split('_');
    return syllables.slice(1).every((s, i) => held?.has(`${syllables[i]}_${s}`));
  });
}

// "Bảo hiểm thất nghiệp" is no "thất nghiệp": the insurances, as folded words, with the words that end them.
const INSURANCE_WORDS = Object.entries(INSURANCES)
  .map(([abbr, full]) => ({ abbr: fold(abbr), full: tokens(full).join(' ') }))
  .filter((x) => x.full.split(' ').length >= 4)
  .map((x) => ({ ...x, tail: x.full.split(' ').slice(2).join(' '), benefit: false }));
// The words a question may ask bare that end an insurance's name, or its benefit's: "trợ cấp thất nghiệp" is the
// insurance's too, no unemployment rate.
const TAIL_WORDS = [
  ...INSURANCE_WORDS,
  { abbr: 'bhtn', full: 'tro cap that nghiep', tail: 'that nghiep', benefit: true },
];

/**
 * The insurances whose last words the question asks about without naming any insurance ("tỷ lệ thất nghiệp"):
 * worked out once per question, since most questions name none of those words.
 */
export function insuranceTailsAsked(
  question: string,
): ReadonlyArray<{ full: string; abbr: string; tail: string; benefit: boolean }> {
  const q = ` ${tokens(question).join(' ')} `;
  // (A question that names any insurance asks about insurances: "phần y tế, bảo hiểm xã hội … BHXH".)
  if (q.includes(' bao hiem ') || INSURANCE_WORDS.some((x) => q.includes(` ${x.abbr} `))) return [];
  return TAIL_WORDS.filter((x) => q.includes(` ${x.tail} `) && !q.includes(` ${x.full} `));
}

/**
 * Whether a record names the words the question asks about (`insuranceTailsAsked`) only inside the insurance
 * they end ("… tham gia bảo hiểm thất nghiệp" for "tỷ lệ thất nghiệp"): a record about the insurance.
 */
export function onlyInsideInsurance(
  tails: ReadonlyArray<{ full: string; abbr: string; tail: string }>,
  record: string,
): boolean {
  if (!tails.length) return false;
  const r = ` ${tokens(record).join(' ')} `;
  return tails.some(
    ({ abbr, full, tail }) =>
      (r.includes(` ${full} `) || r.includes(` ${abbr} `)) &&
      !r.replaceAll(` ${full} `, ' ').includes(` ${tail} `),
  );
}

/**
 * The insurances a question names, by name or abbreviation ("tham gia BHXH" → `['bhxh']`): its concepts, as
 * the analyzer reads them in a record's own terms for `otherInsuranceOnly`.
 */
export function insurancesAsked(question: string): string[] {
  const named = new Set(concepts(tokens(question)));
  return INSURANCE_WORDS.filter((x) => named.has(`@${x.abbr}`)).map((x) => x.abbr);
}

/**
 * Whether a record (its own terms, `TermStats.own`) names insurances and none that the question asks about:
 * "khoảng 18% lực lượng lao động … tham gia bảo hiểm thất nghiệp" is another target than the BHXH one asked,
 * however many words they share.
 */
export function otherInsuranceOnly(asked: readonly string[], own: ReadonlySet<string>): boolean {
  if (!asked.length) return false;
  // A record's own terms hold each insurance it names, in either form, as its concept ("@bhtn").
  const named = INSURANCE_WORDS.filter((x) => own.has(`@${x.abbr}`));
  return named.length > 0 && !named.some((x) => asked.includes(x.abbr));
}

/**
 * A part of a question counts only when it holds a rare word ("bhtn") or, asked with others, a rare phrase
 * ("nhà ở"), not only common ones ("hướng dẫn", "tỷ lệ"). Each word as the index spells it: the "tỷ" of "tỷ
 * lệ" is the plans' "ti", no rare word.
 */
export function holdsRareWord(
  part: string,
  stats: Pick<TermStats, 'idf' | 'known'>,
  phrases = false,
): boolean {
  const spelled = part.split(/\s+/).map((w) => tokens(w)[0] ?? w);
  if (spelled.some((w) => stats.idf(w) >= TUNING.rarePartIdf)) return true;
  // A phrase of common words may be rare as a phrase ("nhà ở" is not "nhà" and "ở"): counted when the
  // question asks several things, where each part is one of them.
  if (!phrases) return false;
  return spelled.some((w, i) => {
    const next = spelled[i + 1];
    const phrase = `${w}_${next}`;
    return next !== undefined && stats.known(phrase) && stats.idf(phrase) >= TUNING.rarePartIdf;
  });
}

const BODY_ASKED = new RegExp(`\\b${WHO_WORDS} (?:chu tri|phu trach|lo|lam|thuc hien)\\b`, 'g');
/** How many bodies a question asks for: "sở nào chủ trì A, sở nào chủ trì B?" asks two. */
export function bodiesAsked(folded: string): number {
  return folded.match(BODY_ASKED)?.length ?? 0;
}

/**
 * Whether a record is of the thing asked, not of the other area or another kind of it (it may still be
 * suggested): the test, and the insurances the question names. The insurances of a part of the question may
 * be passed for that part ("… BHTN và … lương hưu" asks two things), and so may its terms of art.
 */
function fitsOf(
  ctx: EngineContext,
  ask: Ask,
): {
  fits: (c: Candidate, insured?: readonly string[], arts?: readonly string[]) => boolean;
  insured: string[];
} {
  const arts = termsOfArtIn(ask.q.topic);
  const tails = insuranceTailsAsked(ask.q.topic);
  const insured = insurancesAsked(ask.q.topic);
  const fits = (c: Candidate, asked: readonly string[] = insured, artsAsked: readonly string[] = arts) => {
    const own = ctx.stats.own.get(c.doc.id) ?? NONE;
    return (
      !otherArea(ctx, ask, c) &&
      holdsTermsOfArt(ctx, artsAsked, c) &&
      // (Only a record naming one of the insurances, as its own terms' concept says, is read word by word.)
      // (The benefit has no concept of its own: a question asking its tail reads every record so.)
      !(tails.some((t) => t.benefit || own.has(`@${t.abbr}`)) && onlyInsideInsurance(tails, c.doc.text)) &&
      !otherInsuranceOnly(asked, own)
    );
  };
  return { fits, insured };
}

/** Whether a record states something for one of the asked years. */
export function yearFits(ctx: EngineContext, doc: SearchDoc, years: number[]): boolean {
  if (!years.length) return true;
  const f = ctx.records.get(doc.id);
  return f ? statesForYears(f, years) : false;
}

// "trên 14.000 lao động/năm", "hằng năm, đào tạo nghề cho 8.000 người", "bình quân 3%/ năm": a figure for each year.
const EACH_YEAR = /\/\s*năm\b|\b(?:hằng|hàng|mỗi) năm\b/iu;

/**
 * Rule: a target the plan sets for each year ("… lao động/năm", "hằng năm …") holds in every year up to the year
 * it is set for, from the plan's first (its period's, else the year it was signed) or from the record's earlier
 * target year: "năm 2023" of a 2021–2025 plan's "trên 14.000 lao động/năm" is 14.000. The spans, one per such
 * target.
 */
export function eachYearSpans(f: Extract<Found, { kind: 'indicator' }>): { from: number; to: number }[] {
  const plan = f.plan.plan;
  const first = plan.period?.from ?? (plan.signedDate ? Number(plan.signedDate.slice(0, 4)) : null);
  if (first === null) return [];
  const clauses = f.record.source.quote.split(/[;.]\s/);
  const dated = f.record.targets.flatMap((t) => (t.year === null ? [] : [t.year]));
  return f.record.targets.flatMap((t) => {
    const to = t.year;
    if (to === null) return [];
    const clause = clauses.find((c) => c.includes(t.text)) ?? t.text;
    if (!EACH_YEAR.test(`${clause} ${t.unit ?? ''}`)) return [];
    const before = Math.max(-Infinity, ...dated.filter((y) => y < to));
    const from = before === -Infinity ? Math.min(first, to) : before + 1;
    return [{ from, to }];
  });
}

const spanOf = (spans: readonly { from: number; to: number }[], year: number) =>
  spans.find((s) => s.from <= year && year <= s.to);

/**
 * "Mục tiêu đặt cho mỗi năm 2021–2025, nên cũng là mục tiêu năm 2023.": said beside a target that answers the year
 * asked only as a figure for each year (`eachYearSpans`); null otherwise.
 */
export function eachYearNote(f: Found, years: readonly number[]): string | null {
  if (f.kind !== 'indicator' || !years.length) return null;
  // (A year the record's own words name — "cuối năm 2024 là 2.597 hộ" in a row's notes — is answered by them.)
  if (years.some((y) => f.record.source.quote.includes(String(y)))) return null;
  if (f.record.targets.some((t) => t.year !== null && years.includes(t.year))) return null;
  const spans = eachYearSpans(f);
  for (const year of years) {
    const span = spanOf(spans, year);
    if (span) return `Mục tiêu đặt cho mỗi năm ${span.from}–${span.to}, nên cũng là mục tiêu năm ${year}.`;
  }
  return null;
}

/** Whether a record states something for one of `years` (its targets' years, its words, a task's time column). */
export function statesForYears(f: Found, years: readonly number[]): boolean {
  if (f.kind === 'indicator') {
    if (f.record.targets.some((t) => t.year !== null && years.includes(t.year))) return true;
    const spans = eachYearSpans(f);
    if (years.some((y) => spanOf(spans, y))) return true;
    return years.some((y) => f.record.source.quote.includes(String(y)));
  }
  // (A task's year may be its time column's: "Thời gian: Năm 2024".)
  return years.some((y) => f.record.text.includes(String(y)) || f.record.timeframe.text.includes(String(y)));
}

/**
 * The records that answer: the best for the whole question, the best for each part of it, and for
 * each province in scope its own best when it is close to the overall best.
 */
const squeezeFold = (text: string) => cueText(fold(text));

/** The longest name a question quotes (three words at least), folded: `"… phong trào “Toàn dân đoàn kết” …"`. */
/** Whether `text` holds a name `quotedName` read from a question. */
export const holdsQuoted = (text: string, quoted: string) => squeezeFold(text).includes(quoted);

export function quotedName(question: string): string | null {
  const names = [...question.matchAll(/["“”'‘’«»]([^"“”'‘’«»]{8,200})["“”'‘’«»]/gu)]
    .map((m) => squeezeFold(m[1] ?? ''))
    .filter((n) => n.split(' ').length >= 3)
    .sort((a, b) => b.length - a.length);
  return names[0] ?? null;
}

export function pick(
  ctx: EngineContext,
  ask: Ask,
  kinds: SearchDoc['kind'][],
  accept: (c: Candidate) => boolean,
  bonus?: (doc: SearchDoc) => number,
  strict = false,
): { chosen: Candidate[]; ranked: Candidate[]; fits: (c: Candidate) => boolean } {
  const found = search(ctx, ask, ask.q.topic, kinds, bonus).filter(accept);
  // "… ở Phụ lục II …": the rows of the annex named come first, in their order; the rest after them. (Not of a
  // body's duties asked: the annex's rows of other bodies would come before the body's own.)
  const annex =
    ask.q.agency || ask.q.intent === 'agency' || ask.q.intent === 'assignments'
      ? null
      : annexAsked(ask.q.folded);
  const inAnnex = (c: Candidate) =>
    annex !== null && !!ctx.records.get(c.doc.id)?.record.source.section.startsWith(annex);
  const ranked = annex === null ? found : [...found.filter(inAnnex), ...found.filter((c) => !inAnnex(c))];
  const { fits, insured } = fitsOf(ctx, ask);
  // Asked for a figure, a record without the question's key words is never the answer, however much
  // else it shares: its figure would be the figure of another indicator.
  const isSure = (c: Candidate, asked = insured, artsAsked?: readonly string[]) =>
    fits(c, asked, artsAsked) && (!strict || isAbout(c) || namedWhole(c));
  // A name the question puts in quotes ("phong trào “Cả nước chung tay xóa nhà tạm …”") is what it asks about:
  // records that hold it answer alone; one that only shares its words is another thing.
  const quoted = quotedName(ask.q.raw);
  const holding = quoted ? ranked.filter((c) => holdsQuoted(c.doc.text, quoted)) : [];
  const sure = (holding.length ? holding : ranked).filter((c) => isSure(c));
  const best = sure[0];
  const chosen: Candidate[] = [];
  // A paragraph and a target clause quoted from it are one answer, not two.
  const overlaps = (a: Candidate, b: Candidate) => {
    const ra = ctx.records.get(a.doc.id)?.record.source;
    const rb = ctx.records.get(b.doc.id)?.record.source;
    return (
      !!ra &&
      !!rb &&
      ra.file === rb.file &&
      ra.lineStart <= rb.lineEnd &&
      rb.lineStart <= ra.lineEnd &&
      a.doc.kind !== b.doc.kind
    );
  };
  // A paragraph that holds a target clause is answered by the clause when the clause covers the
  // question nearly as well: the reply quotes the commitment, not the whole paragraph.
  const sharper = (c: Candidate) =>
    c.doc.kind !== 'task'
      ? c
      : (ranked.find(
          (x) =>
            x.doc.kind === 'indicator' && overlaps(x, c) && x.coverage >= c.coverage * TUNING.clauseShare,
        ) ?? c);
  const add = (found: Candidate | undefined) => {
    const c = found && sharper(found);
    if (c && !chosen.some((x) => x.doc.id === c.doc.id || overlaps(x, c))) chosen.push(c);
  };
  // The best answers when it covers the question, or when the question holds its whole name in more words.
  // … or when it holds, whole, the name the question quotes.
  // … or when, nearly sure, it holds the question's key words and stands far ahead of every other record
  // ("muốn vay ít vốn làm ăn … giải ngân": the words the plans never put together weigh on every record alike).
  const ahead =
    best !== undefined &&
    best.coverage >= TUNING.confident * TUNING.leaderShare &&
    best.distinctive >= TUNING.distinctiveMin &&
    ranked.every((c) => c === best || c.rank * TUNING.leaderLead <= best.rank);
  if (best && (best.coverage >= TUNING.confident || namedWhole(best) || holding.includes(best) || ahead)) {
    add(best);
    // Provinces the question names each get their own best; unnamed ones only when close to the best.
    // (Asked of every province, "tỉnh nào … thấp nhất?", each that answers at all is one of the sides.)
    const bar =
      ask.q.provinces.length > 1 || (ask.q.allProvinces && ask.q.intent === 'compare')
        ? TUNING.confident
        : Math.max(TUNING.confident, best.coverage * TUNING.provinceClose);
    // Each province's best comes before any runner-up: a reply cut for length keeps every province asked.
    const runnersUp: Candidate[] = [];
    for (const plan of ask.scope) {
      const own = sure.filter((c) => c.doc.planId === plan.plan.id && c.coverage >= bar);
      add(own[0]);
      // A runner-up as good as the first is shown too when the question is about this plan: the plan
      // says it in two places. Across provinces it would only crowd out the next province.
      const about = ask.scope.length === 1 || ask.q.provinces.includes(plan.plan.province);
      // Two rows of a table are two indicators, never one said twice: "Tỷ lệ người cao tuổi tham gia
      // BHYT" is not a second answer to "tỷ lệ BHYT" beside "Tỷ lệ dân số tham gia BHYT".
      const twin = (a: Candidate, b: Candidate) =>
        b.coverage >= a.coverage * TUNING.runnerUp && !(tableRow(a) && tableRow(b));
      if (about && own[0] && own[1] && twin(own[0], own[1])) runnersUp.push(own[1]);
    }
    for (const c of runnersUp) add(c);
  }
  // Parts are looked up only in plans the question names or the whole question already matched, so a
  // common part ("người có công") does not pull in an unrelated province.
  const named = ask.q.provinces.length > 0 || ask.q.planIds.length > 0;
  const partPlans = ask.scope.filter((p) => named || chosen.some((c) => c.doc.planId === p.plan.id));
  // What the records already chosen in a plan say of a part: a part they cover as well as any other record of
  // the plan ("… hiểu biết, nhận thức đúng về … mại dâm", one phrase with a comma in it) asks for no more.
  const chosenCover = (part: string, planId: string) =>
    Math.max(
      0,
      ...chosen
        .filter((c) => c.doc.planId === planId)
        .map((c) => coverage(part, ctx.stats.terms.get(c.doc.id) ?? new Set(), ctx.stats)),
    );
  // "… tạo việc làm cho bao nhiêu lao động và đưa bao nhiêu người đi làm việc ở nước ngoài?": two figures asked
  // are two records, however many words the two share; the guard against one phrase cut by a comma is less.
  // So are two bodies asked ("sở nào chủ trì … nhà ở, sở nào chủ trì … nước sạch?").
  const several = figuresAsked(ask.q.folded) >= 2 || bodiesAsked(ask.q.folded) >= 2;
  const gain = several ? TUNING.partGain / 3 : TUNING.partGain;
  const rare = (part: string) => holdsRareWord(part, ctx.stats, several);
  // "tỷ lệ hộ nghèo đến 2025 còn bao nhiêu, và mỗi năm giảm bao nhiêu?": two figures asked of a plan whose chosen
  // records give one: a part's own record answers it when it covers the part as well as they do (the rate
  // "giảm … 0,8%/năm" covers "tỷ lệ hộ nghèo" too, yet is not its level). (Of two provinces named, "Lai Châu đặt
  // bao nhiêu, Đà Nẵng bao nhiêu?", each gives one.)
  const asked = figuresAsked(ask.q.folded);
  const fewerGiven = (planId: string) =>
    asked >= 2 &&
    ask.q.provinces.length <= 1 &&
    chosen
      .filter((c) => c.doc.planId === planId)
      .reduce((n, c) => {
        const f = ctx.records.get(c.doc.id);
        return n + (f?.kind === 'indicator' ? f.record.targets.length : 1);
      }, 0) < asked;
  // A part that is only a role ("…, phối hợp với đơn vị nào?" leaves "phối hợp") asks who takes it, no subject
  // of its own: a record it finds must also be about the rest of the question (a duty "Chủ trì, phối hợp …"
  // of another field is not).
  const aboutTheRest = (part: string, c: Candidate) =>
    !ROLE_ONLY.test(part) ||
    coverage(
      parts(ask.q.topic)
        .filter((p) => p !== part)
        .join(' '),
      ctx.stats.terms.get(c.doc.id) ?? new Set(),
      ctx.stats,
    ) >= TUNING.confident;
  // "… suy dinh dưỡng thể nhẹ cân và thể thấp còi": a part naming a kind of the thing is held to its own kind,
  // not to the other part's; a part naming none ("Về ma túy, …") to every kind the question names.
  const arts = termsOfArtIn(ask.q.topic);
  const partArts = (part: string) => {
    const own = termsOfArtIn(part);
    return own.length ? own : arts;
  };
  for (const part of parts(ask.q.topic).filter(rare)) {
    // Only the plans a part may add to are searched.
    const partInsured = insurancesAsked(part);
    const forPart = search(ctx, { ...ask, scope: partPlans }, part, kinds, bonus).filter(
      (c) => accept(c) && isSure(c, partInsured, partArts(part)),
    );
    for (const plan of partPlans) {
      const c = forPart.find((x) => x.doc.planId === plan.plan.id);
      const quotedOk = !holding.length || holding.some((h) => h.doc.id === c?.doc.id);
      if (
        c &&
        quotedOk &&
        aboutTheRest(part, c) &&
        c.coverage >= TUNING.confident + TUNING.partMargin &&
        c.coverage >= chosenCover(part, plan.plan.id) + (fewerGiven(plan.plan.id) ? 0 : gain)
      )
        add(c);
    }
  }
  return { chosen: withAreaRows(ctx, ask, chosen, ranked).slice(0, 6), ranked, fits: (c) => fits(c) };
}

/**
 * The indicator a row or a listed part belongs to: "Tỷ lệ … theo quy chuẩn — Thành thị" (a table row) and
 * "Tỷ lệ giảm nghèo …, trong đó: Khu vực thành thị" (a part of a list) → the name before the split.
 */
const rowBase = (name: string) => name.split(/ — |, trong đó: /)[0] ?? name;
// A table row of one area: "Diện tích nhà ở bình quân đầu người — Thành thị".
const TABLE_PART = / — /;

/**
 * Asked about both areas ("ở thành thị và ở nông thôn"), an indicator the plan splits by area is answered
 * by all of its rows, with the whole when the plan gives one: one row alone would leave half the question
 * unanswered.
 */
export function withAreaRows(
  ctx: EngineContext,
  ask: Ask,
  chosen: Candidate[],
  ranked: Candidate[],
): Candidate[] {
  if (!ask.q.bothAreas) return chosen;
  const out: Candidate[] = [];
  for (const c of chosen) {
    const f = ctx.records.get(c.doc.id);
    const split = f?.kind === 'indicator' && f.record.targets.some((t) => t.area !== 'all');
    if (!split) {
      if (!out.includes(c)) out.push(c);
      continue;
    }
    const base = rowBase(f.record.name);
    // A list's lead-in ("Tỷ lệ giảm nghèo … 0,8%/năm, trong đó:") reads before its parts; a table's row for
    // the whole is a sibling of the areas' rows and goes after them, where a long reply may cut it.
    const family = f.plan.indicators.filter((i) => rowBase(i.name) === base);
    const table = family.some((i) => TABLE_PART.test(i.name));
    const whole = (i: typeof f.record) => table && i.targets.every((t) => t.area === 'all');
    const rows = family.sort(
      (a, b) => Number(whole(a)) - Number(whole(b)) || a.source.lineStart - b.source.lineStart,
    );
    for (const r of rows) {
      // The other rows share the question's words, but a long question may not bring them among the
      // ranked records (MiniSearch looks up only its rarest terms): a row not ranked stands as its sibling.
      const doc = ctx.index.docs.get(r.id);
      const row =
        r.id === c.doc.id
          ? c
          : (ranked.find((x) => x.doc.id === r.id) ??
            (doc && {
              ...c,
              doc,
              coverage: coverage(ask.q.topic, ctx.stats.terms.get(r.id) ?? new Set(), ctx.stats),
            }));
      if (row && !out.some((x) => x.doc.id === r.id)) out.push(row);
    }
  }
  return out;
}

/**
 * Whether a candidate is about what the question asks: it covers nearly all of the question, or at least holds the
 * question's key words ("suy dinh dưỡng"), not only its common ones ("tỷ lệ trẻ em").
 */
// Covering the question's words is not enough when the record holds none of its key words and the question
// names little of what the record is about: "100% hộ gia đình chăm sóc trẻ em … thuộc hộ nghèo … được hưởng
// trợ cấp" is no answer to "tỷ lệ hộ nghèo bao nhiêu?", where "hộ nghèo" only qualifies the record's subject.
const isAbout = (c: Candidate) =>
  (c.coverage >= TUNING.sureCoverage && (c.distinctive > 0 || c.precision >= TUNING.neighbourPrecision)) ||
  c.distinctive >= TUNING.distinctiveMin;

/** Whether the question holds a target's whole name, wrapped in words of its own. */
const namedWhole = (c: Candidate) =>
  c.doc.kind === 'indicator' &&
  c.precision >= TUNING.wholeNamePrecision &&
  c.coverage >= TUNING.wholeNameCoverage;

/** Whether a candidate is a row of an appendix table (its own indicator, with its own name). */
const tableRow = (c: Candidate) => c.doc.kind === 'indicator' && c.doc.text.includes('|');

/** A small preference for records that speak of the asked area and years. */
export function preferences(ctx: EngineContext, ask: Ask): (doc: SearchDoc) => number {
  const area = ask.q.area ? fold(ask.q.area) : null;
  const asksTargets = /\b(?:chi tieu|muc tieu)\b/.test(ask.q.folded);
  const insuranceOnly = INSURANCE_ONLY.test(ask.q.topic);
  return (doc) => {
    let b = doc.kind === 'indicator' ? TUNING.indicatorBonus : 0;
    // A target in words ("không còn hộ nghèo còn sức lao động") answers "chỉ tiêu/mục tiêu" like a figure does.
    const f = ctx.records.get(doc.id);
    if (asksTargets && f?.kind === 'task' && f.record.statement === 'goal') b += TUNING.goalBonus;
    if (area && ctx.stats.terms.get(doc.id)?.has(area.replace(' ', '_'))) b += TUNING.areaBonus;
    if (ask.q.years.length && yearFits(ctx, doc, ask.q.years)) b += TUNING.yearBonus;
    // "BHXH bao nhiêu %?": an insurance named alone is asked for the share of people who take part in it
    // ("Tỷ lệ … tham gia BHXH"), not another figure about it ("Chỉ số … hài lòng của người tham gia BHXH").
    if (insuranceOnly && /\b(?:ty le|do bao phu)\b[^|]*\b(?:tham gia|bao phu)\b/.test(fold(doc.text)))
      b += TUNING.areaBonus;
    return b;
  };
}

/** A topic that names an insurance and nothing else: "bhxh", "bảo hiểm y tế %". */
const INSURANCE_ONLY =
  /^(?:\s|[|,.;:%?]|\b(?:bhxh|bhyt|bhtn|bao hiem (?:xa hoi|y te|that nghiep)|ty le|ti le)\b)+$/;
