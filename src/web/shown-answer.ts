/**
 * An answer as the ask page shows it: the engine's text with the agencies it names linked, each source
 * linked to its row, and, for a comparison, the comparison table's address.
 */
import type { Answer, SourceRef, Suggestion } from '../answer/types';
import type { Corpus, Indicator, Task } from '../schema/records';
import { agencySpans, type Span } from './agency-links';
import { comparisonOf } from './compare';
import { sourceHref, sourceRow } from './source-rows';

/** What the answer card shows. */
export interface ShownAnswer {
  found: boolean;
  /** The engine's text, cut where it names an agency. */
  spans: Span[];
  /** The one province the answer is about, if one: its agency links keep to it (`?tinh=`). */
  province: string | null;
  /** Each source with the link to its row and the record read from it (to name a table row's cells). */
  sources: Array<{ source: SourceRef; href: string; record: Indicator | Task | null }>;
  suggestions: Suggestion[];
  /** For a comparison answer: the compare page's link and its label. */
  compare: { href: string; label: string } | null;
}

/** `shownAnswer(corpus, engine.answer('so sánh tỷ lệ BHYT các tỉnh', …))`. */
export function shownAnswer(corpus: Corpus, answer: Answer): ShownAnswer {
  const indicatorIds = answer.items.filter((i) => i.kind === 'indicator').map((i) => i.id);
  const comparison = answer.intent === 'compare' ? comparisonOf(corpus, indicatorIds) : null;
  return {
    found: answer.found,
    spans: agencySpans(corpus, answer.text),
    // An answer about one province links its agencies to that province's part of their pages.
    province: answer.provinces.length === 1 ? (answer.provinces[0] ?? null) : null,
    sources: answer.sources.map((source) => ({
      source,
      href: sourceHref(corpus, source),
      record: sourceRow(corpus, source)?.record ?? null,
    })),
    suggestions: answer.suggestions ?? [],
    compare: comparison
      ? {
          href: `/so-sanh?chi-tieu=${encodeURIComponent(comparison.topic.id)}`,
          label: `Xem bảng so sánh: ${comparison.topic.label}`,
        }
      : null,
  };
}
