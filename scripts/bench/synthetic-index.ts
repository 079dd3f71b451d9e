/**
 * A synthetic alias index N times the shipped one, to show how matching and loading cost
 * grow with the knowledge base. Copy 0 is the shipped index itself (so the benchmark text
 * still finds its names); each further copy renames every entity with invented words of
 * the same shape, keeps flags and context rules, and keeps leading title words that many
 * aliases share ("Senator", "Secretary"), so first-word buckets grow as a bigger real
 * knowledge base's would. The last word is always invented: no alias is duplicated.
 */
import type { AliasIndex, IndexAlias } from '../../src/knowledge/types.ts';
import { seeded } from './prng.ts';

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kh', 'st', 'tr', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ia'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 'm', 'th', 'nd'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A made-up word, the same for the same (word, copy), capitalised like the original. */
export function inventWord(word: string, copy: number): string {
  const rand = seeded(hash(`${copy}:${word}`));
  const syllables = 2 + Math.floor(rand() * 2);
  let out = '';
  for (let i = 0; i < syllables; i++) {
    out += ONSETS[Math.floor(rand() * ONSETS.length)]! + VOWELS[Math.floor(rand() * VOWELS.length)]!;
    if (i === syllables - 1 || rand() < 0.3) out += CODAS[Math.floor(rand() * CODAS.length)]!;
  }
  const upper = word.length > 1 && word === word.toUpperCase();
  if (upper) return out.toUpperCase();
  return /^\p{Lu}/u.test(word) ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/** First words that begin at least `min` aliases: titles and prefixes a larger base shares. */
function sharedFirstWords(index: AliasIndex, min = 5): Set<string> {
  const counts = new Map<string, number>();
  for (const [text] of index.aliases) {
    const first = text.split(' ')[0]!;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= min).map(([w]) => w));
}

function renameAlias(text: string, copy: number, keep: Set<string>): string {
  const words = text.split(' ');
  return words.map((w, i) => (i < words.length - 1 && keep.has(w) ? w : inventWord(w, copy))).join(' ');
}

export function scaleIndex(base: AliasIndex, factor: number): AliasIndex {
  if (!Number.isInteger(factor) || factor < 1) throw new Error('factor must be a positive integer');
  const keep = sharedFirstWords(base);
  const n = base.entities.length;
  const entities: AliasIndex['entities'] = [...base.entities];
  const aliases: IndexAlias[] = [...base.aliases];
  for (let copy = 1; copy < factor; copy++) {
    for (const [id, name, type] of base.entities) entities.push([`${id}~${copy}`, renameAlias(name, copy, keep), type]);
    for (const [text, entity, flags, ids, words] of base.aliases) {
      const alias: IndexAlias = [renameAlias(text, copy, keep), entity + copy * n, flags];
      if (ids || words) alias.push((ids ?? []).map((e) => e + copy * n), words ?? []);
      aliases.push(alias);
    }
  }
  return { version: 1, entities, aliases };
}
