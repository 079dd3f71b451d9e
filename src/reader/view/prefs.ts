/** The view's adjustable look (theme, text size, line width), as pure functions of settings. */
import { FONT_SIZE_RANGE, type ReaderFont, type ReaderTheme, type ReaderWidth, type Settings } from '../../settings/schema';
import { DYSLEXIC_FAMILY } from '../font-files';
import { longDate } from '../../i18n/month-names';

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

/**
 * One formatter per language tag, kept for the page: the view renders the article's date
 * on every render (the first, the one after it mounts, the one with the full "What was
 * removed" list), and each built its own Intl.DateTimeFormat. Building them took about
 * 5 ms per opening in a CPU profile of the bench's Chromium (issue #14, item 4; a loaded
 * machine), most of it the page's first formatter (15-20 ms: i18n/month-names.ts), which
 * a page still pays once for a language Gloss has no table for; how much the later ones cost alone was not measured. A tag Intl
 * refuses is remembered as such.
 */
const dateFormats = new Map<string | null, Intl.DateTimeFormat | null>();

function dateFormat(lang: string | null): Intl.DateTimeFormat | null {
  // null (the browser's own language) and '' (a tag Intl refuses) are different keys.
  let f = dateFormats.get(lang);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      f = null;
    }
    dateFormats.set(lang, f);
  }
  return f;
}

/** "15 September 2025" in the article's language; null when the date is missing or odd.
 *  For the languages Gloss speaks it builds no Intl formatter at all (i18n/month-names.ts):
 *  the page's first one, 15-40 ms, fell on the reader's first opening. */
export function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  // No language stated: Intl would take the browser's, which navigator.language names.
  const quick = longDate(d, lang ?? (typeof navigator === 'undefined' ? '' : navigator.language));
  if (quick) return quick;
  const f = dateFormat(lang);
  if (!f) return d.toISOString().slice(0, 10);
  try {
    return f.format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

/** "www.example.com" → "example.com", for a site name when the page states none. */
export function siteFromHost(host: string): string {
  return host.replace(/^www\d*\./, '');
}
