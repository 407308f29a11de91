/**
 * Acceptance for the national service: a small national corpus, sharded and uploaded to wrangler's local
 * R2 by the project's own scripts, served by the Worker in workerd. Two provinces and one question without
 * a province; the Worker must read only the shards those answers need.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/local-worker';
import { spawnWrangler, stopGroup } from '../../scripts/bench/wrangler';
import { root } from '../helpers';

const run = promisify(execFile);
const tsx = (script: string, args: string[]) =>
  run(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts', script), ...args],
    {
      cwd: root,
    },
  );

let dir = '';
let url = '';
let stop = async () => {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cam-ket-national-'));
  const [corpus, shards, state] = ['corpus.json', 'shards', 'state'].map((f) => join(dir, f)) as [
    string,
    string,
    string,
  ];
  await tsx('gen-national.ts', ['--provinces', '3', '--plans', '1', '--out', corpus]);
  await tsx('ingest-national.ts', ['--in', corpus, '--out', shards, '--version', 'acc1']);
  await tsx('data-upload.ts', ['--dir', shards, '--persist-to', state]);
  const port = await freePort();
  const child = spawnWrangler(
    [
      'dev',
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state,
      '--var',
      'TODAY:2026-11-23',
      '--inspector-port',
      String(await freePort()),
      '--show-interactive-dev-session=false',
      '--log-level',
      'error',
    ],
    root,
  );
  child.stdout?.resume();
  child.stderr?.resume();
  stop = () => stopGroup(child);
  url = `http://127.0.0.1:${port}`;
  for (const since = Date.now(); Date.now() - since < 60_000; ) {
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('wrangler dev did not start');
}, 90_000);

afterAll(async () => {
  await stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ask = async (q: string) => {
  const r = await fetch(`${url}/api/ask?q=${encodeURIComponent(q)}`);
  expect(r.status).toBe(200);
  return (await r.json()) as { answer: string; found: boolean };
};
const reads = async () => ((await (await fetch(`${url}/api/shards`)).json()) as { reads: string[] }).reads;

describe('the national service in workerd', () => {
  it('answers a province-less question from the summary and two provinces from their shards', async () => {
    // First, in a fresh isolate: the range across provinces, from the summary alone, within its bound.
    const started = performance.now();
    const none = await ask('tỷ lệ BHYT mục tiêu bao nhiêu');
    const firstMs = performance.now() - started;
    expect(none.found).toBe(true);
    expect(none.answer).toMatch(/kế hoạch của 3 tỉnh, thành phố có chỉ tiêu này/);
    expect(none.answer).toMatch(/Nguồn: KH \d+\/KH-UBND/);
    expect(none.answer).toContain('Bạn hỏi lại kèm tên tỉnh');
    // The target is 200 ms on the national corpus (docs/scale.md); this bound only catches a regression
    // on a busy machine.
    expect(firstMs).toBeLessThan(2000);
    // gen-national takes provinces in the vocabulary's order: An Giang, Bà Rịa - Vũng Tàu, Bạc Liêu.
    const ag = await ask('Tỷ lệ bao phủ BHYT của An Giang đạt bao nhiêu?');
    expect(ag.found).toBe(true);
    expect(ag.answer).toContain('An Giang');
    expect(ag.answer).toMatch(/\d+%/);
    const bl = await ask('Tỷ lệ bao phủ BHYT của Bạc Liêu đạt bao nhiêu?');
    expect(bl.found).toBe(true);
    expect(bl.answer).toContain('Bạc Liêu: độ bao phủ bảo hiểm y tế (BHYT) toàn dân đạt 96%');
    expect(bl.answer).not.toContain('An Giang');
    expect(await reads()).toEqual([
      'manifest.json',
      'v/acc1/summary.json',
      'v/acc1/an-giang.json',
      'v/acc1/bac-lieu.json',
    ]);
  });
});
