/**
 * Rule: where the plan proper ends. The body ends at the recipients list ("Nơi nhận:") or the signature
 * block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), whichever comes first; after it only appendix tables
 * belong to the plan — the web page's own text ("Văn bản đang xem", "Chưa có Video") never does.
 */
import type { Source } from '../../schema/records';
import type { Line } from '../lines';

const RECIPIENTS = /^nơi nhận\s*:?/iu;
// "KT." may stand alone on its line, with "CHỦ TỊCH" on the next.
const SIGNATURE = /^(?:TM|KT|Q|TL)\.\s*(?:ỦY BAN|UỶ BAN|UBND|CHỦ TỊCH|$)/u;

/** Line number of the first line after the body (the length + 1 when the plan never closes). */
export function bodyEnd(lines: Line[]): number {
  return lines.find((l) => RECIPIENTS.test(l.text) || SIGNATURE.test(l.text))?.no ?? lines.length + 1;
}

/** One entry of the recipients list: whom the plan is sent to, and why when it says ("báo cáo"). */
export interface Recipient {
  to: string;
  purpose: string | null;
  source: Source;
}

// "(báo cáo)", "(để b/c)", "(b/c)", "(thực hiện)", "(t/h)", "(để biết)": why a copy is sent.
const PURPOSES: [RegExp, string][] = [
  [/^(?:để\s+)?(?:báo cáo|b\/c)$/iu, 'báo cáo'],
  [/^(?:để\s+)?(?:thực hiện|t\/h)$/iu, 'thực hiện'],
  [/^(?:để\s+)?(?:biết|theo dõi|chỉ đạo|phối hợp)$/iu, ''],
];

/**
 * Rule: the recipients list ("Nơi nhận:") names whom the plan is sent to, one "- " item each (an item may wrap
 * over lines), with why in brackets: "- TT Tỉnh ủy, TT HĐND tỉnh (báo cáo);". The archive copy ("Lưu: VT")
 * and what follows the list (the signature, a copy count) are not recipients.
 */
export function recipients(file: string, lines: Line[]): Recipient[] {
  return listItems(file, lines).flatMap((it) => {
    const text = it.text.replace(/[;.,\s]+$/u, '').trim();
    if (/^lưu\b/iu.test(text) || !/\p{L}{2}/u.test(text)) return [];
    const bracket = /\(([^)]+)\)\s*$/u.exec(text);
    const why = bracket?.[1]?.trim() ?? '';
    const purpose = PURPOSES.find(([re]) => re.test(why))?.[1];
    const to = (bracket ? text.slice(0, bracket.index) : text).replace(/[;,\s]+$/u, '').trim();
    if (to.length < 2) return [];
    return [
      {
        to,
        purpose: purpose === undefined ? why || null : purpose || null,
        source: it.source,
      },
    ];
  });
}

/** The items of the recipients list ("Nơi nhận:"), each with its lines as a source; none without a list. */
function listItems(file: string, lines: Line[]): { text: string; source: Source }[] {
  const start = lines.findIndex((l) => RECIPIENTS.test(l.text));
  if (start < 0) return [];
  const items: { text: string; first: Line; last: Line }[] = [];
  for (const l of lines.slice(start + 1)) {
    const t = l.text.replace(/^\*+/u, '').trim();
    if (!t) continue;
    if (SIGNATURE.test(t) || t.startsWith('|')) break;
    const last = items[items.length - 1];
    if (t.startsWith('-')) items.push({ text: t.replace(/^-\s*/u, ''), first: l, last: l });
    // A wrapped item goes on until its ";"; anything else after the list ("05bản-KH13") ends it.
    else if (last && !/[;.]$/.test(last.text)) {
      last.text = `${last.text} ${t}`;
      last.last = l;
    } else if (last) break;
  }
  return items.map((it) => ({
    text: it.text,
    source: { file, lineStart: it.first.no, lineEnd: it.last.no, section: 'nơi nhận', quote: it.text.trim() },
  }));
}

/** The archive copy's note: "VT, VX2" of "- Lưu: VT,VX2.", as written, and its line. */
export interface ArchiveCopy {
  text: string;
  source: Source;
}

/**
 * Rule: a Vietnamese administrative document closes its recipients list with where its own copies are kept
 * ("- Lưu: VT, VX2." — the records office, then the drafting unit by its code). That item, as written; null
 * when the list has none (or the scrape lost the list).
 */
export function archiveCopy(file: string, lines: Line[]): ArchiveCopy | null {
  for (const it of listItems(file, lines)) {
    const m = /^lưu(?=[\s:])\s*:?\s*(.*?)[;.,\s]*$/iu.exec(it.text.trim());
    // (Codes in capitals follow it, "VT" first: "Lưu trú …" is no archive note.)
    if (!m?.[1] || !/^[A-ZĐ]{2,}/u.test(m[1])) continue;
    return {
      text: m[1].replace(/,(?=\S)/gu, ', ').trim(),
      source: it.source,
    };
  }
  return null;
}
