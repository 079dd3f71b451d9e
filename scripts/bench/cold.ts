/**
 * Run as its own process by the matcher figures: the first (cold) JSON.parse, buildLookup
 * and findMentions, as a tab pays them once, before the engine has optimised anything.
 * Prints one JSON object on stdout.
 */
import { buildLookup } from '../../src/matcher/lookup.ts';
import { findMentions } from '../../src/matcher/match.ts';
import { BLOCK_BREAK } from '../../src/matcher/normalize.ts';
import { shippedIndex } from './matcher.ts';
import { newsText } from './text.ts';

const { index, names } = shippedIndex();
const json = JSON.stringify(index);
const text = newsText(names, 10_000).replaceAll('\n\n', BLOCK_BREAK);
const t0 = performance.now();
const parsed = JSON.parse(json);
const t1 = performance.now();
const lookup = buildLookup(parsed);
const t2 = performance.now();
const found = findMentions(text, lookup).length;
const t3 = performance.now();
console.log(JSON.stringify({ parseMs: t1 - t0, buildMs: t2 - t1, matchMs: t3 - t2, mentions: found }));
