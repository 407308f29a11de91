/**
 * Record schemas: the single source of truth for what ingest produces and the engine reads.
 * Written with `zod/mini` so the Worker can validate at its edges without shipping full zod.
 */
import * as z from 'zod/mini';

/** Where a record came from: `{ file: '000_….txt', lineStart: 202, lineEnd: 203, section: 'I.2.6', quote: 'Tỷ lệ bao phủ…' }`. */
export const Source = z.object({
  file: z.string().check(z.minLength(1)),
  lineStart: z.number().check(z.int(), z.positive()),
  lineEnd: z.number().check(z.int(), z.positive()),
  section: z.string(),
  quote: z.string().check(z.minLength(1)),
});
export type Source = z.infer<typeof Source>;

/** How a target compares: "trên 95%" is `>`, "từ 90% trở lên" is `>=`, "khoảng 18%" is `~`, "75-80" is `range`, "Tiểu học" is `text`. */
export const Comparator = z.enum(['>', '>=', '<', '<=', '=', '~', 'range', 'text']);
export type Comparator = z.infer<typeof Comparator>;

/** One committed value of an indicator: `{ year: 2025, value: '95', text: 'trên 95%', comparator: '>' }`. */
export const Target = z.object({
  year: z.nullable(z.number().check(z.int())),
  value: z.string(),
  text: z.string().check(z.minLength(1)),
  comparator: Comparator,
  /** `province` for the plan's own target; `central` where the plan also quotes the central (TW) benchmark. */
  scope: z.enum(['province', 'central']),
  /** `all`, `thành thị`, `nông thôn`, or a group the plan names. */
  area: z.string(),
  /** The unit written with this figure: `%`, `‰`, `%/năm`, `lao động/năm`, `m² sàn/người`, `mức độ`. */
  unit: z.optional(z.string()),
});
export type Target = z.infer<typeof Target>;

/** A target's value as a number: "95" → 95, "0,8" → 0.8; NaN for "75-80" or words. */
export const targetNumber = (t: Target): number =>
  /^-?\d+(?:[.,]\d+)?$/.test(t.value.trim()) ? Number(t.value.trim().replace(',', '.')) : Number.NaN;

/** A target the plan commits to, e.g. "Tỷ lệ bao phủ bảo hiểm y tế" with `trên 95%`. */
export const Indicator = z.object({
  id: z.string(),
  planId: z.string(),
  domain: z.string(),
  name: z.string().check(z.minLength(1)),
  unit: z.string(),
  targets: z.array(Target),
  /** Every body that leads, in the plan's own words ("Bảo hiểm xã hội thành phố"); co-leads are leads. */
  leads: z.array(z.string()),
  /** The first lead's canonical name ("Bảo hiểm xã hội tỉnh"), for grouping one body across plans. */
  leadAgency: z.nullable(z.string()),
  /** Bodies that take part, in the plan's own words. */
  partners: z.array(z.string()),
  source: Source,
  /** Where the plan assigns the agency, when that is not in the indicator's own text. */
  agencySource: z.optional(Source),
  /** A table row's "Ghi chú" cell as written: what the row stood at, or why the province set its figure. */
  note: z.optional(z.string()),
});
export type Indicator = z.infer<typeof Indicator>;

/** Normalized timeframe: "Hằng năm" → yearly, "Thường xuyên" → continuous, "Năm 2025" → year. */
export const Timeframe = z.object({
  text: z.string(),
  kind: z.enum(['yearly', 'continuous', 'year', 'date', 'period', 'unspecified']),
  year: z.optional(z.number()),
  from: z.optional(z.number()),
  to: z.optional(z.number()),
  /** ISO date (or `--MM-DD` for a yearly day) when the plan names one. */
  date: z.optional(z.string()),
});
export type Timeframe = z.infer<typeof Timeframe>;

/** Something the plan asks an agency to do: "Sở Tài nguyên và Môi trường: Chủ trì, hướng dẫn…". */
export const Task = z.object({
  id: z.string(),
  planId: z.string(),
  domain: z.string(),
  text: z.string().check(z.minLength(1)),
  /** Every body that leads, in the plan's own words; co-leads are leads. */
  leads: z.array(z.string()),
  /** The first lead's canonical name, for grouping one body across plans. */
  leadAgency: z.nullable(z.string()),
  /** Bodies that take part, in the plan's own words. */
  partners: z.array(z.string()),
  timeframe: Timeframe,
  source: Source,
  /** Where the plan names the bodies, when that is not in the task's own text ("Cơ quan thực hiện: …"). */
  agencySource: z.optional(Source),
  /**
   * The bodies that compile and report on the task's group of duties, in the plan's own words, when a line
   * says so after the group ("Cơ quan tổng hợp, báo cáo: Sở Lao động - Thương binh và Xã hội").
   */
  compilers: z.optional(z.array(z.string())),
  /** Where the plan names `compilers`. */
  compilerSource: z.optional(Source),
  /**
   * What kind of statement it is when not a duty: `goal` for an aim or requirement stated in the plan's
   * purpose, requirements or targets sections ("Bảo đảm vững chắc mức sinh thay thế"), `funding` for a
   * source of money. Absent for a duty someone is asked to carry out.
   */
  statement: z.optional(z.enum(['goal', 'funding'])),
});
export type Task = z.infer<typeof Task>;

/** A document the plan rests on: `{ kind: 'Kết luận', number: '92-KL/TW', date: '2020-11-05', issuer: 'Bộ Chính trị' }`. */
export const BasisDocument = z.object({
  kind: z.string(),
  number: z.string(),
  date: z.nullable(z.string()),
  issuer: z.string(),
  /** The Party term the issuer sat in ("XIII"), when the plan writes it. */
  term: z.optional(z.string()),
  source: Source,
});
export type BasisDocument = z.infer<typeof BasisDocument>;

/** Any document the plan cites: `{ kind: 'Quyết định', number: '1983/QĐ-TTg', date: '2021-11-24', issuer: 'Thủ tướng Chính phủ', title: 'phê duyệt …', basis: true }`. */
export const CitedDocument = z.object({
  kind: z.string().check(z.minLength(1)),
  /** As written, spaces squeezed; null for a document cited by name only ("Đề án ổn định dân cư …"). */
  number: z.nullable(z.string()),
  date: z.nullable(z.string()),
  issuer: z.nullable(z.string()),
  /** The Party term the issuer sat in ("XIII" of "Ban Chấp hành Trung ương Đảng (Khóa XIII)"), when written. */
  term: z.optional(z.string()),
  title: z.nullable(z.string()),
  /** True when the plan cites it as its basis ("Căn cứ …", "Thực hiện …" before the first section). */
  basis: z.boolean(),
  /** True when the plan says it replaces or repeals the document ("Kế hoạch này thay thế Kế hoạch số …"). */
  replaced: z.optional(z.boolean()),
  source: Source,
});
export type CitedDocument = z.infer<typeof CitedDocument>;

/** "Định kỳ hằng năm, trước ngày 30/11, các sở… báo cáo UBND tỉnh (qua Sở LĐTBXH)". */
export const ReportingDuty = z.object({
  /** The reporters joined for display: "Giám đốc các sở, Chủ tịch UBND các huyện, thành phố". */
  who: z.string(),
  /** Each body that reports, in the plan's words. */
  reporters: z.array(z.string()),
  to: z.string(),
  /** The body reports pass through ("qua Sở LĐTBXH tổng hợp"), null when sent directly. */
  via: z.nullable(z.string()),
  due: z.string(),
  /** `--MM-DD` for a yearly date, an ISO date for a one-off. */
  dueDate: z.nullable(z.string()),
  /** `periodic` is "định kỳ" with no period named. */
  frequency: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly', 'once', 'as-needed', 'periodic']),
  /** What is reported, in the plan's words, when the clause says ("kết quả thực hiện Kế hoạch"). */
  matter: z.optional(z.string()),
  source: Source,
});
export type ReportingDuty = z.infer<typeof ReportingDuty>;

/** The facts of one plan: number, date, signer, basis, horizon, reporting duties. */
export const Plan = z.object({
  id: z.string(),
  province: z.string(),
  number: z.string(),
  title: z.string(),
  signedDate: z.nullable(z.string()),
  signer: z.object({ name: z.nullable(z.string()), title: z.nullable(z.string()) }),
  basis: z.array(BasisDocument),
  /** Every document the plan cites, once each, at its fullest citation. */
  documents: z.array(CitedDocument),
  horizon: z.array(z.number()),
  reportingDuties: z.array(ReportingDuty),
  /** The period the plan covers ("giai đoạn 2021-2025"), from its title or purpose, with where it says so. */
  period: z.optional(z.object({ from: z.number(), to: z.number(), source: Source })),
  /** The body that runs the plan as a whole ("cơ quan thường trực / đầu mối / chủ trì thực hiện Kế hoạch"). */
  coordinator: z.optional(z.object({ leads: z.array(z.string()), source: Source })),
  /** Whom the plan is sent to ("Nơi nhận"), in its words, and why when it says ("báo cáo", "thực hiện"). */
  recipients: z.optional(
    z.array(z.object({ to: z.string(), purpose: z.nullable(z.string()), source: Source })),
  ),
  /** Where the plan's own copies are kept, as its recipients list ends: "VT, VX2" of "- Lưu: VT,VX2.". */
  archive: z.optional(z.object({ text: z.string(), source: Source })),
  /** The annexes ("Phụ lục I") and what the plan says each holds, where it refers to them. */
  annexes: z.optional(z.array(z.object({ label: z.string(), about: z.string(), source: Source }))),
  /** The plan's parts, its Roman-numbered headings as written ("IV" · "TỔ CHỨC THỰC HIỆN"), in order. */
  outline: z.optional(z.array(z.object({ label: z.string(), heading: z.string(), source: Source }))),
  /** Where the plan's money comes from ("Nguồn kinh phí thực hiện"), one statement each, in its words. */
  funding: z.optional(z.array(z.object({ text: z.string(), source: Source }))),
  sourceFile: z.string(),
  /** Quotes for each fact above, keyed by fact name (`number`, `signedDate`, `signer`, `title`, `horizon`). */
  factSources: z.record(z.string(), Source),
});
export type Plan = z.infer<typeof Plan>;

/** One agency with every spelling the plans use: `Sở LĐTBXH`, `Sở Lao động - Thương binh và Xã hội`. */
export const Agency = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(['sở', 'ubnd', 'đoàn thể', 'trung ương', 'khác']),
  /** Plans whose text names the agency. */
  planIds: z.array(z.string()),
});
export type Agency = z.infer<typeof Agency>;

/** What `data/plans/<plan-id>.json` holds. */
export const PlanRecords = z.object({
  plan: Plan,
  indicators: z.array(Indicator),
  tasks: z.array(Task),
});
export type PlanRecords = z.infer<typeof PlanRecords>;

/** The whole corpus the engine reads. */
export interface Corpus {
  plans: PlanRecords[];
  agencies: Agency[];
}
