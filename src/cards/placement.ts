/**
 * Where the card goes: below (or above, when there is no room) the line of the name
 * nearest the pointer, shifted to stay inside the viewport, never over the name.
 */
import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';

/** The line box of a (possibly wrapped) name nearest to the pointer's y. */
export function lineRectNear(rects: ArrayLike<DOMRect>, pointerY: number | null): DOMRect | null {
  let best: DOMRect | null = null;
  let bestDist = Infinity;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width === 0 && r.height === 0) continue;
    if (pointerY === null) return r;
    const dist = pointerY < r.top ? r.top - pointerY : pointerY > r.bottom ? pointerY - r.bottom : 0;
    if (dist < bestDist) { best = r; bestDist = dist; }
  }
  return best;
}

export async function placeCard(anchor: () => DOMRect | null, card: HTMLElement): Promise<boolean> {
  const rect = anchor();
  if (!rect) return false;
  // Measured once: every getClientRects() on the range forces layout, and Floating UI
  // asks the reference for its rect several times per placement.
  const reference: VirtualElement = { getBoundingClientRect: () => rect };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
  });
  card.style.transform = '';
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
  return true;
}
