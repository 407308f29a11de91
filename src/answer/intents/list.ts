/** "Các chỉ tiêu về y tế của Quảng Ninh?": the targets of a domain, grouped and capped. */

import { ellipsize } from '../../text/truncate';
import { indicatorText, item, sourceLine } from '../compose';
import type { Ask, EngineContext } from '../context';
import { search } from '../context';
import { found, notFound } from '../reply';
import { TUNING } from '../tuning';
import type { Answer, AnswerItem } from '../types';
import { asksNumber } from './target';

const SHOWN = 6;
// Targets shown beside the one a question asks the figure of.
const SHOWN_BESIDE_ONE = 3;

/** Lists indicators whose domain or name matches the topic, best matching domain first. */
export function answerList(ctx: EngineContext, ask: Ask): Answer {
  const topic = ask.q.topic
    .split(' ')
    .filter((w) => !/^(cac|nhung|liet|ke|danh|sach|tat|ca|ve|linh|vuc)$/.test(w))
    .join(' ');
  const ranked = search(ctx, ask, topic, ['indicator']).filter((c) => c.coverage >= TUNING.listCoverage);
  if (!ranked.length) return notFound(ctx, ask, 'list', 'Các kế hoạch hiện có không có nhóm chỉ tiêu này.');
  // Group by the domain of the best matches, in plan order within a domain.
  const first = ctx.records.get(ranked[0]?.doc.id ?? '');
  const domain = first?.kind === 'indicator' ? first.record.domain : '';
  const inDomain = [...ctx.records.values()].filter(
    (f) =>
      f.kind === 'indicator' &&
      f.plan.plan.id === first?.plan.plan.id &&
      domain &&
      f.record.domain === domain,
  );
  const listed =
    inDomain.length >= 2
      ? inDomain
      : ranked.map((c) => ctx.records.get(c.doc.id)).filter((f) => f !== undefined);
  // "… chủ trì các chỉ tiêu lĩnh vực thông tin. Trong đó tỷ lệ … điện thoại thông minh phải đạt bao nhiêu?": one
  // figure asked of the group — the target its words match best comes first, before the cut.
  const oneAsked = first !== undefined && asksNumber(ask.q);
  const chosen = oneAsked ? [first, ...listed.filter((f) => f.record.id !== first.record.id)] : listed;
  // (Then the others are context: fewer of them.)
  const shownCount = oneAsked ? SHOWN_BESIDE_ONE : SHOWN;
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  const plan = first?.plan.plan;
  if (plan)
    lines.push(
      `${plan.province} — ${domain && inDomain.length >= 2 ? domain : 'các chỉ tiêu liên quan'} (KH ${plan.number}):`,
    );
  // What is not shown is kept apart, in order, for a channel's «Xem thêm».
  const rest: AnswerItem[] = [];
  for (const [i, f] of chosen.entries()) {
    if (f.kind !== 'indicator') continue;
    const line = indicatorText(f.record, ask.today);
    const one = item('indicator', f.record.id, f.plan.plan, line, f.record.source);
    if (i >= shownCount) {
      rest.push(one);
      continue;
    }
    lines.push(`• ${ellipsize(line, 198)}`);
    items.push(one);
  }
  if (chosen.length > shownCount) lines.push(`… và ${chosen.length - shownCount} mục khác.`);
  const firstItem = items[0];
  if (firstItem && plan)
    lines.push(
      sourceLine(plan, {
        ...firstItem.source,
        lineEnd: items[items.length - 1]?.source.lineEnd ?? firstItem.source.lineEnd,
      }),
    );
  return found('list', lines, items, rest);
}
