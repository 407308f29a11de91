/** A source citation: plan number and province (linked), section and lines, the quote behind a disclosure. */
import type { FC } from 'hono/jsx';
import type { SourceRef } from '../../answer/types';
import type { Indicator, Source, Task } from '../../schema/records';
import { formatLocation } from '../format';
import { quoteCells } from '../quote-cells';

interface QuoteProps {
  source: Pick<Source, 'quote'>;
  /** The record read from it: a table row's cells are then named by their columns. */
  record?: Indicator | Task | null;
  /** Disclosure label; "Trích dẫn" by default. */
  label?: string;
}

/**
 * The quoted line behind a closed `<details>`, so a table stays short but the text is one key press away.
 * A table row is shown cell by cell, each under its column's name ("Đơn vị: %", "Chỉ tiêu tỉnh 2030: 56").
 */
export const Quote: FC<QuoteProps> = ({ source, record = null, label = 'Trích dẫn' }) => {
  const cells = quoteCells(source.quote, record);
  return (
    <details>
      <summary>{label}</summary>
      <blockquote data-slot="quote" class={cells ? 'cells' : undefined}>
        {cells
          ? cells.map((cell, i) => (
              <>
                {i > 0 ? '\n' : ''}
                {cell.label ? <span class="cell-label">{`${cell.label}: `}</span> : null}
                {cell.value}
              </>
            ))
          : source.quote}
      </blockquote>
    </details>
  );
};

/**
 * One source of an answer, e.g. "Kế hoạch 91/KH-UBND (Quảng Ninh), mục I.2.6, dòng 202–203", linked to
 * its row (`href` from `sourceHref`). The `data-slot` marks are what the copy button reads.
 */
export const SourceItem: FC<{ source: SourceRef; href: string; record?: Indicator | Task | null }> = ({
  source,
  href,
  record,
}) => (
  <li>
    <a data-slot="plan" href={href}>
      {`Kế hoạch ${source.planNumber} (${source.province})`}
    </a>
    {', '}
    <span data-slot="where">{formatLocation(source)}</span>
    <Quote source={source} record={record} label="Xem trích dẫn" />
  </li>
);

/**
 * Where a record sits in its plan, without the plan (the page or the heading names it): "mục 4.6, dòng
 * 302"; a link to its row when `href` is given (a table away from the plan page).
 */
export const Where: FC<{ source: Source; record?: Indicator | Task | null; href?: string }> = ({
  source,
  record,
  href,
}) => (
  <>
    {href ? <a href={href}>{formatLocation(source)}</a> : <span class="muted">{formatLocation(source)}</span>}
    <Quote source={source} record={record} />
  </>
);
