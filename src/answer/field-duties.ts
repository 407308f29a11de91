/**
 * Rule: a plan that sets a target without naming its body pursues it through the duties of its field.
 * Plans list their targets in one section and give bodies duties by field in another (Thanh Hóa's "6.6. Sở
 * Nông nghiệp …: Chủ trì … bảo đảm nhu cầu thiết yếu về nước sạch"; Đà Nẵng's groups of duties closed by
 * "Cơ quan thực hiện: …"; Lai Châu's "8. Sở Văn hóa …: Tham mưu … đời sống văn hóa"). The target's field is
 * read from its words (the lexicon's most specific one); the duties that hold that word, or the field's own
 * department's duties, are shown — as the field's duties, never as the target's assignment.
 */
import { leadNames } from '../ingest/agencies';
import type { Indicator, PlanRecords, Task } from '../schema/records';
import { expandAbbreviations } from '../text/abbreviations';
import { fold, tokens } from '../text/normalize';
import { remembered } from '../text/remember';
import { FIELD_TERMS } from '../text/vocabulary';

/** The duties of a target's field: the word that placed it there (as the lexicon writes it) and the duties. */
export interface FieldDuties {
  term: string;
  duties: Task[];
}

const spaced = (text: string) => ` ${tokens(expandAbbreviations(text)).join(' ')} `;
// Bodies' names spaced once each: every question's field test reads them again.
const spacedName = remembered(spaced);

// Each field with its words, folded and spaced; the field's own name is one of its words ("giảm nghèo").
const FIELDS = Object.entries(FIELD_TERMS).map(([field, terms]) => ({
  name: field,
  key: tokens(field),
  words: [field.replace(/,/g, ''), ...terms].map((term) => ({ term, spaced: spaced(term) })),
}));

// The lexicon's longer words holding each word: "thất nghiệp" in "bảo hiểm thất nghiệp" is the insurance's
// word, not unemployment's ("… trốn đóng BHXH, BHTN" is no duty about unemployment).
const WORDS = FIELDS.flatMap((f) => f.words.map((w) => w.spaced));
const longer = new Map(WORDS.map((w) => [w, WORDS.filter((l) => l !== w && l.includes(w))]));
/** Whether a spaced text holds a spaced word of the lexicon on its own, not inside a longer one. */
function holds(text: string, word: string): boolean {
  if (!text.includes(word)) return false;
  let rest = text;
  for (const l of longer.get(word) ?? []) rest = rest.replaceAll(l, '  ');
  return rest.includes(word);
}

// A group is not a body a field belongs to ("Các sở, ban, ngành", "UBND các huyện", "Giám đốc các sở").
const GROUP = /^(?:các|những|giám đốc|thủ trưởng|chủ tịch|(?:ubnd|ủy ban nhân dân) (?:các|cấp))\s/iu;
// A department is named for its field: "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Ban Quản lý An toàn thực phẩm"
// (not "Liên đoàn Lao động tỉnh", a mass organisation).
const DEPARTMENT = /^(?:sở|ban|bảo hiểm|chi cục)\s/iu;

const AREAS = [/ (?:do thi|thanh thi) /, / nong thon /];
/** The one area a text speaks of (0 urban, 1 rural), or -1 for none or both. */
function areaOf(text: string): number {
  const held = AREAS.map((a) => a.test(text));
  return held.filter(Boolean).length === 1 ? held.indexOf(true) : -1;
}

interface Led {
  task: Task;
  text: string;
  bodies: string[];
}

const ledOf = new WeakMap<PlanRecords, Led[]>();
/** The plan's duties that name a body (not only a group), with their words and bodies, read once per plan. */
function led(plan: PlanRecords): Led[] {
  let known = ledOf.get(plan);
  if (!known) {
    known = plan.tasks.flatMap((task) => {
      const bodies = leadNames(task).filter((b) => !GROUP.test(b));
      return bodies.length ? [{ task, text: spaced(task.text), bodies }] : [];
    });
    ledOf.set(plan, known);
  }
  return known;
}

/** The lexicon's most specific word a text holds (the longest, then the first), with its field. */
export function fieldWordOf(
  text: string,
): { field: (typeof FIELDS)[number]; term: string; spaced: string } | null {
  const s = spaced(text);
  let best: {
    field: (typeof FIELDS)[number];
    term: string;
    spaced: string;
    size: number;
    at: number;
  } | null = null;
  for (const field of FIELDS)
    for (const w of field.words) {
      const at = s.indexOf(w.spaced);
      if (at < 0) continue;
      const size = w.spaced.trim().split(' ').length;
      if (!best || size > best.size || (size === best.size && at < best.at)) best = { field, ...w, size, at };
    }
  return best;
}

/** The bodies leading most of `duties`, when they lead more than half of them (co-leads lead the same ones). */
function majority(duties: Led[]): Set<string> | null {
  const count = new Map<string, number>();
  for (const d of duties) for (const b of new Set(d.bodies)) count.set(b, (count.get(b) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  if (most * 2 <= duties.length) return null;
  return new Set([...count].filter(([, n]) => n === most).map(([b]) => b));
}

const MAX_SHOWN = 3;

/**
 * A row of a table whose rows name their bodies ("Cơ quan chủ trì" columns), with its cell empty: the plan
 * says row by row who leads, and for this row it names no one (Đồng Nai's "Mức giảm tỷ lệ hộ nghèo DTTS").
 */
const emptyCell = (target: Indicator, plan: PlanRecords) =>
  target.source.quote.includes('|') &&
  plan.indicators.some((i) => i.leads.length > 0 && i.source.quote.includes('|'));

/**
 * The duties pursuing a target that names no body, or null when the plan's duties do not say whose it is. A
 * statement of the plan's tasks section that names no body ("Tiếp tục thực hiện Chương trình … nước sạch …")
 * is pursued the same way.
 */
export function fieldDutiesOf(target: Indicator | Task, plan: PlanRecords): FieldDuties | null {
  const name = 'name' in target ? target.name : target.text;
  if (target.leads.length || ('name' in target && emptyCell(target, plan))) return null;
  const word = fieldWordOf(name) ?? fieldWordOf(target.domain);
  if (!word) return null;
  const area = areaOf(spaced(name));
  // A duty about another area is not this target's ("nước sạch … nông thôn" for the towns' water); of those
  // left, the ones naming the target's own area come first.
  const fits = led(plan).filter((d) => area < 0 || areaOf(d.text) !== 1 - area);
  const sameArea = (ds: Led[]) => {
    const own = area < 0 ? [] : ds.filter((d) => areaOf(d.text) === area);
    return own.length ? own : ds;
  };
  const holding = sameArea(fits.filter((d) => holds(d.text, word.spaced)));
  const namedFor = (b: string) =>
    DEPARTMENT.test(b) && word.field.key.every((k) => spacedName(b).includes(` ${k} `));
  const shown = (ds: Led[], bodies: (b: string) => boolean, term = word.term) => {
    const duties = ds.filter((d) => d.bodies.some(bodies)).map((d) => d.task);
    return duties.length ? { term, duties: duties.slice(0, MAX_SHOWN) } : null;
  };
  // The field's own department holding the very word ("Sở Y tế … bảo hiểm y tế").
  const own = shown(holding, namedFor);
  if (own) return own;
  // Else the bodies leading most duties that hold it, when the word is specific (three words and more) or
  // several duties agree: "bảo hiểm y tế" in Đà Nẵng's duties led by Sở LĐTBXH and BHXH thành phố.
  const most = majority(holding);
  if (most && (holding.length >= 2 || word.spaced.trim().split(' ').length >= 3))
    return shown(holding, (b) => most.has(b));
  // Else the department named for the field, by any word of it ("truyền thanh" → Sở Thông tin và Truyền thông).
  const ofField = sameArea(fits.filter((d) => word.field.words.some((w) => holds(d.text, w.spaced))));
  const dept = shown(ofField, namedFor, word.field.name);
  if (dept) return dept;
  if (most) return shown(holding, (b) => most.has(b));
  // Else the bodies leading most of the field's duties, when several agree or the target's own area picks
  // them out ("nước hợp vệ sinh" of rural people → "… nước sạch nông thôn").
  const fieldMost = majority(ofField);
  const ownArea = area >= 0 && ofField.every((d) => areaOf(d.text) === area);
  if (fieldMost && (ofField.length >= 2 || ownArea))
    return shown(ofField, (b) => fieldMost.has(b), word.field.name);
  // Else the bodies of the duties that name the field itself ("… các chính sách đối với người có công, bảo
  // trợ xã hội, giảm nghèo, …"), beside duties that only touch its words ("vốn vay cho hộ nghèo").
  const naming = ofField.filter((d) => holds(d.text, word.field.words[0]?.spaced ?? ''));
  const nameMost = majority(naming);
  return nameMost ? shown(naming, (b) => nameMost.has(b), word.field.name) : null;
}

// "Sở nào phụ trách lĩnh vực thông tin - truyền thông (trong KH 68)?", "các chỉ tiêu (ngành) y tế do ai chủ
// trì?": the field a question names. (Its words must all be a department's name: "chỉ tiêu lao động qua đào
// tạo" names a target, no field.)
const FIELD_ASKED =
  /\b(?:linh vuc|nganh|chi tieu(?: (?:nganh|linh vuc|ve))?) ([a-z -]+?)(?= (?:trong|cua|o|tai|theo|thi|la|do|duoc|giao)\b|\s*[?.,]|$)/;

/**
 * The one department the plans in scope name for the field a question names ("lĩnh vực thông tin - truyền
 * thông" → Sở Thông tin và Truyền thông, a body leading duties there), or null.
 */
export function departmentOfFieldAsked(folded: string, plans: readonly PlanRecords[]): string | null {
  // ("… chỉ tiêu ngành y tế Quảng Ninh do …": the province's words are no part of the field.)
  const place = new Set(plans.flatMap((p) => fold(p.plan.province ?? '').split(/\s+/)));
  const words = FIELD_ASKED.exec(folded)?.[1]
    ?.split(/[\s-]+/)
    .filter((w) => w && w !== 'va' && !place.has(w));
  if (!words?.length) return null;
  const bodies = new Set(
    plans
      .flatMap((p) => led(p).flatMap((d) => d.bodies))
      .filter((b) => DEPARTMENT.test(b) && words.every((w) => spacedName(b).includes(` ${w} `))),
  );
  return bodies.size === 1 ? ([...bodies][0] ?? null) : null;
}
