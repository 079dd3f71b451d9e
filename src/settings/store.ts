/** Reading and writing settings through the extension storage (sync, else local). */
import { browser } from '../platform/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './schema';

type Area = typeof browser.storage.sync;

/** storage.sync is missing or disabled in some setups (Firefox without an account in
 *  some versions, enterprise policy); fall back to local so settings still persist. */
async function area(): Promise<Area> {
  try {
    await browser.storage.sync.get(SETTINGS_KEY);
    return browser.storage.sync;
  } catch {
    return browser.storage.local;
  }
}

export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  const store = await area();
  const stored = await store.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await (await area()).set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with fresh settings whenever they change in any context. */
export function onSettingsChanged(listener: (s: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[SETTINGS_KEY];
    if (change) listener(parseSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
