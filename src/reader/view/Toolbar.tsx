/** The bar above the article: back to the page, theme, text size, line width, "What was removed". */
import type { RefObject } from 'preact';
import type { ReaderTheme, ReaderWidth } from '../../settings/schema';
import { FONT_SIZE_RANGE } from '../../settings/schema';
import { THEMES, WIDTHS, stepFontSize, type ViewPrefs } from './prefs';
import type { StringKey, Translate } from './strings';
import { TypographyMenu } from './TypographyMenu';
import { Listen } from './Listen';
import { KeepMenu } from './KeepMenu';

export interface ToolbarProps {
  t: Translate;
  prefs: ViewPrefs;
  /** Takes a change computed from the current settings (several clicks may come before a render). */
  onPrefs(change: (current: ViewPrefs) => Partial<ViewPrefs>): void;
  onClose(): void;
  /** Absent on the failure view, which has nothing removed to list. */
  removedCount?: number;
  removedOpen?: boolean;
  onToggleRemoved?(): void;
  site: string;
  /** The view's scrolling element and the article's language, for read-aloud. */
  scroller?: RefObject<HTMLElement | null>;
  lang?: string | undefined;
  pronunciations?(): Promise<ReadonlyMap<string, string>>;
  alwaysClean: boolean;
  onAlwaysClean(on: boolean): void;
  sitePrefs: boolean;
  onSitePrefs(on: boolean): void;
  /** Print and "Save as HTML"; absent on the failure view, which has no article to keep. */
  onPrint?(): void;
  onSaveHtml?(): void;
}

const themeKey = (th: ReaderTheme) => `Theme${th[0]!.toUpperCase()}${th.slice(1)}` as StringKey;
const widthKey = (w: ReaderWidth) => `Width${w[0]!.toUpperCase()}${w.slice(1)}` as StringKey;

export function Toolbar(p: ToolbarProps) {
  const { t, prefs } = p;
  return (
    <div class="bar" role="toolbar" aria-label={t('Controls')}>
      <button type="button" class="back" data-action="close" onClick={p.onClose}><span class="arrow" aria-hidden="true">←</span> {t('Back')}</button>
      <span class="spacer" />
      <fieldset class="group">
        <legend>{t('Theme')}</legend>
        {THEMES.map((th) => (
          <button type="button" data-theme-choice={th} aria-pressed={prefs.theme === th}
            onClick={() => p.onPrefs(() => ({ theme: th }))}>{t(themeKey(th))}</button>
        ))}
      </fieldset>
      <span class="group">
        {/* The glyph is what shows, the words are what is said: an aria-label that leaves
            out the visible "A−" fails speech users who say what they see (axe: label-content-name-mismatch). */}
        <button type="button" data-action="smaller" title={t('Smaller')} disabled={prefs.fontSize <= FONT_SIZE_RANGE.min}
          onClick={() => p.onPrefs((c) => ({ fontSize: stepFontSize(c.fontSize, -1) }))}><span aria-hidden="true">A−</span><span class="visually-hidden">{t('Smaller')}</span></button>
        <button type="button" data-action="larger" title={t('Larger')} disabled={prefs.fontSize >= FONT_SIZE_RANGE.max}
          onClick={() => p.onPrefs((c) => ({ fontSize: stepFontSize(c.fontSize, 1) }))}><span aria-hidden="true">A+</span><span class="visually-hidden">{t('Larger')}</span></button>
      </span>
      <select aria-label={t('Width')} data-action="width" value={prefs.width}
        onChange={(e) => { const width = (e.currentTarget as HTMLSelectElement).value as ReaderWidth; p.onPrefs(() => ({ width })); }}>
        {WIDTHS.map((w) => <option value={w}>{t(widthKey(w))}</option>)}
      </select>
      <TypographyMenu t={t} prefs={prefs} onPrefs={p.onPrefs} site={p.site} sitePrefs={p.sitePrefs} onSitePrefs={p.onSitePrefs} />
      {p.scroller !== undefined && <Listen t={t} scroller={p.scroller} lang={p.lang} prefs={prefs} onPrefs={p.onPrefs}
        {...(p.pronunciations ? { pronunciations: p.pronunciations } : {})} />}
      {p.onPrint && p.onSaveHtml && <KeepMenu t={t} onPrint={p.onPrint} onSave={p.onSaveHtml} />}
      {p.removedCount !== undefined && (
        <button type="button" data-action="removed" aria-expanded={!!p.removedOpen} aria-controls="gloss-removed"
          onClick={p.onToggleRemoved}>{t('Removed', String(p.removedCount))}</button>
      )}
      <label class="always">
        <input type="checkbox" data-action="always" checked={p.alwaysClean}
          onChange={(e) => p.onAlwaysClean((e.currentTarget as HTMLInputElement).checked)} />
        {t('AlwaysClean', p.site)}
      </label>
    </div>
  );
}
