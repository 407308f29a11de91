/**
 * Succession schemas: who holds a duty today after the 2025 reorganisation, so an answer can say
 * "Sở Lao động - Thương binh và Xã hội (nay: Sở Nội vụ)". Every row rests on a legal document whose
 * text (or a page quoting it) was read; `status` says whether that page states the row outright.
 */
import * as z from 'zod/mini';

/** A calendar date as ISO `yyyy-mm-dd`: `2025-07-01`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A legal document and what a page read says of it:
 * `{ kind: 'Nghị định', number: '45/2025/NĐ-CP', date: '2025-02-28', issuer: 'Chính phủ', url: 'http://hdnd.dongnai.gov.vn/…', quote: '… 1. Sở Nội vụ; …' }`.
 */
export const LegalSource = z.object({
  /** `Luật`, `Nghị quyết`, `Nghị định`, `Thông tư`, `Quyết định`, `Nghị quyết HĐND`. */
  kind: z.string().check(z.minLength(1)),
  /** The document's number as written: `202/2025/QH15`. */
  number: z.string().check(z.minLength(1)),
  /** Date of issue; null when the page read does not give it. */
  date: z.nullable(IsoDate),
  /** Who issued it: `Quốc hội`, `Chính phủ`, `Bộ Tài chính`, `HĐND tỉnh Phú Thọ`. */
  issuer: z.string().check(z.minLength(1)),
  /** The page that was read (the document itself or a page quoting it). */
  url: z.string().check(z.regex(/^https?:\/\//)),
  /** Words copied from that page, at most 200 characters. */
  quote: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type LegalSource = z.infer<typeof LegalSource>;

/** `confirmed`: a page read states the row; `unconfirmed`: only indirect support, the note says what is missing. */
export const SuccessionStatus = z.enum(['confirmed', 'unconfirmed']);
export type SuccessionStatus = z.infer<typeof SuccessionStatus>;

/**
 * Where an old body's duties went: `{ from: 'Sở Lao động - Thương binh và Xã hội', fields: ['giảm nghèo'],
 * to: 'Sở Nông nghiệp và Môi trường', effective: '2025-03-01', status: 'unconfirmed', sources: […] }`.
 */
export const AgencySuccession = z.object({
  /** The old body's canonical name as plans write it. */
  from: z.string().check(z.minLength(1)),
  /** Field words the row covers (`['trẻ em']`); `[]` = every duty no other row of the same `from` names. */
  fields: z.array(z.string().check(z.minLength(1))),
  /** The successor's generic name: `Sở Nội vụ`, not `Sở Nội vụ tỉnh Thanh Hóa`. */
  to: z.string().check(z.minLength(1)),
  /** Provinces the row is known to hold for; absent = every province. */
  provinces: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** The day the successor took the duty over. */
  effective: IsoDate,
  status: SuccessionStatus,
  sources: z.array(LegalSource),
  note: z.optional(z.string()),
});
export type AgencySuccession = z.infer<typeof AgencySuccession>;

/** A province merged into another (`{ from: 'Bình Phước', to: 'Đồng Nai' }`) or kept (`from` = `to`). */
export const ProvinceSuccession = z.object({
  from: z.string().check(z.minLength(1)),
  to: z.string().check(z.minLength(1)),
  /** The day the province's government after the arrangement began to work. */
  effective: IsoDate,
  status: SuccessionStatus,
  sources: z.array(LegalSource),
  note: z.optional(z.string()),
});
export type ProvinceSuccession = z.infer<typeof ProvinceSuccession>;

/** A whole level of government that ended: the district level, written as plans write it ("UBND các quận, huyện"). */
export const LevelChange = z.object({
  level: z.literal('huyện'),
  /** How plans name the level's bodies: `UBND các huyện, thành phố`, `UBND các quận, huyện`. */
  from: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** Where its duties went: `['UBND cấp xã', 'UBND cấp tỉnh']`, split by field in other documents. */
  to: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  effective: IsoDate,
  status: SuccessionStatus,
  sources: z.array(LegalSource),
  note: z.optional(z.string()),
});
export type LevelChange = z.infer<typeof LevelChange>;

/** Bodies every province has today under their present names, with the decree that lists them. */
export const CurrentAgencies = z.object({
  names: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  effective: IsoDate,
  sources: z.array(LegalSource).check(z.minLength(1)),
});
export type CurrentAgencies = z.infer<typeof CurrentAgencies>;

/** The whole table as researched on `asOf`: `data/succession/table.json`. */
export const SuccessionTable = z.object({
  /** The day the research was done; rows say nothing of later changes. */
  asOf: IsoDate,
  current: CurrentAgencies,
  agencies: z.array(AgencySuccession),
  provinces: z.array(ProvinceSuccession),
  levels: z.array(LevelChange),
});
export type SuccessionTable = z.infer<typeof SuccessionTable>;
