import { describe, expect, it } from 'vitest';
import { compileIndex } from '../knowledge/compile';
import type { KbRecord } from '../knowledge/types';
import { allStartingWith, buildLookup } from './lookup';
import { findMentions } from './match';
import { rec } from '../../tests/unit/support/records';


// "Al" is a name of its own here, and starts names of both kinds: after a space and after a hyphen.
const records: KbRecord[] = [
  rec('al', 'Al', 'person'),
  rec('al-jazeera', 'Al Jazeera', 'organization'),
  rec('al-ahly', 'Al-Ahly', 'organization'),
  rec('al-nassr', 'Al-Nassr', 'organization'),
  rec('bitcoin', 'Bitcoin', 'other', [{ text: 'bitcoin', caseSensitive: false }]),
];
const lookup = buildLookup(compileIndex(records, { commonWord: () => false }));
const found = (text: string) => findMentions(text, lookup).map((m) => `${m.surface}=${records[m.entity]!.id}`);

describe('lookup entries', () => {
  it('keep the names that are the word itself apart from the longer ones, and what follows the word in those', () => {
    const e = lookup.exact.get('Al')!;
    expect(e.whole.map((c) => c.text)).toEqual(['Al']);
    expect(e.cands.map((c) => c.text).sort()).toEqual(['Al Jazeera', 'Al-Ahly', 'Al-Nassr']);
    expect([...e.follow].sort()).toEqual([' ', '-']);
    // Tools that list every name a word starts still see them all.
    expect(allStartingWith(e).map((c) => c.text).sort()).toEqual(['Al', 'Al Jazeera', 'Al-Ahly', 'Al-Nassr']);
  });
});

describe('the scan with them', () => {
  it('takes the longest name a word starts, whichever character follows it', () => {
    expect(found('The fans saw Al-Ahly win. Al Jazeera reported it. Al laughed.')).toEqual(
      ['Al-Ahly=al-ahly', 'Al Jazeera=al-jazeera', 'Al=al']);
  });

  it('takes the word itself when no longer name stands there', () => {
    // A lower-case word after the hyphen: "Al-Masry" would be a compound (glued.ts), no card.
    expect(found('Al-era fans cheered. Al, the coach, was pleased.')).toEqual(['Al=al', 'Al=al']);
  });

  it('still lets a case-insensitive name tie with the word itself', () => {
    expect(found('BITCOIN rose; bitcoin fell; Bitcoin held.')).toEqual(['BITCOIN=bitcoin', 'bitcoin=bitcoin', 'Bitcoin=bitcoin']);
  });
});
