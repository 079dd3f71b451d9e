/**
 * The reading view (issue #3, part 3): toolbar, optional "What was removed" panel, and
 * the article — or, when extraction failed, a clear message and the way back.
 */
import { createPortal } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Navigator } from './Navigator';
import type { ExtractResult, RemovedItem } from '../extract-types';
import { Article } from './Article';
import { MEASURE_CH, typographyStyle, type ViewPrefs } from './prefs';
import { RemovedPanel } from './RemovedPanel';
import { queryView } from './slotted';
import { insertRestored } from '../restore';
import { Toolbar } from './Toolbar';
import type { StringKey, Translate } from './strings';
import { saveArticle } from './save-file';

export interface ReaderProps {
  result: ExtractResult;
  /** The complete "What was removed" list, once known (it is read after the first paint);
   *  until then the view lists what its own rules removed. */
  removed?: RemovedItem[];
  prefs: ViewPrefs;
  t: Translate;
  /** The page's host name, shown when the page states no site name. */
  site: string;
  alwaysClean: boolean;
  /** The view's look is kept for this site rather than for every site. */
  sitePrefs?: boolean;
  onSitePrefs?(on: boolean, prefs: ViewPrefs): void;
  onPrefs(next: ViewPrefs): void;
  onAlwaysClean(on: boolean): void;
  onClose(): void;
  onInPageLink(id: string): void;
  /** How the names marked in the view are read aloud, where their records say (issue #15). */
  pronunciations?(): Promise<ReadonlyMap<string, string>>;
  /** The host's light-DOM element the article renders into, projected through a <slot>
   *  (issue #15, part 5; ADR 3). Absent in unit tests: the article renders in place. */
  articleHost?: HTMLElement;
  /** "Always / Never remove blocks like this on this site" (issue #15, part 6). */
  onBlockRule?(item: RemovedItem, keep: boolean): void;
  /** The language and direction of Gloss's own words (the browser's UI language): the
   *  toolbar, menus and panels follow it, the article keeps its own (issue #15, part 8). */
  ui?: { lang: string; dir: 'ltr' | 'rtl' };
}

/** The article in the host's light DOM, shown where the slot stands. */
const inLightDom = (article: preact.JSX.Element, host: HTMLElement | undefined) =>
  host ? <>{createPortal(article, host)}<slot name={host.slot} /></> : article;

const FAILURE_KEY: Record<string, StringKey> = { 'not-article': 'NotArticle', 'too-short': 'TooShort', error: 'Error' };

export function Reader(props: ReaderProps) {
  const { result, t } = props;
  const [prefs, setPrefs] = useState(props.prefs);
  // The latest settings, also between a click and the render it causes.
  const latest = useRef(props.prefs);
  const [always, setAlways] = useState(props.alwaysClean);
  const [removedOpen, setRemovedOpen] = useState(false);
  // The view's scrolling element, for the parts that listen to it or query it (Navigator,
  // Listen, Restore, Print and save) in effects and handlers: a ref, not state. As state set
  // from a ref callback, it re-rendered the whole view in a microtask before the first paint
  // (about 2.6 ms of each opening in a CPU profile of the bench's Chromium: issue #14 item 4).
  const scroller = useRef<HTMLDivElement | null>(null);
  const removed = props.removed ?? (result.ok ? result.removed : []);
  // Kept by entry, not by place in the list: the list grows once what Readability left out
  // is known, and Gloss's own removals are the same entries in both.
  const [restoredItems, setRestored] = useState<ReadonlySet<RemovedItem>>(new Set());
  const [decidedItems, setDecided] = useState<ReadonlyMap<RemovedItem, boolean>>(new Map());
  const restored = new Set(removed.flatMap((item, i) => (restoredItems.has(item) ? [i] : [])));
  const decided = new Map(removed.flatMap((item, i) => (decidedItems.has(item) ? [[i, decidedItems.get(item)!] as const] : [])));
  const onRestore = (i: number) => {
    const item = removed[i];
    const body = scroller.current && queryView(scroller.current, '.body')[0];
    const back = item?.restore?.();
    if (!item || !body || !back?.html) return;
    insertRestored(body, back.html, back.after, i);
    setRestored(new Set([...restoredItems, item]));
  };
  const onDecide = (i: number, keep: boolean) => {
    const item = removed[i];
    if (!item || !props.onBlockRule) return;
    props.onBlockRule(item, keep);
    setDecided(new Map([...decidedItems, [item, keep]]));
  };
  const onPrefs = (change: (current: ViewPrefs) => Partial<ViewPrefs>) => {
    latest.current = { ...latest.current, ...change(latest.current) };
    setPrefs(latest.current);
    props.onPrefs(latest.current);
  };
  const onAlways = (on: boolean) => { setAlways(on); props.onAlwaysClean(on); };
  const host = props.articleHost;
  // The article sheet's rules for the view root's switches match on the slotted element.
  useLayoutEffect(() => {
    if (!host) return;
    host.dataset.theme = prefs.theme;
    host.dataset.images = prefs.images ? 'on' : 'off';
  }, [host, prefs.theme, prefs.images]);
  // Escape in "What was removed" (or on its button) closes the list, not the view, and
  // focus goes back to the button.
  const onKeyDown = (e: KeyboardEvent) => {
    const at = e.target as Element | null;
    if (e.key !== 'Escape' || !removedOpen || !at?.closest?.('#gloss-removed, [data-action="removed"]')) return;
    e.stopPropagation();
    setRemovedOpen(false);
    scroller.current?.querySelector<HTMLElement>('[data-action="removed"]')?.focus();
  };
  const style = { '--font-size': `${prefs.fontSize}px`, '--measure': String(MEASURE_CH[prefs.width]), ...typographyStyle(prefs) };
  return (
    <div class="gloss-scroll" ref={scroller} data-theme={prefs.theme} data-images={prefs.images ? 'on' : 'off'} style={style} lang={props.ui?.lang} dir={props.ui?.dir ?? 'ltr'}
      role="dialog" aria-modal="true" aria-label={t('Label')} onKeyDown={onKeyDown}>
      <Toolbar t={t} prefs={prefs} onPrefs={onPrefs} onClose={props.onClose} site={props.site}
        sitePrefs={!!props.sitePrefs} onSitePrefs={(on) => props.onSitePrefs?.(on, latest.current)}
        {...(result.ok ? { scroller, lang: result.lang ?? undefined } : {})}
        {...(props.pronunciations ? { pronunciations: props.pronunciations } : {})}
        alwaysClean={always} onAlwaysClean={onAlways}
        {...(result.ok ? { removedCount: removed.length, removedOpen, onToggleRemoved: () => setRemovedOpen(!removedOpen) } : {})}
        {...(result.ok ? {
          onPrint: () => scroller.current?.ownerDocument.defaultView?.print(),
          onSaveHtml: () => { if (scroller.current) saveArticle(result, t, scroller.current); },
        } : {})} />
      {result.ok && removedOpen && <RemovedPanel t={t} items={removed} onClose={props.onClose} site={props.site}
        restored={restored} onRestore={onRestore} decided={decided} {...(props.onBlockRule ? { onDecide } : {})} />}
      {result.ok && <Navigator t={t} scroller={scroller} minutes={result.readingMinutes} layoutKey={`${prefs.fontSize}/${prefs.width}`} />}
      {result.ok
        ? inLightDom(<Article article={result} site={props.site} t={t} onInPageLink={props.onInPageLink} />, host)
        : (
          <div class="failure" role="alert">
            <h1>{t('FailTitle')}</h1>
            <p data-reason={result.reason}>{t(FAILURE_KEY[result.reason] ?? 'Error')}</p>
            <button type="button" data-action="close" onClick={props.onClose}>{t('Back')}</button>
          </div>
        )}
    </div>
  );
}
