/**
 * How the bench learns that Gloss has finished marking a page's names without making Gloss
 * work for it (issue #17). Every status ask is a message the content script answers, and
 * that work is sampled with the page's figure: asking every 250 ms cost about 0.8 ms per
 * article page (A/B, 15 WCXB articles × 4 loads). The page's own world can see the
 * highlight registry (ADR 1), so the bench reads from there how many ranges Gloss has
 * marked, which costs Gloss nothing, and asks only once that count has held still.
 */
import type { PageStatus } from '../../src/messages.ts';

/** How long the highlights must hold still before the bench asks Gloss. */
export const MARKS_STILL_MS = 400;

export const settledStatus = (s: PageStatus | null): s is PageStatus => !!s && s.article !== null && !s.findingNames;

export interface SettleOptions {
  /** How long the count must hold still before the first ask; doubled after each "not yet". */
  stillMs: number;
  timeoutMs: number;
  /** How often the count is read. */
  everyMs: number;
  now(): number;
  sleep(ms: number): Promise<unknown>;
}

/**
 * Resolves with the status once Gloss says no names are being found, or null on time-out.
 * The status still decides: a page with no names, or a pause between two batches, keeps
 * the count still too, so an ask that hears "still finding" only makes the wait longer.
 */
export async function settleByMarks(count: () => Promise<number>, ask: () => Promise<PageStatus | null>,
  o: SettleOptions): Promise<PageStatus | null> {
  const end = o.now() + o.timeoutMs;
  let still = o.stillMs;
  let last = NaN;
  let since = o.now();
  while (o.now() < end) {
    const n = await count();
    if (n !== last) { last = n; since = o.now(); }
    if (o.now() - since >= still) {
      const s = await ask();
      if (settledStatus(s)) return s;
      still *= 2;
      since = o.now();
    }
    await o.sleep(o.everyMs);
  }
  return null;
}

/** Runs in the page's main world: ranges in every highlight Gloss registers. */
export function markedRanges(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  let n = 0;
  registry?.forEach((set, name) => { if (name.startsWith('gloss')) n += set.size; });
  return n;
}
