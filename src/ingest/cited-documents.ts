/** The documents a plan cites, read over its body and appendix tables, once each at the fullest citation. */
import type { CitedDocument } from '../schema/records';
import { expandAbbreviations } from '../text/abbreviations';
import { tokens } from '../text/normalize';
import type { Line } from './lines';
import { citationKey, citations } from './rules/documents';

interface Bounds {
  /** First line of the plan: website metadata above the header ("Người ký:", "Nơi ban hành") is not cited. */
  start: number;
  /** First line of the body: citations before it are the plan's basis. */
  bodyStart: number;
  /** First line after the body; after it only table lines count. */
  end: number;
  inTable: (no: number) => boolean;
  /** The plan's own number: the plan citing itself ("Kèm theo Kế hoạch số 230/KH-UBND") is no citation. */
  planNumber: string;
}

const filled = (d: Pick<CitedDocument, 'date' | 'issuer' | 'title'>) =>
  Number(Boolean(d.date)) + Number(Boolean(d.issuer)) + Number(Boolean(d.title));

/** `citedDocuments(file, lines, bounds)` → every cited document with its source lines. */
export function citedDocuments(file: string, lines: Line[], bounds: Bounds): CitedDocument[] {
  // One running text, so a citation wrapped over lines or table cells reads whole; offsets map back to lines.
  const kept = lines.filter(
    (l) => l.text && l.no >= bounds.start && (l.no < bounds.end || bounds.inTable(l.no)),
  );
  const starts: number[] = [];
  let text = '';
  for (const l of kept) {
    starts.push(text.length);
    // Table cells are kept apart, so a name never runs into the next cell.
    text += l.cell || l.bare ? `${l.text} | ` : `${l.text} `;
  }
  const lineAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= offset) i++;
    return kept[i]?.no ?? 1;
  };
  const own = citationKey({ kind: '', number: bounds.planNumber, title: null });
  const byKey = new Map<string, CitedDocument>();
  const citedAt = new Map<CitedDocument, number>();
  // Of two citations as full as each other, the formal one ("Căn cứ …") is where the plan cites the document;
  // a mention in the plan's title is not.
  const formal = (at: number) => /(?:^|\s)Căn cứ\s[^.;|]*$/u.test(text.slice(Math.max(0, at - 240), at));
  for (const c of citations(text)) {
    const key = citationKey(c);
    if (key === own) continue;
    const lineStart = lineAt(c.start);
    const doc: CitedDocument = {
      kind: c.kind,
      number: c.number,
      date: c.date,
      issuer: c.issuer,
      ...(c.term ? { term: c.term } : {}),
      title: c.title,
      basis: !c.inner && lineStart < bounds.bodyStart,
      ...(saysReplaced(text, c.start, c.end) ? { replaced: true } : {}),
      source: {
        file,
        lineStart,
        lineEnd: lineAt(Math.max(c.start, c.end - 1)),
        section: '',
        quote: text.slice(c.start, c.end).trim(),
      },
    };
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, doc);
      citedAt.set(doc, c.start);
    } else if (
      filled(doc) > filled(seen) ||
      (!doc.number && filled(doc) === filled(seen) && formal(c.start) && !formal(citedAt.get(seen) ?? 0))
    ) {
      const kept = { ...doc, basis: seen.basis || doc.basis };
      byKey.set(key, kept);
      citedAt.set(kept, c.start);
    }
  }
  const docs = sameNamed([...byKey.values()]);
  // "Kế hoạch triển khai thực hiện Kết luận số 92-KL/TW", named after the plan's own basis, is this plan.
  const basis = docs.filter((d) => d.basis && d.number).map((d) => d.number as string);
  return docs
    .filter((d) => d.number || d.kind !== 'Kế hoạch' || !basis.some((n) => d.title?.includes(n)))
    .sort((a, b) => a.source.lineStart - b.source.lineStart);
}

/**
 * Whether the sentence around a citation says the plan replaces or repeals it: "Kế hoạch này thay thế Kế hoạch số
 * 12/KH-UBND …", "… bãi bỏ Quyết định số …", "Quyết định số … hết hiệu lực kể từ ngày …". `start`, `end`: the
 * citation's offsets in `text`.
 */
export function saysReplaced(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 120).split(/[.;]\s/u)[0] ?? '';
  return (
    /(?:thay thế|bãi bỏ)(?:\s+(?:cho|các|toàn bộ|nội dung))?\s*$/iu.test(before) ||
    /\bhết hiệu lực\b/iu.test(after)
  );
}

/** A name's words with abbreviations written out: "MTQG giảm nghèo bền vững" → "muc tieu quoc gia giam ngheo ben vung". */
const nameWords = (d: CitedDocument) => ` ${tokens(expandAbbreviations(d.title ?? '')).join(' ')} `;

/**
 * One document cited by name in shorter and fuller forms ("Chương trình giảm nghèo bền vững", "Chương trình MTQG
 * giảm nghèo bền vững", "Chương trình mục tiêu Quốc gia Giảm nghèo bền vững") is one document, at its fullest
 * citation: an unnumbered name of the same kind whose words hold another's (three words at least) is the same.
 */
export function sameNamed(docs: CitedDocument[]): CitedDocument[] {
  const named = docs.filter((d) => !d.number && d.title);
  const numbered = docs.filter((d) => d.number && d.title);
  const dropped = new Set<CitedDocument>();
  for (const d of named) {
    const words = nameWords(d);
    const count = words.trim().split(' ').length;
    if (count < 3) continue;
    // "Nghị quyết Hội nghị lần thứ tám … về tiếp tục đổi mới …" is the "Nghị quyết số 42-NQ/TW về tiếp tục
    // đổi mới …" the plan cites by number elsewhere: the number is its fullest citation.
    if (numbered.some((n) => n.kind === d.kind && count >= 5 && nameWords(n).includes(words))) {
      dropped.add(d);
      continue;
    }
    // The fuller form holds the other's words; of two forms with the same words, the one written out.
    const fuller = named.find((o) => {
      if (o === d || dropped.has(o) || o.kind !== d.kind) return false;
      const other = nameWords(o);
      // "… xây dựng nông thôn mới" and "… đến năm 2025" are two documents: a period names another one.
      if (!other.includes(words) || /\d/.test(other.replace(words, ' '))) return false;
      const [ot, dt] = [o.title?.length ?? 0, d.title?.length ?? 0];
      // Same words written the same length: the first citation stands.
      return other.length > words.length || ot > dt || (ot === dt && o.source.lineStart < d.source.lineStart);
    });
    if (fuller) dropped.add(d);
  }
  return docs.filter((d) => !dropped.has(d));
}
