/**
 * Hover intent: decides when a resting pointer means "tell me about this name".
 * Shows after a dwell, hides after a grace period the pointer can use to reach the card,
 * ignores a pointer travelling fast and hovers caused by content scrolling under a still
 * pointer. Timers are injected so the logic is tested without a browser.
 */
import { TIMING } from '../timing';

export interface IntentClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface IntentHandlers<T> {
  show(target: T): void;
  hide(): void;
}

export const browserClock: IntentClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export class HoverIntent<T> {
  private pending: unknown = null;
  private settle: unknown = null;
  private hiding: unknown = null;
  private current: T | null = null;
  private candidate: T | null = null;
  private lastScroll = -Infinity;
  /** Where the pointer was when the page last scrolled. */
  private scrollAt: { x: number; y: number } | null = null;
  private last: { x: number; y: number; t: number } | null = null;
  dwellMs: number = TIMING.hoverDwellMs;

  constructor(private readonly handlers: IntentHandlers<T>, private readonly clock: IntentClock = browserClock) {}

  get shown(): T | null { return this.current; }

  /** Pointer speed in px/ms from the previous sample (0 for the first). */
  private speed(x: number, y: number): number {
    const t = this.clock.now();
    const prev = this.last;
    this.last = { x, y, t };
    if (!prev || t <= prev.t) return 0;
    return Math.hypot(x - prev.x, y - prev.y) / (t - prev.t);
  }

  scrolled(): void {
    this.lastScroll = this.clock.now();
    this.scrollAt = this.last ? { x: this.last.x, y: this.last.y } : null;
    this.cancelPending();
  }

  /** Every pointer move: `target` is the name under the pointer, or null. */
  move(x: number, y: number, target: T | null): void {
    const fast = this.speed(x, y) > TIMING.pointerTravelSpeed;
    if (target === null) {
      this.cancelPending();
      if (this.current !== null) this.scheduleHide();
      return;
    }
    if (target === this.current) { this.cancelHide(); return; }
    const still = this.scrollAt !== null && Math.hypot(x - this.scrollAt.x, y - this.scrollAt.y) < 3;
    if (still && this.clock.now() - this.lastScroll < TIMING.scrollQuietMs) {
      // The name scrolled under a still pointer: nobody chose it.
      this.cancelPending();
      return;
    }
    if (fast) {
      // Travelling: look again once the pointer has been still for a moment, so a
      // pointer that stops on a name still gets its card.
      this.cancelPending();
      this.settle = this.clock.setTimeout(() => { this.settle = null; this.move(x, y, target); }, TIMING.pointerSettleMs);
      return;
    }
    if (target === this.candidate && this.pending !== null) return;
    this.cancelPending();
    this.candidate = target;
    this.pending = this.clock.setTimeout(() => {
      this.pending = null;
      this.candidate = null;
      this.open(target);
    }, this.dwellMs);
  }

  enterCard(): void { this.cancelHide(); }
  leaveCard(): void { if (this.current !== null) this.scheduleHide(); }

  /** Opens at once (keyboard, touch). */
  open(target: T): void {
    this.cancelHide();
    this.cancelPending();
    this.current = target;
    this.handlers.show(target);
  }

  close(): void {
    this.cancelPending();
    this.cancelHide();
    if (this.current === null) return;
    this.current = null;
    this.handlers.hide();
  }

  private scheduleHide(): void {
    if (this.hiding !== null) return;
    this.hiding = this.clock.setTimeout(() => { this.hiding = null; this.close(); }, TIMING.hoverHideMs);
  }
  private cancelHide(): void {
    if (this.hiding !== null) this.clock.clearTimeout(this.hiding);
    this.hiding = null;
  }
  private cancelPending(): void {
    if (this.settle !== null) this.clock.clearTimeout(this.settle);
    this.settle = null;
    if (this.pending !== null) this.clock.clearTimeout(this.pending);
    this.pending = null;
    this.candidate = null;
  }
}
