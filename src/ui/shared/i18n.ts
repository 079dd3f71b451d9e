import { browser } from '../../platform/browser';

/** A UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Lays extension pages out right-to-left in RTL locales (Arabic). */
export function applyLocaleDirection(doc: Document): void {
  const dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  doc.documentElement.dir = dir;
  doc.documentElement.lang = browser.i18n.getUILanguage();
}
