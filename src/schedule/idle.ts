import { TIMING } from '../timing';

/**
 * Resolves when the page's main thread is idle (or after a bounded wait), so Gloss's
 * start-up never competes with the page's own loading work.
 */
export function whenIdle(signal: AbortSignal, timeout: number = TIMING.detectIdleTimeoutMs): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const ric = typeof globalThis.requestIdleCallback === 'function' ? globalThis.requestIdleCallback : undefined;
    const id = ric ? ric(() => resolve(), { timeout }) : setTimeout(resolve, 0);
    signal.addEventListener('abort', () => {
      if (ric) globalThis.cancelIdleCallback(id as number);
      else clearTimeout(id as ReturnType<typeof setTimeout>);
      reject(signal.reason);
    }, { once: true });
  });
}
