/**
 * "Mục 2.8 trong phần chỉ tiêu … nói về lĩnh vực gì?", "mục IV.3 gồm những gì?": what a numbered section of a
 * plan holds — its heading as the plan writes it and the records under it, each with its source.
 */
import type { PlanRecords } from '../../schema/records';
import { sectionLabel } from '../../text/citation';
import { fold } from '../../text/normalize';
import { clip } from '../../text/truncate';
import { indicatorText, item, sourceLine } from '../compose';
import type { Ask } from '../context';
import { found } from '../reply';
import type { Answer, AnswerItem } from '../types';

// "mục 2.8", "phần IV", "tiểu mục 4.1.b" … then what it is about: "nói về", "về (lĩnh vực) gì", "gồm những gì",
// "là (nội dung) gì", "đề cập (đến) gì".
const ABOUT =
  '(?:noi ve|noi gi|yeu cau gi|ve (?:linh vuc |noi dung |van de )?(?:gi|nao)|gom (?:nhung )?(?:gi|noi dung gi|chi tieu nao)|la (?:linh vuc |noi dung |chi tieu |nhiem vu )?gi|de cap (?:den )?(?:gi|van de gi)|(?:linh vuc|noi dung) gi)';
// ("chỉ tiêu 6.8 nói về gì?": a table's row named by its number, dotted.)
const SECTION_ASKED = new RegExp(
  `\\b(?:tieu muc|muc|phan|chi tieu(?: so)?(?=\\s+\\d+\\.\\d))\\s+((?:[ivx]+|\\d+)(?:\\.\\d+)*(?:\\.[a-z])?)\\b(?:(?!\\b(?:muc|phan)\\s+(?:[ivx]+|\\d+)\\b).)*?\\b${ABOUT}\\b`,
);
// "giải pháp số 4 … nói về việc gì?", "phần giải pháp …, ý thứ 6 yêu cầu gì?": a numbered point of a part the
// plan heads by name ("III. GIẢI PHÁP"), the part named by its heading's words.
const PART_POINT_ASKED = new RegExp(
  `\\b(?:phan )?(giai phap|nhiem vu|to chuc thuc hien)\\b.{0,60}?\\b(?:so|thu|y|diem|noi dung)(?: thu)? (\\d+)\\b.*?\\b${ABOUT}\\b`,
);

/** The part named and the point asked ("giải pháp số 4" → `{ part: 'giai phap', point: '4' }`), or null. */
export function askedPartPoint(folded: string): { part: string; point: string } | null {
  const m = PART_POINT_ASKED.exec(folded);
  return m?.[1] && m[2] ? { part: m[1], point: m[2] } : null;
}

/**
 * The sections of a plan that are point `point` of the roman part headed by `part`'s words: "III.4" when Lai
 * Châu's records under III are filed under "III. GIẢI PHÁP".
 */
function partPoints(p: PlanRecords, sections: ReadonlySet<string>, part: string, point: string): string[] {
  const romans = new Set<string>();
  for (const r of [...p.indicators, ...p.tasks]) {
    const roman = /^([IVX]+)\.\s+(.*)$/.exec(r.domain);
    // (The record stands in that part: "II.3" is not in part "I".)
    if (
      roman?.[1] &&
      roman[2] &&
      fold(roman[2]).startsWith(part) &&
      r.source.section.split('.')[0] === roman[1]
    )
      romans.add(roman[1]);
  }
  return [...romans].map((r) => `${r}.${point}`).filter((s) => sections.has(s));
}

/** The section number a question asks what it holds ("2.8", "IV"), or null. */
export function askedSection(folded: string): string | null {
  const m = SECTION_ASKED.exec(folded);
  if (!m?.[1]) return null;
  // Roman parts are written in capitals in the plans ("IV.3"); letters stay small ("4.1.b").
  return m[1]
    .split('.')
    .map((p) => (/^[ivx]+$/.test(p) ? p.toUpperCase() : p))
    .join('.');
}

/**
 * The sections of a plan a number names: the section itself ("I.2.8" for "2.8", "PL1.8.5" for "8.5") — the
 * number whole, at the end of a full section number.
 */
export function sectionsNamed(sections: Iterable<string>, asked: string): string[] {
  const names = new Set<string>();
  for (const s of sections) {
    const parts = s.split('.');
    const want = asked.split('.');
    // The asked number may stand at any depth: "2.8" of "I.2.8", "8.5" of "PL1.8.5"; children count for it.
    for (let i = 0; i + want.length <= parts.length; i++)
      if (want.every((w, j) => parts[i + j] === w)) {
        names.add(parts.slice(0, i + want.length).join('.'));
        break;
      }
  }
  return [...names];
}

/** The records under a plan's section, in the plan's order. */
function under(p: PlanRecords, section: string) {
  const within = (s: string) => s === section || s.startsWith(`${section}.`);
  return [
    ...p.indicators
      .filter((r) => within(r.source.section))
      .map((r) => ({ kind: 'indicator' as const, record: r })),
    ...p.tasks.filter((r) => within(r.source.section)).map((r) => ({ kind: 'task' as const, record: r })),
  ].sort((a, b) => a.record.source.lineStart - b.record.source.lineStart);
}

/** What a numbered section holds; null when no plan in scope has a section by that number. */
export function answerSection(ask: Ask): Answer | null {
  const asked = askedSection(ask.q.folded);
  const point = asked ? null : askedPartPoint(ask.q.folded);
  if (!asked && !point) return null;
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  const found_: { plan: PlanRecords; section: string }[] = [];
  for (const p of ask.scope) {
    const sections = new Set([...p.indicators, ...p.tasks].map((r) => r.source.section));
    const named = asked
      ? sectionsNamed(sections, asked)
      : point
        ? partPoints(p, sections, point.part, point.point)
        : [];
    for (const section of named) found_.push({ plan: p, section });
  }
  // An appendix named ("phụ lục I") keeps its sections; otherwise the body's come first. A "chỉ tiêu" named by
  // its number is a section of targets.
  const annex = /\bphu luc\b/.test(ask.q.folded);
  const target = /\bchi tieu(?: so)? \d+\.\d/.test(ask.q.folded);
  const shown = found_.filter(
    (f) =>
      (annex || target ? f.section.startsWith('PL') : !f.section.startsWith('PL')) &&
      (!target || under(f.plan, f.section).some((r) => r.kind === 'indicator')),
  );
  const picked = (shown.length ? shown : found_).slice(0, 3);
  if (!picked.length) return null;
  for (const { plan: p, section } of picked) {
    const records = under(p, section);
    const first = records[0];
    if (!first) continue;
    // The section's heading as the plan writes it: the heading its own records are filed under, when it
    // carries the section's number ("2.8. Lĩnh vực thông tin, truyền thông").
    const last = section.split('.').pop() ?? '';
    const heading = records
      .map((r) => r.record.domain)
      .find((d) =>
        new RegExp(
          `^(?:${section.replace(/\./g, '\\.')}|${last.replace(/\./g, '\\.')}|.*\\.${last})[.)]?\\s`,
        ).test(d),
      );
    const counts = [
      records.filter((r) => r.kind === 'indicator').length,
      records.filter((r) => r.kind === 'task').length,
    ];
    const what = [
      counts[0] ? `${counts[0]} chỉ tiêu` : '',
      counts[1] ? `${counts[1]} nội dung, nhiệm vụ` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const head = `KH ${p.plan.number} (${p.plan.province}), ${sectionLabel(section)}${heading ? `: «${clip(heading, 120)}»` : ''} — ${what}:`;
    lines.push(head);
    for (const r of records.slice(0, picked.length > 1 ? 2 : 4)) {
      const text = r.kind === 'indicator' ? indicatorText(r.record, ask.today) : r.record.text;
      const line = `• ${clip(text, 160)}`;
      lines.push(line, `  ${sourceLine(p.plan, r.record.source)}`);
      items.push(item(r.kind, r.record.id, p.plan, line, r.record.source));
    }
    if (records.length > (picked.length > 1 ? 2 : 4))
      lines.push(`… và ${records.length - (picked.length > 1 ? 2 : 4)} mục khác.`);
  }
  return items.length ? found('plan_meta', lines, items) : null;
}
