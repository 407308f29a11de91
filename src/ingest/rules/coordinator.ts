/**
 * Rule: the body that runs the plan as a whole. "1. Sở LĐTBXH: Là cơ quan thường trực triển khai thực hiện Kế
 * hoạch này", "Sở LĐTBXH — Cơ quan chủ trì thực hiện Kế hoạch", "Giao Sở LĐTBXH là cơ quan đầu mối …", and under a
 * body's heading "Chủ trì, phối hợp … triển khai Kế hoạch này".
 */
import { fold } from '../../text/normalize';

// "cơ quan thường trực / đầu mối / chủ trì (tổ chức) (triển khai) thực hiện Kế hoạch", or "đầu mối" of it.
const COORDINATES =
  /co quan (?:thuong truc|dau moi|chu tri)(?: (?:to chuc|trien khai|thuc hien|theo doi)){0,3}(?:[^.;]{0,80}?ke hoach)?/;

// A duty that opens by leading the implementation of the plan itself: "a) Chủ trì, phối hợp các sở … triển
// khai Kế hoạch này", "Chủ trì … theo dõi, đôn đốc … triển khai thực hiện Kế hoạch này" ("này": this plan,
// not another one it cites).
const LEADS_THIS_PLAN =
  /^(?:[a-z0-9]{1,3}[.)]\s*)?chu tri\b[^.;]{0,160}?\b(?:trien khai|thuc hien|to chuc thuc hien)(?: thuc hien)? ke hoach nay\b/;

/** Whether a duty makes its leads the plan's coordinating body. */
export function coordinates(text: string): boolean {
  const f = fold(text).trim();
  const m = COORDINATES.exec(f);
  return Boolean(m && /ke hoach|dau moi|thuong truc/.test(m[0])) || LEADS_THIS_PLAN.test(f);
}
