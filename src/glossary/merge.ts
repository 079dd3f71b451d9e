/**
 * The user's glossary inside the alias index and as cards (issue #6). User entries come
 * after the shipped ones, with ids "user:<id>"; a shipped alias with the same text as a
 * user name or alias is dropped, so the user's entry wins wherever that text appears.
 */
import { AliasFlag, type AliasIndex, type CardRecord, type IndexAlias } from '../knowledge/types';
import { aliasKey, formsOf, type GlossaryEntry } from './entry';

export const USER_PREFIX = 'user:';

/** All lower-case ("quantitative easing") reads as a term: matched in any case. A name
 *  typed with capitals is matched with them, as shipped names are. */
function flagsFor(form: string, isName: boolean): number {
  let flags = isName ? AliasFlag.FullName : 0;
  if (form === form.toLowerCase()) flags |= AliasFlag.CaseInsensitive;
  return flags;
}

export function indexWithGlossary(shipped: AliasIndex, entries: readonly GlossaryEntry[]): AliasIndex {
  if (!entries.length) return shipped;
  const taken = new Set(entries.flatMap((e) => formsOf(e).map(aliasKey)));
  const aliases: IndexAlias[] = shipped.aliases.filter(([text]) => !taken.has(aliasKey(text)));
  const entities = [...shipped.entities];
  for (const e of entries) {
    const at = entities.length;
    entities.push([USER_PREFIX + e.id, e.name, e.type]);
    formsOf(e).forEach((form, i) => aliases.push([form, at, flagsFor(form, i === 0)]));
  }
  // Honorifics and places keep their entity numbers: user entries only come after them.
  return { ...shipped, entities, aliases };
}

/** A card for a "user:" id; plain text fields only (the card renders them as text). */
export function glossaryRecord(entries: readonly GlossaryEntry[], id: string): CardRecord | null {
  if (!id.startsWith(USER_PREFIX)) return null;
  const e = entries.find((x) => x.id === id.slice(USER_PREFIX.length));
  return e ? { id, name: e.name, type: e.type, description: e.description, background: e.background, source: 'glossary' } : null;
}
