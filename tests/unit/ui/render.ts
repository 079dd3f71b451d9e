/** Rendering Preact pages into jsdom and waiting for them to settle. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Unmounts whatever mount() rendered, so effects (timers, listeners) end with the test. */
export function unmount(): void {
  const root = document.getElementById('app');
  if (root) render(null, root);
  document.body.innerHTML = '';
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  await act(async () => { render(node, root); });
  return root;
}

/** Lets promises (fake storage, fake messages) resolve and Preact re-render. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (check()) return;
    await settle(1);
  }
  throw new Error(`never happened: ${what}`);
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => { (el as HTMLElement).click(); });
  await settle();
}

/** The accessible name as a screen reader gets it, for the controls these pages use. */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const byIds = (ids: string) => ids.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
  const label = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') && byIds(el.getAttribute('aria-labelledby')!));
  if (label) return label.trim();
  if (el.id) {
    const forLabel = doc.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return forLabel.textContent!.trim();
  }
  const wrapping = el.closest('label');
  if (wrapping) return wrapping.textContent!.trim();
  return el.tagName === 'BUTTON' || el.tagName === 'SUMMARY' ? el.textContent!.trim() : '';
}
