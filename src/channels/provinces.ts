/** The provinces a chat can choose, taken from the corpus (never a list of our own). */
import type { Engine } from '../answer/engine';
import { slug } from '../text/slug';

/** ASCII slug for deep links and typed commands: `provinceSlug('Đồng Nai')` → `'dong-nai'`. */
export function provinceSlug(name: string): string {
  return slug(name);
}

/** The provinces that have plans, in corpus order, without repeats: `['Quảng Ninh', 'Thanh Hóa', …]`. */
export function corpusProvinces(engine: Pick<Engine, 'corpus'>): string[] {
  return [...new Set(engine.corpus.plans.map((p) => p.plan.province))];
}

/**
 * The corpus province a user meant, matched on the slug so accents, case and spacing do not matter:
 * `findProvince(['Đồng Nai'], 'dong nai')` → `'Đồng Nai'`; `undefined` when none matches.
 */
export function findProvince(provinces: readonly string[], typed: string): string | undefined {
  const wanted = provinceSlug(typed.replace(/^(tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+/i, ''));
  if (!wanted) return undefined;
  return provinces.find((p) => provinceSlug(p) === wanted);
}
