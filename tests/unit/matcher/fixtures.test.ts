// The matcher over the shipped knowledge base on texts written for the project (issue #5):
// precision at least 0.97, every trap unlinked.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../src/knowledge/compile';
import { loadRecords } from '../../../src/knowledge/load-files';
import { commonEnglishWords } from '../../../src/knowledge/common-words';
import { buildLookup } from '../../../src/matcher/lookup';
import { findMentions } from '../../../src/matcher/match';
import { BLOCK_BREAK } from '../../../src/matcher/normalize';
import { parseFixture } from './fixture-format';

const DIR = 'tests/fixtures/matcher';
const words = commonEnglishWords();
const index = compileIndex(loadRecords(), { commonWord: (w) => words.has(w) });
const lookup = buildLookup(index);
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

const totals = { predicted: 0, correct: 0, expected: 0 };

describe.each(fixtures)('matcher fixture %s', (file) => {
  const parsed = parseFixture(readFileSync(`${DIR}/${file}`, 'utf8'));
  // A fixture's lines are its paragraphs: the page reader hands the matcher blocks apart, so
  // each line break is a block break here too (one character for one: offsets hold).
  const text = parsed.text.replace(/\n/g, BLOCK_BREAK);
  const { expected } = parsed;
  const mentions = findMentions(text, lookup);
  const found = mentions.map((m) => ({ start: m.start, end: m.end, id: index.entities[m.entity]![0] }));

  it('leaves every trap unlinked', () => {
    for (const trap of expected.filter((e) => e.id === null)) {
      const hit = found.find((f) => f.start < trap.end && f.end > trap.start);
      expect(hit, `trap "${text.slice(trap.start, trap.end)}" at ${trap.start}`).toBeUndefined();
    }
  });

  it('links names to the right records', () => {
    const wanted = expected.filter((e) => e.id !== null);
    const correct = found.filter((f) => wanted.some((w) => w.start === f.start && w.end === f.end && w.id === f.id));
    totals.predicted += found.length;
    totals.correct += correct.length;
    totals.expected += wanted.length;
    const wrong = found.filter((f) => !correct.includes(f)).map((f) => `${text.slice(f.start, f.end)}→${f.id}`);
    const missed = wanted.filter((w) => !correct.some((c) => c.start === w.start && c.id === w.id)).map((w) => `${text.slice(w.start, w.end)}→${w.id}`);
    // Per file a little slack; the corpus-wide bar is checked below.
    expect({ wrong: wrong.length > 1 ? wrong : [], missed: missed.length > 2 ? missed : [] }).toEqual({ wrong: [], missed: [] });
  });
});

describe('matcher over all fixtures', () => {
  it('has precision ≥ 0.97 and recall ≥ 0.9', () => {
    expect(totals.predicted).toBeGreaterThan(0);
    expect(totals.correct / totals.predicted).toBeGreaterThanOrEqual(0.97);
    expect(totals.correct / totals.expected).toBeGreaterThanOrEqual(0.9);
  });
});
