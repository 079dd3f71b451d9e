/**
 * Two versions of the matcher timed side by side in one process (issue #13 item 5): each
 * pair runs findMentions over the bench's text once with each version, back to back, the
 * order alternating; the median of the per-pair ratios b/a is printed. Whole bench runs
 * differ by more than a change is worth on a shared machine; pairs see the same load.
 * Run it with the same root twice (an A/A run) to see the harness's own noise.
 *
 *   git archive <commit> src scripts package.json | tar -x -C /tmp/a && ln -s "$PWD/node_modules" /tmp/a/
 *   npx tsx scripts/bench/matcher-pairs.ts --a /tmp/a --b . [--pairs 600]
 *
 * Each root needs its package.json ("type": "module"): without it tsx compiles the copy as
 * CommonJS, whose imports go through getters, and the comparison is of module formats.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BLOCK_BREAK } from '../../src/matcher/normalize.ts';
import { median } from './stats.ts';
import { shippedIndex } from './matcher.ts';
import { newsText } from './text.ts';

type Find = (text: string, lookup: unknown) => unknown[];
interface Version { find: Find; lookup: unknown }

async function load(root: string, index: unknown): Promise<Version> {
  const pkg = join(root, 'package.json');
  if (!existsSync(pkg) || JSON.parse(readFileSync(pkg, 'utf8')).type !== 'module') {
    throw new Error(`${root}: no package.json with "type": "module" (see the note at the top of this script)`);
  }
  const { findMentions } = await import(join(root, 'src/matcher/match.ts')) as { findMentions: Find };
  const { buildLookup } = await import(join(root, 'src/matcher/lookup.ts')) as { buildLookup: (ix: unknown) => unknown };
  return { find: findMentions, lookup: buildLookup(index) };
}

const { values } = parseArgs({ options: { a: { type: 'string' }, b: { type: 'string' }, pairs: { type: 'string' } } });
if (!values.a || !values.b) throw new Error('usage: matcher-pairs.ts --a <root> --b <root> [--pairs N]');
const pairs = Number(values.pairs ?? 600);
const { index, names } = shippedIndex();
const text = newsText(names, 10_000).replaceAll('\n\n', BLOCK_BREAK);
const a = await load(resolve(values.a), index);
const b = await load(resolve(values.b), index);
const time = (v: Version) => { const t0 = performance.now(); v.find(text, v.lookup); return performance.now() - t0; };
for (let k = 0; k < 30; k++) { time(a); time(b); }
const ratios: number[] = [], ta: number[] = [], tb: number[] = [];
for (let k = 0; k < pairs; k++) {
  let msA: number, msB: number;
  if (k & 1) { msB = time(b); msA = time(a); } else { msA = time(a); msB = time(b); }
  ratios.push(msB / msA); ta.push(msA); tb.push(msB);
}
console.log(`${pairs} pairs: median of b/a ${median(ratios).toFixed(3)} (a ${median(ta).toFixed(2)} ms, b ${median(tb).toFixed(2)} ms)`);
