import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

/**
 * Imports point one way: text and schema ← ingest ← search ← answer ← everything that serves (api, web,
 * channels, middleware, the Worker's wiring). A file may import its own layer or a lower one.
 */
const LAYER: Record<string, number> = { text: 0, schema: 0, ingest: 1, search: 2, answer: 3 };
const TOP = 4;
// The core reads no network, file system, clock or framework: it is pure and runs anywhere.
const CORE = new Set(['text', 'schema', 'ingest', 'search', 'answer']);
const FORBIDDEN_IN_CORE = /^(?:hono|grammy|axios|node:|fs$|path$)/;

const src = join(root, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
const layerOf = (file: string) => {
  const top = relative(src, file).split(/[\\/]/)[0] ?? '';
  // Data outside src/ (data/succession/table.json) is read by every layer, like the schema.
  if (top === '..') return { top: 'data', layer: 0 };
  return { top, layer: LAYER[top] ?? TOP };
};
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );

describe('layers', () => {
  const all = files(src);

  it('every import points to the same layer or a lower one', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const to = layerOf(normalize(join(dirname(file), spec)));
        if (to.layer > from.layer)
          wrong.push(`${relative(src, file)} → ${spec} (${from.top} imports ${to.top})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the core imports no framework, network or file system', () => {
    const wrong = all
      .filter((file) => CORE.has(layerOf(file).top))
      .flatMap((file) =>
        importsOf(file)
          .filter((s) => FORBIDDEN_IN_CORE.test(s))
          .map((s) => `${relative(src, file)} → ${s}`),
      );
    expect(wrong).toEqual([]);
  });

  it('knows what a violation looks like', () => {
    // The rule itself, on a made-up path: ingest reaching up into answer is refused.
    expect(layerOf(join(src, 'ingest/x.ts')).layer).toBeLessThan(layerOf(join(src, 'answer/y.ts')).layer);
    expect(layerOf(join(src, 'text/x.ts')).layer).toBe(0);
  });
});
