/**
 * Rule: the body that runs the plan as a whole. "1. Sở LĐTBXH: Là cơ quan thường trực triển khai thực hiện Kế
 * hoạch này", "Sở LĐTBXH — Cơ quan chủ trì thực hiện Kế hoạch", "Giao Sở LĐTBXH là cơ quan đầu mối …".
 */
import { fold } from '../../text/normalize';

// "cơ quan thường trực / đầu mối / chủ trì (tổ chức) (triển khai) thực hiện Kế hoạch", or "đầu mối" of it.
const COORDINATES =
  /co quan (?:thuong truc|dau moi|chu tri)(?: (?:to chuc|trien khai|thuc hien|theo doi)){0,3}(?:[^.;]{0,80}?ke hoach)?/;

/** Whether a duty makes its leads the plan's coordinating body. */
export function coordinates(text: string): boolean {
  const f = fold(text);
  const m = COORDINATES.exec(f);
  return Boolean(m && /ke hoach|dau moi|thuong truc/.test(m[0]));
}
