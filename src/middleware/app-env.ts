/** The Hono environment every route shares: the Worker's bindings and the request's log line. */
import type { Bindings } from '../env';
import type { RequestLog } from './request-log';

/** Hono generics of a route that logs: `new Hono<AppEnv>()`. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: { log: RequestLog };
}
