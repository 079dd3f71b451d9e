/** How clean mode looks when it opens: theme, text size, line width (issue #6). */
import { FONT_SIZE_RANGE, LETTER_SPACING_RANGE, LINE_HEIGHT_RANGE, READER_FONTS, WORD_SPACING_RANGE,
  type ReaderAlign, type ReaderFont, type ReaderTheme, type ReaderWidth } from '../../settings/schema';
import { AA_TEXT, contrastRatio } from '../../reader/view/contrast';
import { t } from '../../i18n/i18n';
import type { SectionProps } from './GeneralSection';
import { Switch } from '../shared/Switch';

const THEMES: { value: ReaderTheme; key: string }[] = [
  { value: 'auto', key: 'optThemeAuto' }, { value: 'light', key: 'optThemeLight' },
  { value: 'sepia', key: 'optThemeSepia' }, { value: 'dark', key: 'optThemeDark' }, { value: 'custom', key: 'readerTextMenu' },
];
const FONT_KEY: Record<ReaderFont, string> = { serif: 'readerFontSerif', sans: 'readerFontSans', system: 'readerFontSystem', mono: 'readerFontMono',
  dyslexic: 'readerFontDyslexic' };
const WIDTHS: { value: ReaderWidth; key: string }[] = [
  { value: 'narrow', key: 'optWidthNarrow' }, { value: 'normal', key: 'optWidthNormal' }, { value: 'wide', key: 'optWidthWide' },
];

export function ReaderSection({ settings, update }: SectionProps) {
  const reader = settings.reader;
  const set = (patch: Partial<typeof reader>) => update((s) => ({ ...s, reader: { ...s.reader, ...patch } }));
  return (
    <section aria-labelledby="reader-title">
      <h2 id="reader-title">{t('optReaderTitle')}</h2>
      <div class="field">
        <label for="theme">{t('optTheme')}</label>
        <select id="theme" value={reader.theme} data-testid="opt-theme"
          onChange={(e) => set({ theme: (e.currentTarget as HTMLSelectElement).value as ReaderTheme })}>
          {THEMES.map((o) => <option key={o.value} value={o.value}>{t(o.key)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="font-size">{t('optFontSize')}</label>
        <input id="font-size" type="number" min={FONT_SIZE_RANGE.min} max={FONT_SIZE_RANGE.max} step={1} value={reader.fontSize}
          data-testid="opt-font-size"
          onChange={(e) => {
            const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
            if (n >= FONT_SIZE_RANGE.min && n <= FONT_SIZE_RANGE.max) set({ fontSize: n });
            else (e.currentTarget as HTMLInputElement).value = String(reader.fontSize);
          }} />
      </div>
      <div class="field">
        <label for="width">{t('optWidth')}</label>
        <select id="width" value={reader.width} data-testid="opt-width"
          onChange={(e) => set({ width: (e.currentTarget as HTMLSelectElement).value as ReaderWidth })}>
          {WIDTHS.map((o) => <option key={o.value} value={o.value}>{t(o.key)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="font">{t('readerFont')}</label>
        <select id="font" value={reader.font} data-testid="opt-font"
          onChange={(e) => set({ font: (e.currentTarget as HTMLSelectElement).value as ReaderFont })}>
          {READER_FONTS.map((f) => <option key={f} value={f}>{t(FONT_KEY[f])}</option>)}
        </select>
      </div>
      {([['line-height', 'readerLineHeight', 'lineHeight', LINE_HEIGHT_RANGE, 0.05], ['letter-spacing', 'readerLetterSpacing', 'letterSpacing', LETTER_SPACING_RANGE, 0.01],
        ['word-spacing', 'readerWordSpacing', 'wordSpacing', WORD_SPACING_RANGE, 0.05]] as const).map(([id, label, key, range, step]) => (
        <div class="field" key={id}>
          <label for={id}>{t(label)}</label>
          <input id={id} type="number" min={range.min} max={range.max} step={step} value={reader[key]} data-testid={`opt-${id}`}
            onChange={(e) => {
              const n = Number((e.currentTarget as HTMLInputElement).value);
              if (n >= range.min && n <= range.max) set({ [key]: n });
              else (e.currentTarget as HTMLInputElement).value = String(reader[key]);
            }} />
        </div>
      ))}
      <div class="field">
        <label for="align">{t('readerAlign')}</label>
        <select id="align" value={reader.align} data-testid="opt-align"
          onChange={(e) => set({ align: (e.currentTarget as HTMLSelectElement).value as ReaderAlign })}>
          <option value="start">{t('readerAlignStart')}</option>
          <option value="justify">{t('readerAlignJustify')}</option>
        </select>
      </div>
      <div class="field">
        <label for="fg">{t('readerTextColor')}</label>
        <input id="fg" type="color" value={reader.colors.fg} data-testid="opt-fg"
          onChange={(e) => set({ theme: 'custom', colors: { ...reader.colors, fg: (e.currentTarget as HTMLInputElement).value } })} />
      </div>
      <div class="field">
        <label for="bg">{t('readerBackgroundColor')}</label>
        <input id="bg" type="color" value={reader.colors.bg} data-testid="opt-bg"
          onChange={(e) => set({ theme: 'custom', colors: { ...reader.colors, bg: (e.currentTarget as HTMLInputElement).value } })} />
      </div>
      <Switch checked={reader.images} onChange={(images) => set({ images })} testId="opt-images">{t('readerImages')}</Switch>
      {reader.theme === 'custom' && contrastRatio(reader.colors.fg, reader.colors.bg) < AA_TEXT && (
        <p class="error" role="status" data-testid="opt-contrast-warning">
          {t('readerContrastLow', contrastRatio(reader.colors.fg, reader.colors.bg).toFixed(1))}
        </p>
      )}
    </section>
  );
}
