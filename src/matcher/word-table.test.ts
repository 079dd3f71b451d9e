import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWordTable, findWord, wordHash } from './word-table';

describe('word-table', () => {
  it('finds a word where it stands in a text exactly when the map holds it', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }), { maxLength: 60 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }), fc.string({ maxLength: 3 }), (keys, probe, pad) => {
        const map = new Map(keys.map((k, i) => [k, i]));
        const table = buildWordTable(map);
        for (const w of [...keys, probe]) {
          const k = findWord(table, pad + w + pad, pad.length, w.length, wordHash(w));
          expect(k < 0 ? undefined : table.values[k]).toBe(map.get(w));
          if (k >= 0) expect(table.keys[k]).toBe(w);
        }
      }), { numRuns: 500 });
  });
});
