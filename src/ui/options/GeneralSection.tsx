/** Gloss on or off everywhere, hover cards and how they behave (issue #6). */
import { ENTITY_TYPES } from '../../knowledge/types';
import { DWELL_RANGE, UNDERLINES, type Settings, type Underline } from '../../settings/schema';

const MENTION_TEXT: Record<Underline, string> = { all: 'optMentionsAll', first: 'optMentionsFirst', none: 'optMentionsNone' };
import { t } from '../../i18n/i18n';
import { Switch } from '../shared/Switch';

export interface SectionProps {
  settings: Settings;
  update(change: (s: Settings) => Settings): void;
}

export function GeneralSection({ settings, update }: SectionProps) {
  return (
    <section aria-labelledby="general-title">
      <h2 id="general-title">{t('optGeneralTitle')}</h2>
      <Switch checked={settings.enabled} testId="opt-enabled" hint={t('optEnabledHint')}
        onChange={(on) => update((s) => ({ ...s, enabled: on }))}>{t('optEnabled')}</Switch>
    </section>
  );
}

export function CardsSection({ settings, update }: SectionProps) {
  const cards = settings.cards;
  const setCards = (patch: Partial<Settings['cards']>) => update((s) => ({ ...s, cards: { ...s.cards, ...patch } }));
  const off = !settings.enabled || !cards.enabled;
  return (
    <section aria-labelledby="cards-title">
      <h2 id="cards-title">{t('optCardsTitle')}</h2>
      <Switch checked={cards.enabled} testId="opt-cards" onChange={(on) => setCards({ enabled: on })}>{t('optCardsEnabled')}</Switch>
      <div class="field">
        <label for="dwell">{t('optDwell')}</label>
        {/* onChange fires once on release: every saved change restarts marking in open tabs. */}
        <input id="dwell" type="range" min={DWELL_RANGE.min} max={DWELL_RANGE.max} step={50} value={cards.dwellMs}
          disabled={off} aria-describedby="dwell-value" data-testid="opt-dwell"
          onChange={(e) => setCards({ dwellMs: Number((e.currentTarget as HTMLInputElement).value) })} />
        <output id="dwell-value" for="dwell">{t('optDwellValue', String(cards.dwellMs))}</output>
      </div>
      <fieldset disabled={off}>
        <legend>{t('optTypes')}</legend>
        <div class="grid">
          {ENTITY_TYPES.map((type) => (
            <Switch key={type} checked={cards.types[type]} testId={`opt-type-${type}`}
              onChange={(on) => setCards({ types: { ...cards.types, [type]: on } })}>{t(`type_${type}`)}</Switch>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={off}>
        <legend>{t('optMentions')}</legend>
        {UNDERLINES.map((m) => (
          <label class="radio" key={m}>
            <input type="radio" name="mentions" value={m} checked={cards.mentions === m} data-testid={`opt-mentions-${m}`}
              onChange={() => setCards({ mentions: m })} />
            <span>{t(MENTION_TEXT[m])}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
