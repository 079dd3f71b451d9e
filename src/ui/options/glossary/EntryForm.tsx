/** Adding or editing one glossary entry; problems shown at their fields (issue #6). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { GLOSSARY_LIMITS, type Field, type GlossaryEntry, type Problem } from '../../../glossary/entry';
import { ENTITY_TYPES, type EntityType } from '../../../knowledge/types';
import { t } from '../../../i18n/i18n';
import { fieldLabel, problemText } from './text';

interface Values { name: string; aliases: string; type: EntityType; description: string; background: string }

const empty: Values = { name: '', aliases: '', type: 'person', description: '', background: '' };
const valuesOf = (e: GlossaryEntry): Values =>
  ({ name: e.name, aliases: e.aliases.join('\n'), type: e.type, description: e.description, background: e.background });

export interface EntryFormProps {
  editing: GlossaryEntry | null;
  /** Returns the problems, or none when the entry was saved. */
  onSave(raw: Record<string, unknown>): Promise<Problem[]>;
  onCancel(): void;
}

export function EntryForm({ editing, onSave, onCancel }: EntryFormProps) {
  const [values, setValues] = useState<Values>(editing ? valuesOf(editing) : empty);
  const [problems, setProblems] = useState<Problem[]>([]);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setValues(editing ? valuesOf(editing) : empty);
    setProblems([]);
    if (editing) form.current?.querySelector<HTMLInputElement>('#g-name')?.focus();
  }, [editing?.id]);

  const set = (field: keyof Values) => (e: Event) =>
    setValues((v) => ({ ...v, [field]: (e.currentTarget as HTMLInputElement).value }));
  const forField = (f: Field) => problems.filter((p) => p.field === f);
  const general = problems.filter((p) => !p.field);

  async function submit(e: Event) {
    e.preventDefault();
    const found = await onSave({ ...values, aliases: values.aliases.split('\n') });
    setProblems(found);
    if (!found.length) { if (!editing) setValues(empty); return; }
    // Take the keyboard to the first field that needs attention.
    const first = found.find((p) => p.field)?.field;
    if (first) form.current?.querySelector<HTMLElement>(`#g-${first}`)?.focus();
  }

  const errors = (f: Field) => forField(f).length > 0 && (
    <ul id={`g-${f}-errors`} class="field-errors">{forField(f).map((p, i) => <li key={i}>{problemText(p, true)}</li>)}</ul>
  );
  const aria = (f: Field) => ({
    'aria-invalid': forField(f).length > 0 ? 'true' : undefined,
    'aria-describedby': forField(f).length > 0 ? `g-${f}-errors` : undefined,
  }) as const;

  return (
    <form ref={form} class="entry-form" onSubmit={submit} aria-labelledby="entry-form-title" data-testid="entry-form" noValidate>
      <h3 id="entry-form-title">{editing ? t('glossaryEditTitle', editing.name) : t('glossaryAddTitle')}</h3>
      <div class="field">
        <label for="g-name">{fieldLabel('name')}</label>
        <input id="g-name" value={values.name} onInput={set('name')} maxLength={GLOSSARY_LIMITS.name} required {...aria('name')} />
        {errors('name')}
      </div>
      <div class="field">
        <label for="g-aliases">{fieldLabel('aliases')}</label>
        <textarea id="g-aliases" rows={2} value={values.aliases} onInput={set('aliases')}
          aria-describedby={forField('aliases').length ? 'g-aliases-hint g-aliases-errors' : 'g-aliases-hint'}
          aria-invalid={forField('aliases').length > 0 ? 'true' : undefined} />
        <p id="g-aliases-hint" class="hint">{t('glossaryAliasesHint')}</p>
        {errors('aliases')}
      </div>
      <div class="field">
        <label for="g-type">{fieldLabel('type')}</label>
        <select id="g-type" value={values.type} onChange={set('type')} {...aria('type')}>
          {ENTITY_TYPES.map((type) => <option key={type} value={type}>{t(`type_${type}`)}</option>)}
        </select>
        {errors('type')}
      </div>
      <div class="field">
        <label for="g-description">{fieldLabel('description')}</label>
        <input id="g-description" value={values.description} onInput={set('description')} maxLength={GLOSSARY_LIMITS.description}
          required {...aria('description')} />
        {errors('description')}
      </div>
      <div class="field">
        <label for="g-background">{fieldLabel('background')}</label>
        <textarea id="g-background" rows={3} value={values.background} onInput={set('background')}
          maxLength={GLOSSARY_LIMITS.background} {...aria('background')} />
        {errors('background')}
      </div>
      {general.length > 0 && <ul class="field-errors" role="alert">{general.map((p, i) => <li key={i}>{problemText(p, true)}</li>)}</ul>}
      <div class="actions">
        <button type="submit" class="primary" data-testid="entry-save">{editing ? t('glossarySaveChanges') : t('glossaryAdd')}</button>
        {editing && <button type="button" onClick={onCancel}>{t('glossaryCancel')}</button>}
      </div>
    </form>
  );
}
