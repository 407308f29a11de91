/**
 * Rule: where the plan proper ends. The body ends at the recipients list ("Nơi nhận:") or the signature
 * block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), whichever comes first; after it only appendix tables
 * belong to the plan — the web page's own text ("Văn bản đang xem", "Chưa có Video") never does.
 */
import type { Line } from '../lines';

const RECIPIENTS = /^nơi nhận\s*:?/iu;
// "KT." may stand alone on its line, with "CHỦ TỊCH" on the next.
const SIGNATURE = /^(?:TM|KT|Q|TL)\.\s*(?:ỦY BAN|UỶ BAN|UBND|CHỦ TỊCH|$)/u;

/** Line number of the first line after the body (the length + 1 when the plan never closes). */
export function bodyEnd(lines: Line[]): number {
  return lines.find((l) => RECIPIENTS.test(l.text) || SIGNATURE.test(l.text))?.no ?? lines.length + 1;
}
