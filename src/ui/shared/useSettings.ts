/**
 * Settings in a Preact page: loaded once, kept in step with every other context (a tab
 * saving a "Not this …?" correction, the options page), saved on each change. The saved
 * value reaches open tabs through storage.onChanged; no reload and no message needed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultSettings, type Settings, type SettingsProblem } from '../../settings/schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../../settings/store';
import { saveErrorText } from './problems';

export interface SettingsState {
  settings: Settings | null;
  problems: SettingsProblem[];
  /** Why the last save failed, in words; null after a good save. */
  saveError: string | null;
  /** Bumped on each good save (the pages announce "Saved"). */
  saved: number;
  update(change: (s: Settings) => Settings): Promise<boolean>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  // Updates read the newest settings, not the ones a handler closed over.
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const take = (s: Settings, p: SettingsProblem[]) => { latest.current = s; setSettings(s); setProblems(p); };
    loadSettings()
      .then(({ settings: s, problems: p }) => { if (!controller.signal.aborted) take(s, p); })
      .catch(() => take(defaultSettings(), [{ kind: 'unreadable' }]));
    onSettingsChanged(take, controller.signal);
    return () => controller.abort();
  }, []);

  async function update(change: (s: Settings) => Settings): Promise<boolean> {
    if (!latest.current) return false;
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    try {
      await saveSettings(next);
      setProblems([]);
      setSaveError(null);
      setSaved((n) => n + 1);
      return true;
    } catch (e) {
      setSaveError(saveErrorText(e));
      return false;
    }
  }

  return { settings, problems, saveError, saved, update };
}
