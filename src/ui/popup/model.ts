/** What the popup shows, as a pure function of the tab's status and the settings (#6). */
import type { PageStatus } from '../../messages';
import type { Settings, Underline } from '../../settings/schema';

export type Verdict = 'article' | 'notArticle' | 'pending' | 'off';
/** Why names are not marked here, when they are not. */
export type CardsBlock = null | 'glossOff' | 'cardsOff' | 'site';

export interface PopupModel {
  host: string;
  verdict: Verdict;
  reasons: string[];
  cleanOpen: boolean;
  readerError: string | null;
  names: number;
  /** Names are still being found: `names` is a count so far. */
  findingNames: boolean;
  /** The per-site switch: on unless this site has "no cards". */
  siteCards: boolean;
  cardsBlock: CardsBlock;
  alwaysClean: boolean;
  /** How names are underlined on this site: its own rule, else the general setting. */
  underline: Underline;
}

export function popupModel(status: PageStatus, settings: Settings): PopupModel {
  const rule = settings.sites[status.host] ?? {};
  const verdict: Verdict = !settings.enabled && status.article === null ? 'off'
    : status.article === null ? 'pending' : status.article ? 'article' : 'notArticle';
  const cardsBlock: CardsBlock = !settings.enabled ? 'glossOff' : !settings.cards.enabled ? 'cardsOff'
    : rule.noCards ? 'site' : null;
  return {
    host: status.host,
    verdict,
    reasons: status.reasons,
    cleanOpen: status.readerOpen,
    readerError: status.readerError ?? null,
    names: cardsBlock ? 0 : status.names,
    findingNames: !cardsBlock && status.findingNames,
    siteCards: !rule.noCards,
    cardsBlock,
    alwaysClean: !!rule.alwaysClean,
    underline: rule.underline ?? settings.cards.mentions,
  };
}

/** Detection reasons arrive as short English phrases (detect/score.ts, also what `gloss
 *  detect` prints); each has a message `reason_<phrase>`, and the two that carry what the
 *  page declares pass it as $1. An unknown phrase is shown as it is. */
export function reasonMessage(reason: string): { key: string; substitutions?: string[] } {
  const declared = /^(schema\.org|og:type) (\S+)$/.exec(reason);
  if (declared && reason !== 'og:type article') {
    return { key: declared[1] === 'og:type' ? 'reason_og_type' : 'reason_schema_org', substitutions: [declared[2]!] };
  }
  return { key: 'reason_' + reason.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') };
}
