/**
 * The user's glossary: entries listed with edit and remove (undoable), the editor, and
 * import/export (issue #6). Entries are shown as text only, as the cards show them.
 */
import { useState } from 'preact/hooks';
import { removeEntry, restoreEntry, saveDraft } from '../../../glossary/collection';
import type { GlossaryEntry, Problem } from '../../../glossary/entry';
import { isolate, t } from '../../../i18n/i18n';
import { EntryForm } from './EntryForm';
import { ImportExport } from './ImportExport';
import { useGlossary } from './useGlossary';

interface Removed { entry: GlossaryEntry; at: number }

export function GlossarySection() {
  const { entries, dropped, saveError, commit } = useGlossary();
  const [editing, setEditing] = useState<GlossaryEntry | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [undoFailed, setUndoFailed] = useState(false);
  if (!entries) return <section aria-busy="true"><h2>{t('glossaryTitle')}</h2></section>;

  async function save(raw: Record<string, unknown>): Promise<Problem[]> {
    const result = saveDraft(entries!, raw, editing?.id ?? null);
    if (result.problems.length) return result.problems;
    if (!(await commit(result.entries))) return [];
    setEditing(null);
    return [];
  }
  async function remove(entry: GlossaryEntry) {
    const at = entries!.findIndex((e) => e.id === entry.id);
    if (await commit(removeEntry(entries!, entry.id))) { setRemoved({ entry, at }); setUndoFailed(false); }
    if (editing?.id === entry.id) setEditing(null);
  }
  async function undo() {
    if (!removed) return;
    const next = restoreEntry(entries!, removed.entry, removed.at);
    if (!next) return setUndoFailed(true);
    if (await commit(next)) setRemoved(null);
  }

  return (
    <section aria-labelledby="glossary-title" data-testid="glossary">
      <h2 id="glossary-title">{t('glossaryTitle')}</h2>
      <p class="muted">{t('glossaryIntro')}</p>
      {dropped > 0 && <p class="notice" role="alert">{t('glossaryDropped', String(dropped))}</p>}
      {saveError && <p class="error" role="alert" data-testid="glossary-save-error">{saveError}</p>}
      {removed && (
        <p role="status" class="undo">
          {t('glossaryRemoved', isolate(removed.entry.name))}{' '}
          <button type="button" onClick={() => void undo()}>{t('glossaryUndo')}</button>
          {undoFailed && <span class="error"> {t('glossaryUndoFailed')}</span>}
        </p>
      )}
      {!entries.length ? <p class="muted" data-testid="glossary-empty">{t('glossaryEmpty')}</p> : (
        <ul class="entries" data-testid="glossary-entries">
          {entries.map((e) => (
            <li key={e.id} class="entry" data-entry={e.id}>
              <div class="entry-text">
                <strong>{e.name}</strong> <span class="muted">· {t(`type_${e.type}`)}</span>
                <p>{e.description}</p>
                {e.aliases.length > 0 && <p class="muted">{t('glossaryAlsoKnownAs', e.aliases.join(', '))}</p>}
              </div>
              <div class="actions">
                <button type="button" aria-label={t('glossaryEditLabel', isolate(e.name))} onClick={() => setEditing(e)}>{t('glossaryEdit')}</button>
                <button type="button" aria-label={t('glossaryRemoveLabel', isolate(e.name))} onClick={() => void remove(e)}>{t('optRemove')}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <EntryForm editing={editing} onSave={save} onCancel={() => setEditing(null)} />
      <h3>{t('glossaryTransferTitle')}</h3>
      <ImportExport entries={entries} commit={commit} />
    </section>
  );
}
