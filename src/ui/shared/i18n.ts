import { browser } from '../../platform/browser';

/** A UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A UI string when `key` names one, else `fallback` (codes from other parts, e.g. detection reasons). */
export function tOr(key: string, fallback: string, substitutions?: string | string[]): string {
  if (!/^[A-Za-z0-9_]+$/.test(key)) return fallback;
  return browser.i18n.getMessage(key, substitutions) || fallback;
}

/** The writing direction for the value of the predefined message "@@bidi_dir". */
export function directionFor(bidiDir: string): 'rtl' | 'ltr' {
  return bidiDir === 'rtl' ? 'rtl' : 'ltr';
}

/** Lays extension pages out right-to-left in RTL locales (Arabic). */
export function applyLocaleDirection(doc: Document): void {
  const dir = directionFor(browser.i18n.getMessage('@@bidi_dir'));
  doc.documentElement.dir = dir;
  doc.documentElement.lang = browser.i18n.getUILanguage();
}

/** Wraps text from outside our strings (host names, page words) in Unicode isolates, so a
 *  Latin host inside an Arabic sentence keeps its own direction and the sentence its order. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
