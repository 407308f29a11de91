/**
 * A hotline number and opening hours per province, as configuration (`HOTLINES`, JSON), never from
 * memory: a caller the bot cannot help is told where a person can. Shown in help, under every "not found"
 * reply, and on the web's not-found answers.
 */
import * as z from 'zod/mini';

/** One province's line: `{ "phone": "0251 3822 xxx", "hours": "7:30–17:00, thứ Hai–thứ Sáu" }`. */
const Hotline = z.object({
  phone: z.string().check(z.regex(/^\+?[\d\s.()-]{3,30}$/)),
  hours: z.optional(z.string().check(z.maxLength(80))),
});
export type Hotline = z.infer<typeof Hotline>;

const Hotlines = z.record(z.string().check(z.minLength(1), z.maxLength(60)), Hotline);

/** Province → line, from `HOTLINES`; a malformed value is ignored whole (and reported), never half-read. */
export function parseHotlines(
  json: string | undefined,
  onError: (why: string) => void = () => undefined,
): ReadonlyMap<string, Hotline> {
  if (!json?.trim()) return new Map();
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    onError('HOTLINES is not JSON');
    return new Map();
  }
  const parsed = Hotlines.safeParse(raw);
  if (!parsed.success) {
    onError('HOTLINES does not map provinces to { phone, hours? }');
    return new Map();
  }
  return new Map(Object.entries(parsed.data));
}

/** "Đường dây nóng Đồng Nai: 0251 … (7:30–17:00)", for the provinces given, or every configured one. */
export function hotlineLines(
  hotlines: ReadonlyMap<string, Hotline>,
  provinces: readonly string[] = [],
): string[] {
  const wanted = provinces.filter((p) => hotlines.has(p));
  const shown = wanted.length ? wanted : [...hotlines.keys()];
  return shown
    .map((p) => {
      const h = hotlines.get(p);
      return h ? `Đường dây nóng ${p}: ${h.phone}${h.hours ? ` (${h.hours})` : ''}` : '';
    })
    .filter(Boolean);
}
