/** Shortening text for a chat line or a button without cutting a word in half. */

/**
 * `text` cut at the last word boundary within `max` characters, with "…" when anything was cut:
 * `clip('Chủ trì, phối hợp với các sở, ngành', 20)` → `'Chủ trì, phối hợp…'`.
 */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // A single word longer than `max` is cut where it must be.
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/u, '')}…`;
}
