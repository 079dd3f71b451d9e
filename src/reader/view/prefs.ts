/** The view's adjustable look (theme, text size, line width), as pure functions of settings. */
import { FONT_SIZE_RANGE, type ReaderFont, type ReaderTheme, type ReaderWidth, type Settings } from '../../settings/schema';
import { DYSLEXIC_FAMILY } from '../font-files';

export type ViewPrefs = Settings['reader'];

export const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];

/** The body text's face for each choice; Arabic and Hebrew fall back to Noto where present. */
export const FONT_STACKS: Record<ReaderFont, string> = {
  serif: 'Georgia, "Iowan Old Style", Charter, "Noto Serif", "Noto Naskh Arabic", serif',
  sans: '"Helvetica Neue", Arial, "Noto Sans", "Noto Sans Arabic", sans-serif',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono", monospace',
  // Latin only: other scripts fall through to a plain sans.
  dyslexic: `"${DYSLEXIC_FAMILY}", Verdana, "Noto Sans", "Noto Sans Arabic", sans-serif`,
};

/** The view's CSS custom properties for the reader's typography and own colours. */
export function typographyStyle(p: ViewPrefs): Record<string, string> {
  return {
    '--body-font': FONT_STACKS[p.font], '--line-height': String(p.lineHeight), '--letter-spacing': `${p.letterSpacing}em`,
    '--word-spacing': `${p.wordSpacing}em`, '--align': p.align,
    ...(p.theme === 'custom' ? { '--fg': p.colors.fg, '--bg': p.colors.bg } : {}),
  };
}
export const WIDTHS: readonly ReaderWidth[] = ['narrow', 'normal', 'wide'];

/** Line length in characters: 60-75 is the classic range for long reading; wide for tables. */
export const MEASURE_CH: Record<ReaderWidth, number> = { narrow: 58, normal: 68, wide: 84 };

export function stepFontSize(size: number, direction: 1 | -1): number {
  return Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, Math.round(size) + direction));
}

/** "15 September 2025" in the article's language; null when the date is missing or odd. */
export function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

/** "www.example.com" → "example.com", for a site name when the page states none. */
export function siteFromHost(host: string): string {
  return host.replace(/^www\d*\./, '');
}
