/** What the popup and other parts learn about a tab's page. */
export interface PageStatus {
  host: string;
  /** Detection verdict; null until detection has run. */
  article: boolean | null;
  score: number;
  reasons: string[];
  readerOpen: boolean;
  /** Why clean mode could not open, in words for the reader. */
  readerError?: string;
  /** Distinct names marked on the page (0 when cards are off). */
  names: number;
  cardsEnabled: boolean;
  /** Paint timings for `npm run bench` (issue #7); extension-side only, never in the page. */
  perf?: PagePerf;
}

/** Last card and clean-view paint times (ms), with counts so a reader sees a new one. */
export interface PagePerf { cardPaintMs?: number; cardPaints: number; readerOpenMs?: number; readerOpens: number }

const perf: PagePerf = { cardPaints: 0, readerOpens: 0 };

/**
 * Records `what` as painted `since` a start time: the clock stops in the task after the
 * next frame's rendering (animation frame, then a task), so layout and paint are counted.
 */
export function notePainted(what: 'card' | 'reader', since: number): void {
  requestAnimationFrame(() => setTimeout(() => {
    const took = performance.now() - since;
    if (what === 'card') { perf.cardPaintMs = took; perf.cardPaints++; } else { perf.readerOpenMs = took; perf.readerOpens++; }
  }, 0));
}

export function initialStatus(host: string): PageStatus {
  return { host, article: null, score: 0, reasons: [], readerOpen: false, names: 0, cardsEnabled: false, perf };
}
