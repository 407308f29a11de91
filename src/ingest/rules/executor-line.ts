/**
 * Rule: lines that say who does a block's work. "Cơ quan thực hiện: Các sở, ngành, UBND các quận, huyện."
 * closes a block of duties that name no one; "Cơ quan chủ trì: X" opens or closes one;
 * "Cơ quan tổng hợp, báo cáo: Sở LĐTBXH" gives one body the compiling and reporting of the block.
 * A line without its colon ("Cơ quan chủ trì thực hiện Kế hoạch, …") is a duty, not one of these.
 */
import { type Assignment, readAssignment } from './assignment';

/** What such a line says: `performs` for the block's duties, `compiles` for compiling and reporting them. */
export interface ExecutorLine {
  role: 'performs' | 'compiles';
  assignment: Assignment;
}

const PERFORMS = /^Cơ quan (?:thực hiện|chủ trì(?: thực hiện)?|phụ trách)\s*:\s*(.+)$/iu;
const COMPILES = /^Cơ quan (?:tổng hợp(?:,? báo cáo)?|theo dõi(?:,? tổng hợp)?)\s*:\s*(.+)$/iu;

/** `executorLine('Cơ quan tổng hợp, báo cáo: Sở Lao động - Thương binh và Xã hội')` → compiles, lead that Sở. */
export function executorLine(text: string): ExecutorLine | null {
  const performs = PERFORMS.exec(text.trim());
  if (performs?.[1]) {
    const assignment = readAssignment(performs[1]);
    return assignment.leads.length ? { role: 'performs', assignment } : null;
  }
  const compiles = COMPILES.exec(text.trim());
  if (compiles?.[1]) {
    const assignment = readAssignment(compiles[1]);
    return assignment.leads.length ? { role: 'compiles', assignment } : null;
  }
  return null;
}
