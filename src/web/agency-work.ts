/** Everything one agency is named for across all plans: targets it leads or supports, tasks it is given. */
import type { Agency, Corpus, Indicator, Plan, Task } from '../schema/records';
import { roleOf } from './agencies';
import { filterQuery } from './filter';
import { type Row, toRows } from './rows';

/** The rows of one plan that name the agency. */
export interface PlanGroup<R extends Indicator | Task> {
  plan: Plan;
  rows: Row<R>[];
}

/** An agency's work, by role and then by plan. */
export interface AgencyWork {
  leadIndicators: PlanGroup<Indicator>[];
  partnerIndicators: PlanGroup<Indicator>[];
  leadTasks: PlanGroup<Task>[];
  partnerTasks: PlanGroup<Task>[];
}

const ALL = filterQuery('', '');

function groups<R extends Indicator | Task>(
  corpus: Corpus,
  agency: Agency,
  role: 'lead' | 'partner',
  pick: (records: Corpus['plans'][number]) => R[],
): PlanGroup<R>[] {
  return corpus.plans
    .map(({ plan, ...records }) => {
      const mine = pick({ plan, ...records }).filter((r) => roleOf(corpus, agency, r) === role);
      return { plan, rows: toRows(corpus, mine, ALL) };
    })
    .filter((g) => g.rows.length > 0);
}

/** `agencyWork(corpus, soYTe)`: the targets and tasks where Sở Y tế is lead or partner, plan by plan. */
export function agencyWork(corpus: Corpus, agency: Agency): AgencyWork {
  return {
    leadIndicators: groups(corpus, agency, 'lead', (p) => p.indicators),
    partnerIndicators: groups(corpus, agency, 'partner', (p) => p.indicators),
    leadTasks: groups(corpus, agency, 'lead', (p) => p.tasks),
    partnerTasks: groups(corpus, agency, 'partner', (p) => p.tasks),
  };
}
