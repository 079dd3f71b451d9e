/**
 * Page lifecycle: detection at start (cheap, invisible), then features on demand.
 * Everything a feature adds listens with an AbortSignal, so stopping Gloss (extension
 * reloaded or removed, cards switched off) leaves nothing behind.
 */
import { browser, extensionContextGone } from '../platform/browser';
import { initialStatus, isMessage, type AnyMessage, type PageStatus, type ToContent } from '../messages';
import { notePainted, paintTimings, readerWork, startReaderWork } from '../probes/paint';
import { whenIdle } from '../schedule/idle';
import { detectArticleSliced, type Verdict } from '../detect/detect';
import { runSliced } from '../schedule/slices';
import { defaultSettings, type Settings } from '../settings/schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/store';
import { namesSettingsKey } from '../settings/names-part';
import type { NamesFeature } from './names';
import { onGlossaryChanged } from '../glossary/changes';
import { clearLeftovers } from './leftovers';
import { loadedNames, loadNames, loadReader } from './chunks';

const CONTENT_MESSAGES: (keyof ToContent)[] = ['page/status', 'reader/toggle', 'cards/step', 'whoswho/toggle'];

export interface PageContext {
  status: PageStatus;
  settings: Settings;
  signal: AbortSignal;
  /** The names feature when cards are on for this page. */
  names: NamesFeature | null;
  verdict: Verdict | null;
}

export function cardsWanted(settings: Settings, host: string): boolean {
  return settings.enabled && settings.cards.enabled && !settings.sites[host]?.noCards;
}

export function startPage(): void {
  clearLeftovers(document);
  const controller = new AbortController();
  const { signal } = controller;
  const host = location.hostname;
  const ctx: PageContext = { status: initialStatus(host), settings: defaultSettings(), signal, names: null, verdict: null };
  let namesController: AbortController | null = null;

  /** Set from a names start's first step until it has added its root: the chunk loading
   *  and the feature starting are part of finding names too (#17: the popup and the bench
   *  read `findingNames`; no message waits for names). */
  let namesStarting = false;

  const refreshCount = () => {
    ctx.status.names = ctx.names?.count() ?? 0;
    ctx.status.findingNames = namesStarting || (ctx.names?.finding() ?? false);
  };

  /** The settings names were last started with, as far as names read them. */
  let namesKey = '';

  async function restartNames(): Promise<void> {
    namesKey = namesSettingsKey(ctx.settings);
    namesController?.abort();
    ctx.names = null;
    namesController = null;
    namesStarting = false;
    ctx.status.cardsEnabled = cardsWanted(ctx.settings, host);
    refreshCount();
    if (!ctx.status.cardsEnabled || !ctx.verdict?.article) return;
    const own = new AbortController();
    namesController = own;
    namesStarting = true;
    try {
      const { startNames } = await loadNames();
      if (own.signal.aborted) return;
      const names = await startNames(ctx.settings, host, AbortSignal.any([signal, own.signal]), refreshCount, notThis, stop);
      if (own.signal.aborted) return names.stop();
      ctx.names = names;
      names.addRoot(ctx.verdict.container ?? document.body);
      // The reader chunk is loaded only when clean mode is open; never just to look.
      if (ctx.status.readerOpen) {
        const reader = await loadReader().then((m) => m.readerRoot()).catch(() => null);
        if (reader) names.addRoot(reader);
      }
    } finally {
      // Once aborted, a later start owns the flag (and cleared it when it began).
      if (namesController === own) namesStarting = false;
    }
  }

  async function notThis(surface: string): Promise<void> {
    const list = ctx.settings.exclusions[host] ?? [];
    if (list.includes(surface)) return;
    ctx.settings.exclusions = { ...ctx.settings.exclusions, [host]: [...list, surface] };
    try {
      await saveSettings(ctx.settings); // the change event re-marks the page
    } catch (e) {
      // Storage full or the extension gone: the reader still asked, so this tab honours it.
      console.debug('[Gloss] "Not this" could not be saved', e);
      await restartNames().catch(() => undefined);
    }
  }

  /** Detection, names and the site's always-clean rule: once, when Gloss is on. */
  let detecting = false;
  async function begin(): Promise<void> {
    if (!ctx.settings.enabled || ctx.verdict || detecting) return;
    detecting = true;
    const verdict = await detectArticleSliced(document, new URL(location.href), (step) => runSliced(step, signal))
      .finally(() => { detecting = false; });
    ctx.verdict = verdict;
    Object.assign(ctx.status, { article: verdict.article, score: verdict.score, reasons: verdict.reasons });
    await restartNames().catch((e) => console.debug('[Gloss] names unavailable', e));
    if (verdict.article && ctx.settings.sites[host]?.alwaysClean) {
      const { toggleReader } = await loadReader();
      await toggleReader(ctx, true);
    }
  }

  const ready = (async () => {
    ctx.settings = await loadSettings().then((r) => r.settings).catch(() => defaultSettings());
    await whenIdle(signal);
    await begin();
  })();

  onSettingsChanged((next) => {
    ctx.settings = next;
    // Gloss switched on in a tab that loaded while it was off: start it now, no reload (#6).
    if (next.enabled && !ctx.verdict) void ready.then(begin).catch(() => undefined);
    // Only what names read: the view's look, saved as it changes, leaves marks and cards be.
    else if (namesSettingsKey(next) !== namesKey) void restartNames();
  }, signal);

  // A glossary entry added or edited in the options shows on open tabs without a reload.
  onGlossaryChanged(() => {
    loadedNames()?.forgetAliasIndex();
    void restartNames();
  }, signal);

  async function handle(msg: AnyMessage<ToContent>): Promise<unknown> {
    await ready.catch(() => undefined);
    switch (msg.type) {
      case 'page/status':
        refreshCount();
        return { ...ctx.status, perf: paintTimings(), readerWork: readerWork() };
      case 'reader/toggle': {
        const asked = performance.now();
        const wasOpen = ctx.status.readerOpen;
        if (!wasOpen && msg.open !== false) startReaderWork(asked);
        const { toggleReader } = await loadReader();
        await toggleReader(ctx, msg.open);
        if (!wasOpen && ctx.status.readerOpen) notePainted('reader', asked);
        refreshCount();
        return { ...ctx.status, perf: paintTimings() };
      }
      case 'cards/step':
        ctx.names?.step(msg.direction);
        return undefined;
      case 'whoswho/toggle':
        await ctx.names?.settled();
        return { shown: (await ctx.names?.toggleWhosWho()) ?? false };
    }
  }

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    if (extensionContextGone()) return stop(), undefined;
    if (!isMessage<ToContent>(raw, CONTENT_MESSAGES)) return undefined;
    return handle(raw);
  };

  function stop(): void {
    controller.abort();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch { /* the extension is gone: so is its listener */ }
  }

  browser.runtime.onMessage.addListener(onMessage);
}
