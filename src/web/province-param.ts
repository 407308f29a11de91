/**
 * `?tinh=` as the pages read it: matched to a province the plans are for, whatever the accents or case
 * ("dong nai" is Đồng Nai), and a name none is for kept, so the page can say which provinces there are.
 */
import { foldWords } from './fold';

/** The province chosen, or the name asked for that no plan covers. */
export interface ProvinceChoice {
  /** A province as the plans write it; empty for "all". */
  province: string;
  /** What the URL asked for when no plan is for it (`Hà Nội`); null otherwise. */
  unknown: string | null;
}

/** `provinceChoice('dong nai', ['Đồng Nai', …])` → `{ province: 'Đồng Nai', unknown: null }`. */
export function provinceChoice(asked: string, provinces: readonly string[]): ProvinceChoice {
  const wanted = foldWords(asked);
  if (!wanted) return { province: '', unknown: null };
  const province = provinces.find((p) => foldWords(p) === wanted);
  return province ? { province, unknown: null } : { province: '', unknown: asked.trim() };
}
