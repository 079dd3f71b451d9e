/** Rules for this site: hover cards on or off, always open clean (issue #6). */
import { isolate, t } from '../../i18n/i18n';
import { Switch } from '../shared/Switch';
import type { PopupModel } from './model';
import { UNDERLINES, type Underline } from '../../settings/schema';

const UNDERLINE_TEXT: Record<Underline, string> = { all: 'popupUnderlineAll', first: 'popupUnderlineFirst', none: 'popupUnderlineNone' };

export interface SiteSectionProps {
  model: PopupModel;
  onCards(on: boolean): void;
  onUnderline(mode: Underline): void;
  onAlwaysClean(on: boolean): void;
}

export function SiteSection({ model, onCards, onUnderline, onAlwaysClean }: SiteSectionProps) {
  const globallyOff = model.cardsBlock === 'glossOff' || model.cardsBlock === 'cardsOff';
  return (
    <section aria-labelledby="site-title" class="site">
      <h2 id="site-title">{t('popupSiteTitle', isolate(model.host))}</h2>
      <Switch checked={model.siteCards} onChange={onCards} testId="site-cards" disabled={globallyOff}
        hint={globallyOff ? t('popupSiteCardsGloballyOff') : undefined}>
        {t('popupSiteCards')}
      </Switch>
      {model.siteCards && !globallyOff && (
        <fieldset class="underline" data-testid="site-underline">
          <legend>{t('popupUnderline')}</legend>
          {UNDERLINES.map((m) => (
            <label class="radio" key={m}>
              <input type="radio" name="underline" value={m} checked={model.underline === m} data-testid={`site-underline-${m}`}
                onChange={() => onUnderline(m)} />
              <span>{t(UNDERLINE_TEXT[m])}</span>
            </label>
          ))}
        </fieldset>
      )}
      <Switch checked={model.alwaysClean} onChange={onAlwaysClean} testId="always-clean">
        {t('popupAlwaysClean')}
      </Switch>
    </section>
  );
}
