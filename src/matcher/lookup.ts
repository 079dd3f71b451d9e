/**
 * The matcher's lookup table, built once per page from the compact alias index: aliases
 * grouped by their first word, longest first, so a scan tries few candidates per word.
 */
import { AliasFlag, type AliasIndex } from '../knowledge/types';
import { normalizeAliasText, wordAt } from './normalize';
import { buildWordTable, type WordTable } from './word-table';

export interface Candidate {
  /** Normalised alias text (lower-cased when case-insensitive). */
  text: string;
  entity: number;
  flags: number;
  contextIds: readonly number[];
  contextWords: readonly string[];
  /** One word only: neighbour and sentence-start rules apply. */
  single: boolean;
}

/** What one word of the text can start: names, and whether it is some name's context word
 *  (one map lookup per word answers both; the scan notes context words it meets).
 *  `whole`: the names that are this word and nothing more. A word that is one already
 *  needs no comparing: the scan takes them as they are, without reading a character, and
 *  without a new list per occurrence (most names a text holds are one word: npm run bench).
 *  `cands`: the longer names it starts, longest first. A word that starts many ("New",
 *  "The", "Senator") has them split by their second word (`next`, after one space);
 *  `cands` then holds only those without one. `follow`: the characters that come after
 *  the word in `cands` (" ", "-", "'"…): "Al Jazeera" need not be compared with the
 *  ninety "Al-…" names. */
export interface WordEntry {
  cands: Candidate[]; whole: Candidate[]; follow: string; context: boolean; next?: Map<string, Candidate[]>;
  /** A lower-case context word written with a capital, as a sentence opens ("Shares of
   *  Alphabet rose"): counted as that word, at a sentence's start only, where the capital
   *  says nothing ("Mayor Adams" elsewhere is a title, not the word "mayor"). */
  contextAs?: string;
  /** The first word of some context phrase ("South" of "South Korea"): the scan keeps where
   *  it stands. */
  phrase?: boolean;
}

/** Above this many names, a first word's names are split by their second word. */
const SPLIT_ABOVE = 12;

export interface Lookup {
  exact: Map<string, WordEntry>;
  /** The same entries, for the scan to find by a word's hash (word-table.ts). */
  words: WordTable<WordEntry>;
  folded: Map<string, Candidate[]>;
  entities: AliasIndex['entities'];
  honorifics: NonNullable<AliasIndex['honorifics']>;
  /** Each place's country entity, and which places are regions (see AliasIndex.places). */
  countryOf: ReadonlyMap<number, number>;
  regions: ReadonlySet<number>;
  /** Each entity's kind as bits (ENTITY_PERSON…), read by the rules for every span
   *  instead of comparing the type's string each time. */
  kinds: Uint8Array;
  /** Length → first letters of the case-insensitive aliases' first words: most words need
   *  no lower-casing at all. */
  foldedFirst: ReadonlyMap<number, ReadonlySet<string>>;
  /** The same for first letters in ASCII and lengths under FOLDED_ASCII_LENGTHS, as one flag
   *  per length and letter (at length × 128 + letter): every word of a page asks, and a byte
   *  read costs less than a map's and a set's lookup and a lower-cased letter. */
  foldedAscii: Uint8Array;
}

/**
 * Builds the lookup a slice at a time: a fresh tab runs this cold (unoptimised), where the
 * whole index once took 50-100 ms, a long task on every article page (bench, 2026-11-29).
 * `step(timeUp)` returns true when done.
 */
export function createLookupBuilder(index: AliasIndex) {
  const exact = new Map<string, WordEntry>();
  const folded = new Map<string, Candidate[]>();
  const entry = (word: string) => {
    let e = exact.get(word);
    if (!e) exact.set(word, e = { cands: [], whole: [], follow: '', context: false });
    return e;
  };
  let at = 0;
  const aliases = index.aliases;
  return {
    step(timeUp: () => boolean): boolean {
      while (at < aliases.length) {
        const [raw, entity, flags, ids = [], words = []] = aliases[at++]!;
        const insensitive = (flags & AliasFlag.CaseInsensitive) !== 0;
        const norm = normalizeAliasText(raw);
        const text = insensitive ? norm.toLowerCase() : norm;
        const first = wordAt(text, 0);
        if (first) {
          const cand: Candidate = { text, entity, flags, contextIds: ids, contextWords: words, single: first === text };
          if (!insensitive) (first === text ? entry(first).whole : entry(first).cands).push(cand);
          else {
            const list = folded.get(first);
            if (list) list.push(cand);
            else folded.set(first, [cand]);
          }
        }
        for (const w of words) {
          const lead = wordAt(w, 0);
          if (!lead) continue;
          const e = entry(lead);
          e.context = true;
          if (lead !== w) e.phrase = true;
          const capital = lead[0]!.toUpperCase();
          if (capital !== lead[0] && capital.length === 1) {
            const opening = entry(capital + lead.slice(1));
            if (!opening.context) opening.contextAs = lead;
          }
        }
        if ((at & 255) === 0 && timeUp()) return false;
      }
      return true;
    },
    result(): Lookup {
      const longestFirst = (a: Candidate, b: Candidate) => b.text.length - a.text.length;
      for (const [first, e] of exact) {
        e.cands.sort(longestFirst);
        if (e.cands.length > SPLIT_ABOVE) splitBySecondWord(first, e);
        e.follow = [...new Set(e.cands.map((c) => c.text[first.length]))].join('');
      }
      for (const list of folded.values()) list.sort(longestFirst);
      const countryOf = new Map(Object.entries(index.places?.countryOf ?? {}).map(([e, c]) => [Number(e), c] as const));
      return {
        exact, words: buildWordTable(exact), folded, entities: index.entities, kinds: entityKinds(index.entities), honorifics: index.honorifics ?? {}, foldedFirst: firstLetters(folded.keys()), foldedAscii: asciiFirstLetters(folded.keys()),
        countryOf, regions: new Set(index.places?.regions),
      };
    },
  };
}

/** Every name a word starts, split or not (for tools that do not read the second word). */
export function allStartingWith(e: WordEntry | undefined): Candidate[] {
  return e ? [...e.cands, ...[...(e.next?.values() ?? [])].flat(), ...e.whole] : [];
}

function splitBySecondWord(first: string, e: WordEntry): void {
  const next = new Map<string, Candidate[]>();
  const rest: Candidate[] = [];
  for (const c of e.cands) {
    const second = c.text[first.length] === ' ' ? wordAt(c.text, first.length + 1) : '';
    if (!second) { rest.push(c); continue; }
    const list = next.get(second);
    if (list) list.push(c); else next.set(second, [c]);
  }
  e.cands = rest;
  e.next = next;
}

export const ENTITY_PERSON = 1, ENTITY_PLACE = 2, ENTITY_ORGANIZATION = 4;

/** A country counts as a place: the rules that ask treat both alike. */
function entityKinds(entities: AliasIndex['entities']): Uint8Array {
  const kinds = new Uint8Array(entities.length);
  entities.forEach(([, , type], e) => {
    kinds[e] = type === 'person' ? ENTITY_PERSON : type === 'place' || type === 'country' ? ENTITY_PLACE : type === 'organization' ? ENTITY_ORGANIZATION : 0;
  });
  return kinds;
}

export const FOLDED_ASCII_LENGTHS = 64;

function asciiFirstLetters(words: Iterable<string>): Uint8Array {
  const out = new Uint8Array(FOLDED_ASCII_LENGTHS * 128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128 && w.length < FOLDED_ASCII_LENGTHS) out[w.length * 128 + c] = 1;
  }
  return out;
}

function firstLetters(words: Iterable<string>): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const w of words) {
    const set = out.get(w.length) ?? new Set<string>();
    set.add(w[0]!);
    out.set(w.length, set);
  }
  return out;
}

export function buildLookup(index: AliasIndex): Lookup {
  const builder = createLookupBuilder(index);
  builder.step(() => false);
  return builder.result();
}
