/**
 * "Chương trình việc làm tỉnh … mà KH 91 nhắc tới được ban hành theo quyết định nào?", "đề án thành phố 5 không 3 có 4
 * an là quyết định số mấy": the cited document whose sentence in the plan holds the question's words, with that
 * sentence as the source.
 */
import type { CitedDocument, PlanRecords } from '../../schema/records';
import { formatDate, parseDate, statedDays } from '../../text/dates';
import { fold, tokens } from '../../text/normalize';
import { ellipsize } from '../../text/truncate';
import { agencyText, item, sourceLine } from '../compose';
import type { Ask, EngineContext } from '../context';
import { cueMatcher } from '../cue-match';
import { DOCUMENT_CUES, DOCUMENT_KIND_WORDS, putsForward } from '../cues';
import { found } from '../reply';
import type { Answer, AnswerItem } from '../types';
import { holdsQuoted, quotedName } from './pick';

// Words that only ask which document: they say nothing about which one.
const ASKING = new Set(
  'quyet dinh nghi quyet ket luan ke hoach kh chuong trinh de an van ban cong van chi thi nghi dinh thong tu luat to trinh nao so may bao nhieu gi la duoc ban hanh kem phe duyet theo thong qua tai nhac toi neu bang trong cua o ve hieu ten thuc hien giai doan nam den'.split(
    ' ',
  ),
);
// The kinds a question may name: "… ở nghị quyết nào" asks for a Nghị quyết.
const KINDS = [
  'Quyết định',
  'Nghị quyết',
  'Kết luận',
  'Kế hoạch',
  'Chương trình',
  'Đề án',
  'Công văn',
  'Văn bản',
  'Chỉ thị',
  'Nghị định',
  'Thông tư',
  'Luật',
  'Tờ trình',
];

const asksDocument = cueMatcher(DOCUMENT_CUES);
// "cơ quan nào thực hiện", "sở nào chủ trì", "ai làm": the body asked beside the document.
// "… số mấy?": a document's number asked.
const NUMBER_ASKED = /\bso (?:may|bao nhieu)\b/;
// "do ai ký", "ai ký", "người ký": who signed.
const SIGNER_ASKED = /\b(?:do ai|ai|nguoi) ky\b/;
// Each asking of a document's day or number: "… ngày nào và … ngày nào?", "… số mấy, … ký khi nào?".
const EACH_ASKED = /\b(?:ngay nao|ngay may|ngay bao nhieu|so may|so bao nhieu|khi nao|nam nao|bao gio)\b/g;
const ASKS_WHO = /\b(?:(?:co quan|so|don vi|nganh) nao|ai (?:thuc hien|chu tri|lam|phu trach))\b/;

/** A cited document with the words of the plan's sentence that cites it. */
interface Cited {
  plan: PlanRecords;
  doc: CitedDocument;
  /** The record whose lines cite it (its sentence), when there is one. */
  sentence: {
    text: string;
    source: CitedDocument['source'];
    /** The bodies the plan gives the citing record, in its words, and where it gives them. */
    leads: string[];
    partners: string[];
    agencySource?: CitedDocument['source'];
  } | null;
  words: Set<string>;
  /** The words of the citation itself (kind, number, subject): what the question names matches these best. */
  own: Set<string>;
}

/**
 * Words and each pair of neighbours ("nha o" → "nha", "o", "nha o"): "nhà ở" is not "nhà giáo", though a
 * one-letter syllable alone says nothing.
 */
function withPairs(ws: readonly string[]): string[] {
  return [...ws, ...ws.slice(1).map((w, i) => `${ws[i]} ${w}`)];
}

/** The words a question names a document by: its own words (not those that only ask), and their pairs. */
function namingWords(topic: string): string[] {
  return [
    ...new Set(
      topic.split('|').flatMap((segment) => {
        const ws = tokens(segment);
        const pairs = withPairs(ws)
          .slice(ws.length)
          .filter((p) => !p.split(' ').some((w) => ASKING.has(w)));
        return [...ws.filter((t) => t.length > 1 && !ASKING.has(t)), ...pairs];
      }),
    ),
  ];
}

function citedIn(plans: PlanRecords[]): Cited[] {
  return plans.flatMap((plan) =>
    plan.plan.documents.map((doc) => {
      const records = [...plan.tasks, ...plan.indicators];
      const around = records.find(
        (r) => r.source.lineStart <= doc.source.lineStart && r.source.lineEnd >= doc.source.lineStart,
      );
      const sentence = around
        ? {
            text: 'text' in around ? around.text : around.source.quote,
            source: around.source,
            leads: around.leads,
            partners: around.partners,
            ...(around.agencySource ? { agencySource: around.agencySource } : {}),
          }
        : null;
      const own = new Set(
        withPairs(tokens(`${doc.kind} ${doc.number ?? ''} ${doc.title ?? ''} ${doc.source.quote}`)),
      );
      const words = new Set([...own, ...withPairs(tokens(sentence?.text ?? ''))]);
      return { plan, doc, sentence, words, own };
    }),
  );
}

/** A document's day asked: "… ra ngày nào?", "… đề ngày nào?", "… ngày bao nhiêu?". */
export const DOCUMENT_DAY_ASKED =
  /\b(?:ra|ban hanh|ky|de) (?:vao )?(?:ngay(?: thang)?(?: nam)?|hom|khi|nam|thang(?: nam)?) nao\b|\bngay (?:nao|may|bao nhieu)\b/;
// The year (or month and year) a document is put forward as issued or signed in: "ban hành năm 2022", "ký tháng
// 4/2021", "ra vào tháng 6 năm 2024".
const PERIOD_PUT =
  /\b(?:ban hanh|ky|ra)(?: vao)?(?: (?:thang (\d{1,2})(?: nam |\s*\/\s*)|nam ))((?:19|20)\d{2})\b/;

/**
 * A day put to a document: "QĐ 1983/QĐ-TTg ngày 24/9/2021 đúng không?", "Công văn 377 ngày 23/12/2020 à?"; or the
 * year (month) it was issued in: "NQ 68/NQ-CP ban hành tháng 6/2024 phải không?" (see `PERIOD_PUT`).
 */
export const DOCUMENT_DAY_PUT = new RegExp(
  `\\bngay \\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})?\\b|${PERIOD_PUT.source}`,
);
/** Whether a question is about a document's day, asked or put forward. */
export const asksDocumentDay = (folded: string) =>
  DOCUMENT_DAY_ASKED.test(folded) || DOCUMENT_DAY_PUT.test(folded);

/** The id of a cited document's item in replies ("da-nang-10-2022/document/34/2021/NQ-HĐND"). */
export const documentItemId = (planId: string, d: CitedDocument) =>
  `${planId}/document/${d.number ?? d.title}`;

/** A document number's kind letters ("56-CTr/TU") as the words a question may write for them. */
export const KIND_LETTERS: Readonly<Record<string, string>> = {
  ctr: 'chuong trinh',
  cv: 'cong van',
  nq: 'nghi quyet',
  qd: 'quyet dinh',
  kh: 'ke hoach',
  kl: 'ket luan',
  ct: 'chi thi',
  nd: 'nghi dinh',
  ttr: 'to trinh',
};

/** Whether a folded question names a document's number ("58-NQ/TW" as "58-nq/tw", "58/nq-tw" or "58 nq tw"). */
export function namesNumber(folded: string, number: string | null, alone = false): boolean {
  if (!number) return false;
  const key = fold(number)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Only a number with its kind's letters ("58-NQ/TW"), never a bare figure ("2021").
  if (key.length < 2 || !/^\d/.test(key[0] ?? '')) return false;
  const words = ` ${folded.split(/[^a-z0-9]+/).join(' ')} `;
  if (words.includes(` ${key.join(' ')} `)) return true;
  // "NQ 34/2021 của HĐND": the number and its year, with its kind (letters or words) before them.
  const digits = key.filter((k, i) => /^\d+$/.test(k) && key.slice(0, i).every((x) => /^\d+$/.test(x)));
  const kind = key[digits.length];
  if (kind === undefined) return false;
  // "Công văn 377 … ra ngày nào?", "chương trình hành động số 56 … ngày nào?": with `alone` (the question asks
  // the document's day), a number alone with its own kind before it, in letters or words ("KH 68" is not Nghị
  // quyết 68/NQ-CP). Otherwise a bare "NQ 42" names the plan by its basis ("kế hoạch thực hiện NQ 42").
  const named = KIND_LETTERS[kind];
  if (digits.length === 1 && alone)
    return !!named && new RegExp(` (?:${kind}|${named})(?: [a-z]+){0,2}?(?: so)? ${digits[0]} `).test(words);
  if (digits.length < 2) return false;
  const before = `(?:${kind}|${DOCUMENT_KIND_WORDS})(?: so)?`;
  return new RegExp(` ${before} ${digits.join(' ')} `).test(words);
}

/**
 * Whether a question names the document numbered `number` as what something carries out ("Kế hoạch triển khai Kết
 * luận 92 …", "KH thực hiện NQ 42-NQ/TW …"): the object of "thực hiện / triển khai / cụ thể hóa / căn cứ", not the
 * document asked about.
 */
export function carriedOut(folded: string, number: string): boolean {
  const digits = /^\d+/.exec(fold(number))?.[0];
  return (
    !!digits &&
    new RegExp(
      `\\b(?:thuc hien|trien khai|cu the hoa|can cu)\\s+(?:[a-z]+\\s+){0,3}?(?:so\\s+)?${digits}\\b`,
    ).test(folded)
  );
}

/**
 * "Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng (khóa XIII)": a document by its kind,
 * number, day and issuer (with the issuer's term when the plan gives it), as far as each is written.
 */
export function documentHead(
  d: Pick<CitedDocument, 'kind' | 'number' | 'date' | 'issuer'> & { term?: string | undefined },
): string {
  const number = d.number ? ` số ${d.number}` : '';
  const date = d.date ? ` ngày ${formatDate(d.date)}` : '';
  const issuer = d.issuer ? ` của ${d.issuer}${d.term ? ` (khóa ${d.term})` : ''}` : '';
  return `${d.kind}${number}${date}${issuer}`;
}

/** "Quyết định số 4103/QĐ-UBND ngày 03/11/2020 của UBND tỉnh về Chương trình việc làm …". */
export function documentText(d: CitedDocument): string {
  const title = d.title ? ` ${d.number ? 'về ' : ''}${d.title}` : '';
  return `${documentHead(d)}${title}${d.number ? '' : ' (kế hoạch không ghi số)'}`;
}

/**
 * "Đề án … là quyết định số mấy": the plan cites the Đề án without a number, in the sentence that names the
 * Quyết định issuing it ("Quyết định số 980/QĐ-UBND … ban hành Đề án …"). Asked for another kind, or for a
 * number the best document lacks, the document of that kind (or with a number) cited in the same sentence
 * answers.
 */
function issuing<T extends { c: Cited }>(
  best: T,
  scored: T[],
  kind: string | undefined,
  wantsNumber: boolean,
): T {
  const wrongKind = kind !== undefined && best.c.doc.kind !== kind;
  if (!wrongKind && !(wantsNumber && !best.c.doc.number)) return best;
  const line = best.c.sentence?.source.lineStart;
  if (line === undefined) return best;
  return (
    scored.find(
      (x) =>
        x !== best &&
        x.c.plan === best.c.plan &&
        x.c.sentence?.source.lineStart === line &&
        (!kind || x.c.doc.kind === kind) &&
        (!wantsNumber || Boolean(x.c.doc.number)),
    ) ?? best
  );
}

const BASIS_ASKED = /\b(?:dua (?:tren|vao)|can cu)\b/;

/**
 * Whether the words before "dựa trên / căn cứ" name a subject of their own ("mức chuẩn trợ giúp xã hội"), not
 * only the plan: then the question asks what that subject rests on, not the plan's basis.
 */
export function restsOnSubject(topic: string): boolean {
  const before = topic.split(BASIS_ASKED)[0] ?? '';
  return tokens(before).filter((t) => t.length > 1 && !ASKING.has(t)).length >= 2;
}

/**
 * "… thực hiện quyết định nào của Thủ tướng và kế hoạch nào của Thành ủy?": two kinds asked, each with its own
 * words. For each, the cited document of that kind whose citation holds most of its words (the plan's basis
 * first when two fit as well); null unless the question asks two kinds or more and each is found.
 */
function eachKindAsked(folded: string, cited: Cited[], weight: (t: string) => number): Cited[] | null {
  const asked = [...folded.matchAll(KIND_ASKED)];
  if (new Set(asked.map((m) => m[1])).size < 2) return null;
  const picks: Cited[] = [];
  asked.forEach((m, i) => {
    const kind = KINDS.find((k) => fold(k) === m[1]);
    const end = asked[i + 1]?.index ?? folded.length;
    const words = tokens(folded.slice((m.index ?? 0) + m[0].length, end)).filter(
      (t) => t.length > 1 && !ASKING.has(t),
    );
    const total = words.reduce((n, t) => n + weight(t), 0);
    const fitOf = (c: Cited) =>
      total ? words.filter((t) => c.own.has(t)).reduce((n, t) => n + weight(t), 0) / total : 1;
    const best = cited
      .filter((c) => c.doc.kind === kind && !picks.includes(c))
      .map((c) => ({ c, fit: fitOf(c) }))
      .sort((a, b) => b.fit - a.fit || Number(b.c.doc.basis) - Number(a.c.doc.basis))[0];
    if (best && best.fit >= 0.5) picks.push(best.c);
  });
  return picks.length === asked.length ? picks : null;
}

const KIND_ASKED = new RegExp(`\\b(${KINDS.map(fold).join('|')}) (?:nao|gi|so may)\\b`, 'g');

// "(được) xây dựng / ban hành để thực hiện (những) văn bản / nghị quyết … nào": the plan's purpose.
const PLAN_PURPOSE =
  /\b(?:xay dung|ban hanh|ra doi)\s+(?:de|nham)\s+(?:thuc hien|trien khai|cu the hoa)\s+(?:nhung |cac )?(?:van ban|nghi quyet|ket luan|chi thi|quyet dinh|chu truong)\b.*\bnao\b/;
// "(thực hiện / triển khai / cụ thể hóa) (những) văn bản nào": documents of no kind, carried out.
const PLAN_CARRIES_OUT = /\b(?:thuc hien|trien khai|cu the hoa)\s+(?:nhung |cac )?van ban\s+nao\b/;

/**
 * The cited document a question asks for, or null when the question's own words fit none well: the words that
 * are not about asking must mostly stand in the document's citation or the sentence that cites it.
 */
export function answerDocument(ctx: EngineContext, ask: Ask): Answer | null {
  // "Đề án … nêu trong KH 10 thực hiện giai đoạn nào?": a question that opens on a document and asks which/when.
  const opensOnDocument =
    /^(?:de an|chuong trinh|chien luoc|quyet dinh|nghi quyet)\b/.test(ask.q.folded) &&
    /\b(?:nao|so may|so bao nhieu)\b/.test(ask.q.folded);
  // "Kế hoạch thực hiện Đề án phát triển giáo dục mầm non mà Đà Nẵng nêu trong KH 10 là giai đoạn nào?": the period
  // of a programme the plan names, however far its name stands from the question word.
  const periodOfNamed =
    /\b(?:de an|chuong trinh|chien luoc|phong trao)\b/.test(ask.q.folded) &&
    /\b(?:giai doan|den nam|thoi gian) nao\b/.test(ask.q.folded);
  // "Nghị quyết 58-NQ/TW … ban hành ngày nào?": a cited document named by its number is the one asked about.
  // (Checked on the documents' numbers first: reading every citation's sentence is for questions about one.)
  // Not when the question asks for another document ("Ngoài Nghị quyết 42-NQ/TW, … còn căn cứ kế hoạch nào?").
  const another =
    /\bngoai\b/.test(ask.q.folded) ||
    KINDS.some((k) => new RegExp(`\\b${fold(k)} (?:nao|gi|so may)\\b`).test(ask.q.folded));
  const numbers = new Set(
    another
      ? []
      : ask.scope.flatMap((p) =>
          p.plan.documents.flatMap((d) =>
            namesNumber(ask.q.folded, d.number, asksDocumentDay(ask.q.folded)) ? [d.number] : [],
          ),
        ),
  );
  if (!asksDocument(ask.q.folded) && !opensOnDocument && !periodOfNamed && !numbers.size) return null;
  const cited = citedIn(ask.scope);
  const byNumber = cited.filter((c) => c.doc.number !== null && numbers.has(c.doc.number));
  // "Kế hoạch 767 dựa trên kết luận nào và công văn nào của Tỉnh ủy?": the plan's own basis, not a document it
  // cites in its body.
  // (A document named by its number is asked about, whether the plan cites it as basis or in its body.)
  // "Mức chuẩn trợ giúp xã hội … dựa trên nghị quyết nào?" asks what that subject rests on: a cited document.
  if (!opensOnDocument && !byNumber.length && BASIS_ASKED.test(ask.q.folded) && !restsOnSubject(ask.q.topic))
    return null;
  // "KH 91 được ban hành để thực hiện những văn bản nào của Trung ương và Tỉnh ủy?": what the plan itself is
  // for, its basis; whose documents they are narrows nothing to one document the plan cites in its body.
  if (PLAN_PURPOSE.test(ask.q.folded)) return null;
  // "KH 91 … ban hành ngày nào và thực hiện những văn bản nào của Trung ương, Tỉnh ủy?": documents of no kind
  // asked of a plan named by its number are what it carries out — its basis.
  if (ask.q.planIds.length && PLAN_CARRIES_OUT.test(ask.q.folded)) return null;
  // "Kế hoạch … được xây dựng để thực hiện văn bản nào?" says what the plan is for (its basis), not a
  // document's name; "Đề án Xây dựng Đà Nẵng …" keeps its words.
  const topic = ask.q.topic.replace(/\bxay dung de(?= |$)/g, ' ');
  const asked = namingWords(topic);
  // (A document named by its number needs no other words: "Kế hoạch 332-KH/TU mà KH 230 thực hiện … ban hành ngày
  // nào?". Not one the plan asked about carries out: "Kế hoạch triển khai Kết luận 92 … số mấy, ký ngày nào?".)
  const subject = byNumber.filter((c) => !carriedOut(ask.q.folded, c.doc.number ?? ''));
  // "KH 91/KH-UBND … thực hiện KL 92-KL/TW do ai ký, ngày nào?": the documents named are what the plan named by its
  // number carries out; who signed and when is the plan's.
  if (ask.q.planIds.length && byNumber.length && !subject.length && SIGNER_ASKED.test(ask.q.folded))
    return null;
  if (!subject.length && asked.filter((t) => !t.includes(' ')).length < 2) return null;
  const weight = (t: string) => ctx.stats.idf(t) || 1;
  const perKind = eachKindAsked(ask.q.folded, cited, weight);
  if (perKind) return documentsAnswer(perKind, ask, true);
  // (The plan named by its number is not the kind asked: "… mà KH 10 nhắc tới là KH số mấy".)
  const kindText = ask.q.folded.replace(/\b(?:ke hoach|kh)\s*(?:so\s*)?\d+/g, '');
  // (A kind in its letters too: "KH số mấy". Not "CT", which is also the Chủ tịch.)
  const lettersOf = (k: string) =>
    Object.keys(KIND_LETTERS).filter((l) => l !== 'ct' && KIND_LETTERS[l] === fold(k));
  const kind = KINDS.find((k) =>
    new RegExp(`\\b(?:${[fold(k), ...lettersOf(k)].join('|')})\\b`).test(kindText),
  );
  const total = asked.reduce((n, t) => n + weight(t), 0);
  const scored = cited
    .map((c) => {
      const share = (set: Set<string>) =>
        asked.filter((t) => set.has(t)).reduce((n, t) => n + weight(t), 0) / total;
      // Words in the citation itself count more than words elsewhere in its sentence; a document of the kind
      // asked for ("… ở nghị quyết nào") is preferred, not required: the plan may name it otherwise.
      const fit = share(c.words);
      return { c, fit, rank: fit + 0.5 * share(c.own) + (kind && c.doc.kind === kind ? 0.05 : 0) };
    })
    .sort((a, b) => b.rank - a.rank);
  // A name the question puts in quotes ("Đề án “Xây dựng Đà Nẵng - thành phố môi trường” … quyết định số
  // mấy?") is the document asked about: only citations whose words or sentence hold it compete, whatever
  // other words of the question a neighbouring sentence shares.
  const quoted = quotedName(ask.q.raw);
  const holding = quoted
    ? scored.filter((x) => holdsQuoted(`${x.c.doc.source.quote} ${x.c.sentence?.text ?? ''}`, quoted))
    : [];
  // "… thực hiện KL 92-KL/TW và Kế hoạch 41-KH/TU ngày 22/3/2021 …, đúng k?": a day put forward is that of the
  // document named just before it.
  const numbered = askedFirst(
    scored.filter((x) => byNumber.includes(x.c)),
    ask.q.folded,
  );
  // "… thực hiện Nghị quyết 68/NQ-CP ngày nào và Kế hoạch 332-KH/TU ngày nào?": each document named by its number
  // is asked about, in the order named, when the question asks as many times.
  if (!holding.length && numbered.length > 1 && (ask.q.folded.match(EACH_ASKED) ?? []).length > 1)
    return documentsAnswer(
      numbered.slice(0, 4).map((x) => x.c),
      ask,
      true,
    );
  const named = holding.length ? holding : numbered;
  const pool = named.length ? named : scored;
  const first = pool[0];
  // Most of what the question names must be in the citing sentence, unless it holds the quoted name whole or
  // names the document's number.
  if (!first || (!named.length && first.fit < 0.6)) return null;
  const best = issuing(first, pool, kind, NUMBER_ASKED.test(ask.q.folded));
  // "Kế hoạch của Lai Châu về chính sách xã hội là số mấy?": a Kế hoạch asked, and none cited fits: the plan
  // itself (a Kế hoạch) is asked about, not the Nghị quyết its sentence names.
  // (Not when the document cited approves a Kế hoạch: "Quyết định … phê duyệt Kế hoạch thực hiện Đề án …".)
  if (kind === 'Kế hoạch' && best.c.doc.kind !== kind && !named.length && !best.c.own.has('hoach'))
    return null;
  // "… những nhiệm vụ thực hiện Chiến lược … cho những giai đoạn nào?": every document of the plan that fits
  // as well as the best one (the strategy's two periods), not the first of them.
  const plural =
    /\b(?:nhung|cac) (?:nhiem vu|van ban|de an|chuong trinh|ke hoach|giai doan|quyet dinh)\b/.test(
      ask.q.folded,
    );
  const shown = plural
    ? pool.filter(
        (x) =>
          x === best ||
          (x.c.plan === best.c.plan &&
            x.c.doc.kind === best.c.doc.kind &&
            Math.abs(x.rank - best.rank) < 1e-9),
      )
    : [best];
  return documentsAnswer(
    shown.slice(0, 4).map((x) => x.c),
    ask,
    shown.length > 1,
  );
}

/**
 * "KH 767 thực hiện Công văn 377-CV/TU ngày 23/12/2020 … à?": one day put forward for the document asked about,
 * against the day the plan gives it — "Đúng: …" with the day, "Không: …" without repeating the wrong one. Null
 * when nothing is put forward, no single day is stated, or the plan gives the document no date.
 */
export function documentDayVerdict(q: { raw: string; folded: string }, date: string | null): string | null {
  const days = statedDays(q.folded);
  if (!date || !putsForward(q)) return null;
  // "… ban hành năm 2022 phải không?", "… ký tháng 4/2021 đúng không?": a year, or a month of it, put forward.
  const period = days.length ? null : PERIOD_PUT.exec(q.folded);
  if (period) {
    const month = period[1] ? Number(period[1]) : null;
    const same = date.slice(0, 4) === period[2] && (month === null || Number(date.slice(5, 7)) === month);
    return same ? `Đúng: kế hoạch ghi ngày ${formatDate(date)}.` : 'Không: kế hoạch ghi ngày khác:';
  }
  if (days.length !== 1) return null;
  // A year written with the day must be the document's too.
  const full = parseDate(q.folded);
  const same = date.slice(4) === days[0]?.slice(1) && (!full || full === date);
  return same ? `Đúng: kế hoạch ghi ngày ${formatDate(date)}.` : 'Không: kế hoạch ghi ngày khác:';
}

/**
 * Documents named by number, the one asked about first: the one whose number stands last before a day the
 * question writes, or else the one it names first, its subject ("KH 29-KH/TU … về thực hiện KL 92 ký ngày nào?").
 */
function askedFirst<T extends { c: Cited }>(named: T[], folded: string): T[] {
  if (named.length < 2) return named;
  const day = folded.search(/\bngay \d{1,2}\s*\/\s*\d{1,2}\b/);
  const before = day < 0 ? folded : folded.slice(0, day);
  const at = (x: T) => {
    const digits = /^\d+/.exec(x.c.doc.number ?? '')?.[0];
    const m = digits ? [...before.matchAll(new RegExp(`(?<![\\d/.,])${digits}(?![\\d/.,]\\d)`, 'g'))] : [];
    return m.length ? ((day < 0 ? m[0] : m[m.length - 1])?.index ?? -1) : -1;
  };
  const found = named.filter((x) => at(x) >= 0);
  if (!found.length) return named;
  const pick = found.reduce((best, x) => ((day < 0 ? at(x) < at(best) : at(x) > at(best)) ? x : best));
  return [pick, ...named.filter((x) => x !== pick)];
}

/** The line that opens a cited document's answer when its day is asked and the plan gives none. */
const NO_DAY = 'Kế hoạch không ghi ngày ban hành của văn bản này.';

/** The cited documents as one answer, each as `documentLines` gives it. */
function documentsAnswer(cs: Cited[], ask: Ask, several: boolean): Answer {
  const verdict = cs.length === 1 ? documentDayVerdict(ask.q, cs[0]?.doc.date ?? null) : null;
  const lines: string[] = verdict ? [verdict] : [];
  const items: AnswerItem[] = [];
  for (const c of cs) {
    const part = documentLines(c, ask, several);
    lines.push(...part.lines);
    items.push(...part.items);
  }
  // "NQ 75/2021 … được thông qua ngày nào?" of a document the plan cites without its day: said so first.
  const undated = DOCUMENT_DAY_ASKED.test(ask.q.folded) && cs.every((c) => c.doc.date === null);
  const answer = found('plan_meta', undated ? [NO_DAY, ...lines] : lines, items);
  // "Đề án chuyển đổi số … được phê duyệt tại quyết định số mấy?" of a document the plan names without its
  // number: what the plan says is shown, and the number asked for is not in it.
  return undated || (NUMBER_ASKED.test(ask.q.folded) && cs.every((c) => c.doc.number === null))
    ? { ...answer, found: false }
    : answer;
}

/** One cited document as an answer: what it is, the plan's sentence citing it, and (asked) who carries it out. */
function documentLines(c: Cited, ask: Ask, several: boolean): { lines: string[]; items: AnswerItem[] } {
  const { plan, doc, sentence } = c;
  const head = `${plan.plan.province}: ${documentText(doc)}.`;
  const lines = [several ? `• ${head}` : head];
  const items: AnswerItem[] = [item('plan', documentItemId(plan.plan.id, doc), plan.plan, head, doc.source)];
  if (sentence) {
    const text = ellipsize(sentence.text, 298);
    lines.push(`  KH ${plan.plan.number} viết: «${text}»`);
    // "… thuộc giai đoạn nào, cơ quan nào thực hiện?": the bodies the plan gives the duty that cites it.
    const who = ASKS_WHO.test(ask.q.folded) ? agencyText(sentence) : '';
    if (who) lines.push(`  ${who}`);
  }
  lines.push(`  ${sourceLine(plan.plan, sentence?.source ?? doc.source)}`);
  if (sentence)
    items.push(
      item(
        'task',
        `${plan.plan.id}/document-sentence/${doc.source.lineStart}`,
        plan.plan,
        lines[1] ?? '',
        sentence.source,
      ),
    );
  // The bodies named are cited where the plan names them ("Cơ quan thực hiện: …" below the duties).
  const assigned = sentence && ASKS_WHO.test(ask.q.folded) ? sentence.agencySource : undefined;
  if (assigned) {
    const line = `  Phân công: ${sourceLine(plan.plan, assigned).replace(/^Nguồn: /, '')}`;
    lines.push(line);
    items.push(
      item('task', `${plan.plan.id}/document-agency/${doc.source.lineStart}`, plan.plan, line, assigned),
    );
  }
  return { lines, items };
}
