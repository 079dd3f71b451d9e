/** How clean mode looks when it opens: theme, text size, line width (issue #6). */
import { FONT_SIZE_RANGE, type ReaderTheme, type ReaderWidth } from '../../settings/schema';
import { t } from '../../i18n/i18n';
import type { SectionProps } from './GeneralSection';

const THEMES: { value: ReaderTheme; key: string }[] = [
  { value: 'auto', key: 'optThemeAuto' }, { value: 'light', key: 'optThemeLight' },
  { value: 'sepia', key: 'optThemeSepia' }, { value: 'dark', key: 'optThemeDark' },
];
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
    </section>
  );
}
