/**
 * Matcher figures (node): matching a 10,000-word news-like text against the full shipped
 * alias index, beside a plain tokenisation pass over the same text (the floor); loading
 * the index (JSON.parse + buildLookup) beside JSON.parse alone; and both again with an
 * index 10x the shipped size.
 */
import { compileIndex } from '../../src/knowledge/compile.ts';
import { loadRecords } from '../../src/knowledge/load-files.ts';
import { commonEnglishWords } from '../../src/knowledge/common-words.ts';
import { normalizeAlias } from '../../src/knowledge/compile.ts';
import type { AliasIndex } from '../../src/knowledge/types.ts';
import { buildLookup } from '../../src/matcher/lookup.ts';
import { findMentions } from '../../src/matcher/match.ts';
import { BLOCK_BREAK } from '../../src/matcher/normalize.ts';
import { interleave, median, ms2 } from './stats.ts';
import { newsText, type NameForms } from './text.ts';
import { scaleIndex } from './synthetic-index.ts';
import { spawnSync } from 'node:child_process';

/** Medians of `runs` fresh processes running cold.ts. */
export function coldRuns(runs = 3): ColdFigures | { error: string } {
  const samples: { parseMs: number; buildMs: number; matchMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', new URL('./cold.ts', import.meta.url).pathname], { encoding: 'utf8' });
    if (r.status !== 0) return { error: (r.stderr || 'cold run failed').trim().split('\n')[0]! };
    samples.push(JSON.parse(r.stdout));
  }
  return {
    parseMs: ms2(median(samples.map((s) => s.parseMs))),
    buildMs: ms2(median(samples.map((s) => s.buildMs))),
    matchMs: ms2(median(samples.map((s) => s.matchMs))),
    runs,
  };
}

export const TEXT_WORDS = 10_000;
export const SCALE = 10;

export interface IndexFigures {
  entities: number;
  aliases: number;
  jsonKb: number;
  /** JSON.parse of the serialised index alone: the floor for loading. */
  parseMs: number;
  /** JSON.parse + buildLookup: what a tab pays before it can match. */
  loadMs: number;
  matchMs: number;
  mentions: number;
}

/** First runs in a fresh process: what a tab pays once, with nothing optimised yet. */
export interface ColdFigures { parseMs: number; buildMs: number; matchMs: number; runs: number }

export interface MatcherFigures {
  words: number;
  chars: number;
  runs: number;
  /** Iterating /[\p{L}\p{N}]+/gu over the same text: the floor (per pass). */
  tokenizeMs: number;
  /** Floor passes per timed sample (see benchMatcher). */
  floorPasses: number;
  shipped: IndexFigures;
  scaled: IndexFigures & { factor: number };
  /** shipped.matchMs / tokenizeMs: the budgeted figure. */
  ratio: number;
  /** One page of names both hold, matched with the earlier-sized and the shipped knowledge base. */
  growth: { earlierRecords: number; earlierMs: number; shippedMs: number };
  cold: ColdFigures | { error: string };
}

/** The index exactly as the build makes it (scripts/vite-knowledge-plugin.ts). */
export function shippedIndex(limit = Infinity): { index: AliasIndex; names: NameForms[] } {
  const records = loadRecords().slice(0, limit);
  const index = compileIndex(records, { commonWord: (w) => commonEnglishWords().has(w) });
  const names = records.map((r) => ({ name: r.name, aliases: r.aliases.map((a) => normalizeAlias(a).text) }));
  return { index, names };
}

/** The knowledge base's size when issue #12 asked that growth cost pages nothing more. */
export const EARLIER_RECORDS = 1892;

function tokenize(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) n++;
  return n;
}

export function benchMatcher(opts: { runs?: number; warmup?: number } = {}): MatcherFigures {
  const runs = opts.runs ?? 60;
  const warmup = opts.warmup ?? 10;
  const { index, names } = shippedIndex();
  const big = scaleIndex(index, SCALE);
  // Paragraphs are joined as the annotator joins blocks, so sentences never span them.
  const text = newsText(names, TEXT_WORDS).replaceAll('\n\n', BLOCK_BREAK);
  const json = JSON.stringify(index);
  const bigJson = JSON.stringify(big);
  const lookup = buildLookup(index);
  const bigLookup = buildLookup(big);
  // Growth (issue #12, item 8): the same page, made of names both hold, matched with a
  // knowledge base of the earlier size (its first records) and with the shipped one.
  const earlier = shippedIndex(EARLIER_RECORDS);
  const earlierLookup = buildLookup(earlier.index);
  const growthText = newsText(earlier.names, TEXT_WORDS, 11).replaceAll('\n\n', BLOCK_BREAK);

  // Calibrate: time the floor over k passes per sample, k chosen so a floor sample lasts
  // about as long as a match. Runs of equal length are equally likely to be interrupted by
  // other work on the machine, so the ratio of medians is not skewed by load.
  const probe = interleave({ tokenize: () => tokenize(text), shipped: () => findMentions(text, lookup) }, { runs: 5, warmup });
  const passes = Math.max(1, Math.round(median(probe.shipped) / median(probe.tokenize)));
  const match = interleave({
    tokenize: () => { let n = 0; for (let k = 0; k < passes; k++) n += tokenize(text); return n; },
    shipped: () => findMentions(text, lookup),
    scaled: () => findMentions(text, bigLookup),
    growthEarlier: () => findMentions(growthText, earlierLookup),
    growthShipped: () => findMentions(growthText, lookup),
  }, { runs, warmup: 2 });
  match.tokenize = match.tokenize.map((t) => t / passes);
  const load = interleave({
    parse: () => JSON.parse(json),
    load: () => buildLookup(JSON.parse(json)),
    bigParse: () => JSON.parse(bigJson),
    bigLoad: () => buildLookup(JSON.parse(bigJson)),
  }, { runs: Math.max(5, runs >> 2), warmup: 3 });

  const figures = (ix: AliasIndex, raw: string, m: number[], p: number[], l: number[], found: number): IndexFigures => ({
    entities: ix.entities.length,
    aliases: ix.aliases.length,
    jsonKb: ms2(Buffer.byteLength(raw) / 1024),
    parseMs: ms2(median(p)),
    loadMs: ms2(median(l)),
    matchMs: ms2(median(m)),
    mentions: found,
  });
  const tokenizeMs = median(match.tokenize);
  const shipped = figures(index, json, match.shipped, load.parse, load.load, findMentions(text, lookup).length);
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    chars: text.length,
    runs,
    tokenizeMs: ms2(tokenizeMs),
    floorPasses: passes,
    shipped,
    scaled: { factor: SCALE, ...figures(big, bigJson, match.scaled, load.bigParse, load.bigLoad, findMentions(text, bigLookup).length) },
    ratio: ms2(median(match.shipped) / tokenizeMs),
    growth: { earlierRecords: Math.min(EARLIER_RECORDS, loadRecords().length), earlierMs: ms2(median(match.growthEarlier)), shippedMs: ms2(median(match.growthShipped)) },
    cold: coldRuns(),
  };
}
