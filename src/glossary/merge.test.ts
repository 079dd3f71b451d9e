import { describe, expect, it } from 'vitest';
import { compileIndex } from '../knowledge/compile';
import type { KbRecord } from '../knowledge/types';
import { buildLookup } from '../matcher/lookup';
import { findMentions } from '../matcher/match';
import type { GlossaryEntry } from './entry';
import { glossaryRecord, indexWithGlossary, USER_PREFIX } from './merge';
import { withGlossary } from './gateway';

const record = (id: string, name: string, aliases: string[] = []): KbRecord => ({
  id, name, type: 'country', aliases, description: `${name} desc`, background: 'bg', asOf: '2025-01', wikipedia: name,
});
const shipped = compileIndex([record('jordan', 'Jordan', ['Hashemite Kingdom']), record('qatar', 'Qatar')]);
const mine: GlossaryEntry[] = [
  { id: 'jordan-lee', name: 'Jordan Lee', aliases: ['Jordan'], type: 'person', description: 'My colleague', background: '<b>not markup</b>' },
  { id: 'qe', name: 'quantitative easing', aliases: [], type: 'other', description: 'Bond buying', background: '' },
];

const entityAt = (index: ReturnType<typeof indexWithGlossary>, text: string) =>
  findMentions(text, buildLookup(index)).map((m) => [m.surface, index.entities[m.entity]![0]]);

describe('glossary in the alias index', () => {
  it('adds user entries with "user:" ids and drops shipped aliases they take over', () => {
    const index = indexWithGlossary(shipped, mine);
    expect(index.entities.slice(2).map((e) => e[0])).toEqual([`${USER_PREFIX}jordan-lee`, `${USER_PREFIX}qe`]);
    expect(index.aliases.filter(([, e]) => e === 0).map(([t]) => t)).toEqual(['Hashemite Kingdom']);
    expect(entityAt(index, 'We met in Doha, Qatar, where Jordan spoke.')).toEqual([['Qatar', 'qatar'], ['Jordan', 'user:jordan-lee']]);
    expect(entityAt(shipped, 'We met in Doha, Qatar, where Jordan spoke.')).toEqual([['Qatar', 'qatar'], ['Jordan', 'jordan']]);
  });

  it('matches an all-lower-case term in any case, a capitalised name only as written', () => {
    const index = indexWithGlossary(shipped, mine);
    expect(entityAt(index, 'More Quantitative Easing is coming.').map((m) => m[1])).toEqual(['user:qe']);
    expect(entityAt(index, 'the jordan lee report')).toEqual([]);
  });

  it('keeps what the shipped index knows of its own entities: forms of address, where places lie', () => {
    const people = compileIndex([
      { ...record('bill', 'Bill Clinton', [{ text: 'Clinton', surname: true, safe: true }] as never), type: 'person', honorifics: ['Mr'] },
      { ...record('paris', 'Paris'), type: 'place', facts: { country: 'France' } },
      record('france', 'France'), { ...record('texas', 'Texas'), type: 'place', facts: { country: 'United States', capital: 'Austin' } },
      record('united-states', 'United States'),
    ]);
    const index = indexWithGlossary(people, mine);
    expect(index.honorifics).toEqual(people.honorifics);
    expect(index.places).toEqual(people.places);
    expect(entityAt(index, 'Bill Clinton spoke. Mrs. Clinton did not.')).toEqual([['Bill Clinton', 'bill']]);
    expect(entityAt(index, 'The tour opens in Paris, Texas.')).toEqual([['Texas', 'texas']]);
  });

  it('leaves the shipped index untouched without a glossary', () => {
    expect(indexWithGlossary(shipped, [])).toBe(shipped);
  });

  it('serves user cards as plain glossary records', () => {
    expect(glossaryRecord(mine, 'user:jordan-lee')).toEqual({
      id: 'user:jordan-lee', name: 'Jordan Lee', type: 'person', description: 'My colleague', background: '<b>not markup</b>', source: 'glossary',
    });
    expect(glossaryRecord(mine, 'jordan-lee')).toBeNull();
    expect(glossaryRecord(mine, 'user:nobody')).toBeNull();
  });

  it('keeps shipped cards working when the glossary cannot be read', async () => {
    const gateway = withGlossary({ index: async () => shipped, record: async (id) => (id === 'qatar' ? { id, source: 'shipped' } as never : null) },
      () => Promise.reject(new Error('storage gone')));
    expect(await gateway.index()).toBe(shipped);
    expect(await gateway.record('qatar')).toMatchObject({ source: 'shipped' });
    expect(await gateway.record('user:qe')).toBeNull();
  });
});
