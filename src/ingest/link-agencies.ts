/**
 * Indicators listed in a targets section name no agency; the plan assigns them elsewhere
 * ("Sở Thông tin và Truyền thông: … chủ trì … các chỉ tiêu … về lĩnh vực thông tin và truyền thông").
 * This links each such indicator to the assignment that names its domain.
 */
import type { Indicator, Task } from '../schema/records';
import { bigrams } from '../search/analyze';
import { fold, tokens } from '../search/normalize';

const GENERIC = new Set([
  'linh',
  'vuc',
  've',
  'cac',
  'va',
  'khac',
  'mot',
  'so',
  'chi',
  'tieu',
  'muc',
  'tieu',
  'cu',
  'the',
]);

/** The words of a domain heading that say what it is about: "2.8. Lĩnh vực thông tin, truyền thông" → its phrases. */
function domainPhrases(domain: string): string[] {
  const body = domain.replace(/^(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ][).])\s*/u, '');
  return body
    .split(/[,;]|\svà\s/u)
    .map((part) => tokens(part).filter((t) => !GENERIC.has(t)))
    .filter((t) => t.length >= 2)
    .flatMap((t) => bigrams(t));
}

/** Fills `leadAgency`/`partners`/`agencySource` of indicators without an agency; returns how many were linked. */
export function linkIndicatorAgencies(indicators: Indicator[], tasks: Task[]): number {
  // The domain must be named right after "chỉ tiêu" ("các chỉ tiêu, giải pháp về lĩnh vực …"),
  // not anywhere in a long paragraph.
  const assignments = tasks
    .filter((t) => t.leadAgency && /chu tri|tham muu/.test(fold(t.text)))
    .flatMap((t) =>
      [...fold(t.text).matchAll(/chi tieu/g)].map((m) => ({
        task: t,
        terms: new Set(bigrams(tokens(fold(t.text).slice(m.index, m.index + 110)))),
      })),
    );
  let linked = 0;
  for (const indicator of indicators) {
    if (indicator.leadAgency) continue;
    const phrases = domainPhrases(indicator.domain);
    if (!phrases.length) continue;
    const match = assignments.find((a) => phrases.every((p) => a.terms.has(p)));
    if (!match) continue;
    indicator.leadAgency = match.task.leadAgency;
    indicator.partners = match.task.partners;
    indicator.agencySource = match.task.source;
    linked++;
  }
  return linked;
}
