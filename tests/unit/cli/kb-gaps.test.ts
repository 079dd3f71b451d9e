import { describe, expect, it } from 'vitest';
import { gapReport, nameSpans } from '../../../scripts/cli/kb-gaps';

const common = new Set(['the', 'talks', 'after', 'officials', 'said']);

describe('gloss kb gaps', () => {
  it('finds runs of capitalised words, through "of" and "the", but not a lone word opening a sentence', () => {
    const spans = nameSpans('Talks resumed. The Bank of England and Andrew Bailey met in London on Monday. Officials said so.', common).map((s) => s.text);
    expect(spans).toEqual(['Bank of England', 'Andrew Bailey', 'London']);
  });

  it('takes the name part of a compound and of a possessive, and never the pronoun I', () => {
    const spans = nameSpans('Reporters met AI-driven start-ups in a London-based lab. They met Qatar’s envoy. When I called, Doha answered.', common).map((s) => s.text);
    expect(spans).toEqual(['AI', 'London', 'Qatar', 'Doha']);
  });

  it('leaves out words the corpus writes in lower case and abbreviations it puts in the plural', () => {
    const docs = [
      'Try our Online shop. Shoppers buy online and pay online. Teams ship APIs and call an API.',
      'Use the Online tools. They sell online. The API broke, NATO said.',
      'We met NATO online.',
    ].map((text) => ({ text, covered: [] }));
    const r = gapReport(docs, common);
    const names = r.gaps.map(([name]) => name);
    expect(names).toContain('NATO');
    expect(names).not.toContain('Online');
    expect(names).not.toContain('API');
    expect(names).not.toContain('APIs');
  });

  it('counts covered spans and lists the rest by how many articles name them', () => {
    const text = 'Andrew Bailey spoke in London.';
    const docs = [0, 1, 2].map(() => ({ text, covered: [{ start: 23, end: 29 }] }));
    const r = gapReport(docs, common);
    expect([r.spans, r.covered, r.frequentSpans, r.frequentCovered]).toEqual([6, 3, 6, 3]);
    expect(r.gaps).toEqual([['Andrew Bailey', 3, 3]]);
  });
});
