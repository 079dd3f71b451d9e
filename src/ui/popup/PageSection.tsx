/** This page: article or not and why, clean mode, names found (issue #6). */
import { t, tOr } from '../../i18n/i18n';
import { reasonMessage, type PopupModel } from './model';

const VERDICT_TEXT = { article: 'popupArticle', notArticle: 'popupNotArticle', pending: 'popupPending', off: 'popupGlossOff' } as const;
const BLOCK_TEXT = { glossOff: 'popupNamesGlossOff', cardsOff: 'popupNamesCardsOff', site: 'popupNamesSiteOff' } as const;

export function PageSection({ model, busy, onToggleClean, onWhosWho }: { model: PopupModel; busy: boolean; onToggleClean(): void; onWhosWho(): void }) {
  return (
    <section aria-labelledby="page-title">
      <h2 id="page-title" class="visually-hidden">{t('popupPageTitle')}</h2>
      <p data-testid="verdict" class={`verdict ${model.verdict}`}>{t(VERDICT_TEXT[model.verdict])}</p>
      {model.reasons.length > 0 && (
        <details class="reasons">
          <summary>{t('popupWhy')}</summary>
          <ul data-testid="reasons">{model.reasons.map((r) => {
            const { key, substitutions } = reasonMessage(r);
            return <li key={r}>{tOr(key, r, substitutions)}</li>;
          })}</ul>
        </details>
      )}
      <button type="button" class="primary" data-testid="toggle-clean" aria-pressed={model.cleanOpen} disabled={busy}
        onClick={onToggleClean}>
        {model.cleanOpen ? t('popupCloseClean') : t('popupOpenClean')}
      </button>
      {model.readerError && <p class="error" role="alert" data-testid="reader-error">{model.readerError}</p>}
      <p data-testid="names" aria-live="polite">
        {model.cardsBlock ? t(BLOCK_TEXT[model.cardsBlock])
          : t(model.findingNames ? 'popupNamesFinding' : 'popupNames', String(model.names))}
      </p>
      {!model.cardsBlock && model.names > 0 && (
        <button type="button" data-testid="whos-who" onClick={onWhosWho}>{t('popupWhosWho')}</button>
      )}
    </section>
  );
}
