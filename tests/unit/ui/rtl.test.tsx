// The pages in German and Arabic: every string found, Arabic laid out right-to-left, and
// a stylesheet written in logical directions only, so RTL mirrors it (issue #6).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onTabMessage, resetBrowser, useLocale } from '../support/fake-browser';
import { applyLocaleDirection, directionFor, forgetMessages } from '../../../src/i18n/i18n';
import { Options } from '../../../src/ui/options/Options';
import { Popup } from '../../../src/ui/popup/Popup';
import { mount, unmount, until } from './render';

vi.mock('../../../src/platform/browser', () => import('../support/fake-browser'));

const CSS = readFileSync(resolve(import.meta.dirname, '../../../src/ui/shared/theme.css'), 'utf8');
/** Text that is a message key, not a message: a string missing from the locale. */
const RAW_KEY = /\b(?:opt|popup|glossary|settings|shortcuts?|saveError|command)[A-Z][A-Za-z]*\b|\btype_[a-z]+\b/;

function texts(root: Element): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) out.push(n.textContent!.trim());
  for (const el of root.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label')!);
  return out;
}

describe('right-to-left and translated pages', () => {
  beforeEach(() => {
    resetBrowser();
    forgetMessages();
    onTabMessage(() => ({ host: 'news.example', article: true, score: 1, reasons: [], readerOpen: false, names: 3, cardsEnabled: true }));
  });
  // Preact runs effects after the next frame or, at the latest, a 100 ms timer: let that
  // timer fire while jsdom's frame functions still exist, not after the file's teardown
  // (on a loaded machine it fired late and threw "cancelAnimationFrame is not defined").
  afterEach(async () => {
    unmount(); document.documentElement.removeAttribute('dir');
    await new Promise((done) => setTimeout(done, 110));
  });

  it('maps the browser bidi direction', () => {
    expect(directionFor('rtl')).toBe('rtl');
    expect(directionFor('ltr')).toBe('ltr');
    expect(directionFor('')).toBe('ltr');
  });

  it('sets dir="rtl" and lang on the page in Arabic, ltr in German', () => {
    useLocale('ar');
    applyLocaleDirection(document);
    expect([document.documentElement.dir, document.documentElement.lang]).toEqual(['rtl', 'ar']);
    useLocale('de');
    forgetMessages(); // a page's language never changes while it is open: only tests switch it
    applyLocaleDirection(document);
    expect([document.documentElement.dir, document.documentElement.lang]).toEqual(['ltr', 'de']);
  });

  it.each(['ar', 'de'])('shows the options page in %s with no string missing', async (lang) => {
    useLocale(lang);
    forgetMessages();
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('#g-name') && !!root.querySelector('[data-testid="shortcuts"] dt'), 'page');
    expect(root.querySelector('h1')!.textContent).toBe(lang === 'ar' ? 'إعدادات Gloss' : 'Gloss-Einstellungen');
    expect(texts(root).filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it.each(['ar', 'de'])('shows the popup in %s with no string missing', async (lang) => {
    useLocale(lang);
    forgetMessages();
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="site-cards"]') && !!root.querySelector('[data-testid="shortcuts"] dt'), 'popup');
    expect(texts(root).filter((s) => RAW_KEY.test(s))).toEqual([]);
    if (lang === 'ar') expect(root.querySelector('[data-testid="names"]')!.textContent).toBe('الأسماء التي لها بطاقات في هذه الصفحة: 3');
  });

  it('gives detection\'s reasons in German, the declared type passed through', async () => {
    useLocale('de');
    forgetMessages();
    onTabMessage(() => ({ host: 'news.example', article: true, score: 2, reasons: ['schema.org NewsArticle', 'one long body of text'],
      readerOpen: false, names: 0, cardsEnabled: true }));
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="reasons"] li'), 'reasons');
    expect([...root.querySelectorAll('[data-testid="reasons"] li')].map((li) => li.textContent))
      .toEqual(['Als NewsArticle ausgezeichnet (schema.org)', 'Ein langer zusammenhängender Text']);
  });

  it('keeps a Latin host name isolated inside Arabic text', async () => {
    useLocale('ar');
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('#site-title'), 'site title');
    expect(root.querySelector('#site-title')!.textContent).toBe('على \u2068news.example\u2069');
  });

  it('styles with logical directions only, so dir="rtl" mirrors the layout', () => {
    const physical = CSS.split('\n').filter((line) =>
      /(?:margin|padding|border)-(?:left|right)|(?:^|[\s;{])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)/.test(line));
    expect(physical).toEqual([]);
    expect(CSS).toMatch(/inline-start/);
  });
});
