/**
 * Hard-wrapped lines → logical units (headings, bullets, paragraphs) with their section path.
 * The scrape wraps sentences anywhere; a new unit starts only where the text itself says so.
 */
import type { Line } from './lines';
import { agencyMentions } from './rules/agency-mentions';

/** A heading or statement of the plan, with the lines it spans. */
export interface Unit {
  text: string;
  lineStart: number;
  lineEnd: number;
  /** Marker that opened the unit: `I.`, `2.1.`, `a)`, `-`, `+` or `` for a plain paragraph. */
  marker: string;
  /** 0 Roman, 1 `N.`, 2 `N.M.`, 3 `N.M.K.`, 4 `a)`, 5 bullet, 6 paragraph. */
  level: number;
  heading: boolean;
  /** Section path of the unit, e.g. `I.2.6` or `III.3.a`. */
  section: string;
  /** Heading texts from the outermost section down to the unit's own section. */
  headings: string[];
  /** Character offset in `text` where each of its lines begins (index 0 is `lineStart`). */
  offsets: number[];
}

const ROMAN = /^([IVX]{1,4})\.\s+(.*)$/;
const MULTI = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+(.*))?$/;
const SINGLE = /^(\d{1,2})[.)]\s*(.*)$/;
const LETTER = /^([a-zđ])[).]\s+(.*)$/;
const BULLET = /^([-+•])\s*(.*)$/;

interface Marker {
  marker: string;
  level: number;
  rest: string;
}

function readMarker(text: string): Marker | null {
  let m = ROMAN.exec(text);
  if (m?.[1] && m[2] !== undefined) return { marker: `${m[1]}.`, level: 0, rest: m[2] };
  m = MULTI.exec(text);
  if (m?.[1] && !/^\d/.test(m[2] ?? '')) {
    return { marker: `${m[1]}.`, level: Math.min(m[1].split('.').length, 3), rest: m[2] ?? '' };
  }
  m = SINGLE.exec(text);
  // "2016 - 2020;" or "05 tuổi" are wrapped figures, not numbering: require a letter after the marker.
  if (m?.[1] && m[2] !== undefined && /^\p{L}/u.test(m[2]))
    return { marker: `${m[1]}.`, level: 1, rest: m[2] };
  m = LETTER.exec(text);
  if (m?.[1] && m[2] !== undefined) return { marker: `${m[1]})`, level: 4, rest: m[2] };
  m = BULLET.exec(text);
  // "- ngư và hoạt động" is a wrapped "nông - lâm - ngư", not a bullet: bullets open with a capital or a figure.
  if (m?.[1] && m[2] !== undefined && /^[\p{Lu}\d"“(<>]/u.test(m[2]))
    return { marker: m[1], level: 5, rest: m[2] };
  return null;
}

const startsUpper = (s: string) => /^[\p{Lu}"“(]/u.test(s);
const endsSentence = (s: string) => /[.;:!?…]["”)]?$/.test(s);
const isCaps = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** A unit is a heading when it is all capitals, or numbered, short and not a finished sentence. */
function looksLikeHeading(u: Unit): boolean {
  if (u.level > 4) return false;
  if (isCaps(u.text)) return true;
  // "a) Tăng cường … vệ sinh môi trường." is a statement; "a) Về lao động, người có công" a heading.
  if (u.level === 4) return u.text.length <= 100 && !/[.;]$/.test(u.text);
  return u.text.length <= 140 && !/[;]$/.test(u.text);
}

// A numbered item that opens on bodies' names: "3.4. Đề nghị Mặt trận Tổ quốc", "4.1. Các sở, ban, ngành;".
const NAMES_ITEM =
  /^(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+(?:Đề nghị\s+|Giao\s+)?(?:Sở|Ban|Bảo hiểm|Công an|Ủy ban|UBND|Mặt trận|Hội|Bộ|Liên đoàn|Tỉnh đoàn|Văn phòng|Các sở|Các cơ quan|Giám đốc|Thủ trưởng|Chủ tịch)(?=[\s,;])/u;

/**
 * Rule: a numbered item that names bodies runs on when the scrape wrapped it before its colon ("3.4. Đề nghị
 * Mặt trận Tổ quốc" / "Việt Nam tỉnh và các tổ chức thành viên: tích cực …") or after a list separator
 * ("4.1. Các sở, ban, ngành;" / "UBND các huyện, thị xã, thành phố … tập trung …").
 */
export function namesRunOn(prev: Unit, next: string): boolean {
  if (prev.level > 4 || !NAMES_ITEM.test(prev.text) || /[.:]$/.test(prev.text) || prev.text.includes(':'))
    return false;
  if (/[;,]$/.test(prev.text) || /^[^.;]{0,140}:/u.test(next)) return true;
  // A body's name that the wrap cut in two ("Mặt trận Tổ quốc" / "Việt Nam tỉnh …").
  const at = prev.text.length;
  // Names read up to a separator ("Sở …", "Ban …") would run into any next line; only names of a set shape count.
  return agencyMentions(`${prev.text} ${next}`).some(
    (m) => m.start < at && m.end > at + 1 && !/^(?:Sở|Ban|Báo|Bộ) /u.test(m.name),
  );
}

/**
 * Rule: a line that says who does a block's work ("Cơ quan thực hiện: …", "Cơ quan tổng hợp, báo cáo: …")
 * closes the block: paragraphs after it belong to the section, not to the block's last item.
 */
const CLOSES_BLOCK = /^Cơ quan (?:thực hiện|chủ trì(?: thực hiện)?|phụ trách|tổng hợp|theo dõi)[^:]{0,20}:/iu;

/** Groups lines into units; table regions (given as line-number ranges) are skipped. */
export function readUnits(lines: Line[], skip: (no: number) => boolean): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  let blankBefore = false;
  const stack: { level: number; label: string; title: string }[] = [];
  // Whether the last unit was a line that closes a block of items ("Cơ quan thực hiện: …").
  let blockClosed = false;

  const close = () => {
    if (!current) return;
    current.heading = looksLikeHeading(current);
    const closing = current.level > 4 && CLOSES_BLOCK.test(current.text);
    if (blockClosed && !closing && current.level > 4) {
      // A paragraph after the line that closed a block of items is not under the block's last item.
      while (stack.length && (stack[stack.length - 1]?.level ?? -1) >= 4) stack.pop();
    }
    blockClosed = closing;
    if (current.level <= 4) {
      while (stack.length && (stack[stack.length - 1]?.level ?? -1) >= current.level) stack.pop();
      // "2.1." under "2." adds "1": the path reads I.2.1, not I.2.2.1.
      const label = current.marker.replace(/[.)]$/, '').split('.').pop() ?? '';
      stack.push({ level: current.level, label, title: current.text });
    }
    current.section = stack.map((s) => s.label).join('.');
    current.headings = stack.map((s) => s.title);
    units.push(current);
    current = null;
  };

  for (const line of lines) {
    if (skip(line.no)) {
      close();
      continue;
    }
    const text = line.text;
    if (!text) {
      blankBefore = true;
      continue;
    }
    const marker = readMarker(text);
    // A marker alone on its line ("6.1.") takes the next line as its text.
    const bareMarker = current !== null && (current as Unit).text === (current as Unit).marker;
    let fresh = (marker !== null || current === null) && !bareMarker;
    if (!fresh && current && !bareMarker) {
      const prev: Unit = current;
      const prevCaps = isCaps(prev.text);
      // "6.3. Sở Văn hóa, Thể thao và" / "Du lịch: …": nothing ends on "và", "của" or a dash.
      const dangling = /(?:\s(?:và|của|các|với|về|cho|tại|trong|theo|đến|số)|[-–,])$/u.test(prev.text);
      if (startsUpper(text) && !(prevCaps && isCaps(text)) && !dangling && !namesRunOn(prev, text)) {
        // A capital after a finished sentence, after a blank line, after a short heading or after a
        // paragraph that was one long line (not hard-wrapped) opens a new unit.
        // … but a name wrapped after its first capitalised word ("tỉnh Quảng Tây - Trung" / "Quốc về …") goes
        // on, whatever the lines' lengths.
        const nameGoesOn = /\s\p{Lu}\p{Ll}*$/u.test(prev.text) && !isCaps(prev.text);
        fresh =
          endsSentence(prev.text) ||
          blankBefore ||
          (prev.level <= 4 && looksLikeHeading(prev)) ||
          (!nameGoesOn && (line.raw.length > 200 || prev.text.length > 400));
      }
    }
    if (fresh) {
      close();
      current = {
        text: marker
          ? `${marker.marker === '-' || marker.marker === '+' ? '' : `${marker.marker} `}${marker.rest}`.trim()
          : text,
        lineStart: line.no,
        lineEnd: line.no,
        marker: marker?.marker ?? '',
        level: marker?.level ?? 6,
        heading: false,
        section: '',
        headings: [],
        offsets: [0],
      };
      if (marker && (marker.marker === '-' || marker.marker === '+')) current.text = marker.rest;
    } else if (current) {
      // Offsets index lines by position from lineStart; blank lines in between get the same offset.
      while (current.offsets.length < line.no - current.lineStart)
        current.offsets.push(current.text.length + 1);
      current.text = `${current.text} ${text}`;
      current.offsets.push(current.text.length - text.length);
      current.lineEnd = line.no;
    }
    blankBefore = false;
  }
  close();
  return units;
}
