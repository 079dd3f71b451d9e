/**
 * "Text and colours": font, line height, letter and word spacing, alignment and the
 * reader's own colours, with a warning below WCAG AA contrast (issue #15). One menu button
 * in the toolbar rather than a row of controls.
 */
import { useRef, useState } from 'preact/hooks';
import { LETTER_SPACING_RANGE, LINE_HEIGHT_RANGE, READER_FONTS, WORD_SPACING_RANGE, type ReaderAlign, type ReaderFont } from '../../settings/schema';
import { AA_TEXT, contrastRatio } from './contrast';
import type { ViewPrefs } from './prefs';
import type { StringKey, Translate } from './strings';

export interface TypographyMenuProps {
  t: Translate;
  prefs: ViewPrefs;
  onPrefs(change: (current: ViewPrefs) => Partial<ViewPrefs>): void;
  site: string;
  sitePrefs: boolean;
  onSitePrefs(on: boolean): void;
}

const fontKey = (f: ReaderFont) => `Font${f[0]!.toUpperCase()}${f.slice(1)}` as StringKey;
const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

export function TypographyMenu({ t, prefs, onPrefs, site, sitePrefs, onSitePrefs }: TypographyMenuProps) {
  const [open, setOpen] = useState(false);
  const [perSite, setPerSite] = useState(sitePrefs);
  const button = useRef<HTMLButtonElement>(null);
  // Escape closes the menu, not the view, and focus goes back to the button that opened it.
  const onEscape = (e: KeyboardEvent) => { if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); button.current?.focus(); } };
  const ratio = contrastRatio(prefs.colors.fg, prefs.colors.bg);
  const setColor = (which: 'fg' | 'bg') => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    onPrefs((c) => ({ theme: 'custom', colors: { ...c.colors, [which]: value } }));
  };
  return (
    <span class="group">
      <button type="button" ref={button} data-action="typography" aria-expanded={open} aria-controls="gloss-typo"
        onClick={() => setOpen(!open)} onKeyDown={onEscape}>
        Aa <span class="visually-hidden">{t('TextMenu')}</span>
      </button>
      {open && (
        <div class="typo" id="gloss-typo" role="group" aria-label={t('TextMenu')}
          onKeyDown={onEscape}>
          <label>{t('Font')}
            <select data-action="font" value={prefs.font} onChange={(e) => { const font = (e.currentTarget as HTMLSelectElement).value as ReaderFont; onPrefs(() => ({ font })); }}>
              {READER_FONTS.map((f) => <option value={f}>{t(fontKey(f))}</option>)}
            </select>
          </label>
          <label>{t('LineHeight')}
            <input type="range" data-action="line-height" min={LINE_HEIGHT_RANGE.min} max={LINE_HEIGHT_RANGE.max} step={0.05} value={prefs.lineHeight}
              onInput={(e) => { const lineHeight = num(e); onPrefs(() => ({ lineHeight })); }} />
          </label>
          <label>{t('LetterSpacing')}
            <input type="range" data-action="letter-spacing" min={LETTER_SPACING_RANGE.min} max={LETTER_SPACING_RANGE.max} step={0.01} value={prefs.letterSpacing}
              onInput={(e) => { const letterSpacing = num(e); onPrefs(() => ({ letterSpacing })); }} />
          </label>
          <label>{t('WordSpacing')}
            <input type="range" data-action="word-spacing" min={WORD_SPACING_RANGE.min} max={WORD_SPACING_RANGE.max} step={0.05} value={prefs.wordSpacing}
              onInput={(e) => { const wordSpacing = num(e); onPrefs(() => ({ wordSpacing })); }} />
          </label>
          <label>{t('Align')}
            <select data-action="align" value={prefs.align} onChange={(e) => { const align = (e.currentTarget as HTMLSelectElement).value as ReaderAlign; onPrefs(() => ({ align })); }}>
              <option value="start">{t('AlignStart')}</option>
              <option value="justify">{t('AlignJustify')}</option>
            </select>
          </label>
          <label>{t('TextColor')}<input type="color" data-action="fg" value={prefs.colors.fg} onInput={setColor('fg')} /></label>
          <label>{t('BackgroundColor')}<input type="color" data-action="bg" value={prefs.colors.bg} onInput={setColor('bg')} /></label>
          <label class="check"><input type="checkbox" data-action="images" checked={prefs.images}
            onChange={(e) => { const images = (e.currentTarget as HTMLInputElement).checked; onPrefs(() => ({ images })); }} />{t('Images')}</label>
          <label class="check"><input type="checkbox" data-action="site-prefs" checked={perSite}
            onChange={(e) => { const on = (e.currentTarget as HTMLInputElement).checked; setPerSite(on); onSitePrefs(on); }} />{t('SitePrefs', site)}</label>
          {prefs.theme === 'custom' && ratio < AA_TEXT && (
            <p class="warn" role="status" data-testid="contrast-warning">{t('ContrastLow', ratio.toFixed(1))}</p>
          )}
        </div>
      )}
    </span>
  );
}
