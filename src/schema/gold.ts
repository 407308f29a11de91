/**
 * The gold annotation: what a plan's text says, written by hand from the lines alone, never from
 * the parser's output. `npm run ingest -- --score` compares the records with it field by field.
 * Lines are 1-based, inclusive, in the plan file as scraped (`data/raw/<file>`).
 */
import * as z from 'zod/mini';

/** `[first, last]` line of the text an entry rests on, 1-based and inclusive: `[66, 68]`. */
export const GoldLines = z.tuple([
  z.number().check(z.int(), z.positive()),
  z.number().check(z.int(), z.positive()),
]);
export type GoldLines = z.infer<typeof GoldLines>;

/** `dd/mm/yyyy` as Vietnamese documents write it: `26/04/2021`. */
const GoldDate = z.string().check(z.regex(/^\d{2}\/\d{2}\/\d{4}$/));

/**
 * How a target compares. `~` is "khoảng"; `>=` is "ít nhất", "tối thiểu", "từ … trở lên";
 * `>` "trên", "hơn"; `<` "dưới"; `<=` "không quá", "tối đa"; `range` "75-80"; `text` a value in words.
 */
export const GoldComparator = z.enum(['=', '>', '>=', '<', '<=', '~', 'range', 'text']);

/**
 * One measurable target: `{ lines: [66, 67], indicator: 'Tỷ lệ lao động qua đào tạo', value: '87,5',
 * comparator: '=', unit: '%', year: 2025, scope: 'province', area: 'all', leads: [], partners: [] }`.
 */
export const GoldTarget = z.object({
  lines: GoldLines,
  /** What is measured, in the plan's words, shortened to the indicator itself. */
  indicator: z.string().check(z.minLength(1)),
  /** The figure as written, without comparator or unit: `87,5`, `14.000`, `75-80`, `1` (for "1 triệu"), `Tiểu học`. */
  value: z.string().check(z.minLength(1)),
  comparator: GoldComparator,
  /** `%`, `‰`, `người/năm`, `lao động/năm`, `triệu căn hộ`, `USD`, `m² sàn/người`, `bé trai/100 bé gái`, `mức độ`, `` when none. */
  unit: z.string(),
  /** The year the target is for (the end of its period); null when the plan gives none at all. */
  year: z.nullable(z.number().check(z.int())),
  /** `central` for a column or phrase quoting the national (TW) target, else `province`. */
  scope: z.enum(['province', 'central']),
  /** `all`, `thành thị`, `nông thôn`, or the group the plan names for this figure (`miền núi`, `vùng DTTS`…). */
  area: z.string().check(z.minLength(1)),
  /** Agencies the plan makes responsible for this target (its row's lead column, or a section assigning the group); plan's words. */
  leads: z.array(z.string()),
  partners: z.array(z.string()),
  note: z.optional(z.string()),
});
export type GoldTarget = z.infer<typeof GoldTarget>;

/**
 * One duty: a sentence, bullet or table row asking someone to do something.
 * `{ lines: [99, 99], task: 'Cơ quan chủ trì thực hiện Kế hoạch…', leads: ['Sở Lao động - Thương binh và Xã hội'], partners: [], timeframe: null }`.
 */
export const GoldAssignment = z.object({
  lines: GoldLines,
  /** The duty's first words as written (up to ~100 characters). */
  task: z.string().check(z.minLength(1)),
  /** Every agency that leads it (co-leads are leads), in the plan's own words; [] when the plan names none. */
  leads: z.array(z.string()),
  partners: z.array(z.string()),
  /** As written: `Hằng năm`, `Năm 2025`, `Quý III/2024`, `2024-2030`; null when none. */
  timeframe: z.nullable(z.string()),
  note: z.optional(z.string()),
});
export type GoldAssignment = z.infer<typeof GoldAssignment>;

/** "Định kỳ hằng năm, trước ngày 10/12, các sở… báo cáo UBND tỉnh (qua Sở LĐTBXH)". */
export const GoldReportingDuty = z.object({
  lines: GoldLines,
  /** Who reports, each in the plan's words. */
  who: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** To whom. */
  to: z.string().check(z.minLength(1)),
  /** Through whom ("qua …", "gửi về … để tổng hợp"), null when direct. */
  via: z.nullable(z.string()),
  /** `dd/mm` for a yearly day, `dd/mm/yyyy` for a one-off, null when the plan names no day. */
  date: z.nullable(z.string().check(z.regex(/^\d{2}\/\d{2}(\/\d{4})?$/))),
  frequency: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly', 'once', 'as-needed', 'periodic']),
  note: z.optional(z.string()),
});
export type GoldReportingDuty = z.infer<typeof GoldReportingDuty>;

/** A document the plan cites: `{ kind: 'Kết luận', number: '92-KL/TW', date: '05/11/2020', issuer: 'Bộ Chính trị' }`. */
export const GoldDocument = z.object({
  lines: GoldLines,
  /** Quyết định, Nghị quyết, Kết luận, Kế hoạch, Chương trình, Đề án, Công văn, Văn bản, Chỉ thị, Luật, Nghị định, Thông tư… */
  kind: z.string().check(z.minLength(1)),
  /** As written, spaces squeezed: `92-KL/TW`, `1983/QĐ-TTg`; null for a document cited by name only. */
  number: z.nullable(z.string()),
  date: z.nullable(GoldDate),
  issuer: z.nullable(z.string()),
  /** What it is about, as the plan says it; null when the plan gives no title. */
  title: z.nullable(z.string()),
  /** True for the documents the plan names as its basis ("Căn cứ", "Thực hiện"). */
  basis: z.boolean(),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

/** The plan's own facts. */
export const GoldPlanFacts = z.object({
  province: z.string().check(z.minLength(1)),
  /** As written, spaces squeezed: `91/KH-UBND`. */
  number: z.string().check(z.minLength(1)),
  signedDate: GoldDate,
  title: z.string().check(z.minLength(1)),
  signer: z.object({
    name: z.nullable(z.string()),
    /** What the block says the signer signs as: `KT. CHỦ TỊCH / PHÓ CHỦ TỊCH` → `Phó Chủ tịch` (on the chairman's behalf). */
    capacity: z.nullable(z.string()),
    onBehalf: z.boolean(),
  }),
  /** The last line of the plan proper (the end of the signature block); nothing after it is a record. */
  lastLine: z.number().check(z.int(), z.positive()),
  lines: z.record(z.string(), GoldLines),
});
export type GoldPlanFacts = z.infer<typeof GoldPlanFacts>;

/** One plan's gold file, `test/gold/<file stem>.json`; a pass may hold part of a plan. */
export const GoldPlan = z.object({
  file: z.string().check(z.minLength(1)),
  annotator: z.string(),
  /** Line ranges this file covers (a pass may annotate part of a plan). */
  covers: z.array(GoldLines),
  plan: z.optional(GoldPlanFacts),
  targets: z.array(GoldTarget),
  assignments: z.array(GoldAssignment),
  reporting: z.array(GoldReportingDuty),
  documents: z.array(GoldDocument),
});
export type GoldPlan = z.infer<typeof GoldPlan>;
