/** Choosing which ranked records answer a question: per part of the question and per province. */

import type { SearchDoc } from '../../search/documents';
import { fold } from '../../search/normalize';
import type { Ask, EngineContext } from '../context';
import { CONFIDENT, search } from '../context';
import type { Candidate } from '../rank';

/** "thất nghiệp dưới bao nhiêu, việc làm tăng thêm" → two parts; a lone generic word is not a part. */
export function parts(topic: string): string[] {
  const pieces = topic
    .split(/[,;:]|\bva\b|\bvoi\b/)
    .map((p) => p.trim())
    .filter((p) => p.replace(/[^a-z]/g, '').length >= 4);
  return pieces.length > 1 ? pieces : [];
}

/** Whether a record states something for one of the asked years. */
export function yearFits(ctx: EngineContext, doc: SearchDoc, years: number[]): boolean {
  if (!years.length) return true;
  const f = ctx.records.get(doc.id);
  if (!f) return false;
  if (f.kind === 'indicator') {
    if (f.record.targets.some((t) => t.year !== null && years.includes(t.year))) return true;
    return years.some((y) => f.record.source.quote.includes(String(y)));
  }
  return years.some((y) => f.record.text.includes(String(y)));
}

/**
 * The records that answer: the best for the whole question, the best for each part of it, and for
 * each province in scope its own best when it is close to the overall best.
 */
export function pick(
  ctx: EngineContext,
  ask: Ask,
  kinds: SearchDoc['kind'][],
  accept: (c: Candidate) => boolean,
  bonus?: (doc: SearchDoc) => number,
): { chosen: Candidate[]; ranked: Candidate[] } {
  const ranked = search(ctx, ask, ask.q.topic, kinds, bonus).filter(accept);
  const best = ranked[0];
  const chosen: Candidate[] = [];
  const add = (c: Candidate | undefined) => {
    if (c && !chosen.some((x) => x.doc.id === c.doc.id)) chosen.push(c);
  };
  if (best && best.coverage >= CONFIDENT) {
    add(best);
    const bar = Math.max(CONFIDENT, best.coverage * 0.8);
    for (const plan of ask.scope) {
      add(ranked.find((c) => c.doc.planId === plan.plan.id && c.coverage >= bar));
    }
  }
  for (const part of parts(ask.q.topic)) {
    const forPart = search(ctx, ask, part, kinds, bonus).filter(accept);
    for (const plan of ask.scope) {
      const c = forPart.find((x) => x.doc.planId === plan.plan.id);
      if (c && c.coverage >= CONFIDENT + 0.1) add(c);
    }
  }
  return { chosen: chosen.slice(0, 6), ranked };
}

/** A small preference for records that speak of the asked area and years. */
export function preferences(ctx: EngineContext, ask: Ask): (doc: SearchDoc) => number {
  const area = ask.q.area ? fold(ask.q.area) : null;
  return (doc) => {
    let b = doc.kind === 'indicator' ? 0.06 : 0;
    if (area && fold(doc.text).includes(area === 'thanh thi' ? 'thanh thi' : area)) b += 0.04;
    if (ask.q.years.length && yearFits(ctx, doc, ask.q.years)) b += 0.05;
    return b;
  };
}
