// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexProblems, referenceInputs, withHeader } from '../../../scripts/cli/reference-set';
import { evaluatePage } from '../../../scripts/cli/eval-page';
import { formatSummary, summarise, worstPages, type EvalRow } from '../../../scripts/cli/eval-report';
import { scoreDoc } from '../../../scripts/cli/shingles';
import { UserError } from '../../../scripts/cli/load';

let root: string;
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const entry = (id: string, corpus: string, page: string) => ({ id, corpus, page, source: 'test', notes: 'test' });

const BODY = [
  'The harbour board voted on Tuesday to close the old ferry pier for good after inspectors found its piles rotten.',
  'Repairs would have cost more than a new pier, the board said, and the ferry will use the fishing quay from March.',
  'Residents who rely on the morning crossing asked for a shelter at the quay, and the board promised one by spring.',
  'A public meeting on the design of the new pier is planned for the first week of April in the town hall.',
];
const ARTICLE = `<!doctype html><html><head><title>Ferry pier to close</title>
<meta name="author" content="Ann Lee"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry pier to close</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>Share this story on every network you know</footer></body></html>`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gloss-refset-'));
  write('corpus/wcxb-dev/html/0001.html.gz', gzipSync(ARTICLE));
  write('corpus/wcxb-dev/ground-truth/0001.json', JSON.stringify({ url: 'https://news.example.org/2026/pier' }));
  write('corpus/readability-test-pages/pier/source.html', ARTICLE);
  write('set/wcxb-0001.txt', ['Ferry pier to close', 'Ann Lee', ...BODY].join('\n'));
  write('set/rtp-pier.txt', BODY.join('\n'));
  write('set/index.json', JSON.stringify([entry('wcxb-0001', 'wcxb-dev', 'html/0001.html.gz'), entry('rtp-pier', 'readability-test-pages', 'pier/source.html')]));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('withHeader', () => {
  it('puts the title and byline on lines of their own above the body', () => {
    expect(withHeader('Ferry  pier\nto close', ' Ann Lee ', 'Body one.\nBody two.')).toBe('Ferry pier to close\nAnn Lee\nBody one.\nBody two.');
  });

  it('leaves out what the header does not show', () => {
    expect(withHeader('Title', null, 'Body.')).toBe('Title\nBody.');
    expect(withHeader(undefined, '  ', 'Body.')).toBe('Body.');
    expect(withHeader('Title', 'By', '')).toBe('Title\nBy');
  });

  it('makes a header the reference holds count, and a missing one cost recall', () => {
    const reference = 'Ferry pier to close\nBy Ann Lee\nThe board voted to close the pier on Tuesday.';
    const body = 'The board voted to close the pier on Tuesday.';
    expect(scoreDoc(withHeader('Ferry pier to close', 'By Ann Lee', body), reference)).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreDoc(body, reference).recall).toBeLessThan(1);
  });
});

describe('indexProblems', () => {
  it('accepts the small set', () => {
    expect(indexProblems(JSON.parse('[{"id":"wcxb-0001","corpus":"wcxb-dev","page":"html/0001.html.gz","source":"s","notes":"n"}]'), join(root, 'set'))).toEqual([]);
  });

  it('names every problem with its entry', () => {
    const problems = indexProblems([
      entry('wcxb-0001', 'wcxb-dev', 'html/0001.html.gz'),
      entry('wcxb-0001', 'wcxb-dev', 'html/0001.html.gz'),
      { id: 'Bad Id', corpus: 'cleaneval', page: '../x.html', source: '', notes: 'n' },
      entry('no-text', 'wcxb-dev', 'html/0002.html.gz'),
    ], join(root, 'set'));
    expect(problems).toEqual(expect.arrayContaining([
      'entry 1 (wcxb-0001): id used twice',
      'entry 2 (Bad Id): no source',
      'entry 2 (Bad Id): id is not lower-case letters, digits and dashes',
      'entry 2 (Bad Id): unknown corpus cleaneval',
      'entry 2 (Bad Id): page must stay inside its corpus',
      'entry 3 (no-text): no no-text.txt',
    ]));
    expect(indexProblems({}, root)).toEqual(['index.json is not an array']);
  });
});

describe('referenceInputs', () => {
  it('finds each page under the corpus root, with its reference and the address eval gives it', () => {
    const inputs = referenceInputs(join(root, 'set'), join(root, 'corpus'));
    expect(inputs.map((i) => i.id)).toEqual(['wcxb-0001', 'rtp-pier']);
    expect(inputs[0]).toMatchObject({ kind: 'html', url: 'https://news.example.org/2026/pier', reference: { kind: 'text', header: true, path: join(root, 'set', 'wcxb-0001.txt') } });
    expect(inputs[1]!.url).toMatch(/^file:.*pier\/source\.html$/);
  });

  it('says where to point it when the corpus is not there', () => {
    expect(() => referenceInputs(join(root, 'set'), join(root, 'nowhere'))).toThrow(UserError);
    expect(() => referenceInputs(join(root, 'set'), join(root, 'nowhere'))).toThrow(/--corpus-root/);
  });
});

describe('scoring a reference-set page', () => {
  it('scores the header each reader shows with the body, for Gloss and for Readability alike', () => {
    const [withByline, bodyOnly] = referenceInputs(join(root, 'set'), join(root, 'corpus')).map((input) => evaluatePage(input) as EvalRow);
    // The reference holds the title and byline: both readers show them, so nothing is missed.
    expect(withByline!.text!.gloss.recall).toBe(1);
    expect(withByline!.text!.readability.recall).toBe(1);
    // A reference without them makes the header extra text: precision drops below 1.
    expect(bodyOnly!.text!.gloss.precision).toBeLessThan(1);
    expect(bodyOnly!.text!.gloss.recall).toBe(1);
    // Navigation and the footer's share line are not the article.
    expect(withByline!.text!.gloss.precision).toBe(1);
  });
});

describe('worst pages and groups', () => {
  const row = (id: string, precision: number, recall: number): EvalRow =>
    ({ id, text: { gloss: { tp: 0, fp: 0, fn: 0, precision, recall }, readability: { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 } } });
  const rows = [row('a', 1, 1), row('b', 0.5, 1), row('c', 0.9, 0.9), { id: 'broken', error: 'timed out' }, row('d', 0.5, 1)];

  it('lists Gloss’s lowest-F1 pages first, ties by id, leaving out pages with no score', () => {
    expect(worstPages(rows, 3).map((w) => w.id)).toEqual(['b', 'd', 'c']);
    expect(worstPages(rows, 3)[0]!.f1).toBeCloseTo(2 / 3);
  });

  it('scores each group of pages apart when asked, and prints groups only when there are several', () => {
    const s = summarise('set', rows, 1, 1, { groupOf: (id) => (id < 'c' ? 'first' : 'second') });
    expect(Object.keys(s.byGroup!)).toEqual(['first', 'second']);
    expect(s.byGroup!.first).toMatchObject({ documents: 2, gloss: { precision: 0.75, recall: 1 } });
    expect(s.byGroup!.second).toMatchObject({ documents: 2, gloss: { precision: 0.7, recall: 0.95 }, readability: { precision: 1, recall: 1 } });
    expect(formatSummary(s)).toMatch(/by group of pages:\n {2}first \(2\)\s+0\.857 \(0\.750\/1\.000\)\s+1\.000 \(1\.000\/1\.000\)\n {2}second \(2\) /);
    expect(formatSummary(summarise('set', rows, 1, 1, { groupOf: () => 'one' }))).not.toMatch(/by group/);
  });

  it('prints them only when asked', () => {
    expect(formatSummary(summarise('set', rows, 1, 1, { worst: 2 }))).toMatch(/lowest pages[\s\S]*\n {2}b\s+0\.500\s+1\.000\s+0\.667\n {2}d /);
    expect(formatSummary(summarise('set', rows, 1, 1))).not.toMatch(/lowest pages/);
  });
});
