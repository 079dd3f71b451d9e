import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../platform/browser';
import { toContent } from '../../platform/messaging';
import type { PageStatus } from '../../messages';
import { setSiteRule } from '../../settings/sites';
import { TIMING } from '../../timing';
import { t } from '../../i18n/i18n';
import { SettingsNotice } from '../shared/SettingsNotice';
import { Shortcuts } from '../shared/Shortcuts';
import { useSettings } from '../shared/useSettings';
import { popupModel } from './model';
import { PageSection } from './PageSection';
import { SiteSection } from './SiteSection';

/**
 * The tab the popup speaks for: the active tab, or `?tab=ID` when the popup is opened as a
 * page of its own (keyboard users pinning it, and the end-to-end tests).
 */
async function targetTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type Load = { state: 'loading' } | { state: 'ready'; tabId: number; status: PageStatus } | { state: 'unavailable' };

function Footer() {
  return (
    <footer class="popup-foot">
      <Shortcuts headingLevel={2} />
      <button type="button" class="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOptions')}
      </button>
    </footer>
  );
}

export function Popup() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const { settings, problems, saveError, update } = useSettings();

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setLoad({ state: 'unavailable' });
      const refresh = () => toContent(tabId, { type: 'page/status' })
        .then((status) => setLoad({ state: 'ready', tabId, status }));
      try {
        await refresh();
      } catch {
        return setLoad({ state: 'unavailable' });
      }
      // Marking runs in idle slices after a change: keep the count current while open.
      timer = setInterval(() => void refresh().catch(() => undefined), TIMING.popupStatusRefreshMs);
    })();
    return () => clearInterval(timer);
  }, []);

  if (load.state === 'loading' || (load.state === 'ready' && !settings))
    return <main class="popup" aria-busy="true">{t('popupLoading')}</main>;
  if (load.state === 'unavailable' || !settings) {
    return (
      <main class="popup">
        <h1 class="popup-title">{t('extName')}</h1>
        <p data-testid="unavailable">{t('popupUnavailable')}</p>
        <Footer />
      </main>
    );
  }
  const { status, tabId } = load;
  const model = popupModel(status, settings);

  const toggleClean = async (open?: boolean) => {
    setBusy(true);
    try {
      const next = await toContent(tabId, open === undefined ? { type: 'reader/toggle' } : { type: 'reader/toggle', open });
      setLoad({ state: 'ready', tabId, status: next });
    } finally {
      setBusy(false);
    }
  };
  const showWhosWho = async () => {
    const { shown } = await toContent(tabId, { type: 'whoswho/toggle' }).catch(() => ({ shown: false }));
    // The panel is in the page: the popup steps aside so the reader can use it.
    if (shown) window.close();
  };
  const onAlwaysClean = async (on: boolean) => {
    await update((s) => setSiteRule(s, status.host, { alwaysClean: on }));
    // "Always" includes now: the reader asked for it on an article they are looking at.
    if (on && model.verdict === 'article' && !model.cleanOpen) await toggleClean(true);
  };

  return (
    <main class="popup">
      <h1 class="popup-title">{t('extName')}</h1>
      <SettingsNotice problems={problems} onAccept={() => void update((s) => s)} />
      {!settings.enabled && (
        <div class="notice">
          <p>{t('popupGlossOffEverywhere')}</p>
          <button type="button" data-testid="turn-on" onClick={() => void update((s) => ({ ...s, enabled: true }))}>{t('popupTurnOn')}</button>
        </div>
      )}
      <PageSection model={model} busy={busy} onToggleClean={() => void toggleClean()} onWhosWho={() => void showWhosWho()} />
      <SiteSection model={model}
        onCards={(on) => void update((s) => setSiteRule(s, status.host, { noCards: !on }))}
        onUnderline={(mode) => void update((s) => setSiteRule(s, status.host, { underline: mode }))}
        onAlwaysClean={(on) => void onAlwaysClean(on)} />
      {saveError && <p class="error" role="alert">{saveError}</p>}
      <Footer />
    </main>
  );
}
