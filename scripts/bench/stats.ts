/**
 * Small statistics for the benchmark: medians over repeated runs, and interleaved timing
 * so a figure and its baseline see the same machine load (other work on a 2-core box
 * slows both alike, and the ratio stays meaningful).
 */

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function max(xs: readonly number[]): number {
  return xs.length ? Math.max(...xs) : NaN;
}

/** Milliseconds with 2 decimals, as every figure is reported. */
export function ms2(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface TimingOptions {
  /** Untimed rounds first, so the JIT has compiled what it will compile. */
  warmup: number;
  runs: number;
  now?: () => number;
}

/**
 * Runs every function once per round, in the same order, `warmup + runs` rounds; returns
 * each one's timed samples (ms). Interleaving keeps load spikes from favouring one side.
 */
export function interleave<K extends string>(fns: Record<K, () => unknown>, opts: TimingOptions): Record<K, number[]> {
  const now = opts.now ?? (() => performance.now());
  const keys = Object.keys(fns) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  let sink = 0;
  for (let round = 0; round < opts.warmup + opts.runs; round++) {
    for (const k of keys) {
      const start = now();
      const result = fns[k]();
      const took = now() - start;
      // Keep results alive so no engine can drop the work as dead code.
      if (result !== undefined) sink++;
      if (round >= opts.warmup) out[k].push(took);
    }
  }
  if (sink < 0) console.error(sink);
  return out;
}
