/** The options page: every setting, per-site rules, corrections, the glossary, shortcuts (#6). */
import { useEffect, useState } from 'preact/hooks';
import { TIMING } from '../../timing';
import { t } from '../../i18n/i18n';
import { SettingsNotice } from '../shared/SettingsNotice';
import { Shortcuts } from '../shared/Shortcuts';
import { useSettings } from '../shared/useSettings';
import { CardsSection, GeneralSection } from './GeneralSection';
import { GlossarySection } from './glossary/GlossarySection';
import { ReaderSection } from './ReaderSection';
import { ExclusionsSection, SitesSection } from './SitesSection';

export function Options() {
  const { settings, problems, saveError, saved, update } = useSettings();
  const [showSaved, setShowSaved] = useState(false);
  useEffect(() => {
    if (!saved) return;
    setShowSaved(true);
    const timer = setTimeout(() => setShowSaved(false), TIMING.savedNoticeMs);
    return () => clearTimeout(timer);
  }, [saved]);

  if (!settings) return <main class="options" aria-busy="true"><h1>{t('optTitle')}</h1></main>;
  const props = { settings, update: (change: Parameters<typeof update>[0]) => void update(change) };
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <SettingsNotice problems={problems} onAccept={() => void update((s) => s)} />
      {/* Announced politely after each change; the change itself is already live in open tabs. */}
      <p class="saved" role="status" data-testid="saved">{showSaved ? t('optSaved') : ''}</p>
      {saveError && <p class="error" role="alert" data-testid="save-error">{saveError}</p>}
      <GeneralSection {...props} />
      <CardsSection {...props} />
      <ReaderSection {...props} />
      <SitesSection {...props} />
      <ExclusionsSection {...props} />
      <GlossarySection />
      <Shortcuts />
    </main>
  );
}
