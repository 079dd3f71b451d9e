/**
 * The reading view (issue #3, part 3): toolbar, optional "What was removed" panel, and
 * the article — or, when extraction failed, a clear message and the way back.
 */
import { useRef, useState } from 'preact/hooks';
import { Navigator } from './Navigator';
import type { ExtractResult, RemovedItem } from '../extract-types';
import { Article } from './Article';
import { MEASURE_CH, typographyStyle, type ViewPrefs } from './prefs';
import { RemovedPanel } from './RemovedPanel';
import { Toolbar } from './Toolbar';
import type { StringKey, Translate } from './strings';

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
  /** The language and direction of Gloss's own words (the browser's UI language): the
   *  toolbar, menus and panels follow it, the article keeps its own (issue #15, part 8). */
  ui?: { lang: string; dir: 'ltr' | 'rtl' };
}

const FAILURE_KEY: Record<string, StringKey> = { 'not-article': 'NotArticle', 'too-short': 'TooShort', error: 'Error' };

export function Reader(props: ReaderProps) {
  const { result, t } = props;
  const [prefs, setPrefs] = useState(props.prefs);
  // The latest settings, also between a click and the render it causes.
  const latest = useRef(props.prefs);
  const [always, setAlways] = useState(props.alwaysClean);
  const [removedOpen, setRemovedOpen] = useState(false);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const removed = props.removed ?? (result.ok ? result.removed : []);
  const onPrefs = (change: (current: ViewPrefs) => Partial<ViewPrefs>) => {
    latest.current = { ...latest.current, ...change(latest.current) };
    setPrefs(latest.current);
    props.onPrefs(latest.current);
  };
  const onAlways = (on: boolean) => { setAlways(on); props.onAlwaysClean(on); };
  // Escape in "What was removed" (or on its button) closes the list, not the view, and
  // focus goes back to the button.
  const onKeyDown = (e: KeyboardEvent) => {
    const at = e.target as Element | null;
    if (e.key !== 'Escape' || !removedOpen || !at?.closest?.('#gloss-removed, [data-action="removed"]')) return;
    e.stopPropagation();
    setRemovedOpen(false);
    scroller?.querySelector<HTMLElement>('[data-action="removed"]')?.focus();
  };
  const style = { '--font-size': `${prefs.fontSize}px`, '--measure': String(MEASURE_CH[prefs.width]), ...typographyStyle(prefs) };
  return (
    <div class="gloss-scroll" ref={setScroller} data-theme={prefs.theme} data-images={prefs.images ? 'on' : 'off'} style={style} lang={props.ui?.lang} dir={props.ui?.dir ?? 'ltr'}
      role="dialog" aria-modal="true" aria-label={t('Label')} onKeyDown={onKeyDown}>
      <Toolbar t={t} prefs={prefs} onPrefs={onPrefs} onClose={props.onClose} site={props.site}
        sitePrefs={!!props.sitePrefs} onSitePrefs={(on) => props.onSitePrefs?.(on, latest.current)}
        {...(result.ok ? { scroller, lang: result.lang ?? undefined } : {})}
        alwaysClean={always} onAlwaysClean={onAlways}
        {...(result.ok ? { removedCount: removed.length, removedOpen, onToggleRemoved: () => setRemovedOpen(!removedOpen) } : {})} />
      {result.ok && removedOpen && <RemovedPanel t={t} items={removed} onClose={props.onClose} />}
      {result.ok && <Navigator t={t} scroller={scroller} minutes={result.readingMinutes} layoutKey={`${prefs.fontSize}/${prefs.width}`} />}
      {result.ok
        ? <Article article={result} site={props.site} t={t} onInPageLink={props.onInPageLink} />
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
