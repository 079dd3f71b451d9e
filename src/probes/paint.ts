/**
 * Paint timings for `npm run bench` (issue #7): how long a card or the clean view took to
 * reach the screen. Built in only when the bench builds its own copy with GLOSS_PROBES=1
 * (scripts/build/vite-content-script.ts defines __GLOSS_PROBES__); the shipped build compiles
 * every call here away (issue #17: no test-only timings in what users install).
 */
declare const __GLOSS_PROBES__: boolean | undefined;

export const PROBES: boolean = typeof __GLOSS_PROBES__ !== 'undefined' && __GLOSS_PROBES__ === true;

/** Last card and clean-view paint times (ms), with counts so a reader sees a new one. */
export interface PagePerf { cardPaintMs?: number; cardPaints: number; readerOpenMs?: number; readerOpens: number }

/** One record per page, shared by the content script and its lazy chunks (each bundles its
 *  own copy of this module) through the extension's isolated world, which pages cannot see. */
const KEY = Symbol.for('gloss.paint-probes');
function timings(): PagePerf {
  const world = globalThis as unknown as Record<symbol, PagePerf | undefined>;
  return (world[KEY] ??= { cardPaints: 0, readerOpens: 0 });
}

/**
 * Records `what` as painted `since` a start time: the clock stops in the task after the
 * next frame's rendering (animation frame, then a task), so layout and paint are counted.
 */
export function notePainted(what: 'card' | 'reader', since: number): void {
  if (!PROBES) return;
  requestAnimationFrame(() => setTimeout(() => {
    const took = performance.now() - since;
    const perf = timings();
    if (what === 'card') { perf.cardPaintMs = took; perf.cardPaints++; } else { perf.readerOpenMs = took; perf.readerOpens++; }
  }, 0));
}

/** The timings so far, or nothing in the shipped build. */
export function paintTimings(): PagePerf | undefined {
  return PROBES ? { ...timings() } : undefined;
}
