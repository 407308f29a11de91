/**
 * A plan's header as the manifest and the summary keep it: only what finding a province or plan by name
 * or number and citing a source need. `planOf(headOf(plan))` gives a `Plan` with the rest empty.
 */
import type { Plan } from '../schema/records';

/** `{ id: 'qn-91-2021', province: 'Quảng Ninh', number: '91/KH-UBND', title: 'Kế hoạch …', signedDate: '2021-04-26' }`. */
export type PlanHead = Pick<Plan, 'id' | 'province' | 'number' | 'title' | 'signedDate'>;

/** The header of a plan: what `understand` (province, number, title) and `sourceLine` (number, date) read. */
export const headOf = ({ id, province, number, title, signedDate }: Plan): PlanHead => ({
  id,
  province,
  number,
  title,
  signedDate,
});

/** A `Plan` from its header, every other fact empty: enough for a catalog that holds no records. */
export const planOf = (head: PlanHead): Plan => ({
  ...head,
  signer: { name: null, title: null },
  basis: [],
  documents: [],
  horizon: [],
  reportingDuties: [],
  sourceFile: '',
  factSources: {},
});
