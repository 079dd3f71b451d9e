/** The hover card: who or what a name is, from the shipped knowledge base or the user's glossary. */
import type { CardRecord } from '../knowledge/types';
import { t, uiLocale } from '../i18n/i18n';

export interface CardProps {
  record: CardRecord | null;
  /** The words on the page the card is about. */
  surface: string;
  loading: boolean;
  onClose(): void;
  onNotThis(): void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function formatAsOf(asOf: string | undefined): string | null {
  const m = asOf && /^(\d{4})-(\d{2})$/.exec(asOf);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}

export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

const FACT_LIMIT = 3;

/** "head_of_state" → "Head of state". */
export function factLabel(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The card's own words are in the reader's language and direction; what it says about the
 * name is in the record's: the shipped backgrounds are English, a glossary entry is in
 * whatever its writer used, so its direction follows its text (dir="auto").
 */
export function Card({ record, surface, loading, onClose, onNotThis }: CardProps) {
  const ui = uiLocale();
  if (!record) {
    return (
      <div class="card" role="dialog" aria-labelledby="gloss-card-name" aria-busy={loading} lang={ui.lang} dir={ui.dir}>
        <p id="gloss-card-name" class="name">{surface}</p>
        <p class="muted">{loading ? t('cardLoading') : t('cardMissing')}</p>
      </div>
    );
  }
  const asOf = formatAsOf(record.asOf);
  const facts = Object.entries(record.facts ?? {}).slice(0, FACT_LIMIT);
  const typeLabel = t(`type_${record.type}`);
  const content = { lang: record.source === 'glossary' ? undefined : 'en', dir: 'auto' } as const;
  return (
    <div class="card" role="dialog" aria-labelledby="gloss-card-name" aria-describedby="gloss-card-desc gloss-card-bg"
      data-entity={record.id} data-type={record.type} lang={ui.lang} dir={ui.dir}>
      <div class="head">
        <span class="type">{record.source === 'glossary' ? `${typeLabel} · ${t('cardYourGlossary')}` : typeLabel}</span>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>×</button>
      </div>
      <h2 id="gloss-card-name" class="name" {...content}>{record.name}</h2>
      <p id="gloss-card-desc" class="desc" {...content}>{record.description}</p>
      {record.background && <p id="gloss-card-bg" class="bg" {...content}>{record.background}</p>}
      {facts.length > 0 && (
        <dl class="facts" {...content}>
          {facts.map(([k, v]) => <div key={k}><dt>{factLabel(k)}</dt><dd>{v}</dd></div>)}
        </dl>
      )}
      <div class="foot">
        {asOf && <span class="asof">{t('cardAsOf', asOf)}</span>}
        {record.wikipedia && (
          <a class="more" href={wikipediaUrl(record.wikipedia)} target="_blank" rel="noopener noreferrer">{t('cardReadMore')}</a>
        )}
        <button type="button" class="notthis" onClick={onNotThis}>{t('cardNotThis', surface)}</button>
      </div>
    </div>
  );
}
