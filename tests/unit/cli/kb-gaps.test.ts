import { describe, expect, it } from 'vitest';
import { gapReport, nameSpans } from '../../../scripts/cli/kb-gaps';

const common = new Set(['the', 'talks', 'after', 'officials', 'said']);

describe('gloss kb gaps', () => {
  it('finds runs of capitalised words, through "of" and "the", but not a lone word opening a sentence', () => {
    const spans = nameSpans('Talks resumed. The Bank of England and Andrew Bailey met in London on Monday. Officials said so.', common).map((s) => s.text);
    expect(spans).toEqual(['Bank of England', 'Andrew Bailey', 'London']);
  });

  it('counts covered spans and lists the rest by how many articles name them', () => {
    const text = 'Andrew Bailey spoke in London.';
    const docs = [0, 1, 2].map(() => ({ text, covered: [{ start: 23, end: 29 }] }));
    const r = gapReport(docs, common);
    expect([r.spans, r.covered, r.frequentSpans, r.frequentCovered]).toEqual([6, 3, 6, 3]);
    expect(r.gaps).toEqual([['Andrew Bailey', 3, 3]]);
  });
});
