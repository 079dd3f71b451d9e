/**
 * Import (JSON or CSV) and export of the glossary (issue #6). An import with any problem
 * saves nothing and lists every problem with its line; a good one says what changed.
 */
import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../../glossary/entry';
import type { LineProblem } from '../../../glossary/collection';
import { exportCsv, exportJson, formatOf, importGlossary } from '../../../glossary/transfer';
import { t } from '../../../i18n/i18n';
import { lineProblemText } from './text';

type Outcome = { kind: 'done'; added: number; updated: number } | { kind: 'failed'; file: string; problems: LineProblem[] } | null;

/** Problems shown at once; the rest are counted (a broken 2,000-line file would bury the page). */
const SHOWN_PROBLEMS = 50;

let exportUrl: string | null = null;
function download(text: string, type: string, name: string): void {
  if (exportUrl) URL.revokeObjectURL(exportUrl);
  exportUrl = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = exportUrl;
  a.download = name;
  a.click();
}

export function ImportExport({ entries, commit }: { entries: GlossaryEntry[]; commit(next: GlossaryEntry[]): Promise<boolean> }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function onFile(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    if (!file) return;
    const text = await file.text();
    const result = importGlossary(text, formatOf(file.name, text), entries);
    el.value = '';
    if (!result.ok) return setOutcome({ kind: 'failed', file: file.name, problems: result.problems });
    // Storage can still refuse (full): its message shows with the glossary's save error.
    if (await commit(result.entries)) setOutcome({ kind: 'done', added: result.added, updated: result.updated });
    else setOutcome(null);
  }

  return (
    <div class="transfer">
      <div class="field">
        <label for="g-import">{t('glossaryImport')}</label>
        <input id="g-import" type="file" accept=".json,.csv,application/json,text/csv" data-testid="glossary-import"
          aria-describedby="g-import-hint" onChange={(e) => void onFile(e)} />
        <p id="g-import-hint" class="hint">{t('glossaryImportHint')}</p>
      </div>
      {outcome?.kind === 'done' && (
        <p role="status" data-testid="import-done">{t('glossaryImportDone', [String(outcome.added), String(outcome.updated)])}</p>
      )}
      {outcome?.kind === 'failed' && (
        <div role="alert" class="import-errors" data-testid="import-errors">
          <p><strong>{t('glossaryImportFailed', outcome.file)}</strong></p>
          <ul>{outcome.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => <li key={i}>{lineProblemText(p)}</li>)}</ul>
          {outcome.problems.length > SHOWN_PROBLEMS &&
            <p>{t('glossaryImportMore', String(outcome.problems.length - SHOWN_PROBLEMS))}</p>}
        </div>
      )}
      <div class="actions">
        <button type="button" disabled={!entries.length} data-testid="export-json"
          onClick={() => download(exportJson(entries), 'application/json', 'gloss-glossary.json')}>{t('glossaryExportJson')}</button>
        <button type="button" disabled={!entries.length} data-testid="export-csv"
          onClick={() => download(exportCsv(entries), 'text/csv', 'gloss-glossary.csv')}>{t('glossaryExportCsv')}</button>
      </div>
    </div>
  );
}
