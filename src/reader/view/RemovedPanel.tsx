/**
 * "What was removed": every block Readability and the declutter rules left out, in reader
 * words, with its first words — no reader showed this before (issue #3, part 3). Each can
 * be put back ("Restore") and the decision kept for the site (issue #15, part 6).
 */
import type { RemovedItem } from '../extract-types';
import { labelKey, type Translate } from './strings';

export interface RemovedPanelProps {
  t: Translate;
  items: RemovedItem[];
  onClose(): void;
  /** Indexes of `items` put back into the article. */
  restored?: ReadonlySet<number>;
  onRestore?(index: number): void;
  /** Per index, what the reader decided for the site: true keeps such blocks, false removes them. */
  decided?: ReadonlyMap<number, boolean>;
  onDecide?(index: number, keep: boolean): void;
  /** The site the decisions are kept for, said once one is made. */
  site?: string;
}

const byKey = (by: RemovedItem['by']) => (by === 'readability' ? 'ByReadability' : by.startsWith('rule:site-') ? 'BySite' : 'ByRule');

export function RemovedPanel({ t, items, onClose, restored, onRestore, decided, onDecide, site }: RemovedPanelProps) {
  return (
    <section id="gloss-removed" class="removed" aria-label={t('Removed', String(items.length))}>
      {items.length ? <p>{t('RemovedIntro')}</p> : <p>{t('RemovedNone')}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item, i) => {
            const key = labelKey(item.label);
            const isRestored = !!restored?.has(i);
            const decision = decided?.get(i);
            return (
              <li data-removed-by={item.by} data-index={i}>
                <span id={`gloss-removed-${i}`}>
                  <span class="what">{key ? t(key) : item.label}</span>
                  {item.sample && <span class="sample">: “<bdi>{item.sample}</bdi>”</span>}
                  <span class="by"> ({t(byKey(item.by))})</span>
                </span>
                {(item.restore && onRestore || item.block && onDecide) && (
                  <span class="actions">
                    {item.restore && onRestore && (
                      <button type="button" data-action="restore" aria-describedby={`gloss-removed-${i}`} aria-disabled={isRestored}
                        onClick={() => { if (!isRestored) onRestore(i); }}>{t(isRestored ? 'Restored' : 'Restore')}</button>
                    )}
                    {item.block && onDecide && [false, true].map((keep) => (
                      <button type="button" data-action={keep ? 'never-remove' : 'always-remove'} aria-describedby={`gloss-removed-${i}`}
                        aria-pressed={decision === keep} onClick={() => onDecide(i, keep)}>{t(keep ? 'NeverRemove' : 'AlwaysRemove')}</button>
                    ))}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="saved" role="status">{decided?.size && site ? t('RuleSaved', site) : ''}</p>
      <button type="button" data-action="original" onClick={onClose}>{t('Back')}</button>
    </section>
  );
}
