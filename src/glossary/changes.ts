/**
 * Tells a listener when the glossary changes in any tab or page (issue #6). Kept apart
 * from storage.ts so the content script's first chunk carries no validation code.
 */
import { browser } from '../platform/browser';

export const GLOSSARY_KEY = 'glossary';

export function onGlossaryChanged(listener: () => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && GLOSSARY_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
