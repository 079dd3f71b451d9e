// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatSummary, summarise, type EvalRow } from '../../../scripts/cli/eval-report';
import { scoreDoc } from '../../../scripts/cli/shingles';

const row = (id: string, article: boolean, type: string, gloss: boolean, readerable: boolean, extra: Partial<EvalRow> = {}): EvalRow =>
  ({ id, label: { article, type }, detect: { gloss, readerable, ms: 2 }, ...extra });

describe('summarise', () => {
  const rows: EvalRow[] = [
    row('a1', true, 'article', true, true, {
      text: { gloss: scoreDoc('one two three four five', 'one two three four five'), readability: scoreDoc('one two three four five six', 'one two three four five') },
      snippets: { with: 2, without: 3, gloss: { kept: 2, leaked: 0 }, readability: { kept: 2, leaked: 1 } },
    }),
    row('a2', true, 'article', false, true),
    row('f1', false, 'forum', false, true),
    row('p1', false, 'product', false, false),
    { id: 'bad', error: 'timed out' },
  ];
  const s = summarise('test', rows, 12.3, 2);

  it('scores detection for Gloss and for isProbablyReaderable from the same labels', () => {
    expect(s.detection).toMatchObject({ labelled: 4, articles: 2, nonArticles: 2 });
    expect(s.detection!.gloss).toEqual({ accuracy: 0.75, articleRecall: 0.5, nonArticleRejection: 1 });
    expect(s.detection!.readerable).toEqual({ accuracy: 0.75, articleRecall: 1, nonArticleRejection: 0.5 });
    expect(s.detection!.byType.forum).toEqual({ pages: 1, gloss: 0, readerable: 1 });
  });

  it('averages clean-text scores over pages with a reference and sums snippets', () => {
    expect(s.extraction!.documents).toBe(1);
    expect(s.extraction!.gloss.f1).toBe(1);
    expect(s.extraction!.readability.precision).toBeCloseTo(2 / 3);
    expect(s.extraction!.snippets).toEqual({ with: 2, without: 3, gloss: { kept: 2, leaked: 0 }, readability: { kept: 2, leaked: 1 } });
  });

  it('lists errors and keeps the run facts', () => {
    expect(s.errors).toEqual([{ id: 'bad', error: 'timed out' }]);
    expect(s).toMatchObject({ corpus: 'test', pages: 5, seconds: 12.3, workers: 2 });
  });

  it('prints Gloss beside its baselines', () => {
    const text = formatSummary(s);
    expect(text).toMatch(/Gloss\s+Readability alone/);
    expect(text).toMatch(/Gloss\s+isProbablyReaderable/);
    expect(text).toMatch(/accuracy\s+0\.750\s+0\.750/);
    expect(text).toMatch(/without\[\] leaked.*0\.000 \(0\/3\).*0\.333 \(1\/3\)/);
    expect(text).toContain('bad: timed out');
  });

  it('leaves out what a corpus cannot measure', () => {
    const bare = summarise('plain', [{ id: 'x', detect: { gloss: true, readerable: true, ms: 1 } } as EvalRow], 1, 1);
    expect(bare.extraction).toBeNull();
    expect(bare.detection).toBeNull();
    expect(formatSummary(bare)).not.toMatch(/Clean text|Detection \(/);
  });
});
