import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TIMING } from '../timing';
import { loadingAfter, loadingDelayMs } from './loading-card';

describe('the loading card', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('is painted at once for the page\'s first card, which has its host and fonts to prepare', () => {
    const paintLoading = vi.fn();
    loadingAfter(loadingDelayMs(true), paintLoading);
    expect(paintLoading).toHaveBeenCalledTimes(1);
  });

  it('is never painted, after the first card, for a record that comes in time: the card is painted once, complete', () => {
    const paintLoading = vi.fn();
    const arrived = loadingAfter(loadingDelayMs(false), paintLoading);
    vi.advanceTimersByTime(25); // a background woken from sleep
    arrived();
    vi.advanceTimersByTime(1000);
    expect(paintLoading).not.toHaveBeenCalled();
  });

  it('is painted once for a slow record, and no more after the record comes', () => {
    const paintLoading = vi.fn();
    const arrived = loadingAfter(loadingDelayMs(false), paintLoading);
    vi.advanceTimersByTime(TIMING.cardLoadingAfterMs);
    expect(paintLoading).toHaveBeenCalledTimes(1);
    arrived();
    vi.advanceTimersByTime(1000);
    expect(paintLoading).toHaveBeenCalledTimes(1);
  });

  it('waits longer than a woken background takes, and not so long a reader wonders', () => {
    expect(TIMING.cardLoadingAfterMs).toBeGreaterThan(50);
    expect(TIMING.cardLoadingAfterMs).toBeLessThanOrEqual(200);
  });
});
