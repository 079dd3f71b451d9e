/**
 * Opening and leaving clean mode (issue #3, parts 3-5). Opening extracts from a clone and
 * shows the view in one shadow host; leaving removes that host and everything it
 * listened to, and puts focus and scroll back: the page is left exactly as it was.
 * This chunk loads only when clean mode is asked for.
 */
import { h, render } from 'preact';
import type { BlockRule, Settings } from '../settings/schema';
import { addBlockRule } from '../settings/sites';
import type { ExtractResult, RemovedItem } from './extract-types';
import { sameBlock } from './block-rules';
import { saveSettings } from '../settings/store';
import { TIMING } from '../timing';
import { whenIdle } from '../schedule/idle';
import { message, uiLocale } from '../i18n/i18n';
import { createShadowHost, type ShadowHost } from '../page-ui/shadow-host';
import { scrollBehavior } from '../page-ui/scroll';
import { extractForView, type Extraction } from './extract';
import { firstScreenHtml } from './first-screen';
import { endReaderWork, lapReaderWork, resumeReaderWork } from '../probes/paint';
import { adoptCss, deepActiveElement, manageKeys } from './view/effects';
import { documentFonts } from './view/document-fonts';
import { browser } from '../platform/browser';
import { siteFromHost, type ViewPrefs } from './view/prefs';
import { PRINT_PAGE_CSS, READER_CSS } from './view/reader-css';
import { ARTICLE_SLOT, articleCss } from './view/article-css';
import { Reader, type ReaderProps } from './view/Reader';
import { Preparing } from './view/Preparing';
import { localized } from './view/strings';

/**
 * What clean mode needs of the page it opens on; the content lifecycle hands it over
 * (features never import the lifecycle: issue #17).
 */
export interface ReaderHost {
  status: { readerOpen: boolean; readerError?: string };
  settings: Settings;
  signal: AbortSignal;
  verdict: { container?: Element } | null;
  names: { addRoot(root: Element): unknown; removeRoot(root: Element): void; pronunciations?(root: Element): Promise<ReadonlyMap<string, string>> } | null;
}

interface OpenView {
  ctx: ReaderHost;
  host: ShadowHost;
  mount: HTMLElement;
  /** The article element (names are marked there); null on the failure view. */
  article: HTMLElement | null;
  controller: AbortController;
  undo: (() => void)[];
  scroll: { x: number; y: number };
  returnFocus: Element | null;
}

let view: OpenView | null = null;
/** Derived once per page from the view's sheet (article-css.ts). */
let lightCss: string | null = null;

/** The reading view's article root, when open (names are marked there too). */
export function readerRoot(): ShadowRoot | Element | null {
  return view?.article ?? null;
}

/** Saved for this site when the reader keeps its own look here, else for every site. */
function savePrefsLater(ctx: ReaderHost, host: string, signal: AbortSignal): (prefs: ViewPrefs) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: ViewPrefs | null = null;
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const rule = ctx.settings.sites[host];
    ctx.settings = rule?.reader
      ? { ...ctx.settings, sites: { ...ctx.settings.sites, [host]: { ...rule, reader: pending } } }
      : { ...ctx.settings, reader: pending };
    pending = null;
    void saveSettings(ctx.settings).catch(() => undefined);
  };
  // Leaving clean mode saves at once what is still waiting.
  signal.addEventListener('abort', flush, { once: true });
  return (prefs) => {
    pending = prefs;
    clearTimeout(timer);
    timer = setTimeout(flush, TIMING.readerPrefsSaveMs);
  };
}

/** Keeps the view's look for this site (from now on saved there), or drops it back to the general one. */
function saveSitePrefs(ctx: ReaderHost, host: string, on: boolean, prefs: ViewPrefs): void {
  const { reader: _dropped, ...rest } = ctx.settings.sites[host] ?? {};
  const rule = on ? { ...rest, reader: prefs } : rest;
  ctx.settings = { ...ctx.settings, sites: { ...ctx.settings.sites, [host]: rule } };
  void saveSettings(ctx.settings).catch(() => undefined);
}

function saveAlwaysClean(ctx: ReaderHost, host: string, on: boolean): void {
  const rule = { ...ctx.settings.sites[host], alwaysClean: on };
  ctx.settings = { ...ctx.settings, sites: { ...ctx.settings.sites, [host]: rule } };
  void saveSettings(ctx.settings).catch(() => undefined);
}

/** "Always / Never remove blocks like this on this site": kept with the site's rules, used from the next opening. */
function saveBlockRule(ctx: ReaderHost, host: string, item: RemovedItem, keep: boolean): void {
  if (!item.block) return;
  const rule: BlockRule = { keep, ...item.block, label: item.label, sample: item.sample };
  ctx.settings = addBlockRule(ctx.settings, host, rule, sameBlock);
  void saveSettings(ctx.settings).catch(() => undefined);
}

/** Resolves after the next frame is painted, unless the view was left: two tasks after it,
 *  so what else waited for that frame (the page's own work, the bench's clock) goes first. */
const afterPaint = (signal: AbortSignal) => new Promise<void>((resolve, reject) =>
  requestAnimationFrame(() => setTimeout(() => setTimeout(() => (signal.aborted ? reject(signal.reason) : resolve()), 0), 0)));

/** The view's own updates right after it mounts (its ref callbacks set state) run in
 *  microtasks, before the frame: the clock of Gloss's work stops after them. */
const viewReady = () => void Promise.resolve().then(() => undefined).then(() => endReaderWork('view'));

/** The same result with `html` cut to its first blocks (the getter of the whole stays unread). */
const withHtml = (result: ExtractResult, html: string): ExtractResult => Object.create(result, { html: { value: html } }) as ExtractResult;

function open(ctx: ReaderHost): void {
  lapReaderWork('toggle');
  const scroll = { x: window.scrollX, y: window.scrollY };
  const returnFocus = deepActiveElement(document);
  // A very large page takes seconds to read: it shows that clean mode is coming first.
  const large = document.getElementsByTagName('*').length > TIMING.readerProgressElements;

  const controller = new AbortController();
  const { signal } = controller;
  const undo = [adoptCss(document, PRINT_PAGE_CSS), adoptCss(document, lightCss ??= articleCss(READER_CSS))];
  const mount = document.createElement('div');
  // The article is the host's light DOM, where the reader's own tools find it (ADR 3).
  const articleHost = document.createElement('div');
  articleHost.slot = ARTICLE_SLOT;

  const site = location.hostname;
  const prefs = ctx.settings.sites[site]?.reader ?? ctx.settings.reader;
  const fonts = documentFonts(document, (file) => browser.runtime.getURL(file));
  undo.push(() => fonts.remove());
  fonts.want(prefs.font);
  const savePrefs = savePrefsLater(ctx, site, signal);
  const t = localized(message);
  const base: Omit<ReaderProps, 'result'> = {
    prefs,
    sitePrefs: !!ctx.settings.sites[site]?.reader,
    onSitePrefs: (on: boolean, prefs: ViewPrefs) => saveSitePrefs(ctx, site, on, prefs),
    t,
    ui: uiLocale(),
    site: siteFromHost(site),
    alwaysClean: !!ctx.settings.sites[site]?.alwaysClean,
    onPrefs: (next: ViewPrefs) => { fonts.want(next.font); savePrefs(next); },
    onAlwaysClean: (on: boolean) => saveAlwaysClean(ctx, site, on),
    onBlockRule: (item: RemovedItem, keep: boolean) => saveBlockRule(ctx, site, item, keep),
    onClose: () => close(),
    onInPageLink: (id: string) => articleHost.querySelector(`#${CSS.escape(id)}`)?.scrollIntoView({ block: 'start', behavior: scrollBehavior() }),
    articleHost,
    pronunciations: async () => {
      const names = ctx.names;
      const article = view?.article;
      return names?.pronunciations && article ? names.pronunciations(article) : new Map();
    },
  };
  const extractNow = () => {
    const extraction = extractForView(document, new URL(location.href), ctx.verdict?.container, ctx.settings.sites[site]?.blocks);
    ctx.status.readerError = extraction.result.ok ? undefined : extraction.result.message;
    return extraction;
  };
  // Built before the host enters the page, so the page sees one element added and, on
  // leaving, removed (tests/e2e/privacy.e2e.ts); a large page's view is filled in later.
  const first = large ? null : extractNow();
  let host: ShadowHost;
  try {
    host = createShadowHost('gloss-reader', '', document, true, (el, root) => {
      undo.push(adoptCss(root, READER_CSS));
      root.append(mount);
      el.append(articleHost);
      if (first) render(h(Reader, { ...base, result: first.result }), mount);
      else render(h(Preparing, { t, ui: base.ui, theme: prefs.theme, onClose: () => close() }), mount);
    });
  } catch (e) {
    // Not in the page yet: only the adopted sheets are to take back.
    for (const u of undo) u();
    throw e;
  }
  const state: OpenView = { ctx, host, mount, article: null, controller, undo, scroll, returnFocus };
  view = state;
  const home = () => state.article ?? mount.querySelector<HTMLElement>('[data-action="close"]');
  manageKeys({ host: host.host, root: host.root, signal, home, close: () => close() });
  ctx.signal.addEventListener('abort', () => close(), { signal });

  /** The article is in: names, focus, and the rest of "What was removed". */
  const shown = ({ result, removedByReadability }: Extraction) => {
    // What Readability left out is found by reading the page again: after the article is
    // painted (bench: clean view), not before.
    // Leaving the view aborts `signal`, and with it this wait.
    if (result.ok) whenIdle(signal, TIMING.readerIdleWorkMs)
      .then(() => render(h(Reader, { ...base, result, removed: removedByReadability() }), mount), () => undefined);
    state.article = articleHost.querySelector('article');
    // Focus forces a layout of the whole view (4-24 ms in the bench), and marking names in
    // the article reads all its text (up to 150 ms on long corpus pages): both wait until
    // the view is painted, so the article shows first.
    requestAnimationFrame(() => setTimeout(() => {
      if (view !== state) return;
      home()?.focus({ preventScroll: true });
      if (state.article) ctx.names?.addRoot(state.article);
    }, 0));
  };
  if (first) {
    shown(first);
    viewReady();
    return;
  }
  lapReaderWork('progress');
  void (async () => {
    await afterPaint(signal);
    resumeReaderWork();
    const extraction = extractNow();
    const { result } = extraction;
    const head = result.ok ? firstScreenHtml(result.body, TIMING.readerFirstScreenChars) : null;
    render(h(Reader, { ...base, result: head === null ? result : withHtml(result, head) }), mount);
    viewReady();
    if (head !== null) {
      await afterPaint(signal);
      render(h(Reader, { ...base, result }), mount);
    }
    shown(extraction);
  })().catch((e: unknown) => {
    if (signal.aborted) return;
    // Never leave a half-built view behind.
    close();
    ctx.status.readerError = `Clean mode could not open: ${e instanceof Error ? e.message : String(e)}`;
  });
}

function close(): void {
  const state = view;
  if (!state) return;
  view = null;
  const { ctx } = state;
  if (state.article) ctx.names?.removeRoot(state.article);
  state.controller.abort();
  // Removed first, then unmounted in a microtask: the page's mutation observers still
  // see into a subtree removed in this task (transient observers, until their records are
  // delivered, which is queued before this), and should see the host go, not the article emptied.
  state.host.remove();
  queueMicrotask(() => render(null, state.mount));
  for (const undo of state.undo) undo();
  if (state.returnFocus instanceof HTMLElement && state.returnFocus.isConnected) state.returnFocus.focus({ preventScroll: true });
  // The view never scrolls the page, but focus changes can: put it back where it was.
  if (window.scrollX !== state.scroll.x || window.scrollY !== state.scroll.y) window.scrollTo(state.scroll.x, state.scroll.y);
  ctx.status.readerOpen = false;
  ctx.status.readerError = undefined;
}

export async function toggleReader(ctx: ReaderHost, want?: boolean): Promise<void> {
  const next = want ?? !view;
  try {
    if (next && !view) open(ctx);
    else if (!next && view) close();
  } catch (e) {
    // Never leave a half-built view or an uncaught error behind.
    close();
    ctx.status.readerError = `Clean mode could not open: ${e instanceof Error ? e.message : String(e)}`;
  }
  ctx.status.readerOpen = !!view;
}
