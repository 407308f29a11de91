/** Reading a V8 CPU profile (`Profiler.stop` of the Chrome DevTools protocol): where the time went. */

/** The parts of a `.cpuprofile` read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  /** Microseconds between samples; the first is from the start. */
  timeDeltas: number[];
}

/** Busy time (neither idle nor the profiler's own), GC, and per function the time with its callees, ms. */
export function summarize(profile: CpuProfile): {
  busyMs: number;
  gcMs: number;
  inclusive: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inclusive = new Map<string, number>();
  let [busyMs, gcMs] = [0, 0];
  for (const [i, sample] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(sample)?.callFrame.functionName ?? '';
    if (leaf === '(idle)' || leaf === '(program)') continue;
    busyMs += ms;
    if (leaf === '(garbage collector)') gcMs += ms;
    // A recursive function counts once per sample.
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  return { busyMs, gcMs, inclusive };
}
