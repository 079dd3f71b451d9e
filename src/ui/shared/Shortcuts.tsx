/**
 * The extension's keyboard shortcuts as the browser has them now (they may have been
 * changed or dropped for a clash), and how to change them (issue #6).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../platform/browser';
import { openShortcutSettings, shortcutSettingsHint } from '../../platform/shortcuts';
import { t, tOr } from '../../i18n/i18n';

/** Our own words for each command: some browsers hand back the raw __MSG_…__ text. */
const COMMAND_TEXT: Record<string, string> = {
  'toggle-clean': 'commandToggleClean',
  'next-name': 'commandNextName',
  'previous-name': 'commandPreviousName',
  'whos-who': 'commandWhosWho',
  '_execute_action': 'commandOpenPopup',
};

interface Command { name?: string; description?: string; shortcut?: string }

export function Shortcuts({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [opened, setOpened] = useState<boolean | null>(null);
  useEffect(() => { browser.commands.getAll().then(setCommands, () => setCommands([])); }, []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-title" data-testid="shortcuts">
      <Heading id="shortcuts-title">{t('shortcutsTitle')}</Heading>
      <dl>
        {(commands ?? []).map((c) => (
          <div class="shortcut" key={c.name}>
            <dt>{tOr(COMMAND_TEXT[c.name ?? ''] ?? '', c.description ?? c.name ?? '')}</dt>
            <dd>{c.shortcut ? <kbd dir="ltr">{c.shortcut}</kbd> : <span class="muted">{t('shortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t('shortcutsHow')} <span dir="ltr" class="path">{shortcutSettingsHint}</span></p>
      <button type="button" onClick={async () => setOpened(await openShortcutSettings())}>{t('shortcutsChange')}</button>
      {opened === false && <p role="status" class="muted">{t('shortcutsOpenFailed')}</p>}
    </section>
  );
}
