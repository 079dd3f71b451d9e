/** The visible notice when stored settings could not be read and defaults stand in (issue #6). */
import type { SettingsProblem } from '../../settings/schema';
import { t } from '../../i18n/i18n';
import { problemText } from './problems';

export function SettingsNotice({ problems, onAccept }: { problems: SettingsProblem[]; onAccept(): void }) {
  if (!problems.length) return null;
  const lines = [...new Set(problems.map(problemText))];
  return (
    <div class="notice" role="alert" data-testid="settings-notice">
      <p>{t('settingsNoticeIntro')}</p>
      <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul>
      {/* Saving writes the repaired settings back, so the notice does not return. */}
      <button type="button" onClick={onAccept}>{t('settingsNoticeAccept')}</button>
    </div>
  );
}
