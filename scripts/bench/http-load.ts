/** A bounded loopback load on `/api/ask` with autocannon: 127.0.0.1 only, a fixed duration, then it stops. */
import autocannon from 'autocannon';

/** What the load produced. */
export interface HttpResult {
  durationS: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Paths of `/api/ask` for the questions, which each connection cycles through. */
export function askPaths(questions: readonly string[]): string[] {
  return questions.map((q) => `/api/ask?q=${encodeURIComponent(q)}`);
}

/** Runs the load against `url` (which must be on 127.0.0.1). */
export async function loadTest(
  url: string,
  paths: readonly string[],
  options: { durationS: number; connections: number },
): Promise<HttpResult> {
  if (!new URL(url).hostname.startsWith('127.'))
    throw new Error(`refusing to load a non-loopback host: ${url}`);
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    durationS: options.durationS,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
