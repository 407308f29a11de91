/**
 * Where a record is on the web, the one place for it: the plan page's row anchors and the absolute links
 * the calendar and the exports carry, so a link in an `.ics` or a spreadsheet lands on the same row.
 */

/** A record id as an HTML id: `anchorOf('dong-nai-230-2024/t12')` → `'dong-nai-230-2024-t12'`. */
export function anchorOf(recordId: string): string {
  return recordId.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * A reporting duty's id, which ingest does not give: the plan id and its place among the plan's duties,
 * in the style of the record ids (`…/i3`, `…/t12`): `dutyId('thanh-hoa-68-2024', 0)` → `'thanh-hoa-68-2024/r1'`.
 */
export function dutyId(planId: string, index: number): string {
  return `${planId}/r${index + 1}`;
}

/** A plan page's path: `planPath('dong-nai-230-2024')` → `'/ke-hoach/dong-nai-230-2024'`. */
export function planPath(planId: string): string {
  return `/ke-hoach/${encodeURIComponent(planId)}`;
}

/** An agency page's path: `agencyPath('so-y-te')` → `'/co-quan/so-y-te'`. */
export function agencyPath(agencyId: string): string {
  return `/co-quan/${encodeURIComponent(agencyId)}`;
}

/**
 * The absolute link to a record's row on its plan page:
 * `recordUrl('https://camket.example', 'dong-nai-230-2024', 'dong-nai-230-2024/t12')`
 * → `'https://camket.example/ke-hoach/dong-nai-230-2024#dong-nai-230-2024-t12'`.
 */
export function recordUrl(origin: string, planId: string, recordId: string): string {
  return `${origin}${planPath(planId)}#${anchorOf(recordId)}`;
}
