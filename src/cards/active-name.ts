/**
 * The highlight on the name whose card is open. Setting it repaints every highlighted
 * line on the page (a new registry entry invalidates them all: 3-6 ms of paint on a long
 * page in the bench), so it is set only when the name changes, and in the frame after the
 * one that paints the card, which is not held back by it. Clearing is immediate.
 */
export interface ActiveName<T> {
  show(target: T): void;
  clear(): void;
}

export function activeName<T>(apply: (target: T | null) => void, nextFrame: (fn: () => void) => void = requestAnimationFrame): ActiveName<T> {
  let applied: T | null = null;
  let wanted: T | null = null;
  let waiting = false;
  const settle = () => {
    waiting = false;
    if (wanted === applied) return;
    applied = wanted;
    apply(applied);
  };
  return {
    show(target) {
      wanted = target;
      if (target === applied || waiting) return;
      waiting = true;
      // The first callback runs before the card's frame is painted, the second before the next one.
      nextFrame(() => nextFrame(settle));
    },
    clear() {
      wanted = null;
      if (applied === null) return;
      applied = null;
      apply(null);
    },
  };
}
