/**
 * Which pages `npm run eval -- --sample N` runs (issue #14). Without a seed: N pages spread
 * evenly over the corpus, the same every run. With `--seed S`: N pages drawn at random by a
 * generator seeded with S, so a second, different sample can be judged when the even one
 * has been tuned on, and the same seed gives the same pages on every machine.
 */
import { seeded } from '../bench/prng.ts';

/** `n` of `all` (all of them when `n` is 0 or more than there are), kept in corpus order. */
export function samplePages<T>(all: readonly T[], n: number, seed?: number): T[] {
  const count = Math.min(n || all.length, all.length);
  if (seed === undefined) return Array.from({ length: count }, (_, k) => all[Math.floor((k * all.length) / count)]!);
  // A partial Fisher-Yates shuffle of the indices: `count` distinct pages, each equally likely.
  const next = seeded(seed);
  const order = all.map((_, i) => i);
  for (let k = 0; k < count; k++) {
    const j = k + Math.floor(next() * (order.length - k));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  return order.slice(0, count).sort((a, b) => a - b).map((i) => all[i]!);
}
