/** The glossary in the options page: loaded, kept in step with other pages, saved whole. */
import { useEffect, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../../glossary/entry';
import { loadGlossary, onGlossaryChanged, saveGlossary } from '../../../glossary/storage';
import { saveErrorText } from '../../shared/problems';

export interface GlossaryState {
  entries: GlossaryEntry[] | null;
  /** Stored entries that could not be read and were left out. */
  dropped: number;
  saveError: string | null;
  /** Saves the whole list; false (with saveError set) when storage refused it. */
  commit(next: GlossaryEntry[]): Promise<boolean>;
}

export function useGlossary(): GlossaryState {
  const [entries, setEntries] = useState<GlossaryEntry[] | null>(null);
  const [dropped, setDropped] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const reload = () => loadGlossary().then((g) => {
      if (controller.signal.aborted) return;
      setEntries(g.entries);
      setDropped(g.dropped);
    }, () => setEntries([]));
    void reload();
    onGlossaryChanged(() => void reload(), controller.signal);
    return () => controller.abort();
  }, []);

  async function commit(next: GlossaryEntry[]): Promise<boolean> {
    try {
      await saveGlossary(next);
      setEntries(next);
      setDropped(0);
      setSaveError(null);
      return true;
    } catch (e) {
      setSaveError(saveErrorText(e));
      return false;
    }
  }

  return { entries, dropped, saveError, commit };
}
