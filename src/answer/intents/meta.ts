/** Plan facts: number, signing date, signer, basis documents, horizon, reporting dates. */

import { agencyKey, leadNames } from '../../ingest/agencies';
import type { PlanRecords, ReportingDuty } from '../../schema/records';
import { linesLabel } from '../../text/citation';
import { daysBetween, formatDate, statedDays, writtenDays } from '../../text/dates';
import { passedMark, planEnded } from '../../text/elapsed';
import { fold } from '../../text/normalize';
import { compilesReports, coordinatorItemId, coordinatorText, dutyText, item } from '../compose';
import { type Ask, type EngineContext, plansIn, plansNamed } from '../context';
import { cueText } from '../cue-match';
import { claimClosed, putsForward } from '../cues';
import { found, joinAnswers, notFound } from '../reply';
import type { Answer, AnswerItem } from '../types';
import { answerDocument, documentDayVerdict, documentHead, documentItemId, KIND_LETTERS } from './documents';

type Fact =
  | 'date'
  | 'signer'
  | 'basis'
  | 'horizon'
  | 'number'
  | 'reporting'
  | 'recipients'
  | 'annexes'
  | 'funding'
  | 'coordinator';

/**
 * "Phụ lục I và II gồm những nội dung gì?", "… được ghi ở phụ lục nào?": what the plan's annexes hold, not a
 * figure in them.
 */
export const asksAnnexes = (folded: string) =>
  // "KH 230 có mấy phụ lục kèm theo?": how many annexes, each said with what it holds.
  /\b(?:may|bao nhieu) phu luc\b/.test(folded) ||
  // "… được ghi ở phụ lục nào?", "… nằm trong phụ lục nào?": which annex holds it, as each annex says.
  // (Not "chỉ tiêu này nằm ở phụ lục nào?": the record pointed at, whose source line names its annex.)
  (/\b(?:o|trong|tai|thuoc|la) phu luc (?:nao|may|so may)\b/.test(folded) &&
    !/\b(?:chi tieu|nhiem vu|viec|noi dung) (?:nay|do|tren)\b/.test(folded)) ||
  (/\bphu luc\b/.test(folded) &&
    /\b(?:gom|bao gom|noi dung|la gi|co gi|ve gi|nhung gi)\b/.test(folded) &&
    // "… Phụ lục II ghi thời gian thực hiện là gì?" asks a duty's time, not what the annex holds.
    !/\b(?:ty le|chi tieu (?:ve|cua)|bao nhieu|so nao|co quan nao|ai|thoi gian|thoi han)\b/.test(folded) &&
    // "Chỉ tiêu 5.11 trong Phụ lục I là gì?" asks for a row of it.
    !/\b(?:chi tieu|nhiem vu|muc|dong|stt)\s+\d|\b\d+\.\d+\b/.test(folded));

/**
 * "Kinh phí thực hiện KH 91 lấy từ những nguồn nào?", "tổng kinh phí thực hiện kế hoạch là bao nhiêu?": where
 * the plan's money comes from, or how much it is in all. Not who provides it ("sở nào bố trí kinh phí?"), nor
 * the money a duty gives one programme ("bố trí bao nhiêu kinh phí cho các chương trình phòng chống …").
 */
export const asksFunding = (folded: string) =>
  // ("Tiền để thực hiện kế hoạch … lấy từ những nguồn nào?", "tiền đâu để làm …?": the money, in everyday words.)
  /\b(?:kinh phi|nguon von|nguon tien|nguon tai chinh|tien (?:dau|de|thuc hien|lam|chi))\b/.test(folded) &&
  !/\b(?:ai|co quan nao|so nao|don vi nao|nganh nao)\b/.test(folded) &&
  // "Chi nhánh NHCSXH được giao giải ngân những nguồn vốn nào?" asks about a body's duty.
  !/\bduoc\b.{0,20}\b(?:giao|phan cong)\b/.test(folded) &&
  !/\bcho (?:cac |nhung )?(?:chuong trinh|de an|du an|hoat dong|viec|cong tac)\b/.test(folded) &&
  (/\b(?:tu dau|o dau|nguon nao|nhung nguon|cac nguon|lay tu|tu nguon|gom|bao gom|la gi|nhu the nao|ra sao)\b/.test(
    folded,
  ) ||
    asksFundingAmount(folded));

/** "Tổng kinh phí thực hiện KH 91 là bao nhiêu tỷ đồng?": the plan's money in all, which a list of sources does not give. */
export const asksFundingAmount = (folded: string) =>
  /\btong (?:so )?(?:kinh phi|von)\b|\bkinh phi (?:thuc hien|trien khai) (?:ke hoach|kh)\b.*\bbao nhieu\b/.test(
    folded,
  ) && !/\b(?:phan tram|ty le)\b|%/.test(folded);

/** A statement of funds that names an amount: "tổng kinh phí 120 tỷ đồng". */
export const AMOUNT = /\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn)?\s*đồng/u;

/** "KH 91 được gửi để báo cáo những cơ quan nào?", "nơi nhận của KH 767": whom the plan is sent to. */
export const asksRecipients = (folded: string) =>
  // ("những nơi nào nhận để báo cáo?": the list asked with its question word inside.)
  /\bnoi (?:nao )?(?:duoc )?nhan\b/.test(folded) ||
  // The plan is what is sent ("KH 91 … được gửi để báo cáo …"), not a report ("gửi báo cáo … cho ai").
  // "KH 91 có gửi Bộ LĐTBXH để báo cáo không?": where the plan went; "KH 68 … còn gửi tới báo, đài nào?" too,
  // unless a report or an estimate is what is sent ("… báo cáo trước ngày mấy, gửi về đâu?").
  // "KH 68 gửi những nơi nào để báo cáo (để b/c)?": the list's own words for the bodies it informs.
  ((/\b(?:ke hoach|kh)\b[^.?]{0,40}\b(?:(?:duoc|da|se) gui (?:de|cho|toi|den)|co gui)\b/.test(folded) ||
    /\bgui\b[^.?]{0,30}\b(?:noi|co quan|bo|ban|nganh|don vi) nao\b[^.?]{0,10}\bde bao cao\b|\bgui\W+de bao cao\b/.test(
      folded,
    ) ||
    (/\b(?:ke hoach|kh)\b[^.?]{0,60}\bgui (?:toi|den|cho)\b[^.?]{0,30}\b(?:nao|ai|dau)\b/.test(folded) &&
      !/\b(?:bao cao|du toan|kinh phi)\b/.test(folded))) &&
    !/\bgui bao cao\b|\bbao cao (?:ket qua|tinh hinh)\b/.test(folded));

// The plan named by its number, then its day asked: "KH 767 ký ngày nào", "kế hoạch 91/KH-UBND ban hành hôm nào"
// — only words before it, no document ("nghị quyết 42 mà … trong KH 68 được ban hành ngày nào" asks the NQ's).
const PLAN_DAY_ASKED =
  /^(?:[a-z ,:.-]+ )?(?:ke hoach|kh) (?:so )?\d+(?:\/kh-ubnd)?(?: [a-z]+){0,5}? (?:ky|ban hanh)(?: vao)? (?:ngay|hom|khi) nao\b/;

/** Which facts a folded question asks for; all the main ones when it is not specific. */
export function factsAsked(folded: string): Fact[] {
  const facts: Fact[] = [];
  const basis =
    !numberOfPlanDescribed(folded) &&
    (/can cu|dua (tren|vao)|nghi quyet|ket luan|quyet dinh|cong van|to trinh|(tinh|thanh) uy|trung uong|theo van ban/.test(
      folded,
    ) ||
      // A programme asked for ("chương trình hành động nào", "chương trình số mấy", "chương trình 56-CTr/TU");
      // "Chương trình MTQG giảm nghèo … giai đoạn nào?" names one by its subject, a duty of the plan.
      /\bchuong trinh\b(?! (?!(?:hanh dong|nao|gi|so|cua|do|nay|tren|ay|la|ma)\b)[a-z])/.test(folded));
  if (basis) facts.push('basis');
  // "do ai ký, ký ngày nào?" asks both; "ký ngày nào?" alone only the date.
  const who = /(ai|nguoi) ky|do ai|ky (ke hoach|boi)|nguoi ky/.test(folded);
  // ("… ký sớm nhất / trước?" asks when, as "ký ngày nào?" does.)
  const order = ORDER_ASKED.test(folded);
  if (who || (/\bky\b/.test(folded) && !/ky (?:vao )?(?:ngay|nam|hom|khi)/.test(folded) && !order))
    facts.push('signer');
  // ("KH 767 ký ngày nào, căn cứ công văn nào …?": a day asked right after the plan's number is the plan's.)
  if (
    (!basis || PLAN_DAY_ASKED.test(folded)) &&
    /(ngay|nam|khi|hom) nao|(ngay|nam|hom) (may|bao nhieu)|bao gio|ngay ban hanh|ngay ky|ky ngay|ban hanh ngay|(?:ban hanh|ky)(?: vao)? (?:nam|thang) \d/.test(
      folded,
    ) &&
    !/den nam nao|tam nhin/.test(folded)
  )
    facts.push('date');
  else if (order) facts.push('date');
  if (/den nam nao|tam nhin|giai doan|moc/.test(folded)) facts.push('horizon');
  if (/so hieu|so may|so bao nhieu|ke hoach so|\bten (cua )?(ke hoach|kh)\b|trich yeu/.test(folded) && !basis)
    facts.push('number');
  if (/bao cao/.test(folded)) facts.push('reporting');
  // "… cơ quan nào là đầu mối, và … tầm nhìn đến năm nào?": the body that runs the plan, beside another fact.
  if (/\b(?:dau moi|thuong truc)\b/.test(folded) && facts.length) facts.unshift('coordinator');
  return facts.length ? facts : ['number', 'date', 'signer'];
}

/**
 * "Kế hoạch thực hiện NQ 42-NQ/TW của UBND tỉnh Thanh Hóa số mấy, ban hành ngày nào?": the document a plan carries
 * out only says which plan is meant; the plan's own number (and day) is asked.
 */
export const numberOfPlanDescribed = (folded: string) =>
  /\b(?:so may|so bao nhieu|so hieu)\b/.test(folded) &&
  /^(?:[a-z ]+ )?(?:ke hoach|kh) (?:trien khai (?:thuc hien )?|thuc hien )(?:nq|nghi quyet|kl|ket luan|ct|chi thi|qd|quyet dinh)\b/.test(
    folded,
  );

/** Who reports in a duty: the bodies the plan lists, or its whole subject when it lists none. */
export const reportersOf = (d: ReportingDuty): string[] => (d.reporters.length ? d.reporters : [d.who]);

/** Whether `agency` (a canonical name) reports in a duty. */
export const reportsIn = (d: ReportingDuty, agency: string): boolean =>
  leadNames({ leads: reportersOf(d) }).includes(agency);

// A Party committee, as a plan names one reports go to: "Ban Thường vụ Tỉnh ủy", "Thành ủy".
const PARTY_COMMITTEE = /\b(?:tinh|thanh|huyen) uy\b/;
// "… lên cấp ủy nào?": the Party committee level asked as the reports' recipient.
const PARTY_LEVEL_ASKED = /\bcap uy\b/;
// "tỉnh nào", "tỉnh/thành nào", "kế hoạch nào": which of several plans is asked.
const WHICH_PLAN_ASKED = /\b(?:tinh|thanh|thanh pho|ke hoach|kh|noi|dia phuong) nao\b/;
// A Party committee asked as the reports' recipient, by that level or by name.
const PARTY_ASKED =
  /\bcap uy\b|\bbao cao (?:(?:len|cho|ve|toi|den) )?(?:(?:ban thuong vu|thuong truc|btv) )?(?:tinh|thanh) uy\b/;

/**
 * The reporting duties a question asks about: those of the body it names ("các huyện báo cáo …"), when the
 * plan gives that body any; those sent to a Party committee, asked "lên cấp ủy nào"; else all of them.
 */
export function dutiesOf(
  duties: readonly ReportingDuty[],
  agency: string | null,
  folded = '',
): ReportingDuty[] {
  const text = ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `;
  // "Ai tổng hợp tình hình … của các sở, ngành để báo cáo UBND thành phố?": the body that compiles; the bodies
  // named are those whose reports it compiles.
  // (Not "… gửi / qua cơ quan nào tổng hợp, trước ngày nào?": the reports sent through it, and their day.)
  if (COMPILER_ASKED.test(folded) && !THROUGH_COMPILER.test(folded) && !asksReportDate(folded)) {
    const compiling = duties.filter(compilesReports);
    if (compiling.length) return compiling;
  }
  // "… báo cáo lên cấp ủy nào?": the reports that go to a Party committee.
  if (PARTY_LEVEL_ASKED.test(folded)) {
    const toParty = duties.filter((d) => PARTY_COMMITTEE.test(fold(d.to)));
    if (toParty.length) return toParty;
  }
  // "… gửi báo cáo … về Sở LĐTBXH vào ngày nào?": the body named receives the reports asked about.
  if (agency && sentTo(folded, agency)) {
    const received = duties.filter((d) => receives(d, agency));
    if (received.length) return received;
  }
  const own = duties.filter((d) => {
    const reporters = reportersOf(d);
    // "Chủ tịch UBND các huyện", "Giám đốc các sở" report for their bodies.
    const bodies = reporters.map((r) => r.replace(/^(?:Chủ tịch|Giám đốc|Thủ trưởng)\s+/u, ''));
    // A body named ("Sở LĐTBXH"), and bodies asked after by their head words: "các huyện" for "UBND các huyện,
    // …" ("các sở, huyện báo cáo … trước ngày nào, và Sở LĐTBXH … trước ngày nào?" asks of both).
    if (agency && leadNames({ leads: [...reporters, ...bodies] }).includes(agency)) return true;
    // "các sở, ngành, quận, huyện gửi báo cáo …": departments and districts together are "các cơ quan, đơn vị,
    // địa phương", every body of the plan.
    if (DEPARTMENTS_AND_DISTRICTS.every((re) => re.test(text)) && fromAllBodies(d)) return true;
    return reporters.some((r) => headWords(r).some((h) => text.includes(` ${h} `)));
  });
  if (!own.length) return [...duties];
  // "các sở, huyện báo cáo trước ngày nào, còn báo cáo Ban Thường vụ Tỉnh ủy trước ngày nào?": a body above the
  // UBND named as the one reported to asks of the reports that go to it too.
  const toNamed = (d: ReportingDuty) => {
    const to = cueText(fold(d.to));
    return !/^(?:ubnd|uy ban nhan dan)\b/.test(to) && text.includes(` ${to} `);
  };
  if (duties.some((d) => !own.includes(d) && toNamed(d)))
    return duties.filter((d) => own.includes(d) || toNamed(d));
  // "các sở, quận, huyện … gửi báo cáo vào ngày nào?": where the body's own reports set no day, the plan's
  // dated reports from all its bodies ("các cơ quan, đơn vị, địa phương") answer for it too.
  if (asksReportDate(folded) && !own.some((d) => d.dueDate))
    return [
      ...own,
      // (Not a report the body receives: the sở's reports due 10/12 to Sở LĐTBXH set no day for Sở LĐTBXH.)
      ...duties.filter(
        (d) => d.dueDate && !own.includes(d) && fromAllBodies(d) && !(agency && receives(d, agency)),
      ),
    ];
  return own;
}

/**
 * Whether a question asks about reports sent to `agency`: "(gửi / nộp) báo cáo … về / cho / lên / tới <body>",
 * "gửi <body>", or through it ("… về UBND tỉnh qua Sở LĐTBXH"), whatever the body's spelling.
 */
export function sentTo(folded: string, agency: string): boolean {
  if (!/\b(?:gui|nop|bao cao)\b/.test(folded)) return false;
  const key = agencyKey(agency).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(` (?:ve|cho|len|toi|gui|qua) ${key} `).test(` ${agencyKey(folded)} `);
}

/** Whether `agency` receives a duty's reports, or they pass through it. */
const receives = (d: ReportingDuty, agency: string) =>
  leadNames({ leads: [d.to, d.via ?? ''].filter(Boolean) }).includes(agency);

// "ai / cơ quan nào / sở nào tổng hợp …": who compiles the reports.
const COMPILER_ASKED = /\b(?:ai|(?:co quan|so|don vi) nao) (?:chiu trach nhiem )?tong hop\b/;
const THROUGH_COMPILER = /\b(?:gui|qua|ve|cho) (?:co quan|so|don vi) nao (?:de )?tong hop\b/;

// A question naming departments ("các sở", "sở, ngành") and districts ("quận, huyện", "địa phương") at once.
const DEPARTMENTS_AND_DISTRICTS = [/ (?:cac so|so nganh|so ban nganh) /, / (?:huyen|quan huyen|dia phuong) /];

/** A report every body of the plan sends: "các cơ quan, đơn vị, địa phương", "các sở, ban, ngành, địa phương". */
function fromAllBodies(d: ReportingDuty): boolean {
  const who = ` ${agencyKey(reportersOf(d).join(' '))} `;
  return / cac (?:co quan|so)\b/.test(who) && / dia phuong | (?:quan|huyen) /.test(who);
}

/** "Giám đốc các sở, …, Chủ tịch UBND các huyện" → ["cac so", "cac huyen"]: the words a question names bodies by. */
function headWords(name: string): string[] {
  return [...` ${agencyKey(name)} `.matchAll(/ (cac [a-z]+)(?= )/g)].map((m) => m[1] as string);
}

function planLines(
  p: PlanRecords,
  facts: Fact[],
  today: string,
  opts: { agency: string | null; folded: string; several: boolean },
): { lines: string[]; items: AnswerItem[] } {
  const plan = p.plan;
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  const fs = plan.factSources;
  const cite = (key: string, line: string) => {
    const s = fs[key] ?? fs.number;
    if (s) items.push(item('plan', `${plan.id}/${key}`, plan, line, s));
  };
  const label = `KH ${plan.number} (${plan.province})`;
  for (const fact of facts) {
    if (fact === 'number') {
      const line = `${label}: ${plan.title}`;
      lines.push(line);
      cite('number', line);
    } else if (fact === 'date' && plan.signedDate) {
      const line = `${label} ban hành ngày ${formatDate(plan.signedDate)}.`;
      lines.push(line);
      cite('signedDate', line);
    } else if (fact === 'signer' && plan.signer.name) {
      const line = `${label} do ${plan.signer.title ? `${plan.signer.title} ` : ''}${plan.signer.name} ký${plan.signedDate ? ` ngày ${formatDate(plan.signedDate)}` : ''}.`;
      lines.push(line);
      cite('signer', line);
    } else if (fact === 'basis' && plan.basis.length) {
      lines.push(`${label} căn cứ và thực hiện:`);
      const shown = byIssuer(plan.basis, opts.folded);
      for (const b of shown) {
        const line = `• ${documentHead(b)}`;
        lines.push(line);
        items.push(item('plan', `${plan.id}/basis/${b.number}`, plan, line, b.source));
      }
      // "… thực hiện nghị quyết nào của Bộ Chính trị?" of a plan whose basis holds none of that body's: the
      // documents of that body the plan cites elsewhere ("… theo Nghị quyết số 58-NQ/TW … của Bộ Chính trị").
      // (Not the UBND, which issues the plan itself: "KH 91 của UBND tỉnh …" names no other issuer.)
      const issuerNamed = (issuer: string | null | undefined) =>
        Boolean(issuer) &&
        !/^(?:ubnd|uy ban nhan dan)\b/.test(fold(issuer ?? '')) &&
        ` ${cueText(opts.folded)} `.includes(` ${cueText(fold(issuer ?? ''))} `);
      if (!shown.some((b) => issuerNamed(b.issuer))) {
        const cited = plan.documents.filter((d) => !d.basis && d.number && issuerNamed(d.issuer));
        if (cited.length) lines.push(`${label} còn nêu:`);
        for (const d of cited) {
          const line = `• ${documentHead(d)}`;
          lines.push(line);
          items.push(item('plan', documentItemId(plan.id, d), plan, line, d.source));
        }
      }
    } else if (fact === 'horizon' && (plan.horizon.length || plan.period)) {
      // The period the plan says it covers, then the milestone years its targets name.
      const period = plan.period ? `áp dụng cho giai đoạn ${plan.period.from}-${plan.period.to}; ` : '';
      const marks = plan.horizon.length
        ? `đặt mục tiêu cho các mốc: ${plan.horizon.map((y) => `năm ${y}${passedMark(y, today)}`).join(', ')}`
        : '';
      // A plan whose period is over says so before its title.
      const ended = planEnded(plan, today);
      const line = `${label} ${period}${marks}${ended ? `. ${ended}` : ''}. Tên kế hoạch: ${plan.title}`;
      lines.push(line);
      if (plan.period) items.push(item('plan', `${plan.id}/period`, plan, line, plan.period.source));
      else cite('title', line);
    } else if (fact === 'recipients' && plan.recipients?.length) {
      // Those it reports to first ("(báo cáo)", "(để b/c)"), then the others, as the list writes them.
      const report = plan.recipients.filter((r) => r.purpose === 'báo cáo');
      const others = plan.recipients.filter((r) => r.purpose !== 'báo cáo');
      if (report.length) {
        const line = `${label} được gửi để báo cáo: ${report.map((r) => r.to).join('; ')}.`;
        lines.push(line);
        for (const r of report) items.push(item('plan', `${plan.id}/recipients`, plan, line, r.source));
      }
      if (others.length) {
        const line = `${report.length ? 'Và gửi' : `${label} được gửi`} cho: ${others.map((r) => `${r.to}${r.purpose ? ` (${r.purpose})` : ''}`).join('; ')}.`;
        lines.push(line);
        const first = others[0];
        if (first) items.push(item('plan', `${plan.id}/recipients`, plan, line, first.source));
      }
    } else if (fact === 'coordinator' && plan.coordinator) {
      const line = `${plan.province}: ${coordinatorText(plan)}`;
      lines.push(line);
      items.push(item('task', coordinatorItemId(plan.id), plan, line, plan.coordinator.source));
    } else if (fact === 'annexes' && plan.annexes?.length) {
      lines.push(`${label} kèm ${plan.annexes.length} phụ lục:`);
      for (const a of plan.annexes) {
        const line = `• ${a.label}: ${a.about}.`;
        lines.push(line);
        items.push(item('plan', `${plan.id}/annex/${a.label}`, plan, line, a.source));
      }
    } else if (fact === 'funding' && plan.funding?.length) {
      lines.push(`${label} — nguồn kinh phí thực hiện:`);
      for (const [n, f] of plan.funding.entries()) {
        const line = `• ${f.text}.`;
        lines.push(line);
        items.push(item('plan', `${plan.id}/funding/${n + 1}`, plan, line, f.source));
      }
    } else if (fact === 'reporting') {
      // Several plans: each line says whose plan it is; a day asked of them, each plan's dated reports only
      // (when it has any), so that the days compared fit one reply.
      const asked = dutiesOf(plan.reportingDuties, opts.agency, opts.folded);
      const dated = asked.filter((d) => d.dueDate);
      const shown = opts.several && dated.length && asksReportDate(opts.folded) ? dated : asked;
      const which = opts.several && WHICH_PLAN_ASKED.test(opts.folded);
      // "Tỉnh nào có quy định ngày … báo cáo Ban Thường vụ Tỉnh ủy?": of several plans, those that report to one.
      if (which && PARTY_ASKED.test(opts.folded) && !shown.some((d) => PARTY_COMMITTEE.test(fold(d.to))))
        continue;
      // "Tỉnh/thành nào có mốc báo cáo ngày 30/11 hằng năm?": of several plans, those with a report due on a day
      // put forward, and only those reports.
      const days = which ? statedDays(opts.folded) : [];
      const onDay = shown.filter((d) => d.dueDate && days.includes(`--${d.dueDate.slice(-5)}`));
      if (days.length && !onDay.length) continue;
      const matterAsked = REPORT_MATTER_ASKED.test(opts.folded);
      for (const d of days.length ? onDay : shown) {
        const matter = matterAsked && d.matter ? ` Nội dung báo cáo: ${d.matter}.` : '';
        const line = `• ${opts.several ? `${plan.province}: ` : ''}${dutyText(d, today)}${matter}`;
        lines.push(line);
        items.push(item('duty', `${plan.id}/duty`, plan, line, d.source));
      }
    }
  }
  return { lines, items };
}

// "báo cáo … những nội dung gì?", "báo cáo gì?", "báo cáo phải nêu gì?", "báo cáo kết quả thực hiện những gì?":
// what a report is about, which its duty's line then says. ("… báo cáo UBND tỉnh về việc gì?" asks a body's
// duty, not this.)
export const REPORT_MATTER_ASKED =
  /\b(?:noi dung|van de) (?:gi|nao)\b|\bbao cao (?:nhung |cai )?gi\b|\b(?:neu|gom|ghi|the hien) (?:nhung )?(?:noi dung )?gi\b|\bket qua (?:(?:thuc hien )?(?:nhung )?gi|nao)\b/;

// Replies quote the facts of five plans at most.
const shownPlans = (plans: readonly PlanRecords[]) => plans.slice(0, 5);

/** The reporting duties of the plans shown that the question asks about (`dutiesOf` each). */
const shownDuties = (plans: readonly PlanRecords[], ask: Ask) =>
  shownPlans(plans).flatMap((p) => dutiesOf(p.plan.reportingDuties, ask.q.agency, ask.q.folded));

// Report rhythms a question may ask for, as the duties record them.
const RHYTHMS: readonly { asked: RegExp; frequency: ReportingDuty['frequency']; label: string }[] = [
  { asked: /\b(?:6|sau) thang\b/, frequency: 'half-yearly', label: '6 tháng' },
  // Folded, "quy" is also quỹ, quy định, quy hoạch: only a quarter's own words ("báo cáo quý không", "quý I").
  {
    asked:
      /\b(?:hang|moi|theo) quy\b(?! (?:dinh|hoach|che|trinh|chuan|mo)\b)|\bbao cao quy (?:khong|ko|i|ii|iii|iv|[1-4])\b|\bquy (?:i|ii|iii|iv|[1-4]|nao|may)\b/,
    frequency: 'quarterly',
    label: 'hằng quý',
  },
  { asked: /\b(?:hang|moi) thang\b/, frequency: 'monthly', label: 'hằng tháng' },
];

/** The report rhythm a folded question names ("6 tháng", "hằng quý"), if any. */
const rhythmAsked = (folded: string) => RHYTHMS.find((r) => r.asked.test(folded));

// "hạn nộp báo cáo … là ngày nào?", "báo cáo trước ngày nào": a date is asked for. "Khi nào phải báo cáo?"
// is answered by "định kỳ, đột xuất" as well.
// (A day put forward asks it too: "… nộp trước 10/12 đúng không?".)
const asksReportDate = (folded: string) =>
  /\b(?:ngay nao|ngay bao nhieu|ngay may|mung may|han (?:nop|gui|chot|bao cao|cuoi)|han (?:la )?may|ngay (?:chot|nop|gui)|thoi han|truoc ngay|ngay (?:thang )?cu the|ngay,? thang)\b|\b(?:truoc|vao|den|han) \d{1,2}\/\d{1,2}\b/.test(
    folded,
  );

// "… phải báo cáo Bộ Lao động - Thương binh và Xã hội …", "… báo cáo Ban Thường vụ Tỉnh ủy …": a ministry, a Party
// committee or the People's Council named as the one reported to.
const TO_MINISTRY =
  /\bbao cao (?:(?:thang|truc tiep) )?(?:(?:ket qua|tinh hinh)(?: thuc hien)? )?(?:(?:cho|len|ve|gui|toi|den) )?(bo (?:[a-z-]+ ){0,8}?[a-z]+|(?:ban thuong vu )?(?:tinh|thanh) uy(?: [a-z]+ [a-z]+)?|(?:hdnd|hoi dong nhan dan) (?:tinh|thanh pho))(?= (?:ket qua|tinh hinh|truoc|dinh ky|hang|ve|theo|nhung|khong)\b|\s*[?,.]|$)/;

// A body, and the group on a list of recipients that may stand for it.
const GROUPS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:so|ban|nganh) /, /\bcac so\b|\bso ban nganh\b/],
  [/\bhuyen\b|\bthi xa\b/, /\bcac huyen\b/],
  [/^hoi /, /\bdoan the\b/],
];

// A kind of body put forward, and the names on a list of recipients of that kind: the press ("Báo Thanh Hóa",
// "Đài Phát thanh và Truyền hình …").
const KINDS_PUT: ReadonlyArray<[RegExp, RegExp]> = [[/\b(?:bao chi|dai)\b/, /^(?:bao|dai|tap chi) /]];

// "KH 91 có gửi Bộ LĐTBXH (để báo cáo) không?": a body put forward as one the plan is sent to.
const SENT_TO_PUT = /\bco gui (?:cho |toi |den |ve )?(.{2,60}?) (?:de|khong|ko|k|hay)\b/;

/**
 * Whether the body put forward is on the plan's list of recipients: "Có: …" / "Không: danh sách nơi nhận …
 * không có cơ quan được hỏi." (the body is not named back: the question's words may not be the plan's). Null when
 * none is put forward, or a plan in scope has no list.
 */
export function recipientVerdict(plans: readonly PlanRecords[], ask: Ask): string | null {
  const put = SENT_TO_PUT.exec(ask.q.folded)?.[1];
  const key = put ? agencyKey(put) : '';
  if (!key || plans.some((p) => !p.plan.recipients?.length)) return null;
  const lists = plans.flatMap((p) => (p.plan.recipients ?? []).map((r) => agencyKey(fold(r.to))));
  // A body a group on the list may stand for ("Các sở, ban, ngành", "UBND các huyện", "các Hội đoàn thể"): no verdict.
  if (GROUPS.some(([body, group]) => body.test(key) && lists.some((l) => group.test(l)))) return null;
  // "… có gửi cho cơ quan báo chí, đài nào không?": a kind of body, which any of that kind on the list answers.
  const kind = KINDS_PUT.find(([asked]) => asked.test(key));
  const on = kind ? lists.some((l) => kind[1].test(l)) : lists.some((l) => l.includes(key));
  return on
    ? 'Có: cơ quan được hỏi có trong danh sách nơi nhận.'
    : `Không: danh sách nơi nhận của ${plansNamed(plans)} không có cơ quan được hỏi.`;
}

/**
 * "… có yêu cầu báo cáo theo quý không?", "… báo cáo mỗi quý một lần đúng không?": a rhythm put forward, against
 * the rhythms of the duties in scope — "Không: … không quy định báo cáo hằng quý." when none has it, "Có: …" when
 * one of the duties asked about does. Null when no rhythm is put forward.
 */
export function rhythmVerdict(plans: readonly PlanRecords[], ask: Ask): string | null {
  const rhythm = rhythmAsked(ask.q.folded);
  if (!rhythm || !asksYesNo(ask)) return null;
  const duties = shownDuties(plans, ask);
  if (!duties.length) return null;
  return duties.some((d) => d.frequency === rhythm.frequency)
    ? `Có: kế hoạch quy định báo cáo ${rhythm.label}.`
    : `Không: ${plansNamed(shownPlans(plans))} không quy định báo cáo ${rhythm.label}.`;
}

/**
 * "… báo cáo UBND tỉnh thông qua Sở Nội vụ không?", "… nộp báo cáo trực tiếp cho Sở Tài chính phải không?": a body
 * put forward as the one reports go to or through, where no duty in scope sends them to or through it: "Không: …"
 * with where they do go. Null when none is put forward so, or one does go there (the duties listed show it).
 */
export function reportViaVerdict(plans: readonly PlanRecords[], ask: Ask): string | null {
  const agency = ask.q.agency;
  if (!agency || !asksYesNo(ask) || !sentTo(ask.q.folded, agency)) return null;
  const all = shownPlans(plans).flatMap((p) => p.plan.reportingDuties);
  if (!all.length || all.some((d) => receives(d, agency))) return null;
  // One route per recipient, through whom when the plan says ("UBND tỉnh" and "Ủy ban nhân dân tỉnh (qua …)" are one).
  const byRecipient = new Map<string, string>();
  for (const d of shownDuties(plans, ask)) {
    const key = agencyKey(d.to);
    if (!byRecipient.has(key) || d.via) byRecipient.set(key, `${d.to}${d.via ? ` (qua ${d.via})` : ''}`);
  }
  const routes = [...byRecipient.values()];
  return routes.length ? `Không: kế hoạch ghi báo cáo gửi ${routes.slice(0, 3).join('; ')}.` : null;
}

const IN_TIME = /\b(?:dung han|kip han|kip thoi|tre han|qua han|muon)\b/;

/** A question put as yes or no: a claim (`putsForward`), or one closed by "… không?". */
const asksYesNo = (ask: Ask) => putsForward(ask.q) || /\b(?:khong|ko)\s*\??\s*$/.test(ask.q.folded);

/**
 * "Các sở nộp báo cáo trước 30/11 đúng không?": one day put forward as a report's due day is confirmed by a dated
 * duty in scope that has it ("Đúng: …") or answered by the days the duties do set ("Không: …") — the day claimed
 * is not repeated. Null when no single day is claimed or no duty in scope has a day.
 */
export function reportDayVerdict(plans: readonly PlanRecords[], ask: Ask): string | null {
  const claimed = statedDays(ask.q.folded);
  // ("Gửi ngày 5/12 thì có đúng hạn không?" asks whether a day is in time, which equality does not answer.)
  if (claimed.length !== 1 || !putsForward(ask.q) || IN_TIME.test(ask.q.folded)) return null;
  // A recipient named ("… báo cáo Ban Thường vụ Tỉnh ủy … trước 10/11?") is judged by its own reports' days.
  const to = TO_MINISTRY.exec(ask.q.folded)?.[1];
  const key = to ? agencyKey(to) : null;
  // The plan named by its number is the one judged ("KH 10 … trước 10/12 giống Thanh Hóa không?"); days of
  // several plans judge none (one plan's day says nothing of another's).
  const named = plans.filter((p) => ask.q.planIds.includes(p.plan.id));
  const judged = shownPlans(named.length ? named : plans)
    .map((p) => dutiesOf(p.plan.reportingDuties, ask.q.agency, ask.q.folded))
    .filter((duties) => duties.some((d) => d.dueDate));
  if (judged.length !== 1) return null;
  const toIt = (judged[0] ?? []).filter(
    (d) => d.dueDate && (!key || agencyKey(d.to).startsWith(key) || key.startsWith(agencyKey(d.to))),
  );
  // "sở, huyện báo cáo … trước ngày 30/11?": the days of the reports those bodies send, when some are dated.
  const kinds = reporterKindsBefore(ask.q.folded);
  const theirs = toIt.filter((d) => reportedBy(d, kinds));
  const dated = theirs.length ? theirs : toIt;
  if (!dated.length) return null;
  const same = dated.find((d) => d.dueDate === claimed[0]);
  if (same) return `Đúng: kế hoạch ghi hạn ${writtenDays(same.due)}.`;
  const days = [...new Set(dated.map((d) => writtenDays(d.due)))];
  return `Không: kế hoạch ghi hạn ${days.join('; ')}.`;
}

/**
 * The recipient a question asks reports to go to ("… báo cáo Bộ LĐTBXH …", "… báo cáo tỉnh ủy khi nào?"), as an
 * agency key, and the reporting duties of the plans shown that go to it; null when none is asked.
 */
function reportsToAsked(
  plans: readonly PlanRecords[],
  ask: Ask,
): { key: string; duties: ReportingDuty[]; to: ReportingDuty[] } | null {
  // ("… báo cáo tỉnh ủy khi nào?": the question's words after the body are no part of it.)
  const asked = TO_MINISTRY.exec(ask.q.folded)?.[1]?.replace(
    / (?:khi nao|bao gio|the nao|ra sao|nao|gi|khong|ko|k)$/,
    '',
  );
  if (!asked) return null;
  const key = agencyKey(asked);
  const duties = shownPlans(plans).flatMap((p) => p.plan.reportingDuties);
  // "Tỉnh ủy" asked is its standing committee's reports too ("Ban Thường vụ Tỉnh ủy").
  const to = duties.filter((d) => agencyKey(d.to).includes(key) || key.startsWith(agencyKey(d.to)));
  return { key, duties, to };
}

// A person named: "ông / bà X Y", or a title and a name of two to four words before "ký" ("do PCT Tống Thanh
// Hải ký"; not "chủ tịch tỉnh ký").
const PERSON_PUT =
  /\b(?:ong|ba)\s+[a-z]+\s+[a-z]+|\b(?:chu tich|pct|ct)\s+(?:(?:ubnd\s+)?(?:tinh|thanh pho)\s+)?[a-z]+(?:\s+[a-z]+){1,3}\s+ky\b/;

/**
 * "KH 91 … do bà Nguyễn Thị Hạnh ký phải không?": a person put forward as the signer of the one plan shown —
 * "Đúng: …" when it is the plan's signer, "Không: …" when another person is named (not repeated); the signing
 * line follows. Null when nothing is put forward, no person is named, or the plan names no signer.
 */
export function signerVerdict(plans: readonly PlanRecords[], ask: Ask): string | null {
  const shown = shownPlans(plans);
  const signer = shown.length === 1 ? shown[0]?.plan.signer : null;
  if (!signer?.name || !putsForward(ask.q)) return null;
  if (` ${cueText(ask.q.folded)} `.includes(` ${cueText(fold(signer.name))} `))
    return `Đúng: kế hoạch do ${signer.name} ký.`;
  if (PERSON_PUT.test(ask.q.folded)) return 'Không: kế hoạch do người khác ký:';
  // "… là chủ tịch tỉnh ký đúng không?": the title put forward, against the one the signing line gives.
  const title = TITLE_PUT.exec(ask.q.folded);
  if (!title || !signer.title) return null;
  const deputy = /^(?:pho chu tich|pct)$/.test(title[1] ?? '');
  const same = deputy === fold(signer.title).startsWith('pho');
  return `${same ? 'Đúng' : 'Không'}: kế hoạch do ${signer.title} ${signer.name} ký.`;
}

// The title put forward as the signer's, just before "ký": "là chủ tịch tỉnh ký", "do PCT ký".
const TITLE_PUT = /\b(pho chu tich|pct|chu tich)(?:\s+(?:ubnd\s+)?(?:tinh|thanh pho))?\s+ky\b/;

/** Whether the recipient a question names (a ministry, a Party committee, a council) is one the plans report to; null when none is named. */
export function namedRecipientReported(plans: readonly PlanRecords[], ask: Ask): boolean | null {
  const asked = reportsToAsked(plans, ask);
  return asked ? asked.to.length > 0 : null;
}

/**
 * "KH 767 có yêu cầu báo cáo Bộ LĐTBXH không?" of the one plan shown, whose duties do report to it: "Có: …"
 * with the recipient as the plan writes it. (None that does is `noReportTo`'s.)
 */
function reportToVerdict(plans: readonly PlanRecords[], ask: Ask): string | null {
  const asked = shownPlans(plans).length === 1 ? reportsToAsked(plans, ask) : null;
  if (!asked?.to.length || !asksYesNo(ask)) return null;
  // "… các huyện gửi báo cáo thẳng lên Ban Thường vụ Tỉnh ủy đúng không?": the reports that go there are
  // another body's.
  const kinds = reporterKindsBefore(ask.q.folded);
  const first = asked.to[0];
  if (kinds.length && first && !asked.to.some((d) => reportedBy(d, kinds)))
    return `Không: theo kế hoạch, ${dutyText(first, ask.today)}`;
  return `Có: kế hoạch quy định báo cáo ${first?.to}.`;
}

// Kinds of reporting body a question may name before "báo cáo": districts, communes, departments.
const REPORTER_KINDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\bhuyen\b/, /\bhuyen\b/],
  [/\b(?:xa|phuong)\b/, /\b(?:xa|phuong)\b/],
  [/\b(?:cac so|so nganh|so, nganh)\b/, /\bso\b/],
];

/** Whether a duty's reporters are of every kind named (see `reporterKindsBefore`). */
const reportedBy = (d: ReportingDuty, kinds: readonly RegExp[]) =>
  kinds.every((k) => k.test(fold(`${d.who} ${d.reporters.join(' ')}`)));

/** The kinds of reporting body named before "báo cáo" in a question (as tests on a duty's reporters). */
function reporterKindsBefore(folded: string): RegExp[] {
  const before = folded.split(/\bbao cao\b/)[0] ?? '';
  return REPORTER_KINDS.filter(([asked]) => asked.test(before)).map(([, held]) => held);
}

/**
 * A ministry (or a Party committee, "cấp ủy nào") asked as the recipient of reports that no duty in scope reports
 * to: "KH 230/KH-UBND (Đồng Nai) không quy định báo cáo Bộ Lao động - …", then the reporting the plans do set.
 * Null when one does, or none is asked.
 */
function noReportTo(plans: readonly PlanRecords[], ask: Ask, ctx: EngineContext): Answer | null {
  // "… báo cáo lên cấp ủy nào?" of plans that send no report to a Party committee.
  const shown = shownPlans(plans);
  const all = shown.flatMap((p) => p.plan.reportingDuties);
  if (
    PARTY_LEVEL_ASKED.test(ask.q.folded) &&
    all.length &&
    !all.some((d) => PARTY_COMMITTEE.test(fold(d.to)))
  ) {
    // The plan itself may be sent to a Party committee "để báo cáo" (its list of recipients): that is said first.
    const sent = shown.flatMap((p) =>
      (p.plan.recipients ?? [])
        .filter((r) => r.purpose === 'báo cáo' && PARTY_COMMITTEE.test(fold(r.to)))
        .map((r) => `KH ${p.plan.number} được gửi để báo cáo: ${r.to} (nơi nhận, ${linesLabel(r.source)}). `),
    );
    const none = `${plansNamed(shown)} không giao cơ quan nào báo cáo cấp ủy. Kế hoạch quy định:`;
    const answer = notSetBut(`${sent.join('')}${none}`, plans, ask);
    return sent.length ? { ...answer, found: true } : answer;
  }
  const asked = reportsToAsked(plans, ask);
  if (!asked || !asked.duties.length || asked.to.length) return null;
  const { key } = asked;
  const names = plansNamed(shown);
  // The ministry as some plan writes it; otherwise the question's words stand for it.
  const written = [
    ...ctx.corpus.agencies.map((a) => a.name),
    ...ctx.corpus.plans.flatMap((p) => p.plan.reportingDuties.map((d) => d.to)),
  ].find((n) => agencyKey(n) === key);
  const answer = notSetBut(
    `${names} không quy định báo cáo ${written ?? 'cơ quan được hỏi'}. Kế hoạch quy định:`,
    shown,
    ask,
  );
  // "… báo cáo HĐND tỉnh … phải không?": a claim the plan answers — no, and to whom it does. ("Có phải báo cáo
  // … không?" asks whether a report is due: that the plan sets none is the answer.)
  return claimClosed(ask.q) ? { ...answer, text: `Không: ${answer.text}`, found: true } : answer;
}

/**
 * A date (`dayAsked`) or a rhythm asked for where the plans set none: "KH 91/KH-UBND (Quảng Ninh) không nêu ngày
 * nộp báo cáo cụ thể", "… không quy định báo cáo 6 tháng", then what they do say of reporting (to whom, through
 * whom, how often), each with its source. Null when a duty in scope has the rhythm asked and, a day asked, a date.
 */
function noReportDate(plans: readonly PlanRecords[], ask: Ask, dayAsked: boolean): Answer | null {
  const shown = shownPlans(plans);
  const duties = shownDuties(plans, ask);
  if (!duties.length) return null;
  // "báo cáo sơ kết 6 tháng … trước ngày nào?": a rhythm the plans set for no report.
  const rhythm = rhythmAsked(ask.q.folded);
  const unset = rhythm && !duties.some((d) => d.frequency === rhythm.frequency);
  if (!unset && (!dayAsked || duties.some((d) => d.dueDate))) return null;
  const names = plansNamed(shown);
  // The body named, when the duties shown are its own reports (another body's dated reports may be in the plan).
  const agency = ask.q.agency;
  const forWhom = agency && duties.every((d) => reportsIn(d, agency)) ? agency : null;
  // "… hằng quý hay hằng năm?" offers the rhythm the plans do set beside the one they do not: the list answers it.
  const offered = unset && OTHER_RHYTHM_OFFERED.test(ask.q.folded);
  return notSetBut(
    unset
      ? `${names} không quy định báo cáo ${rhythm.label}. Kế hoạch quy định:`
      : `${names} không nêu ngày (hạn) nộp báo cáo cụ thể${forWhom ? ` của ${forWhom}` : ''}. Kế hoạch chỉ quy định:`,
    shown,
    ask,
    offered,
  );
}

// Details of reporting a plan may set beside to whom, through whom and when: asked (in the question) and
// written (in a reporting duty's own words).
const REPORT_DETAILS: readonly { asked: RegExp; written: RegExp; label: string }[] = [
  {
    asked: /\b(?:bieu mau|de cuong|mau bao cao|theo mau|mau (?:nao|gi))\b/,
    written: /\b(?:bieu mau|de cuong|mau)\b/,
    label: 'mẫu (đề cương) báo cáo',
  },
  {
    // (A channel named: "theo hình thức nào" alone asks the rhythm, "định kỳ và đột xuất".)
    asked: /\b(?:phan mem|email|thu dien tu|van ban giay|ban giay|truc tuyen)\b/,
    written: /\b(?:hinh thuc|phan mem|email|thu dien tu|ban giay|truc tuyen|he thong)\b/,
    label: 'hình thức gửi báo cáo (văn bản giấy, thư điện tử hay phần mềm)',
  },
  {
    asked:
      /\b(?:xu ly|phe binh|ky luat|che tai|khien trach)\b.*\b(?:cham|tre|khong (?:nop|gui|bao cao))\b|\b(?:cham|tre) (?:nop|gui|bao cao)\b.*\b(?:xu ly|phe binh|ky luat|che tai|khien trach)\b/,
    written: /\b(?:phe binh|ky luat|xu ly trach nhiem|che tai|khien trach)\b/,
    label: 'việc xử lý đơn vị chậm báo cáo',
  },
];

/** Whether a (folded) question asks a detail of reporting: "… mẫu báo cáo …", "… gửi báo cáo bằng hình thức nào?". */
export const asksReportDetail = (folded: string) =>
  /\bbao cao\b/.test(folded) && REPORT_DETAILS.some((d) => d.asked.test(folded));

/**
 * Rule: a detail of reporting asked (a template, how reports are sent, what befalls a late one) that no reporting
 * duty of the plans in scope writes is not set: "KH 230/KH-UBND (Đồng Nai) không quy định mẫu (đề cương) báo
 * cáo", then what the plans do say of reporting. Null when none is asked or a duty writes it.
 */
function noReportDetail(plans: readonly PlanRecords[], ask: Ask): Answer | null {
  const detail = REPORT_DETAILS.find((d) => d.asked.test(ask.q.folded));
  const shown = shownPlans(plans);
  if (!detail || !shown.some((p) => p.plan.reportingDuties.length)) return null;
  const written = shown.some((p) =>
    p.plan.reportingDuties.some((d) => detail.written.test(fold(d.source.quote))),
  );
  if (written) return null;
  return notSetBut(`${plansNamed(shown)} không quy định ${detail.label}. Kế hoạch quy định:`, shown, ask);
}

// "… hằng quý hay hằng năm / hay định kỳ / hay đột xuất?": a rhythm offered as the other answer.
const OTHER_RHYTHM_OFFERED =
  /\bhay (?:la )?(?:bao cao )?(?:hang nam|moi nam|1 nam|mot nam|hang quy|6 thang|sau thang|hang thang|dinh ky|dot xuat)\b/;

/**
 * Nothing asked is in the plans: `first` says what is not set, then what the plans do say of reporting (to
 * whom, through whom, how often), each with its source; found is false unless what they say `answers` it.
 */
function notSetBut(first: string, shown: readonly PlanRecords[], ask: Ask, answers = false): Answer {
  const lines = [first];
  const items: AnswerItem[] = [];
  for (const p of shown) {
    const r = planLines(p, ['reporting'], ask.today, {
      agency: ask.q.agency,
      folded: ask.q.folded,
      several: shown.length > 1,
    });
    lines.push(...r.lines);
    items.push(...r.items);
  }
  lines.push(sourcesLine(items));
  // "… có quy định ngày cụ thể không, hay báo cáo thế nào?" also asks what the plan does set: that is found.
  return { ...found('plan_meta', lines, items), found: answers || OR_HOW.test(ask.q.folded) };
}

/** A question that, beside what it asks, asks how it is done instead: "…, hay báo cáo thế nào / ra sao?". */
const OR_HOW = /\bhay\b.*\b(?:the nao|ra sao|nhu the nao)\b/;

/** "Nguồn: KH 91/KH-UBND, dòng 661–666; …": the distinct lines the items quote, four at most. */
const SOURCES_SHOWN = 5;

function sourcesLine(items: readonly AnswerItem[]): string {
  const cited = [...new Map(items.map((i) => [`${i.source.file}:${i.source.lineStart}`, i.source])).values()];
  // Every plan of the five is cited when each gives one line ("các kế hoạch ban hành ngày nào?"); a long list
  // says there is more.
  const shown = cited.slice(0, SOURCES_SHOWN).map((s) => `KH ${s.planNumber}, ${linesLabel(s)}`);
  return `Nguồn: ${shown.join('; ')}${cited.length > SOURCES_SHOWN ? '; …' : ''}.`;
}

// Reviews a plan may hold of its own progress: "sơ kết", "tổng kết", "giữa kỳ".
const REVIEWS: readonly [RegExp, string][] = [
  [/\bso ket\b/, 'sơ kết'],
  [/\btong ket\b/, 'tổng kết'],
  [/\bgiua ky\b/, 'giữa kỳ'],
];

/**
 * "KH 68 quy định sơ kết giữa kỳ vào năm nào, cơ quan nào chủ trì?" of plans none of whose words name such a
 * review: they set none; what they do set for reporting follows. Null when a plan in scope names it.
 */
export function answerUnsetReview(ctx: EngineContext, ask: Ask): Answer | null {
  const asked = REVIEWS.filter(([re]) => re.test(ask.q.folded));
  // ("sơ kết 6 tháng": a report's rhythm, which the reporting answer says is set or not.)
  if (!asked.length || rhythmAsked(ask.q.folded)) return null;
  const plans = ask.scope.length ? ask.scope : ctx.corpus.plans;
  const says = (p: PlanRecords) => {
    const words = fold(
      [
        ...p.tasks.map((t) => t.text),
        ...p.indicators.map((i) => i.source.quote),
        ...p.plan.reportingDuties.map((d) => d.source.quote),
      ].join(' '),
    );
    return asked.every(([re]) => re.test(words));
  };
  if (plans.some(says)) return null;
  const label = asked.map(([, l]) => l).join(' ');
  return notSetBut(`${plansIn(ask)} không quy định việc ${label}. Kế hoạch quy định về báo cáo:`, plans, ask);
}

// "kế hoạch nào ban hành sớm nhất?", "tỉnh nào ký trước, cách nhau bao lâu?": the plans' days compared.
const ORDER_ASKED =
  /\b(?:ban hanh|ky|ra)\b.*\b(?:som nhat|truoc|sau cung|muon nhat|gan day nhat|moi nhat|dau tien|cuoi cung|som hon|muon hon)\b/;

/**
 * Rule: asked which plan came first ("… ban hành sớm nhất / trước?"), the plans in scope by their days, with
 * the verdict: of two, which came first and how many days apart; of more, the first and the last. Null when
 * the question does not ask it or fewer than two plans give a day.
 */
export function issueOrder(
  plans: readonly PlanRecords[],
  folded: string,
): { verdict: string; plans: PlanRecords[] } | null {
  if (!ORDER_ASKED.test(folded)) return null;
  const dated = plans
    .filter((p) => p.plan.signedDate)
    .sort((a, b) => (a.plan.signedDate ?? '').localeCompare(b.plan.signedDate ?? ''));
  const [first] = dated;
  const last = dated[dated.length - 1];
  if (!first || !last || dated.length < 2) return null;
  const label = (p: PlanRecords) =>
    `KH ${p.plan.number} (${p.plan.province}, ${formatDate(p.plan.signedDate)})`;
  const verdict =
    dated.length === 2
      ? `${label(first)} ban hành trước ${label(last)}, cách nhau ${daysBetween(first.plan.signedDate ?? '', last.plan.signedDate ?? '')} ngày.`
      : `Ban hành sớm nhất: ${label(first)}; muộn nhất: ${label(last)}.`;
  return { verdict, plans: [...dated, ...plans.filter((p) => !dated.includes(p))] };
}

/** Answers questions about the plans themselves. */
export function answerMeta(ctx: EngineContext, ask: Ask, only?: Fact[]): Answer {
  // "… được ban hành theo quyết định nào?": a document the plan cites, found by what the question says of it.
  if (!only && !numberOfPlanDescribed(ask.q.folded)) {
    const cited = answerDocument(ctx, ask);
    // "… thực hiện công văn nào …, và ai ký?": the document, then the other facts asked beside it.
    // A day asked beside it is the plan's only when the question names the plan by its number ("KH 767 thực
    // hiện công văn nào, ký ngày nào?"); otherwise it is the document's, which its line already gives.
    const besides = factsAsked(ask.q.folded).filter(
      (f) => f === 'signer' || (f === 'date' && ask.q.planIds.length > 0),
    );
    if (cited && besides.length && cited.found) {
      const rest = answerMeta(ctx, ask, besides);
      if (!rest.found) return cited;
      return joinAnswers(cited, rest);
    }
    if (cited) return cited;
  }
  const facts = only ?? factsAsked(ask.q.folded);
  const plans = ask.scope.length ? ask.scope : ctx.corpus.plans;
  // "KH 767 có bắt báo cáo 6 tháng một lần không?": a rhythm asked of, that no duty has, is not in the plan (a
  // claim of it, "… 6 tháng một lần hả?", is answered no instead, and "… 6 tháng hay hằng năm?" by the one set).
  const dayAsked = asksReportDate(ask.q.folded);
  const rhythmOnly =
    rhythmAsked(ask.q.folded) !== undefined && !putsForward(ask.q) && !/\bhay\b/.test(ask.q.folded);
  const undated =
    facts.includes('reporting') && (dayAsked || rhythmOnly) ? noReportDate(plans, ask, dayAsked) : null;
  if (undated) return undated;
  const detail = facts.includes('reporting') ? noReportDetail(plans, ask) : null;
  if (detail) return detail;
  const unsent = facts.includes('reporting') ? noReportTo(plans, ask, ctx) : null;
  if (unsent) return unsent;
  const verdict = facts.includes('reporting')
    ? (reportDayVerdict(plans, ask) ??
      rhythmVerdict(plans, ask) ??
      reportViaVerdict(plans, ask) ??
      reportToVerdict(plans, ask))
    : facts.includes('recipients')
      ? recipientVerdict(plans, ask)
      : ((facts.includes('signer') ? signerVerdict(plans, ask) : null) ??
        // "KH 767 … ban hành ngày 13/3/2021 đúng không?": the plan's own day, judged as a cited document's is.
        (facts.includes('date') && shownPlans(plans).length === 1
          ? documentDayVerdict(ask.q, plans[0]?.plan.signedDate ?? null)
          : null));
  const ordered = facts.includes('date') ? issueOrder(shownPlans(plans), ask.q.folded) : null;
  const lines: string[] = verdict ? [verdict] : ordered ? [ordered.verdict] : [];
  const items: AnswerItem[] = [];
  const several = plans.length > 1;
  for (const p of ordered?.plans ?? shownPlans(plans)) {
    const r = planLines(p, facts, ask.today, { agency: ask.q.agency, folded: ask.q.folded, several });
    lines.push(...r.lines);
    items.push(...r.items);
  }
  lines.push(sourcesLine(items));
  // "KH 10 có căn cứ Nghị quyết 42-NQ/TW không?" of a plan that cites no such document: said so, before what it
  // does cite ("Không: …" to a claim of it).
  const unknown = facts.includes('basis') ? numbersNotCited(ask.q, plans) : [];
  if (unknown.length) {
    const claim = claimClosed(ask.q);
    // (The number is not repeated: it may be a wrong one put forward.)
    const absent = `${claim ? 'Không: ' : ''}${plansIn(ask)} không nêu văn bản được hỏi.`;
    const answer = found('plan_meta', [absent, ...lines], items);
    return claim ? answer : { ...answer, found: false };
  }
  // "… ban hành theo tờ trình nào?" of a plan whose basis holds no tờ trình: said so before what it does cite.
  const missing = facts.includes('basis') ? kindsNotCited(ask.q.folded, plans) : null;
  if (missing?.length) {
    const absent = `${plansIn(ask)} không nêu ${missing.join(', ')} nào trong phần căn cứ.`;
    const answer = found('plan_meta', [absent, ...lines], items);
    // Nothing asked for is there: what is shown is only what the plan does cite.
    return missing.length === kindsAsked(ask.q.folded).length ? { ...answer, found: false } : answer;
  }
  // "… ký với chức danh Chủ tịch hay Phó Chủ tịch?" of a copy whose signature block lost the signer's title: the
  // name is what it does say.
  const untitled = shownPlans(plans).filter((p) => p.plan.signer.name && !p.plan.signer.title);
  if (facts.includes('signer') && SIGNER_TITLE_ASKED.test(ask.q.folded) && untitled.length) {
    const absent = `Bản ${plansNamed(untitled)} trong dữ liệu không ghi chức danh người ký.`;
    return { ...found('plan_meta', [absent, ...lines], items), found: false };
  }
  return found('plan_meta', lines, items);
}

// "… chức danh / chức vụ gì?", "Chủ tịch hay Phó Chủ tịch …?": the signer's title asked.
const SIGNER_TITLE_ASKED =
  /\b(?:chuc danh|chuc vu)\b|\bchu tich hay pho chu tich\b|\bpho chu tich hay chu tich\b/;

// "KH 91 có thay thế hay bãi bỏ kế hoạch nào trước đó không?", "văn bản nào bị KH 230 thay thế?": what the plan
// says it replaces or repeals, not its date nor a row whose name holds the word ("Mức sinh thay thế").
const DOCUMENT_WORD = '(?:ke hoach|kh|van ban|quyet dinh|qd|nghi quyet|chi thi|chuong trinh|de an|cong van)';
const REPLACED_ASKED = new RegExp(
  `\\b(?:thay the|bai bo|thay cho|lam het hieu luc)\\b(?: (?:hay|hoac|va) (?:thay the|bai bo))?(?: cho)?(?: (?:cac|mot|nhung))? ${DOCUMENT_WORD}\\b|\\b${DOCUMENT_WORD} nao (?:bi|duoc|da bi) (?:\\S+ ){0,3}?(?:thay the|bai bo|het hieu luc)\\b`,
);
/** The documents a plan says it replaces or repeals, or that it says so of none; null when that is not asked. */
export function answerReplaced(ctx: EngineContext, ask: Ask): Answer | null {
  if (!REPLACED_ASKED.test(ask.q.folded)) return null;
  const plans = ask.scope.length ? ask.scope : ctx.corpus.plans;
  const items = plans.flatMap((p) =>
    p.plan.documents
      .filter((d) => d.replaced)
      .map((d) =>
        item(
          'plan',
          documentItemId(p.plan.id, d),
          p.plan,
          `KH ${p.plan.number} (${p.plan.province}) thay thế hoặc bãi bỏ: ${d.source.quote}`,
          d.source,
        ),
      ),
  );
  const none = `${plansIn(ask)} không nêu thay thế hay bãi bỏ văn bản nào.`;
  if (!items.length) {
    // What the plan does rest on, said after: the documents the asker may have had in mind.
    if (plans.length !== 1) return notFound(ctx, ask, 'plan_meta', none);
    const basis = answerMeta(ctx, ask, ['basis']);
    return { ...found('plan_meta', [none, basis.text], basis.items), found: false };
  }
  return found('plan_meta', [...items.map((i) => i.line), sourcesLine(items)], items);
}

// "KH 91 lưu ở đâu?", "phần lưu / ký hiệu lưu của KH 68", "Lưu: VT …": where the plan's own copies are kept. (Not
// "lưu trú", "lưu động": words of the plans' duties.)
const ARCHIVE_ASKED =
  /\bluu (?:o|tai) (?:dau|noi nao|bo phan nao|don vi nao)\b|\b(?:phan|dong|muc|ky hieu|noi|ban) luu\b(?! (?:tru|dong))|\bluu:? vt\b|\bluu (?:van ban|ban goc)\b/;

/**
 * Where the plan's copies are kept, as the last item of its recipients list writes it ("Lưu: VT, VX2"); null
 * when that is not asked. A plan whose list has no such item, or whose scrape lost the list, says so.
 */
export function answerArchive(ctx: EngineContext, ask: Ask): Answer | null {
  if (!ARCHIVE_ASKED.test(ask.q.folded)) return null;
  const plans = ask.scope.length ? ask.scope : ctx.corpus.plans;
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  for (const p of plans) {
    const kh = `KH ${p.plan.number} (${p.plan.province})`;
    const kept = p.plan.archive;
    if (kept) {
      const line = `${kh} — phần "Lưu" cuối danh sách nơi nhận: ${kept.text}.`;
      lines.push(line);
      items.push(item('plan', `${p.plan.id}/archive`, p.plan, line, kept.source));
    } else
      lines.push(
        p.plan.recipients?.length
          ? `${kh}: danh sách nơi nhận không ghi phần "Lưu".`
          : `Bản ${kh} trong dữ liệu không có danh sách nơi nhận (nơi ghi phần "Lưu").`,
      );
  }
  if (!items.length) return { ...found('plan_meta', lines, []), found: false };
  return found('plan_meta', [...lines, sourcesLine(items)], items);
}

// "KH 767 gồm những phần (lớn) nào?", "bố cục của KH 91", "Phần IV của KH 68 là phần gì?": the plan's parts.
const OUTLINE_ASKED =
  /\bgom (?:nhung|may|bao nhieu|cac) (?:phan(?! tram)|muc) (?:lon |chinh )?(?:nao|gi)?\b|\bco (?:may|bao nhieu) phan (?:lon|chinh)\b|\bbo cuc\b|\bcau truc (?:cua )?(?:ke hoach|kh|van ban)\b/;
// (Its heading only: "Mục III … nói về nội dung gì?" asks what the part says, the section's answer.)
const PART_ASKED =
  /\b(?:phan|muc) ([ivx]{1,4})\b.{0,50}?\bla (?:phan|muc) (?:gi|nao)\b|\btieu de (?:cua )?(?:phan|muc) ([ivx]{1,4})\b/;

const ROMAN_ORDER = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * The plan's parts, or the one asked by its numeral, as the plan heads them, with their lines; null when neither
 * is asked. A plan whose headings the scrape lost says which parts it keeps.
 */
export function answerOutline(ctx: EngineContext, ask: Ask): Answer | null {
  const asked = PART_ASKED.exec(ask.q.folded);
  const part = (asked?.[1] ?? asked?.[2])?.toUpperCase();
  // (An annex's rows asked, "Phụ lục I gồm những mục nào?", are the annex's to answer.)
  if ((!part && !OUTLINE_ASKED.test(ask.q.folded)) || /\bphu luc\b/.test(ask.q.folded)) return null;
  const plans = ask.scope.length ? ask.scope : ctx.corpus.plans;
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  for (const p of plans) {
    const parts = (p.plan.outline ?? []).filter((x) => !part || x.label === part);
    const kh = `KH ${p.plan.number} (${p.plan.province})`;
    if (!parts.length) {
      // Parts I, II, … all kept: a numeral past the last is no part of the plan; else its heading may be lost.
      const all = p.plan.outline ?? [];
      const whole = all.length > 0 && all.every((x, i) => x.label === ROMAN_ORDER[i]);
      lines.push(
        !part
          ? `${kh}: bản trong dữ liệu không giữ được tiêu đề các phần.`
          : whole
            ? `${kh} có ${all.length} phần (I–${all[all.length - 1]?.label}), không có phần ${part}.`
            : `${kh}: bản trong dữ liệu không giữ được tiêu đề phần ${part}.`,
      );
      continue;
    }
    const annexes = part ? [] : [...new Set((p.plan.annexes ?? []).map((a) => a.label))];
    const all = p.plan.outline ?? [];
    // "III." the first part found: the parts before it were lost with their headings.
    const lost =
      !part && all[0]?.label !== 'I' ? ' (bản trong dữ liệu không giữ được tiêu đề các phần trước đó)' : '';
    lines.push(
      part
        ? `Phần ${part} của ${kh}: «${parts[0]?.source.quote}».`
        : `${kh} gồm các phần${lost}: ${parts.map((x) => `${x.label}. ${x.heading}`).join('; ')}${annexes.length ? `; kèm ${annexes.join(', ')}` : ''}.`,
    );
    for (const x of parts)
      items.push(item('plan', `${p.plan.id}/part-${x.label}`, p.plan, `${x.label}. ${x.heading}`, x.source));
  }
  if (!items.length) return { ...found('plan_meta', lines, []), found: false };
  return found('plan_meta', [...lines, sourcesLine(items)], items);
}

// A document's number with its kind's letters, folded as a question writes it ("42-nq/tw", "1983/qd-ttg").
const NUMBER_WITH_KIND = new RegExp(
  `(?<![\\d/])\\d{1,5}(?:/\\d{4})?[-/](?:${[...Object.keys(KIND_LETTERS), 'tt'].join('|')})(?:[-/][a-z]+)*(?![a-z0-9])`,
  'g',
);

/** The document numbers a question names (folded) that no plan in scope cites nor writes. */
export function numbersNotCited(q: { raw: string; folded: string }, plans: readonly PlanRecords[]): string[] {
  // (The plans' own numbers name the plans: "KH 91/KH-UBND … căn cứ …".)
  const cited = new Set(
    plans.flatMap((p) => [fold(p.plan.number), ...p.plan.documents.map((d) => fold(d.number ?? ''))]),
  );
  const named = [...new Set([...fold(q.raw).matchAll(NUMBER_WITH_KIND)].map((m) => m[0]))].filter(
    (n) => !cited.has(n),
  );
  if (!named.length) return [];
  // A number the plan writes anywhere (an appendix row's "Quyết định số 882/QĐ-TTg") is one it names.
  const written = fold(
    plans
      .flatMap((p) => [...p.tasks.map((t) => t.source.quote), ...p.indicators.map((i) => i.source.quote)])
      .join(' '),
  );
  return named.filter((n) => !written.includes(n));
}

// Kinds of document a question may ask the basis for, folded, as the plans name them.
const DOCUMENT_KINDS = [
  'tờ trình',
  'quyết định',
  'nghị quyết',
  'kết luận',
  'công văn',
  'chỉ thị',
  'thông tư',
  'nghị định',
];

/** The kinds of document a folded question names: "… theo tờ trình nào" → ['tờ trình']. */
function kindsAsked(folded: string): string[] {
  return DOCUMENT_KINDS.filter((k) => new RegExp(`\\b${fold(k)}\\b`).test(folded));
}

/** The kinds asked that no plan in scope cites as its basis (null when none is asked). */
export function kindsNotCited(folded: string, plans: readonly PlanRecords[]): string[] | null {
  const asked = kindsAsked(folded);
  if (!asked.length) return null;
  const cited = new Set(plans.flatMap((p) => p.plan.basis.map((b) => fold(b.kind))));
  // A document the basis names inside another's subject ("Kết luận số 92-KL/TW … về “tiếp tục thực hiện Nghị
  // quyết Hội nghị Trung ương 5 khóa XI …”") is cited there too.
  for (const p of plans) {
    const last = Math.max(0, ...p.plan.basis.map((b) => b.source.lineEnd));
    for (const d of p.plan.documents) if (d.source.lineStart <= last + 1) cited.add(fold(d.kind));
  }
  return asked.filter((k) => ![...cited].some((c) => c.startsWith(fold(k))));
}

/**
 * Who issues a document, by the way Vietnamese documents are numbered: "-KH/TU", "-CTr/TU" are a provincial
 * (or city) Party committee's, "-NQ/TW", "-KL/TW" the Party centre's, "/NQ-CP" the Government's, "/QĐ-TTg" the
 * Prime Minister's; `asked` is how a question names the issuer.
 */
const ISSUERS: readonly { asked: RegExp; number: RegExp }[] = [
  // ("… văn bản nào của Trung ương và (của) tỉnh?": the province beside the centre as an issuer is its Party
  // committee, whose documents the plans carry out.)
  {
    asked:
      /\b(?:tinh uy|thanh uy|dang bo (?:tinh|thanh pho)|ban thuong vu|(?:trung uong|tw) (?:va|,) (?:cua )?(?:tinh|thanh pho|dia phuong))\b/,
    number: /\/TU$/,
  },
  { asked: /\b(?:trung uong|bo chinh tri|ban bi thu)\b/, number: /\/TW$/ },
  { asked: /\bchinh phu\b(?<!thu tuong chinh phu)/, number: /-CP$/ },
  { asked: /\bthu tuong\b/, number: /-TTg$/ },
];

/**
 * The basis documents of the issuer a question names ("KH của Tỉnh ủy số mấy?" → 332-KH/TU), all of them when
 * it names none or none is that issuer's.
 */
export function byIssuer<T extends { number: string; kind: string }>(
  basis: readonly T[],
  folded: string,
): readonly T[] {
  const issuers = ISSUERS.filter((i) => i.asked.test(folded));
  const theirs = (b: T) => issuers.some((i) => i.number.test(b.number));
  // "… căn cứ kết luận nào và công văn nào của Tỉnh ủy?": a kind asked of which the issuer has none is
  // asked of whoever issued it.
  const otherwise = (b: T) => kindNamed(b.kind, folded) && !basis.some((o) => o.kind === b.kind && theirs(o));
  const asked = basis.filter((b) => theirs(b) || otherwise(b));
  return asked.some(theirs) ? asked : basis;
}

/**
 * Whether a question asks which document of a kind, the kind whole or by its initials: "kết luận nào", "cv nào",
 * "kế hoạch số mấy" (not "Kế hoạch 10/KH-UBND", the plan itself).
 */
function kindNamed(kind: string, folded: string): boolean {
  const words = fold(kind).split(/\s+/);
  const initials = words.map((w) => w[0]).join('');
  return new RegExp(`\\b(?:${words.join(' ')}|${initials})(?: so)? (?:nao|gi|may|bao nhieu)\\b`).test(folded);
}
