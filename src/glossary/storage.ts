/**
 * The glossary in storage.local (issue #6): it can grow past storage.sync's 100 KB and
 * is the user's own writing, so it stays on this device. A full storage is reported as a
 * StorageFullError with the size; a stored entry that no longer checks out is left out
 * and counted, never shown half-valid.
 */
import { browser } from '../platform/browser';
import { writeOrExplain } from '../settings/quota';
import { GLOSSARY_KEY } from './changes';
import { checkDraft, type GlossaryEntry } from './entry';

export { GLOSSARY_KEY, onGlossaryChanged } from './changes';
export const GLOSSARY_VERSION = 1;

interface Stored { version: number; entries: GlossaryEntry[] }

/** Stored value → entries; `dropped` counts what could not be read (shown as a notice). */
export function readStored(raw: unknown): { entries: GlossaryEntry[]; dropped: number } {
  if (raw === undefined) return { entries: [], dropped: 0 };
  const list = (raw as Partial<Stored> | null)?.entries;
  if (!Array.isArray(list)) return { entries: [], dropped: 1 };
  const entries: GlossaryEntry[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const item of list as unknown[]) {
    const id = (item as { id?: unknown } | null)?.id;
    const { draft } = typeof item === 'object' && item !== null ? checkDraft(item as Record<string, unknown>) : { draft: null };
    if (!draft || typeof id !== 'string' || !id || ids.has(id)) { dropped++; continue; }
    ids.add(id);
    entries.push({ id, ...draft });
  }
  return { entries, dropped };
}

export async function loadGlossary(): Promise<{ entries: GlossaryEntry[]; dropped: number }> {
  const stored = await browser.storage.local.get(GLOSSARY_KEY);
  return readStored(stored[GLOSSARY_KEY]);
}

export async function saveGlossary(entries: readonly GlossaryEntry[]): Promise<void> {
  const value: Stored = { version: GLOSSARY_VERSION, entries: [...entries] };
  await writeOrExplain('local', GLOSSARY_KEY, value, () => browser.storage.local.set({ [GLOSSARY_KEY]: value }));
}
