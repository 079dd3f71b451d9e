/**
 * What the view shows while a very large page is being read (issue #14, item 4): without
 * it, the toggle would leave the page unchanged for seconds and look ignored.
 */
import type { Translate } from './strings';

export interface PreparingProps {
  t: Translate;
  ui?: { lang: string; dir: 'ltr' | 'rtl' };
  theme: string;
  onClose(): void;
}

export function Preparing({ t, ui, theme, onClose }: PreparingProps) {
  return (
    <div class="gloss-scroll" data-theme={theme} lang={ui?.lang} dir={ui?.dir ?? 'ltr'} role="dialog" aria-modal="true" aria-label={t('Label')}>
      <div class="failure" role="status" data-state="preparing">
        <p>{t('Preparing')}</p>
        <button type="button" data-action="close" onClick={onClose}>{t('Back')}</button>
      </div>
    </div>
  );
}
