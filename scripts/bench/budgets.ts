/**
 * The budgets of src/timing.ts (BUDGETS) as pass/fail lines, each saying what was measured
 * and, when it fails, where: which page, which phase.
 */
import { BUDGETS } from '../../src/timing.ts';
import type { BundleFigures } from './bundle.ts';
import type { BrowserFigures, PageFigures, Phases } from './browser.ts';
import type { MatcherFigures } from './matcher.ts';
import { median } from './stats.ts';
import { PAGE_HUNG } from './figures.ts';

export interface BudgetLine { name: string; ok: boolean; summary: string; details: string[] }

/** kB as the budget means it: 1,000 bytes (stricter than KiB). */
export const KB = 1000;

const f2 = (x: number) => x.toFixed(2);

/** One line saying where traced main-thread time went. */
export function phaseLine(label: string, t: Phases | undefined, per = 1): string[] {
  if (!t) return [];
  const each = (x: number) => f2(x / per);
  const top = t.extensionTop.slice(0, 4).map((f) => `${f.fn} ${each(f.ms)}`).join(', ');
  return [`${label}: tasks ${each(t.mainThreadMs)} ms = extension JS ${each(t.extensionMs)} ms (${top || 'no samples'}), `
    + `style ${each(t.styleMs)} ms, layout ${each(t.layoutMs)} ms, paint ${each(t.paintMs)} ms`];
}
const measured = (pages: PageFigures[]) => pages.filter((p) => !p.error);

export function matcherBudget(m: MatcherFigures): BudgetLine {
  const limit = BUDGETS.matcherVsTokenizeRatio;
  return {
    name: 'matcher',
    ok: m.ratio <= limit,
    summary: `matching ${m.words.toLocaleString('en')} words takes ${f2(m.ratio)}× a tokenisation pass (≤ ${limit}×)`,
    details: [`${f2(m.shipped.matchMs)} ms vs ${f2(m.tokenizeMs)} ms, median of ${m.runs} interleaved runs`],
  };
}

/** Finding names must not grow with the knowledge base (issue #12, item 8). */
export function growthBudgets(m: MatcherFigures): BudgetLine[] {
  const grown = m.growth.shippedMs / m.growth.earlierMs;
  const scaled = m.scaled.matchMs / m.shipped.matchMs;
  return [
    { name: 'names found: shipped knowledge base vs the earlier one', ok: grown <= BUDGETS.namesGrowthRatio,
      summary: `${f2(grown)}× (≤ ${BUDGETS.namesGrowthRatio}×): ${f2(m.growth.shippedMs)} ms with ${m.shipped.entities.toLocaleString('en')} records vs ${f2(m.growth.earlierMs)} ms with ${m.growth.earlierRecords.toLocaleString('en')}, same text`, details: [] },
    { name: 'names found: a knowledge base 10× the shipped one', ok: scaled <= BUDGETS.namesScaledRatio,
      summary: `${f2(scaled)}× the shipped one (≤ ${BUDGETS.namesScaledRatio}×): ${f2(m.scaled.matchMs)} ms vs ${f2(m.shipped.matchMs)} ms`, details: [] },
  ];
}

export function bundleBudget(b: BundleFigures): BudgetLine {
  const limit = BUDGETS.contentInitialGzipKb;
  const kb = b.initial.gzip / KB;
  return {
    name: 'content-script initial chunk',
    ok: kb <= limit,
    summary: `${f2(kb)} kB gzip (≤ ${limit} kB)`,
    details: kb <= limit ? [] : b.initial.files.slice().sort((x, y) => y.gzip - x.gzip).slice(0, 3)
      .map((f) => `${f.file}: ${f2(f.gzip / KB)} kB gzip`),
  };
}

export function longTaskBudget(br: BrowserFigures | null): BudgetLine {
  const name = 'no long task caused by the extension at page load';
  if (!br) return { name, ok: false, summary: 'not measured (no browser figures)', details: [] };
  const pages = measured(br.pages);
  const offenders = pages.flatMap((p) => p.extensionLongTasks.map((t) => ({ page: p.id, ...t })));
  // A page that hangs on its own says nothing about Gloss; any other failure might hide a long task.
  const failed = br.pages.filter((p) => p.error && !p.error.startsWith(PAGE_HUNG)).map((p) => `${p.id}: not measured (${p.error})`);
  const hung = br.pages.filter((p) => p.error?.startsWith(PAGE_HUNG)).map((p) => `${p.id}: not measured (${p.error})`);
  return {
    name,
    ok: offenders.length === 0 && failed.length === 0 && pages.length > 0,
    summary: offenders.length
      ? `${offenders.length} task(s) over ${BUDGETS.longTaskMs} ms caused by extension code, on ${new Set(offenders.map((o) => o.page)).size} of ${pages.length} pages`
      : `none over ${BUDGETS.longTaskMs} ms on ${pages.length} pages × ${br.repeats.load} loads`,
    details: [
      ...offenders.map((o) => `${o.page} (load ${o.run + 1}): ${f2(o.duration)} ms task at ${f2(o.start)} ms, ${f2(o.extensionMs)} ms of it in extension code: ${o.top.join(', ')}`),
      ...failed,
      ...hung.map((h) => `${h} (not counted)`),
    ],
  };
}

export function cardBudget(br: BrowserFigures | null): BudgetLine {
  const name = 'card painted after the record arrives';
  const limit = BUDGETS.cardPaintMs;
  if (!br) return { name, ok: false, summary: 'not measured (no browser figures)', details: [] };
  const pages = measured(br.pages).filter((p) => p.cards.paintMs.length);
  const rows = pages.map((p) => ({ id: p.id, ms: median(p.cards.paintMs), n: p.cards.paintMs.length }));
  const over = rows.filter((r) => r.ms > limit);
  return {
    name,
    ok: rows.length > 0 && over.length === 0,
    summary: rows.length
      ? `median per page ${f2(Math.min(...rows.map((r) => r.ms)))}–${f2(Math.max(...rows.map((r) => r.ms)))} ms on ${rows.length} pages (≤ ${limit} ms)`
      : 'not measured: no page had a card to open',
    details: over.flatMap((r) => {
      const p = pages.find((x) => x.id === r.id)!;
      return [`${r.id}: ${f2(r.ms)} ms (median of ${r.n} cards)`, ...phaseLine('  per card opened, traced', p.cards.trace, br.repeats.cards)];
    }),
  };
}

/** The pages the clean-view budgets are judged on (issue #14, item 4): the demo, the
 *  fixtures and the corpus; the hostile and generated pages are reported beside them. */
export const CLEAN_VIEW_GROUPS: readonly PageFigures['group'][] = ['demo', 'fixture', 'corpus'];

/** The clean view's pages with both clocks and the baseline measured. */
export function cleanViewPages(br: BrowserFigures): PageFigures[] {
  return measured(br.pages).filter((p) => CLEAN_VIEW_GROUPS.includes(p.group) && p.reader.workMs?.length && p.reader.readabilityMs.length);
}

const worst = (pages: PageFigures[], by: (p: PageFigures) => number, say: (p: PageFigures) => string) =>
  [...pages].sort((a, b) => by(b) - by(a)).slice(0, 5).map(say);

/**
 * Gloss's own work from the toggle to the view ready to paint, against Readability.parse
 * alone on the same page (issue #14, item 4): median and p90 of the per-page ratios; and
 * toggle → first paint at p90 over the same pages.
 */
export function cleanViewBudgets(br: BrowserFigures | null): BudgetLine[] {
  const workName = 'clean view: Gloss\'s work vs Readability.parse alone';
  const paintName = 'clean view: toggle to first paint';
  if (!br) return [workName, paintName].map((name) => ({ name, ok: false, summary: 'not measured (no browser figures)', details: [] }));
  const pages = cleanViewPages(br);
  if (!pages.length) return [workName, paintName].map((name) => ({ name, ok: false, summary: 'not measured: clean mode opened on no page', details: [] }));
  const ratios = pages.map((p) => p.reader.ratio);
  const med = median(ratios), p90 = percentile(ratios, 0.9);
  const paints = pages.map((p) => median(p.reader.openMs));
  const paintP90 = percentile(paints, 0.9);
  const phases = (p: PageFigures) => Object.entries(p.reader.phasesMs ?? {}).map(([k, v]) => `${k} ${f2(v)}`).join(', ');
  return [
    { name: workName, ok: med <= BUDGETS.cleanWorkVsReadabilityMedian && p90 <= BUDGETS.cleanWorkVsReadabilityP90,
      summary: `median ${f2(med)}× (≤ ${BUDGETS.cleanWorkVsReadabilityMedian}×), p90 ${f2(p90)}× (≤ ${BUDGETS.cleanWorkVsReadabilityP90}×) over ${pages.length} pages`,
      details: worst(pages, (p) => p.reader.ratio, (p) =>
        `${p.id}: ${f2(median(p.reader.workMs))} ms (${phases(p)}) vs ${f2(median(p.reader.readabilityMs))} ms = ${f2(p.reader.ratio)}×`) },
    { name: paintName, ok: paintP90 <= BUDGETS.cleanFirstPaintP90Ms,
      summary: `p90 ${f2(paintP90)} ms (≤ ${BUDGETS.cleanFirstPaintP90Ms} ms), median ${f2(median(paints))} ms over ${pages.length} pages`,
      details: worst(pages, (p) => median(p.reader.openMs), (p) => `${p.id}: ${f2(median(p.reader.openMs))} ms`) },
  ];
}

export function toggleHeapBudget(br: BrowserFigures | null): BudgetLine {
  const name = 'clean mode keeps nothing per toggle';
  const limit = BUDGETS.toggleHeapGrowthMb;
  const demo = br && measured(br.pages).find((p) => p.toggles);
  if (!demo?.toggles) return { name, ok: false, summary: 'not measured (no demo page figures)', details: [] };
  const mb = demo.toggles.heapGrowthBytes / 1e6;
  return { name, ok: mb <= limit, summary: `heap ${mb >= 0 ? '+' : ''}${f2(mb)} MB after ${demo.toggles.count} toggles on ${demo.id} (≤ ${limit} MB)`, details: [] };
}

/** The value below which `share` of `xs` lie (nearest rank). */
export function percentile(xs: readonly number[], share: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

/**
 * What every page pays (issue #17): main-thread script in extension code during load, and
 * heap the tab gains, with vs without the extension, on article pages and on the others.
 */
export function pageCostBudgets(br: BrowserFigures | null): BudgetLine[] {
  const kinds = [
    { kind: 'other' as const, label: 'pages that are not articles', scriptMs: BUDGETS.pageScriptOtherMs, p90Ms: Infinity, heapMb: BUDGETS.heapOtherMb },
    { kind: 'article' as const, label: 'article pages', scriptMs: BUDGETS.pageScriptArticleMs, p90Ms: BUDGETS.pageScriptArticleP90Ms, heapMb: BUDGETS.heapArticleMb },
  ];
  return kinds.flatMap(({ kind, label, scriptMs, p90Ms, heapMb }) => {
    const script = `script added on ${label}`;
    const heap = `heap added on ${label}`;
    if (!br) return [{ name: script, ok: false, summary: 'not measured (no browser figures)', details: [] }, { name: heap, ok: false, summary: 'not measured', details: [] }];
    const pages = measured(br.pages).filter((p) => p.kind === kind && p.group !== 'hostile');
    if (!pages.length) return [{ name: script, ok: false, summary: `not measured: no ${label} (give --pages with a labelled corpus)`, details: [] }];
    const js = pages.map((p) => p.extensionJsMs);
    const med = median(js), p90 = percentile(js, 0.9);
    const heapMed = median(pages.map((p) => p.heapAddedBytes)) / 1e6;
    const worst = [...pages].sort((a, b) => b.extensionJsMs - a.extensionJsMs).slice(0, 3).map((p) => `${p.id}: ${f2(p.extensionJsMs)} ms`);
    const fat = [...pages].sort((a, b) => b.heapAddedBytes - a.heapAddedBytes).slice(0, 3).map((p) => `${p.id}: ${f2(p.heapAddedBytes / 1e6)} MB`);
    return [
      { name: script, ok: med <= scriptMs && p90 <= p90Ms,
        summary: `median ${f2(med)} ms (≤ ${scriptMs} ms)${Number.isFinite(p90Ms) ? `, p90 ${f2(p90)} ms (≤ ${p90Ms} ms)` : ''} over ${pages.length} pages`,
        // Compiling the content script happens before any of its frames exist: no sample holds it.
        details: ['most: ' + worst.join(', '), `not in the figure: V8 compiling the extension's scripts, median ${f2(median(pages.map((p) => p.extensionCompileMs ?? 0)))} ms per page (trace events)`] },
      { name: heap, ok: heapMed <= heapMb, summary: `median ${f2(heapMed)} MB (≤ ${heapMb} MB) over ${pages.length} pages`, details: ['most: ' + fat.join(', ')] },
    ];
  });
}

/** Records answered by the background (issue #12, item 8): after a wake and warm. */
export function backgroundBudgets(br: BrowserFigures | null): BudgetLine[] {
  const names = ['record answered right after the background wakes', 'record answered by a running background'];
  const bg = br?.background;
  if (!bg || 'error' in bg) return names.map((name) => ({ name, ok: false, summary: `not measured${bg ? `: ${bg.error}` : ''}`, details: [] }));
  const line = (name: string, xs: number[], floor: number[], limit: number): BudgetLine => {
    const med = median(xs);
    return { name, ok: med <= limit, summary: `median ${f2(med)} ms over ${xs.length} records (≤ ${limit} ms); the same round trip answering nothing: ${f2(median(floor))} ms`,
      details: [`each: ${xs.map(f2).join(', ')} ms`] };
  };
  return [
    line(names[0]!, bg.afterWakeMs, bg.wakeFloorMs, BUDGETS.recordAfterWakeMs),
    line(names[1]!, bg.warmMs, bg.warmFloorMs, BUDGETS.recordWarmMs),
  ];
}

export function budgets(m: MatcherFigures | null, b: BundleFigures | null, br: BrowserFigures | null): BudgetLine[] {
  const missing = (name: string): BudgetLine => ({ name, ok: false, summary: 'not measured', details: [] });
  return [
    m ? matcherBudget(m) : missing('matcher'),
    ...(m ? growthBudgets(m) : [missing('names found: shipped knowledge base vs the earlier one'), missing('names found: a knowledge base 10× the shipped one')]),
    longTaskBudget(br),
    b ? bundleBudget(b) : missing('content-script initial chunk'),
    ...pageCostBudgets(br),
    cardBudget(br),
    ...cleanViewBudgets(br),
    toggleHeapBudget(br),
    ...backgroundBudgets(br),
  ];
}
