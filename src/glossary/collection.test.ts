import { describe, expect, it } from 'vitest';
import { GLOSSARY_LIMITS, checkDraft, type GlossaryEntry } from './entry';
import { mergeEntries, removeEntry, restoreEntry, saveDraft } from './collection';

const entry = (id: string, name: string, aliases: string[] = []): GlossaryEntry =>
  ({ id, name, aliases, type: 'person', description: 'd', background: '' });

describe('checking one entry', () => {
  it('cleans whitespace and hidden control characters, dedupes aliases', () => {
    const { draft } = checkDraft({ name: '  Jane\u202e  Doe ', aliases: ['J. Doe', 'jane doe', 'J.  Doe'], description: ' x ' });
    expect(draft).toEqual({ name: 'Jane Doe', aliases: ['J. Doe'], type: 'other', description: 'x', background: '' });
  });

  it('splits a CSV aliases cell on |', () => {
    expect(checkDraft({ name: 'Jane Doe', aliases: 'JD | Doe |', description: 'x' }).draft?.aliases).toEqual(['JD', 'Doe']);
  });

  it('names each bad field', () => {
    const { draft, problems } = checkDraft({ name: 5, aliases: [1], description: 'x'.repeat(GLOSSARY_LIMITS.description + 1), type: 'planet' });
    expect(draft).toBeNull();
    expect(problems.map((p) => [p.key, p.field])).toEqual([
      ['glossaryErrNotText', 'name'], ['glossaryErrAliasesList', 'aliases'], ['glossaryErrType', 'type'],
      ['glossaryErrTooLong', 'description'],
    ]);
  });

  it('refuses names the matcher could never find', () => {
    expect(checkDraft({ name: '“Quoted”', description: 'x' }).problems[0]!.key).toBe('glossaryErrAliasStart');
    expect(checkDraft({ name: 'Ok Name', aliases: ['Q'], description: 'x' }).problems[0]!.key).toBe('glossaryErrAliasShort');
  });
});

describe('changing the glossary', () => {
  const list = [entry('jane-doe', 'Jane Doe', ['J. Doe']), entry('acme', 'Acme')];

  it('adds a new entry with a unique id and edits one in place', () => {
    const added = saveDraft(list, { name: 'Jane  Doe Jr', description: 'x' }, null);
    expect(added.problems).toEqual([]);
    expect(added.entries.at(-1)!.id).toBe('jane-doe-jr');
    const edited = saveDraft(list, { name: 'Acme Corp', aliases: ['Acme'], description: 'y' }, 'acme');
    expect(edited.entries[1]).toMatchObject({ id: 'acme', name: 'Acme Corp', aliases: ['Acme'] });
    expect(edited.entries).toHaveLength(2);
  });

  it('refuses a second entry with the same name or alias, saying which', () => {
    expect(saveDraft(list, { name: 'jane doe', description: 'x' }, null).problems)
      .toEqual([{ key: 'glossaryErrNameExists', subs: ['Jane Doe'], field: 'name' }]);
    expect(saveDraft(list, { name: 'Janet', aliases: ['J. Doe'], description: 'x' }, null).problems)
      .toEqual([{ key: 'glossaryErrAliasTaken', subs: ['J. Doe', 'Jane Doe'], field: 'aliases' }]);
  });

  it('merges an import all or nothing', () => {
    const ok = mergeEntries(list, [{ draft: { ...list[1]!, description: 'new' }, line: 2 }, { draft: { ...entry('', 'Zed') }, line: 3 }]);
    expect(ok.problems).toEqual([]);
    expect([ok.added, ok.updated, ok.entries.map((e) => e.description)]).toEqual([1, 1, ['d', 'new', 'd']]);
    const bad = mergeEntries(list, [{ draft: { ...entry('', 'Zed') }, line: 2 }, { draft: { ...entry('', 'Other', ['Acme']) }, line: 3 }]);
    expect(bad.problems).toMatchObject([{ line: 3, key: 'glossaryErrAliasTaken' }]);
    expect(bad.entries).toEqual(list);
  });

  it('removes and puts back, unless a name was taken since', () => {
    const removed = removeEntry(list, 'jane-doe');
    expect(restoreEntry(removed, list[0]!, 0)).toEqual(list);
    const taken = saveDraft(removed, { name: 'Janet', aliases: ['J. Doe'], description: 'x' }, null).entries;
    expect(restoreEntry(taken, list[0]!, 0)).toBeNull();
  });
});
