import { browser } from '../platform/browser';
import { toContent } from '../platform/messaging';

const MENU_TOGGLE_CLEAN = 'gloss-toggle-clean';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Tabs where no content script runs (browser pages, the store) simply do nothing. */
async function toggleClean(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await toContent(tabId, { type: 'reader/toggle' }).catch(() => undefined);
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command: string) => {
    const tabId = await activeTabId();
    if (command === 'toggle-clean') await toggleClean(tabId);
    else if (command === 'whos-who' && tabId !== undefined)
      await toContent(tabId, { type: 'whoswho/toggle' }).catch(() => undefined);
    else if ((command === 'next-name' || command === 'previous-name') && tabId !== undefined)
      await toContent(tabId, { type: 'cards/step', direction: command === 'next-name' ? 1 : -1 }).catch(() => undefined);
  });

  // Menus persist across restarts; recreate on install/update only (Chrome warns on duplicates).
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_TOGGLE_CLEAN,
      title: browser.i18n.getMessage('menuToggleClean'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE_CLEAN) void toggleClean(tab?.id);
  });
}
