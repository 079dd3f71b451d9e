// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { corpusScore, scoreDoc, shingles, snippetFinder, tokens } from '../../../scripts/cli/shingles';

describe('tokens', () => {
  it('are runs of Unicode letters, digits and underscores, case kept', () => {
    expect(tokens("Qatar's PM — al_Thani, 2025: Zürich/東京!")).toEqual(['Qatar', 's', 'PM', 'al_Thani', '2025', 'Zürich', '東京']);
    expect(tokens(' ,.;— ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('are overlapping 4-grams counted as a multiset', () => {
    const s = shingles('a b c d a b c d');
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
    expect(s.get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });
  it('make one shingle of 1-3 tokens and none of an empty text', () => {
    expect(shingles('one two').size).toBe(1);
    expect(shingles('x').size).toBe(1);
    expect(shingles('  ').size).toBe(0);
  });
  it('keep case: "The" and "the" differ', () => {
    expect(scoreDoc('The cat sat down', 'the cat sat down').tp).toBe(0);
  });
});

describe('scoreDoc', () => {
  it('counts tp as the sum of minimum counts and the excess as fp / fn', () => {
    // predicted: 6 tokens -> 3 shingles; reference: 5 tokens -> 2 shingles; 2 shared
    const d = scoreDoc('w1 w2 w3 w4 w5 extra', 'w1 w2 w3 w4 w5');
    expect(d).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(d.precision).toBeCloseTo(2 / 3);
    expect(d.recall).toBe(1);
  });
  it('does not let a repeated shingle count more than the reference has', () => {
    const d = scoreDoc('a b c d a b c d a b c d', 'a b c d');
    expect(d.tp).toBe(1);
    expect(d.fp).toBe(8);
  });
  it('scores an empty output 0 against a real reference', () => {
    expect(scoreDoc('', 'some words here now')).toMatchObject({ precision: 0, recall: 0 });
    expect(scoreDoc('', '')).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreDoc('text with no reference', '')).toMatchObject({ precision: 0, recall: 1 });
  });
});

describe('corpusScore', () => {
  it('averages precision and recall over documents, then takes F1 of the means', () => {
    const c = corpusScore([{ precision: 1, recall: 0.5 }, { precision: 0.5, recall: 0.5 }]);
    expect(c.precision).toBe(0.75);
    expect(c.recall).toBe(0.5);
    expect(c.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
  });
  it('is zero for no documents', () => {
    expect(corpusScore([])).toEqual({ documents: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('snippetFinder', () => {
  const has = snippetFinder('Share this: Home — the “Abraham Accords” were signed.\nHomepage');
  it('finds a snippet as whole tokens whatever the punctuation', () => {
    expect(has('the "Abraham Accords" were')).toBe(true);
    expect(has('Home')).toBe(true);
  });
  it('does not match part of a word, other case, or an empty snippet', () => {
    expect(has('Homep')).toBe(false);
    expect(has('abraham accords')).toBe(false);
    expect(has('…')).toBe(false);
  });
  it('reads the last word of a snippet cut at WCXB\'s 80 characters as a beginning, only then', () => {
    const text = 'Include All Macros: Ensure meals contain healthy fats, protein, and carbohydrates. Then rest.';
    const find = snippetFinder(text);
    const cut = 'Include All Macros: Ensure meals contain healthy fats, protein, and carbohydrate';
    expect(cut.length).toBe(80);
    expect(find(cut)).toBe(true);
    expect(find(cut.slice(1))).toBe(false);
    // A cut snippet still needs every earlier word whole.
    expect(snippetFinder(text.replace('protein', 'proteins'))(cut)).toBe(false);
  });
});
