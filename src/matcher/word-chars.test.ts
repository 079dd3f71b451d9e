// The scan's character-code reader finds the same words as the regex it replaced (issue #13
// item 5), on random text of every script, with hyphens, apostrophes, combining marks,
// surrogate pairs (letters and not) and lone surrogates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordEnd, wordUnitsAt } from './word-chars';

const OLD_WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

function words(t: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < t.length;) {
    if (!wordUnitsAt(t, i)) { i++; continue; }
    const end = wordEnd(t, i);
    out.push([i, end]);
    i = end;
  }
  return out;
}

const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '-', "'", '’', '.', ', ', '\u00a0', '\u2029', 'e\u0301', '\u0308', 'Ελλάδα', 'Москва', 'القاهرة',
    '東京', 'İstanbul', 'ß', '😀', '𝐀𝐁', '𐐀', '\ud800', '\udc00', 'x\ud83d', '\ude00y', 'O’Connor', 'al-Sisi', '२०२५', '٣'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ maxLength: 6 }),
);

describe('word-chars', () => {
  it('reads the same words as /[\\p{L}\\p{N}\\p{M}]+/gu', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const t = parts.join('');
      const expected = [...t.matchAll(OLD_WORD_RUN)].map((m) => [m.index!, m.index! + m[0].length]);
      expect(words(t)).toEqual(expected);
    }), { numRuns: 2000 });
  });

  it('takes a surrogate pair whole and a lone surrogate as no word', () => {
    expect(wordUnitsAt('𝐀', 0)).toBe(2);
    expect(wordUnitsAt('😀', 0)).toBe(0);
    expect(wordUnitsAt('\ud835', 0)).toBe(0);
    expect(wordUnitsAt('a', 1)).toBe(0);
    expect(wordEnd('e\u0301t\u00e9 x', 0)).toBe(4);
  });
});
