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

/**
 * Clean view (issue #14, item 4): Gloss's own work from the toggle to the view ready to
 * paint, by phase, without the waits for a frame between the steps of a large page's
 * opening. Kept apart from PagePerf so the card timings above stay as they are.
 */
export interface ReaderWork { workMs: number; phases: Record<string, number>; count: number }

const WORK = Symbol.for('gloss.reader-work');
interface WorkClock { last: number; phases: Record<string, number>; done?: ReaderWork }
function clock(): { run?: WorkClock; done?: ReaderWork } {
  const world = globalThis as unknown as Record<symbol, { run?: WorkClock; done?: ReaderWork } | undefined>;
  return (world[WORK] ??= {});
}

/** The toggle arrived at `since`: the clock starts there. */
export function startReaderWork(since: number): void {
  if (PROBES) clock().run = { last: since, phases: {} };
}

/** The time since the last lap is `phase`'s; a phase seen twice adds up. */
export function lapReaderWork(phase: string): void {
  const run = PROBES ? clock().run : undefined;
  if (!run) return;
  const now = performance.now();
  run.phases[phase] = (run.phases[phase] ?? 0) + now - run.last;
  run.last = now;
}

/** After a wait for the frame (not Gloss's work): the clock goes on from now. */
export function resumeReaderWork(): void {
  const run = PROBES ? clock().run : undefined;
  if (run) run.last = performance.now();
}

/** The view is ready to paint: the run's phases become the latest figure. */
export function endReaderWork(phase: string): void {
  if (!PROBES) return;
  lapReaderWork(phase);
  const c = clock();
  if (!c.run) return;
  const phases = c.run.phases;
  c.done = { workMs: Object.values(phases).reduce((a, b) => a + b, 0), phases, count: (c.done?.count ?? 0) + 1 };
  c.run = undefined;
}

export function readerWork(): ReaderWork | undefined {
  return PROBES ? clock().done : undefined;
}
