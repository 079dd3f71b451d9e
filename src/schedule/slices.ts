import { TIMING } from '../timing';

/**
 * Runs `step` in slices of idle time until it reports done, so no task Gloss causes
 * comes near the 50 ms long-task line. `step(timeUp)` must return true when finished
 * and check `timeUp()` often.
 */
export function runSliced(step: (timeUp: () => boolean) => boolean, signal: AbortSignal,
  sliceMs: number = TIMING.annotateSliceMs): Promise<void> {
  return new Promise((resolve, reject) => {
    const ric = typeof requestIdleCallback === 'function' ? requestIdleCallback : undefined;
    const tick = () => {
      if (signal.aborted) return reject(signal.reason);
      const until = performance.now() + sliceMs;
      let done = false;
      try {
        done = step(() => performance.now() >= until);
      } catch (e) {
        return reject(e);
      }
      if (done) resolve();
      else if (ric) ric(tick, { timeout: 500 });
      else setTimeout(tick, 0);
    };
    if (ric) ric(tick, { timeout: 500 });
    else setTimeout(tick, 0);
  });
}
