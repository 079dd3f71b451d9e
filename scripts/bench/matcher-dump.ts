/**
 * Every mention one version of the matcher finds, one per line, to show that a change made
 * for speed changes no mention (issue #13 item 5): diff the dumps of the old and new code.
 * Texts: the bench's (with the shipped and the 10× index, and its growth text), the matcher
 * fixtures, each WCXB page's reference text (with lines as blocks, as the linking eval reads
 * them, and raw) and 400 seeded random texts of names, punctuation, other scripts and marks.
 *
 *   npx tsx scripts/bench/matcher-dump.ts --root /tmp/a > /tmp/a.txt   (root as matcher-pairs.ts)
 *   npx tsx scripts/bench/matcher-dump.ts --root . > /tmp/b.txt && cmp /tmp/a.txt /tmp/b.txt
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BLOCK_BREAK } from '../../src/matcher/normalize.ts';
import { seeded } from './prng.ts';
import { EARLIER_RECORDS, shippedIndex } from './matcher.ts';
import { scaleIndex } from './synthetic-index.ts';
import { newsText } from './text.ts';

interface Found { start: number; end: number; entity: number; surface: string }

const { values } = parseArgs({ options: { root: { type: 'string' }, corpus: { type: 'string' } } });
const root = resolve(values.root ?? '.');
const corpus = values.corpus ?? '../shared/corpus/wcxb-dev';
const { findMentions } = await import(join(root, 'src/matcher/match.ts')) as { findMentions: (t: string, l: unknown) => Found[] };
const { buildLookup } = await import(join(root, 'src/matcher/lookup.ts')) as { buildLookup: (ix: unknown) => unknown };

const { index, names } = shippedIndex();
const lookup = buildLookup(index);
const out: string[] = [];
const dump = (label: string, text: string, lk = lookup) => {
  const found = findMentions(text, lk);
  out.push(`## ${label} ${found.length}`, ...found.map((m) => `${m.start} ${m.end} ${m.entity} ${JSON.stringify(m.surface)}`));
};

const bench = newsText(names, 10_000).replaceAll('\n\n', BLOCK_BREAK);
dump('bench', bench);
dump('bench, 10x index', bench, buildLookup(scaleIndex(index, 10)));
dump('growth', newsText(shippedIndex(EARLIER_RECORDS).names, 10_000, 11).replaceAll('\n\n', BLOCK_BREAK));
// A fixture's text with its `[[surface|id]]` and `{{surface}}` marks taken off, as
// tests/unit/matcher/fixture-format.ts reads it (tools do not import tests).
const fixtureText = (source: string) => source.replace(/\[\[([^|\]]+)\|[^\]]+\]\]|\{\{([^}]+)\}\}/g, (_, a?: string, b?: string) => a ?? b ?? '');
const fixtures = 'tests/fixtures/matcher';
for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) dump(`fixture ${f}`, fixtureText(readFileSync(join(fixtures, f), 'utf8')));
const truth = join(corpus, 'ground-truth');
if (existsSync(truth)) {
  for (const f of readdirSync(truth).sort()) {
    const text = (JSON.parse(readFileSync(join(truth, f), 'utf8')) as { ground_truth?: { main_content?: unknown } }).ground_truth?.main_content;
    if (typeof text !== 'string') continue;
    dump(`page ${f}`, text.replace(/\n/g, BLOCK_BREAK));
    dump(`page ${f}, raw`, text);
  }
} else out.push(`## no corpus at ${truth}`);
const rand = seeded(12345);
const pieces = names.slice(0, 3000).flatMap((n) => [n.name, ...n.aliases]);
const extra = [' ', ' ', ', ', '. ', '-', "'", '’', '\u00a0', BLOCK_BREAK, '\n', 'the ', 'of ', 'Mr. ', 'said ', 'é', 'e\u0301', 'Ελλάδα',
  'Москва', 'القاهرة', '東京', '😀', '𝐀', 'İ', 'ß', 'ſ', '\u212a', '2-1 ', 'A. ', 'Inc', '(WFP)', 'WFP', 'beat ', 'football ', 'NAIROBI, Kenya — ', '\u00ad'];
for (let k = 0; k < 400; k++) {
  let s = '';
  for (let j = 5 + Math.floor(rand() * 120); j > 0; j--) s += rand() < 0.5 ? pieces[Math.floor(rand() * pieces.length)] : extra[Math.floor(rand() * extra.length)];
  dump(`random ${k}`, s);
}
process.stdout.write(out.join('\n') + '\n');
