/**
 * Rule: where a plan's money comes from is said under a section headed "Kinh phí (thực hiện)" or "Nguồn
 * kinh phí (thực hiện)" ("III. NGUỒN KINH PHÍ THỰC HIỆN" then "1. Từ ngân sách Nhà nước …", "2. Nguồn huy
 * động xã hội hóa; …"), or in one statement that opens with those words ("5. Kinh phí thực hiện: từ nguồn
 * ngân sách …"). Each statement of the section is one source of funds, in the plan's words. Where the heading
 * was lost, a sentence that opens by saying where the plan's money comes from is the statement.
 */
import type { Source } from '../../schema/records';
import type { Unit } from '../units';

/** One statement of where the money comes from: `{ text: 'Nguồn huy động xã hội hóa', source }`. */
export interface Funding {
  text: string;
  source: Source;
}

const TITLE =
  /^(?:nguồn\s+)?kinh\s+phí(?:\s+(?:thực\s+hiện|triển\s+khai|để\s+thực\s+hiện))?(?:\s+kế\s+hoạch)?/iu;
// A marker opening the unit: "III. ", "2.1. ", "a) ", "- ".
const MARKER = /^\s*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•])\s*/u;

const bare = (u: Unit) => u.text.replace(MARKER, '').trim();
const sourceOf = (file: string, u: Unit, quote: string): Source => ({
  file,
  lineStart: u.lineStart,
  lineEnd: u.lineEnd,
  section: u.section,
  quote,
});

/** The plan's sources of funds, in order; none when it has no such section or statement. */
export function funding(file: string, units: readonly Unit[]): Funding[] {
  for (const [i, u] of units.entries()) {
    const text = bare(u);
    const title = TITLE.exec(text);
    if (!title) continue;
    const rest = text.slice(title[0].length).trim();
    // "Kinh phí thực hiện: từ nguồn ngân sách …": the statement is the source.
    if (/^:/.test(rest) && rest.length > 10) {
      const said = rest.replace(/^:\s*/, '').replace(/[\s;.]+$/u, '');
      return [
        { text: said.charAt(0).toUpperCase() + said.slice(1), source: sourceOf(file, u, u.text.trim()) },
      ];
    }
    // Only a heading that is nothing but the title opens the section.
    if (!u.heading || rest.replace(/[.:]+$/, '').trim()) continue;
    const out: Funding[] = [];
    for (const next of units.slice(i + 1)) {
      if (next.heading && next.level <= u.level && !next.section.startsWith(`${u.section}.`)) break;
      const said = bare(next).replace(/[\s;.]+$/u, '');
      if (said) out.push({ text: said, source: sourceOf(file, next, next.text.trim()) });
    }
    if (out.length) return out;
  }
  // A plan whose heading was lost says it in one sentence: "Ngân sách nhà nước được bố trí trong dự toán …; các
  // quỹ BHXH, BHYT …; nguồn tài trợ, viện trợ … để thực hiện Kế hoạch này".
  const stated = units.find((u) => STATES_FUNDS.test(bare(u)) && FOR_THE_PLAN.test(u.text));
  return stated
    ? [{ text: bare(stated).replace(/[\s;.]+$/u, ''), source: sourceOf(file, stated, stated.text.trim()) }]
    : [];
}

// Opens by saying where money comes from ("Ngân sách nhà nước được bố trí …", "Nguồn kinh phí từ …") …
const STATES_FUNDS =
  /^(?:nguồn\s+)?(?:ngân\s+sách\s+nhà\s+nước|kinh\s+phí)\s+(?:được\s+)?(?:bố\s+trí|cấp|từ|do)(?!\p{L})/iu;
// … for this plan, not for one duty.
const FOR_THE_PLAN =
  /\b(?:thực\s+hiện|triển\s+khai)\s+(?:các\s+nội\s+dung\s+của\s+)?kế\s+hoạch(?:\s+này)?\b/iu;
