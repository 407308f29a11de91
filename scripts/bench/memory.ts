/** Heap measurements with a forced collection, so a delta is what stays reachable, not garbage. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
// The flag only applies to contexts made after it is set, hence the fresh context to fetch gc from.
const collect = runInNewContext('gc') as () => void;

/** Used heap in bytes after two full collections. */
export function heapUsed(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** Runs `make`, keeps its result alive, and returns it with the heap it retains (bytes). */
export function retained<T>(make: () => T): { value: T; bytes: number } {
  const before = heapUsed();
  const value = make();
  const bytes = heapUsed() - before;
  return { value, bytes };
}
