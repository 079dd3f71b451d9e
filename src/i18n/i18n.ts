import { browser } from '../platform/browser';

/** Each getMessage is a synchronous call into the browser (about 1 ms per card in the
 *  bench); a page's language never changes while it is open, so each answer is kept. */
const remembered = new Map<string, string>();
/** Substitutions can be page words (names, hosts): keep the memory small. */
const MAX_REMEMBERED = 500;

/** browser.i18n.getMessage, remembered per key and substitutions. */
export function message(key: string, substitutions?: string | string[]): string {
  const id = substitutions === undefined ? key : `${key}\u0000${([] as string[]).concat(substitutions).join('\u0000')}`;
  let text = remembered.get(id);
  if (text === undefined) {
    text = browser.i18n.getMessage(key, substitutions);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(id, text);
  }
  return text;
}

/** Forgets every remembered answer: only tests switch language under a running page. */
export function forgetMessages(): void {
  remembered.clear();
  locale = null;
}

/** A UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return message(key, substitutions) || key;
}

/** A UI string when `key` names one, else `fallback` (codes from other parts, e.g. detection reasons). */
export function tOr(key: string, fallback: string, substitutions?: string | string[]): string {
  if (!/^[A-Za-z0-9_]+$/.test(key)) return fallback;
  return message(key, substitutions) || fallback;
}

/** The writing direction for the value of the predefined message "@@bidi_dir". */
export function directionFor(bidiDir: string): 'rtl' | 'ltr' {
  return bidiDir === 'rtl' ? 'rtl' : 'ltr';
}

let locale: { lang: string; dir: 'ltr' | 'rtl' } | null = null;

/** The language and direction of Gloss's own strings (the browser's UI language), asked
 *  once like the messages: each card shows it. */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  locale ??= { lang: browser.i18n.getUILanguage(), dir: directionFor(message('@@bidi_dir')) };
  return locale;
}

/** Lays extension pages out right-to-left in RTL locales (Arabic). */
export function applyLocaleDirection(doc: Document): void {
  const { lang, dir } = uiLocale();
  doc.documentElement.dir = dir;
  doc.documentElement.lang = lang;
}

/** Wraps text from outside our strings (host names, page words) in Unicode isolates, so a
 *  Latin host inside an Arabic sentence keeps its own direction and the sentence its order. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
