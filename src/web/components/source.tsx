/** A source citation: plan number and province (linked), section and lines, the quote behind a disclosure. */
import type { FC } from 'hono/jsx';
import type { SourceRef } from '../../answer/types';
import type { Source } from '../../schema/records';
import { formatLocation } from '../format';

interface QuoteProps {
  source: Pick<Source, 'quote'>;
  /** Disclosure label; "Trích dẫn" by default. */
  label?: string;
}

/** The quoted line behind a closed `<details>`, so a table stays short but the text is one key press away. */
export const Quote: FC<QuoteProps> = ({ source, label = 'Trích dẫn' }) => (
  <details>
    <summary>{label}</summary>
    <blockquote data-slot="quote">{source.quote}</blockquote>
  </details>
);

/**
 * One source of an answer, e.g. "Kế hoạch 91/KH-UBND (Quảng Ninh), mục I.2.6, dòng 202–203".
 * The `data-slot` marks let the ask page's script fill a cloned copy from `/api/ask` JSON.
 */
export const SourceItem: FC<{ source: SourceRef }> = ({ source }) => (
  <li>
    <a data-slot="plan" href={`/ke-hoach/${encodeURIComponent(source.planId)}`}>
      {`Kế hoạch ${source.planNumber} (${source.province})`}
    </a>
    {', '}
    <span data-slot="where">{formatLocation(source)}</span>
    <Quote source={source} label="Xem trích dẫn" />
  </li>
);

/** Where a record sits in its plan, without the plan (the page already names it): "mục 4.6, dòng 302". */
export const Where: FC<{ source: Source }> = ({ source }) => (
  <>
    <span class="muted">{formatLocation(source)}</span>
    <Quote source={source} />
  </>
);
