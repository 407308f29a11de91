/**
 * The test harness itself: a port found free can be taken before `wrangler dev` binds it (test files run in
 * parallel). startDev then starts the Worker again on fresh ports instead of failing the suite.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { type DevRuntime, freePort, mainConfig, startDev, tempDir } from './dev-runtime';

const temp = tempDir();
let dev: DevRuntime | undefined;
let taken: Server | undefined;

afterAll(async () => {
  await dev?.kill();
  await new Promise<void>((done) => (taken ? taken.close(() => done()) : done()));
  temp.remove();
});

describe('startDev on a port another process holds', () => {
  it('starts on another port and answers there', async () => {
    const port = await freePort();
    taken = createServer();
    await new Promise<void>((done) => taken?.listen(port, '127.0.0.1', () => done()));
    const config = mainConfig(temp.dir, { TODAY: '2026-11-23' });
    dev = await startDev([config], port, `${temp.dir}/state`);
    expect(dev.url).not.toBe(`http://127.0.0.1:${port}`);
    const res = await fetch(`${dev.url}/health`);
    expect(res.status).toBe(200);
  });
});
