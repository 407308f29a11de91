/** Names a maintainer reads in the report: what an intent means, which record a topic id is. */
import type { Intent } from '../../answer/types';
import type { Corpus } from '../../schema/records';
import { clip } from '../../text/truncate';

/** Each intent in Vietnamese: `intentLabel('target')` → `'Chỉ tiêu'`. */
export const INTENT_LABELS: Record<Intent, string> = {
  target: 'Chỉ tiêu',
  agency: 'Cơ quan phụ trách',
  assignments: 'Việc được giao',
  deadline: 'Thời hạn',
  plan_meta: 'Thông tin kế hoạch',
  list: 'Danh sách',
  compare: 'So sánh',
  help: 'Hướng dẫn',
  smalltalk: 'Trò chuyện',
  english: 'Tiếng Anh',
};

/** The intent's label, or the stored value when it is one this version does not know. */
export function intentLabel(intent: string): string {
  return INTENT_LABELS[intent as Intent] ?? intent;
}

/** Characters of a topic's name in the report's table. */
const TOPIC_LABEL = 120;

const names = new WeakMap<Corpus, Map<string, string>>();

/**
 * A record's name by its id, for the report's topics: an indicator's name, a task's text, a plan's number
 * and title, an agency's name; the id itself for a record the corpus no longer has (`''` for none).
 */
export function topicLabel(corpus: Corpus, id: string): string {
  if (!id) return '';
  let byId = names.get(corpus);
  if (!byId) {
    byId = new Map();
    for (const p of corpus.plans) {
      byId.set(p.plan.id, `KH ${p.plan.number}: ${p.plan.title}`);
      for (const i of p.indicators) byId.set(i.id, i.name);
      for (const t of p.tasks) byId.set(t.id, t.text);
    }
    for (const a of corpus.agencies) byId.set(a.id, a.name);
    names.set(corpus, byId);
  }
  // A plan's facts are `<plan id>/<fact>` (`…/period`, `…/basis/<number>`): the plan, then the fact.
  const [plan = id, ...fact] = id.split('/');
  const planName = fact.length ? byId.get(plan) : undefined;
  return clip(byId.get(id) ?? (planName ? `${planName} (${fact.join('/')})` : id), TOPIC_LABEL);
}
