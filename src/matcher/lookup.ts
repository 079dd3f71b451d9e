/**
 * The matcher's lookup table, built once per page from the compact alias index: aliases
 * grouped by their first word, longest first, so a scan tries few candidates per word.
 */
import { AliasFlag, type AliasIndex } from '../knowledge/types';
import { normalizeAliasText, wordAt } from './normalize';

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

export interface Lookup {
  exact: Map<string, Candidate[]>;
  folded: Map<string, Candidate[]>;
  entities: AliasIndex['entities'];
}

export function buildLookup(index: AliasIndex): Lookup {
  const exact = new Map<string, Candidate[]>();
  const folded = new Map<string, Candidate[]>();
  for (const [raw, entity, flags0, ids = [], words = []] of index.aliases) {
    const insensitive = (flags0 & AliasFlag.CaseInsensitive) !== 0;
    const norm = normalizeAliasText(raw);
    const text = insensitive ? norm.toLowerCase() : norm;
    const first = wordAt(text, 0);
    if (!first) continue;
    const flags = flags0;
    const cand: Candidate = { text, entity, flags, contextIds: ids, contextWords: words, single: first === text };
    const table = insensitive ? folded : exact;
    const list = table.get(first);
    if (list) list.push(cand);
    else table.set(first, [cand]);
  }
  for (const table of [exact, folded]) for (const list of table.values()) list.sort((a, b) => b.text.length - a.text.length);
  return { exact, folded, entities: index.entities };
}
