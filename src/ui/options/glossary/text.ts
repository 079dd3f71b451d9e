/** Glossary problems in words: "Line 4: “description” is required." (issue #6). */
import type { Field, Problem } from '../../../glossary/entry';
import type { LineProblem } from '../../../glossary/collection';
import { t } from '../../../i18n/i18n';

const FIELD_LABEL: Record<Field, string> = {
  name: 'glossaryName', aliases: 'glossaryAliases', type: 'glossaryType', description: 'glossaryDescription', background: 'glossaryBackground',
};
/** Messages whose first substitution is a field id. */
const FIELD_FIRST = new Set(['glossaryErrRequired', 'glossaryErrNotText', 'glossaryErrTooLong']);

/** In the editor fields go by their labels; in a file, by the names the file uses. */
export function problemText(p: Problem, asLabel: boolean): string {
  const subs = [...p.subs];
  if (asLabel && p.field && FIELD_FIRST.has(p.key)) subs[0] = t(FIELD_LABEL[p.field]);
  return t(p.key, subs);
}

export function lineProblemText(p: LineProblem): string {
  const text = problemText(p, false);
  return p.line === null ? text : t('glossaryErrLine', [String(p.line), text]);
}

export function fieldLabel(field: Field): string {
  return t(FIELD_LABEL[field]);
}
