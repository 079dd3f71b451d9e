/**
 * The only place that knows Chrome from Firefox. Everything else imports `browser`
 * (webextension-polyfill: promise-based in both) and the helpers here.
 */
import browser from 'webextension-polyfill';

export { browser };

/** Firefox exposes `browser` natively with getBrowserInfo; Chrome has neither. */
export const isFirefox: boolean =
  typeof (globalThis as { browser?: { runtime?: { getBrowserInfo?: unknown } } }).browser?.runtime?.getBrowserInfo === 'function';

/** Where each browser lets users change extension shortcuts (shown in popup and options). */
export const shortcutSettingsHint: string = isFirefox
  ? 'about:addons → ⚙ → Manage Extension Shortcuts'
  : 'chrome://extensions/shortcuts';

/** True when the extension was reloaded or removed under a running content script. */
export function extensionContextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
