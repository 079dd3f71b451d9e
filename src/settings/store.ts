/** Reading and writing settings through the extension storage (sync, else local). */
import { browser } from '../platform/browser';
import { parseSettings, SETTINGS_KEY, type Settings, type SettingsProblem } from './schema';
import { writeOrExplain, type StorageAreaName } from './quota';

type Area = typeof browser.storage.sync;

/** storage.sync is missing or disabled in some setups (Firefox without an account in
 *  some versions, enterprise policy); fall back to local so settings still persist. */
async function area(): Promise<{ name: StorageAreaName; store: Area }> {
  try {
    await browser.storage.sync.get(SETTINGS_KEY);
    return { name: 'sync', store: browser.storage.sync };
  } catch {
    return { name: 'local', store: browser.storage.local };
  }
}

/** Settings as stored, migrated and validated; `problems` lists what fell back to defaults. */
export async function loadSettings(): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
  // One read where sync works (every page's content script starts here), the fallback's otherwise.
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.sync.get(SETTINGS_KEY);
  } catch {
    stored = await browser.storage.local.get(SETTINGS_KEY);
  }
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Throws StorageFullError (a sentence for the reader) when the storage area is full. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { name, store } = await area();
  await writeOrExplain(name, SETTINGS_KEY, settings, () => store.set({ [SETTINGS_KEY]: settings }));
}

/** Calls `listener` with fresh settings whenever they change in any context. */
export function onSettingsChanged(listener: (s: Settings, problems: SettingsProblem[]) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[SETTINGS_KEY];
    if (!change) return;
    const { settings, problems } = parseSettings(change.newValue);
    listener(settings, problems);
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
