/**
 * Rule: who leads and who takes part in a duty, read the way these plans write it.
 * - "X, Y chủ trì, phối hợp với Z" → leads X and Y (co-leads are leads), partner Z.
 * - "X: Chủ trì …" → lead X; "Đề nghị X …" → lead X; "Các sở, ngành … chủ động …" → the subject leads.
 * - "Cùng với X chủ trì …" under a heading naming H → leads H and X.
 * - "(qua X)", "gửi (về) X", "báo cáo X", "tham mưu X", "trình X" name a recipient or a channel, never a lead.
 * - Otherwise the owner (the heading or "Cơ quan thực hiện:" line the duty sits under) leads.
 */
import { fold } from '../../text/normalize';
import { type AgencyMention, agencyMentions } from './agency-mentions';

/** Leads and partners in the plan's own words. */
export interface Assignment {
  leads: string[];
  partners: string[];
}

// Words after which the next bodies are addressees or channels: "báo cáo UBND tỉnh (qua Sở LĐTBXH)".
const RECIPIENT_CUE =
  /(?:^|[\s(])(?:qua|gửi(?: về| đến| tới)?|báo cáo(?: về| lên| với)?|tham mưu(?: cho| với)?|trình|đề xuất(?: với)?|kiến nghị(?: với)?|xin ý kiến|về|đến|tới|cho|của|thuộc|(?<!cùng )với)\s+$/iu;
// What may stand between two bodies of one list: "X, Y và Z".
const LIST_GAP = /^\s*(?:,|;|và|hoặc|cùng|\s)*\s*$/u;

/** Mentions that are not recipients or channels, i.e. the bodies that may act in `text`. */
export function actingMentions(text: string): AgencyMention[] {
  const all = agencyMentions(text);
  const out: AgencyMention[] = [];
  let previousWasRecipient = false;
  let previousEnd = 0;
  for (const m of all) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const recipient: boolean =
      RECIPIENT_CUE.test(before) || (previousWasRecipient && LIST_GAP.test(text.slice(previousEnd, m.start)));
    if (!recipient) out.push(m);
    previousWasRecipient = recipient;
    previousEnd = m.end;
  }
  return out;
}

/** The bodies listed right after `at` (separated only by commas, "và"): "phối hợp với X, Y và Z". */
function listFrom(text: string, at: number, mentions: AgencyMention[]): AgencyMention[] {
  const out: AgencyMention[] = [];
  let end = at;
  for (const m of mentions) {
    if (m.start < end) continue;
    const gap = text.slice(end, m.start);
    if (out.length === 0 ? !/^[\s,:]*(?:với|cùng|chặt chẽ với)?[\s,:]*$/u.test(gap) : !LIST_GAP.test(gap))
      break;
    out.push(m);
    end = m.end;
  }
  return out;
}

const names = (ms: AgencyMention[]) => [...new Set(ms.map((m) => m.name))];

// Verbs a subject stands right before: "…, các sở, ban, ngành chủ động báo cáo …".
const SUBJECT_VERB =
  /^\s*,?\s*(?:theo chức năng[^,;.]{0,40}?\s)?(?:chủ động|có trách nhiệm|kịp thời|báo cáo|tổ chức|xây dựng|thực hiện|triển khai|căn cứ|tập trung|khẩn trương|nghiêm túc|tiếp tục|phải)(?![\p{L}])/iu;
// Words a subject stands right after: sentence start, a comma, or "đề nghị / giao / yêu cầu".
const SUBJECT_START = /(?:^|[,.;:]|\s(?:đề nghị|giao|yêu cầu))\s*$/iu;

/**
 * The bodies a sentence makes its subject in mid-sentence: "Trong quá trình thực hiện, các sở, ban, ngành
 * chủ động báo cáo …", "…; đề nghị các sở, UBND các huyện triển khai thực hiện".
 */
function subjectBeforeVerb(text: string, acting: AgencyMention[]): AgencyMention[] {
  for (let i = 0; i < acting.length; i++) {
    const first = acting[i] as AgencyMention;
    if (!SUBJECT_START.test(text.slice(0, first.start))) continue;
    const list = listFrom(text, first.start, acting.slice(i));
    const last = list[list.length - 1];
    if (last && SUBJECT_VERB.test(text.slice(last.end, last.end + 40))) return list;
  }
  return [];
}

/** Start of the clause that holds `at`: after the last ".", ";" or ":" before it. */
function clauseStart(text: string, at: number): number {
  const head = text.slice(0, at);
  return Math.max(head.lastIndexOf('. '), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
}

/**
 * Reads one duty. `owner` is the assignment of the heading or block it sits under.
 * `readAssignment('Cùng với Sở LĐTBXH chủ trì tham mưu …', { leads: ['Bảo hiểm xã hội'], partners: [] })`
 * → leads `Bảo hiểm xã hội`, `Sở LĐTBXH`.
 */
export function readAssignment(text: string, owner: Assignment | null = null): Assignment {
  const f = fold(text);
  const acting = actingMentions(text);
  const ownLeads = owner?.leads ?? [];
  let leads: string[] = [];

  const colon = text.indexOf(':');
  if (colon > 0 && colon < 160) leads = names(acting.filter((m) => m.end <= colon + 1));

  const chuTri = f.search(/chu\s*tri(?![\p{L}])/u);
  if (!leads.length && chuTri >= 0) {
    const start = clauseStart(text, chuTri);
    const subject = acting.filter((m) => m.start >= start && m.end <= chuTri);
    const together = /^\s*(?:\S+\s+)?cùng với\s/iu.test(text.slice(start, chuTri));
    if (together) leads = [...ownLeads, ...names(subject)];
    else if (subject.length) leads = names(subject);
  }
  if (!leads.length) {
    const request = /^\s*(?:\d+[.)]\s*)?(?:Đề nghị|Giao|Yêu cầu)\s+/iu.exec(text);
    const at = request
      ? request[0].length
      : (/^\s*(?:[-+•]|\d+(?:\.\d+)*\.|[a-zđ]\))?\s*/u.exec(text)?.[0].length ?? 0);
    // "Các sở, ngành, UBND các quận, huyện chủ động …": bodies that open the sentence are its subject.
    const subject = listFrom(text, at, acting);
    if (subject[0] && subject[0].start <= at + 2) leads = names(subject);
  }
  if (!leads.length) leads = names(subjectBeforeVerb(text, acting));
  const fromOwner = !leads.length;
  if (fromOwner) leads = [...ownLeads];

  // Every "phối hợp (với) …" of the unit names partners: "Tham mưu …; phối hợp với các cơ quan có liên quan …".
  const mentions = agencyMentions(text);
  const said = [...f.matchAll(/phoi hop(?![\p{L}])/gu)].flatMap((m) =>
    names(listFrom(text, (m.index ?? 0) + 'phối hợp'.length, mentions)),
  );
  let partners: string[] = [...new Set(said)];
  if (!said.length && fromOwner) partners = [...(owner?.partners ?? [])];
  return { leads, partners: partners.filter((p) => !leads.includes(p)) };
}
