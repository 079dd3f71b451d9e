/**
 * The "Loading…" card, painted only when a record is slow to come (TIMING.cardLoadingAfterMs):
 * a placeholder painted just before the record arrives flashes, and holds the complete card
 * back to the frame after its own.
 */
export interface LoadingTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const browserTimers: LoadingTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** Paints the placeholder after `ms` unless the returned function (the record came) is called first. */
export function loadingAfter(ms: number, paintLoading: () => void, timers: LoadingTimers = browserTimers): () => void {
  const id = timers.setTimeout(paintLoading, ms);
  return () => timers.clearTimeout(id);
}
