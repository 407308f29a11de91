/**
 * "UBND xã … phải làm gì?": the plans, signed before 2025, give the commune level nothing by that name; the
 * district level they name ended on 01/07/2025 and its duties went to the commune or the province by field.
 * The reply says so (not found) and lists the district's duties in the plans' own words.
 */
import { canonicalAgency } from '../../ingest/agencies';
import type { LevelChange } from '../../schema/succession';
import { formatDate } from '../../text/dates';
import type { Ask, EngineContext } from '../context';
import { notFound } from '../reply';
import type { Answer } from '../types';
import { answerAssignments } from './assignments';

/** Answers for the commune level of today from the duties the plans gave the districts. */
export function answerCommune(ctx: EngineContext, ask: Ask, level: LevelChange): Answer {
  const law = level.sources[0];
  const basis =
    law && level.status === 'confirmed' ? ` (${law.kind} ${law.number})` : ' (chưa xác nhận bằng văn bản)';
  const intro =
    `Các kế hoạch không giao UBND cấp xã chủ trì việc nào. Từ ${formatDate(level.effective)} cấp huyện không còn${basis}; ` +
    `việc kế hoạch giao UBND cấp huyện nay do ${level.to.join(' hoặc ')} thực hiện tùy lĩnh vực ` +
    '(văn bản phân định từng lĩnh vực chưa được đối chiếu cho từng việc). Kế hoạch giao cấp huyện:';
  const district = canonicalAgency(level.from[0] ?? '').name;
  const listed = answerAssignments(ctx, ask, district);
  if (!listed.found) return notFound(ctx, ask, 'assignments', `${intro} không có việc nào.`);
  // What is asked, the commune's own duties, the plans do not give: not found, with what they gave the district.
  return { ...listed, text: `${intro}\n${listed.text}`, found: false };
}
