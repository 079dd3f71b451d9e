/** The printed report: plain-text tables, each figure beside its baseline, then budgets. */
import type { BudgetLine } from './budgets.ts';
import { CLEAN_VIEW_GROUPS, cleanViewPages, KB, percentile } from './budgets.ts';
import type { BrowserFigures } from './browser.ts';
import type { BundleFigures, ChunkGroup } from './bundle.ts';
import type { MatcherFigures } from './matcher.ts';
import { median, ms2 } from './stats.ts';
import { PAGE_CHANGES } from './figures.ts';

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const ms = (x: number) => `${f2(x)} ms`;
const times = (x: number) => `${f2(x)}×`;
const kb = (bytes: number) => `${f2(bytes / KB)} kB`;
const mb = (bytes: number) => `${f2(bytes / 1e6)} MB`;
const n = (x: number) => x.toLocaleString('en');

/** Left-aligned first column, right-aligned others. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function matcherSection(m: MatcherFigures): string[] {
  const s = m.shipped;
  const b = m.scaled;
  const cold = 'error' in m.cold ? null : m.cold;
  return [
    `Matcher (node ${process.versions.node}; ${n(m.words)}-word generated text; median of ${m.runs} interleaved runs after warm-up;`
      + ` the floor is timed ${m.floorPasses} passes at a time, per pass shown)`,
    ...table(['', 'Gloss', 'baseline', 'ratio'], [
      [`match, shipped index (${n(s.entities)} entities, ${n(s.aliases)} aliases)`, ms(s.matchMs), `tokenise ${ms(m.tokenizeMs)}`, times(m.ratio)],
      [`match, ${b.factor}× synthetic index (${n(b.entities)}, ${n(b.aliases)})`, ms(b.matchMs), `shipped ${ms(s.matchMs)}`, times(b.matchMs / s.matchMs)],
      [`match a page of names both hold: shipped index`, ms(m.growth.shippedMs), `${n(m.growth.earlierRecords)} records ${ms(m.growth.earlierMs)}`, times(m.growth.shippedMs / m.growth.earlierMs)],
      [`index load: JSON.parse + buildLookup, shipped (${f2(s.jsonKb)} KiB)`, ms(s.loadMs), `JSON.parse ${ms(s.parseMs)}`, times(s.loadMs / s.parseMs)],
      [`index load, ${b.factor}× synthetic (${f2(b.jsonKb)} KiB)`, ms(b.loadMs), `shipped ${ms(s.loadMs)}`, times(b.loadMs / s.loadMs)],
      ...(cold ? [
        [`cold, first run in a fresh process: buildLookup`, ms(cold.buildMs), `JSON.parse ${ms(cold.parseMs)}`, times(cold.buildMs / cold.parseMs)],
        [`cold, first run in a fresh process: match`, ms(cold.matchMs), `warm ${ms(s.matchMs)}`, times(cold.matchMs / s.matchMs)],
      ] : []),
    ]),
    ...(cold ? [] : [`cold runs: ${(m.cold as { error: string }).error}`]),
    `mentions found: ${n(s.mentions)} (shipped), ${n(b.mentions)} (${b.factor}×)`,
  ];
}

const group = (g: ChunkGroup) => `${g.files.length} file${g.files.length === 1 ? '' : 's'}`;

export function bundleSection(b: BundleFigures): string[] {
  const oneChunkRaw = b.initial.raw + b.lazy.raw;
  const oneChunkGzip = b.initial.gzip + b.lazy.gzip;
  return [
    'Bundle (dist/, gzip -9 per file)',
    ...table(['', 'raw', 'gzip', 'baseline (raw / gzip)'], [
      [`content script, initial (${group(b.initial)})`, kb(b.initial.raw), kb(b.initial.gzip),
        `no lazy split: ${kb(oneChunkRaw)} / ${kb(oneChunkGzip)}`],
      [`lazy: names and clean mode (${group(b.lazy)})`, kb(b.lazy.raw), kb(b.lazy.gzip),
        `Readability + DOMPurify minified: ${kb(b.readerLibraries.raw)} / ${kb(b.readerLibraries.gzip)}`],
    ]),
  ];
}

export function browserSection(br: BrowserFigures): string[] {
  const ok = br.pages.filter((p) => !p.error);
  const yes = (v: boolean | null) => (v === null ? '?' : v ? 'yes' : 'no');
  const load = table(
    ['page', 'article', 'names', 'ext. JS', 'main thread with', 'without', 'TaskDuration Δ', 'long tasks (ext.)', 'longest with / without', 'heap added'],
    ok.map((p) => [p.id, yes(p.article), String(p.names), ms(p.extensionJsMs), ms(p.mainThreadWithMs), ms(p.mainThreadWithoutMs),
      ms(p.extensionTaskMs), String(p.extensionLongTasks.length), `${ms(p.longestWithMs)} / ${ms(p.longestWithoutMs)}`, mb(p.heapAddedBytes)]),
  );
  const interact = table(
    ['page', 'clean view: Gloss\'s work', 'first paint', 'first open paint', 'Readability.parse', 'ratio (work)', 'card painted', 'next frame, no work', 'cards'],
    ok.map((p) => [p.id,
      p.reader.workMs?.length ? ms(median(p.reader.workMs)) : (p.reader.error ? 'did not open' : '–'),
      p.reader.openMs.length ? ms(median(p.reader.openMs)) : '–',
      p.reader.openMs.length ? ms(p.reader.openMs[0]!) : '–',
      ms(median(p.reader.readabilityMs)), times(p.reader.ratio),
      p.cards.paintMs.length ? ms(median(p.cards.paintMs)) : '–', ms(median(p.cards.nextFrameMs)), String(p.cards.paintMs.length)]),
  );
  return [
    `Page load in Chromium ${br.chromium}, with vs without the extension (median of ${br.repeats.load} loads each; window: load → names marked + quiet)`,
    ...load,
    '',
    `Interactions (medians: clean view of ${br.repeats.reader} opens, the first loading the lazy chunk; Readability of ${br.repeats.reader} parses, same page, no extension)`,
    ...interact,
    ...cleanViewSummary(br),
    ...(ok.some((p) => p.pageChange) ? ['',
      `A DOM change of the page's own (${PAGE_CHANGES} spans appended, traced): style + layout + paint per change`,
      ...table(['page', 'names', 'with Gloss', 'without', 'ratio'], ok.filter((p) => p.pageChange).map((p) =>
        [p.id, String(p.names), ms(p.pageChange!.withMs), ms(p.pageChange!.withoutMs), times(ms2(p.pageChange!.withMs / p.pageChange!.withoutMs))]))] : []),
    ...ok.filter((p) => p.reader.error && p.reader.openMs.length).map((p) => `${p.id}: clean mode showed its message: ${p.reader.error}`),
    ...br.pages.filter((p) => p.error).map((p) => `${p.id}: not measured: ${p.error}`),
    ...backgroundLines(br),
  ];
}

function backgroundLines(br: BrowserFigures): string[] {
  const bg = br.background;
  if (!bg) return [];
  if ('error' in bg) return ['', `Background answers: not measured: ${bg.error}`];
  return ['', 'A card\'s record from the background (kb/record round trip from an extension page; medians)',
    ...table(['', 'record', 'same round trip, no record', 'ratio'], [
      ['right after the service worker was stopped', ms(median(bg.afterWakeMs)), ms(median(bg.wakeFloorMs)), times(median(bg.afterWakeMs) / median(bg.wakeFloorMs))],
      ['running, a record not asked before', ms(median(bg.warmMs)), ms(median(bg.warmFloorMs)), times(median(bg.warmMs) / median(bg.warmFloorMs))],
    ])];
}

export function budgetSection(lines: BudgetLine[]): string[] {
  return ['Budgets (src/timing.ts BUDGETS)', ...lines.flatMap((l) =>
    [`${l.ok ? 'PASS' : 'FAIL'}  ${l.name}: ${l.summary}`, ...(l.ok ? [] : l.details.map((d) => `        ${d}`))])];
}

/** The clean view's figures over the budget's pages, and where Gloss's work goes. */
function cleanViewSummary(br: BrowserFigures): string[] {
  const pages = cleanViewPages(br);
  if (!pages.length) return [];
  const ratios = pages.map((p) => p.reader.ratio);
  const paints = pages.map((p) => median(p.reader.openMs));
  const names = [...new Set(pages.flatMap((p) => Object.keys(p.reader.phasesMs ?? {})))];
  const share = names.map((n) => `${n} ${ms(median(pages.map((p) => p.reader.phasesMs?.[n] ?? 0)))}`).join(', ');
  return [`clean view over ${pages.length} pages (${CLEAN_VIEW_GROUPS.join(', ')}): work / Readability.parse median ${times(median(ratios))}, p90 ${times(percentile(ratios, 0.9))}; `
    + `first paint median ${ms(median(paints))}, p90 ${ms(percentile(paints, 0.9))} `
    + `(${pages.filter((p) => p.reader.phasesMs?.progress !== undefined).length} pages large enough to paint "Preparing the clean view…" first); `
    + `Gloss's work by phase (median over pages): ${share}`];
}
