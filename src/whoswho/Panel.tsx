/** The who's-who panel: the story's people, places, bodies and events, in order of first mention. */
import { useState } from 'preact/hooks';
import { t, uiLocale } from '../i18n/i18n';
import type { Group, Row, WhosWho } from './model';

export interface PanelProps {
  list: WhosWho;
  onChoose(row: Row): void;
  onPreview(row: Row, anchor: Element): void;
  onRelease(): void;
  onCopy(markdown: boolean): Promise<boolean>;
  onClose(): void;
}

const GROUP_LABEL: Record<Group, string> = { people: 'whosWhoPeople', places: 'whosWhoPlaces', organisations: 'whosWhoOrganisations', events: 'whosWhoEvents' };

export function Panel({ list, onChoose, onPreview, onRelease, onCopy, onClose }: PanelProps) {
  const ui = uiLocale();
  const [status, setStatus] = useState('');
  const copy = async (markdown: boolean) => setStatus(t(await onCopy(markdown) ? 'whosWhoCopied' : 'whosWhoCopyFailed'));
  return (
    <aside class="panel" aria-labelledby="ww-title" lang={ui.lang} dir={ui.dir}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <header>
        <h2 id="ww-title">{t('whosWhoTitle')}</h2>
        <span class="count">{t('whosWhoCount', String(list.total))}</span>
        <button type="button" class="tool" data-testid="ww-copy-text" onClick={() => void copy(false)}>{t('whosWhoCopyText')}</button>
        <button type="button" class="tool" data-testid="ww-copy-md" onClick={() => void copy(true)}>{t('whosWhoCopyMarkdown')}</button>
        <button type="button" class="tool close" aria-label={t('whosWhoClose')} onClick={onClose}>×</button>
      </header>
      <p class="status" role="status">{status}</p>
      <div class="body">
        {list.groups.map(({ group, rows }) => (
          <section key={group} aria-labelledby={`ww-${group}`}>
            <h3 id={`ww-${group}`}>{t(GROUP_LABEL[group])}</h3>
            <ul>
              {rows.map((row) => (
                <li key={row.entity}>
                  <button type="button" class="row" data-entity={row.id} onClick={() => onChoose(row)}
                    onMouseEnter={(e) => onPreview(row, e.currentTarget)} onMouseLeave={onRelease}
                    onFocus={(e) => onPreview(row, e.currentTarget)}
                    // Focus moving into the card it opened is not leaving it.
                    onBlur={(e) => { if ((e.relatedTarget as Element | null)?.localName !== 'gloss-card') onRelease(); }}>
                    <span class="name" lang="en">{row.name}</span>
                    <span class="n">{t('whosWhoMentions', String(row.mentions))}</span>
                    {row.description && <span class="desc" lang="en">{row.description}</span>}
                    <span class="first">{row.firstSentence}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}
