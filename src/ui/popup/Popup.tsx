import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../platform/browser';
import { toContent } from '../../platform/messaging';
import type { PageStatus } from '../../content/page-status';
import { t } from '../shared/i18n';

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

export function Popup() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setLoad({ state: 'unavailable' });
      const tab = { id: tabId };
      try {
        const status = await toContent(tab.id, { type: 'page/status' });
        setLoad({ state: 'ready', tabId: tab.id, status });
      } catch {
        setLoad({ state: 'unavailable' });
      }
    })();
  }, []);

  if (load.state === 'loading') return <main class="popup" aria-busy="true">{t('popupLoading')}</main>;
  if (load.state === 'unavailable') return <main class="popup"><p>{t('popupUnavailable')}</p></main>;
  const { status, tabId } = load;

  const toggle = async () => {
    const next = await toContent(tabId, { type: 'reader/toggle' });
    setLoad({ state: 'ready', tabId, status: next });
  };

  return (
    <main class="popup">
      <h1 class="popup-title">Gloss</h1>
      <p data-testid="verdict">{status.article ? t('popupArticle') : t('popupNotArticle')}</p>
      <button type="button" data-testid="toggle-clean" aria-pressed={status.readerOpen} onClick={toggle}>
        {status.readerOpen ? t('popupCloseClean') : t('popupOpenClean')}
      </button>
    </main>
  );
}
