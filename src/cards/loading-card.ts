/**
 * When a card shows "Loading…". The page's first card paints it at once: that card builds
 * its shadow host and is the first to lay text out in the card's fonts and to read the
 * extension's strings (a synchronous call to the browser), and its record may come from a
 * background that has just woken; the placeholder does that work while the record is on its
 * way, and tells the reader something is coming. Later cards have nothing to prepare and
 * their records come from a running background in a few ms: a placeholder then only flashed,
 * and held the complete card back to the frame after its own (up to 16 ms), so they show it
 * only for a record slower than TIMING.cardLoadingAfterMs.
 */
import { TIMING } from '../timing';

export interface LoadingTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const browserTimers: LoadingTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** How long a card waits for its record before painting the placeholder. */
export function loadingDelayMs(firstCardOnPage: boolean): number {
  return firstCardOnPage ? 0 : TIMING.cardLoadingAfterMs;
}

/** Paints the placeholder after `ms` (at once for 0) unless the returned function (the record came) is called first. */
export function loadingAfter(ms: number, paintLoading: () => void, timers: LoadingTimers = browserTimers): () => void {
  if (ms <= 0) {
    paintLoading();
    return () => undefined;
  }
  const id = timers.setTimeout(paintLoading, ms);
  return () => timers.clearTimeout(id);
}
