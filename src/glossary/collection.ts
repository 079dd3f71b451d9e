/**
 * Changes to the whole glossary, all or nothing (issue #6): adding or editing one entry
 * from the editor, merging an imported file, removing. Pure; the caller saves the result
 * only when there is no problem.
 */
import { aliasKey, checkDraft, formsOf, GLOSSARY_LIMITS, newId, type Draft, type GlossaryEntry, type Problem } from './entry';

export interface LineProblem extends Problem {
  /** Line in the imported file (1-based); null for problems of the file as a whole. */
  line: number | null;
}

export interface Incoming { draft: Draft; line: number | null }

/**
 * Two entries may not claim the same name or alias: the page could not tell which card
 * to show. Entries already saved come first, so a clash is reported where it is new.
 */
function clashes(kept: readonly GlossaryEntry[], added: readonly { entry: GlossaryEntry; line: number | null }[]): LineProblem[] {
  const owner = new Map<string, string>();
  for (const e of kept) for (const f of formsOf(e)) owner.set(aliasKey(f), e.name);
  const problems: LineProblem[] = [];
  for (const { entry, line } of added) {
    formsOf(entry).forEach((form, i) => {
      const key = aliasKey(form);
      const other = owner.get(key);
      if (other !== undefined && other !== entry.name)
        problems.push({ key: 'glossaryErrAliasTaken', subs: [form, other], field: i === 0 ? 'name' : 'aliases', line });
      else owner.set(key, entry.name);
    });
  }
  return problems;
}

export interface MergeResult { entries: GlossaryEntry[]; added: number; updated: number; problems: LineProblem[] }

/** Imported entries: a name already in the glossary updates that entry; others are added. */
export function mergeEntries(existing: readonly GlossaryEntry[], incoming: readonly Incoming[]): MergeResult {
  const problems: LineProblem[] = [];
  const byName = new Map(existing.map((e) => [aliasKey(e.name), e] as const));
  const inFile = new Map<string, number | null>();
  const taken = new Set(existing.map((e) => e.id));
  const replaced = new Map<string, GlossaryEntry>();
  const added: { entry: GlossaryEntry; line: number | null }[] = [];
  const fresh: GlossaryEntry[] = [];
  for (const { draft, line } of incoming) {
    const key = aliasKey(draft.name);
    if (inFile.has(key)) {
      problems.push({ key: 'glossaryErrDuplicateName', subs: [draft.name, String(inFile.get(key) ?? '?')], field: 'name', line });
      continue;
    }
    inFile.set(key, line);
    const old = byName.get(key);
    const id = old?.id ?? newId(draft.name, taken);
    taken.add(id);
    const entry: GlossaryEntry = { id, ...draft };
    added.push({ entry, line });
    if (old) replaced.set(old.id, entry);
    else fresh.push(entry);
  }
  problems.push(...clashes(existing.filter((e) => !replaced.has(e.id)), added));
  const entries = [...existing.map((e) => replaced.get(e.id) ?? e), ...fresh];
  if (entries.length > GLOSSARY_LIMITS.entries)
    problems.push({ key: 'glossaryErrTooMany', subs: [String(GLOSSARY_LIMITS.entries), String(entries.length)], line: null });
  return { entries: problems.length ? [...existing] : entries, added: fresh.length, updated: replaced.size, problems };
}

/** The editor's save: `editing` is the id being edited, or null for a new entry. */
export function saveDraft(existing: readonly GlossaryEntry[], raw: Record<string, unknown>, editing: string | null):
  { entries: GlossaryEntry[]; problems: Problem[] } {
  const { draft, problems } = checkDraft(raw);
  if (!draft) return { entries: [...existing], problems };
  const clash = existing.find((e) => e.id !== editing && aliasKey(e.name) === aliasKey(draft.name));
  if (clash) return { entries: [...existing], problems: [{ key: 'glossaryErrNameExists', subs: [clash.name], field: 'name' }] };
  const others = existing.filter((e) => e.id !== editing);
  const id = editing ?? newId(draft.name, new Set(existing.map((e) => e.id)));
  const entry: GlossaryEntry = { id, ...draft };
  const found = clashes(others, [{ entry, line: null }]).map(({ line: _line, ...p }) => p);
  if (found.length) return { entries: [...existing], problems: found };
  const entries = editing && existing.some((e) => e.id === editing)
    ? existing.map((e) => (e.id === editing ? entry : e))
    : [...existing, entry];
  if (entries.length > GLOSSARY_LIMITS.entries)
    return { entries: [...existing], problems: [{ key: 'glossaryErrTooMany', subs: [String(GLOSSARY_LIMITS.entries), String(entries.length)] }] };
  return { entries, problems: [] };
}

export function removeEntry(existing: readonly GlossaryEntry[], id: string): GlossaryEntry[] {
  return existing.filter((e) => e.id !== id);
}

/** Puts a removed entry back where it was (the editor's undo); null when an entry added
 *  since has taken one of its names. */
export function restoreEntry(existing: readonly GlossaryEntry[], entry: GlossaryEntry, at: number): GlossaryEntry[] | null {
  if (existing.some((e) => e.id === entry.id)) return [...existing];
  if (clashes(existing, [{ entry, line: null }]).length) return null;
  const list = [...existing];
  list.splice(Math.min(at, list.length), 0, entry);
  return list;
}
