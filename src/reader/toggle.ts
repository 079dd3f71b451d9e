// Placeholder until clean mode lands (issue #3): opens a minimal shadow-root view.
import { createShadowHost, type ShadowHost } from '../ui/shared/shadow-host';
import type { PageContext } from '../content/page';

let view: ShadowHost | null = null;

/** The reading view's article root, when open (names are marked there too). */
export function readerRoot(): ShadowRoot | null {
  return view?.root ?? null;
}

export async function toggleReader(ctx: PageContext, open: boolean | undefined): Promise<void> {
  const want = open ?? !view;
  if (want && !view) {
    view = createShadowHost('gloss-reader', ':host{}');
    const p = document.createElement('p');
    p.textContent = document.title;
    view.root.append(p);
  } else if (!want && view) {
    view.remove();
    view = null;
  }
  ctx.status.readerOpen = !!view;
}
