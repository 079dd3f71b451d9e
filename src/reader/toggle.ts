// Placeholder until clean mode lands (issue #3): opens an empty shadow-root view.
import { createShadowHost, type ShadowHost } from '../ui/shared/shadow-host';
import type { PageStatus } from '../content/page-status';

let view: ShadowHost | null = null;

export async function toggleReader(status: PageStatus, open: boolean | undefined, _signal: AbortSignal): Promise<void> {
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
  status.readerOpen = !!view;
}
