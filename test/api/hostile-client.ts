/**
 * What the hostile-input tests need below fetch: a raw HTTP client on loopback that chunks a body as it
 * likes, and the resident memory of the workerd processes this test process started (Linux `/proc`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';

/** The status of a response and when its first byte came, in ms after the request started. */
export interface RawResponse {
  status: number;
  ms: number;
}

/**
 * POSTs `body` to `path` with `Transfer-Encoding: chunked`, `chunkSize` bytes per HTTP chunk: with 1,
 * workerd hands the Worker one 1-byte chunk per byte, however the TCP segments fall. Resolves on the
 * response's status line, or with status 0 when the server closed the connection first (as it may when
 * it refuses a body it has not read to the end); stops sending and closes the connection either way.
 */
export function postChunked(
  url: URL,
  path: string,
  body: string,
  chunkSize: number,
  contentType = 'application/json',
): Promise<RawResponse> {
  const started = performance.now();
  const bytes = Buffer.from(body);
  return new Promise((resolve) => {
    let head = '';
    let finished = false;
    const done = (status: number) => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve({ status, ms: performance.now() - started });
    };
    const socket = net.connect(Number(url.port), url.hostname, async () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: ${contentType}\r\n` +
          'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
      );
      // Framed in batches of 4,096 chunks: the framing, not the write size, decides the chunks workerd reads.
      for (let at = 0; at < bytes.length && !finished; ) {
        const batch: Buffer[] = [];
        for (let n = 0; n < 4096 && at < bytes.length; n++, at += chunkSize) {
          const chunk = bytes.subarray(at, at + chunkSize);
          batch.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
        }
        if (!socket.write(Buffer.concat(batch))) await new Promise((r) => socket.once('drain', r));
      }
      if (!finished) socket.write('0\r\n\r\n');
    });
    socket.on('data', (data) => {
      head += data.toString('latin1');
      const line = head.match(/^HTTP\/1\.1 (\d{3})/);
      if (line) done(Number(line[1]));
    });
    socket.on('error', () => done(0));
    socket.on('close', () => done(0));
  });
}

interface ProcessEntry {
  pid: number;
  ppid: number;
  command: string;
}

function processes(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // `pid (command) state ppid …`; the command may hold spaces or parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      entries.push({ pid: Number(name), ppid, command: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // The process ended while we looked.
    }
  }
  return entries;
}

/** Whether this system shows processes' memory in `/proc`. */
export const canReadMemory = existsSync('/proc/self/status');

/** The workerd processes descending from this test process (vitest runs each file in its own). */
export function workerdPids(): number[] {
  const all = processes();
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all)
      if (mine.has(p.ppid) && !mine.has(p.pid)) {
        mine.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => mine.has(p.pid) && p.command.startsWith('workerd')).map((p) => p.pid);
}

/** Resident memory of `pids`, in bytes. */
export function residentBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}

/**
 * How far the resident memory of this process's workerd processes rose above its level at the start
 * while `work` ran, in bytes. They are looked up at the start: wrangler starts one more on the first request.
 */
export async function peakGrowth(work: () => Promise<unknown>): Promise<number> {
  const pids = workerdPids();
  if (!pids.length) throw new Error('no workerd process found under this one');
  const before = residentBytes(pids);
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, residentBytes(pids));
  };
  const timer = setInterval(sample, 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  sample();
  return peak - before;
}
