/**
 * The lookup's first words, found by a hash the scan computes as it reads a word's
 * characters, so a word of the text is looked up where it stands, without first being cut
 * out as a string of its own (issue #13 item 5: one Map lookup per word of a page, each on
 * a fresh substring, cost about as much as finding the words).
 */

/** FNV-1a over UTF-16 code units: start from WORD_HASH_SEED and mix in each unit. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const mixWordHash = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

export function wordHash(word: string): number {
  let h = WORD_HASH_SEED;
  for (let k = 0; k < word.length; k++) h = mixWordHash(h, word.charCodeAt(k));
  return h;
}

/** Open addressing over a power-of-two array, at most half full: few probes per word. */
export interface WordTable<V> {
  readonly slots: Int32Array;
  readonly mask: number;
  readonly keys: readonly string[];
  readonly hashes: Int32Array;
  readonly values: readonly V[];
}

const slotOf = (h: number, mask: number) => (h ^ (h >>> 15)) & mask;

export function buildWordTable<V>(map: ReadonlyMap<string, V>): WordTable<V> {
  let size = 16;
  while (size < map.size * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const keys = new Array<string>(map.size);
  const values = new Array<V>(map.size);
  const hashes = new Int32Array(map.size);
  let k = 0;
  // forEach, not for…of: no [key, value] pair per entry (the lookup is built on every wake).
  map.forEach((value, key) => {
    const h = wordHash(key);
    let s = slotOf(h, mask);
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = k;
    hashes[k] = h;
    keys[k] = key;
    values[k++] = value;
  });
  return { slots, mask, keys, hashes, values };
}

/** The index of the key equal to t[start, start + len), whose wordHash is `h`, or -1. */
export function findWord<V>(table: WordTable<V>, t: string, start: number, len: number, h: number): number {
  const { slots, mask, keys, hashes } = table;
  for (let s = slotOf(h, mask), k = slots[s]!; k !== -1; s = (s + 1) & mask, k = slots[s]!) {
    if (hashes[k] === h && keys[k]!.length === len && t.startsWith(keys[k]!, start)) return k;
  }
  return -1;
}
