/** Settings problems and storage errors in the reader's language (issue #6). */
import { StorageFullError } from '../../settings/quota';
import type { SettingsProblem } from '../../settings/schema';
import { t, tOr } from '../../i18n/i18n';

/** Setting paths → the label the options page shows for them. */
const LABELS: Record<string, string> = {
  'enabled': 'optEnabled',
  'cards.enabled': 'optCardsEnabled',
  'cards.dwellMs': 'optDwell',
  'cards.mentions': 'optMentions',
  'reader.theme': 'optTheme',
  'reader.fontSize': 'optFontSize',
  'reader.width': 'optWidth',
  'sites': 'optSitesTitle',
  'exclusions': 'optExclusionsTitle',
};

export function settingLabel(path: string): string {
  const type = /^cards\.types\.(\w+)$/.exec(path)?.[1];
  if (type) return tOr(`type_${type}`, path);
  const key = LABELS[path];
  return key ? tOr(key, path) : path;
}

export function problemText(p: SettingsProblem): string {
  switch (p.kind) {
    case 'unreadable': return t('settingsProblemUnreadable');
    case 'invalid': return t('settingsProblemInvalid', settingLabel(p.path));
    case 'newer': return t('settingsProblemNewer', String(p.version));
    case 'version': return t('settingsProblemVersion');
  }
}

export function saveErrorText(error: unknown): string {
  if (error instanceof StorageFullError) return t('saveErrorFull', String(Math.ceil(error.bytes / 1024)));
  return t('saveErrorOther', error instanceof Error ? error.message : String(error));
}
