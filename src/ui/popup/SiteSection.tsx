/** Rules for this site: hover cards on or off, always open clean (issue #6). */
import { isolate, t } from '../../i18n/i18n';
import { Switch } from '../shared/Switch';
import type { PopupModel } from './model';

export interface SiteSectionProps {
  model: PopupModel;
  onCards(on: boolean): void;
  onAlwaysClean(on: boolean): void;
}

export function SiteSection({ model, onCards, onAlwaysClean }: SiteSectionProps) {
  const globallyOff = model.cardsBlock === 'glossOff' || model.cardsBlock === 'cardsOff';
  return (
    <section aria-labelledby="site-title" class="site">
      <h2 id="site-title">{t('popupSiteTitle', isolate(model.host))}</h2>
      <Switch checked={model.siteCards} onChange={onCards} testId="site-cards" disabled={globallyOff}
        hint={globallyOff ? t('popupSiteCardsGloballyOff') : undefined}>
        {t('popupSiteCards')}
      </Switch>
      <Switch checked={model.alwaysClean} onChange={onAlwaysClean} testId="always-clean">
        {t('popupAlwaysClean')}
      </Switch>
    </section>
  );
}
