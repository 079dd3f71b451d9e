/**
 * "What was removed": every block Readability and the declutter rules left out, in reader
 * words, with its first words — no reader showed this before (issue #3, part 3).
 */
import type { RemovedItem } from '../extract-types';
import { labelKey, type Translate } from './strings';

export interface RemovedPanelProps { t: Translate; items: RemovedItem[]; onClose(): void }

export function RemovedPanel({ t, items, onClose }: RemovedPanelProps) {
  return (
    <section id="gloss-removed" class="removed" aria-label={t('Removed', String(items.length))}>
      {items.length ? <p>{t('RemovedIntro')}</p> : <p>{t('RemovedNone')}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => {
            const key = labelKey(item.label);
            return (
              <li data-removed-by={item.by}>
                <span class="what">{key ? t(key) : item.label}</span>
                {item.sample && <span class="sample">: “<bdi>{item.sample}</bdi>”</span>}
                <span class="by"> ({item.by === 'readability' ? t('ByReadability') : t('ByRule')})</span>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" data-action="original" onClick={onClose}>{t('Back')}</button>
    </section>
  );
}
