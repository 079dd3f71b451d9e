/** The hover card: who or what a name is, from the shipped knowledge base or the user's glossary. */
import type { CardRecord } from '../knowledge/types';
import { t, uiLocale } from '../i18n/i18n';
import { datedCard, formatMonth } from './dated';

export interface CardProps {
  record: CardRecord | null;
  /** The words on the page the card is about. */
  surface: string;
  loading: boolean;
  /** When the page says it was published (ISO), for the dated part of the card (#16). */
  published?: string | null;
  onClose(): void;
  onNotThis(): void;
}

/** The record's month in the reader's language ("March 2026", "März 2026"). */
export function formatAsOf(asOf: string | undefined, locale = 'en'): string | null {
  return asOf && /^\d{4}-\d{2}$/.test(asOf) ? formatMonth(asOf, locale) : null;
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
/** The card's first lines on a dated article: what was true then, and what changed since. */
function Dated({ record, published, locale }: { record: CardRecord; published: string | null | undefined; locale: string }) {
  const d = datedCard(record, published);
  if (!d) return null;
  const month = (date: string) => formatMonth(date, locale);
  return (
    <section class="dated" aria-label={t('cardDatedLabel')}>
      {d.then.length > 0 && <p><strong>{t('cardThen', month(d.published))}</strong> {d.then.map((l) => l.label).join('; ')}</p>}
      {d.now.map((l) => <p key={l.label}><strong>{t('cardSince', month(l.since!))}</strong> {l.label}</p>)}
      {d.changes.map((c) => <p key={c.from + c.what}><strong>{month(c.from)}:</strong> {c.what}</p>)}
      {d.died && <p>{t('cardDied', month(d.died))}</p>}
      {d.noteOlder && record.asOf && <p class="muted">{t('cardNoteOlder', month(record.asOf))}</p>}
    </section>
  );
}

export function Card({ record, surface, loading, published, onClose, onNotThis }: CardProps) {
  const ui = uiLocale();
  if (!record) {
    return (
      <div class="card" role="dialog" aria-labelledby="gloss-card-name" aria-busy={loading} lang={ui.lang} dir={ui.dir}>
        <p id="gloss-card-name" class="name">{surface}</p>
        <p class="muted">{loading ? t('cardLoading') : t('cardMissing')}</p>
      </div>
    );
  }
  const asOf = formatAsOf(record.asOf, ui.lang);
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
      <Dated record={record} published={published} locale={ui.lang} />
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
