/**
 * Where each browser lets users change extension shortcuts (issue #6). Firefox 137+ opens
 * its own page through commands.openShortcutSettings; Chrome lets an extension open
 * chrome://extensions/shortcuts in a tab. When neither works the hint text remains.
 */
import { browser, isFirefox, shortcutSettingsHint } from './browser';

export { shortcutSettingsHint };

/** True when it opened; false means "show the hint and let the user go there". */
export async function openShortcutSettings(): Promise<boolean> {
  try {
    if (isFirefox) {
      if (typeof browser.commands.openShortcutSettings !== 'function') return false;
      await browser.commands.openShortcutSettings();
    } else {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    }
    return true;
  } catch {
    return false;
  }
}
