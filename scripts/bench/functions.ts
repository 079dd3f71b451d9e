/**
 * `npx tsx scripts/bench/functions.ts`: where Gloss's page cost goes, function by function
 * (issue #17 item 6). Loads each page with one build, as the bench does (CPU samples in a
 * trace, the same wait for names), and adds up the samples with extension code on the stack
 * by the extension function on top (self), by every extension function on the stack
 * (total), and by the phase of the lifecycle the stack belongs to. Also lists the trace's own
 * compile and evaluate events for the extension's scripts: V8 compiles a classic script
 * before any of its frames exist, so that time is not in the samples' extension figure.
 * Build it unminified so samples name functions:
 *   GLOSS_PROBES=1 npx vite build --minify false --outDir /tmp/unmin
 *   npx tsx scripts/bench/functions.ts --dist /tmp/unmin --pages ../shared/corpus/wcxb-dev --max-pages 30 --kind other
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic, type StaticServer } from '../browsers/server.ts';
import { launchBench, newestTabId, pageStatus, sleep, until } from './chromium.ts';
import { shippedIndex } from './matcher.ts';
import { QUIET_MS, TRACE_CATEGORIES } from './page-load.ts';
import { benchPages } from './pages.ts';
import { markedRanges, MARKS_STILL_MS, settleByMarks, settledStatus } from './settle.ts';
import { median } from './stats.ts';
import { pageThread, type TraceEvent } from './trace.ts';

const USAGE = `usage: npx tsx scripts/bench/functions.ts --dist <unminified dist> [--pages <dir>] [--max-pages N]
  [--only corpus|fixture|…] [--kind article|other] [--reps N] [--top N] [--out file.json]`;

const { values: o } = parseArgs({ options: {
  dist: { type: 'string' }, pages: { type: 'string' }, 'max-pages': { type: 'string' }, only: { type: 'string' },
  kind: { type: 'string' }, reps: { type: 'string' }, top: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' },
} });
if (o.help || !o.dist) { console.log(USAGE); process.exit(o.help ? 0 : 2); }

/**
 * Phases, by the first matching function name anywhere on the sample's extension stack
 * (most specific first). Names are those of the unminified build (src/ functions).
 */
const PHASES: [string, RegExp][] = [
  ['names chunk (article pages)', /names\.js/],
  ['reader chunk', /reader\.js/],
  ['detect: bounded read', /^(createBoundedReader|createBodyReader|readBody|readElement|ownText|take|items|spreadIndices|regionAround|label|seeded)$/],
  ['detect: page walk', /^(stepOnce|finish|attributes|action|countFamilies|step|createBodyWalker|open|textLength|walkBody|result|largest)$/],
  ['detect: readability check', /^(isProbablyReaderable|readerable|isNodeVisible|weighWalked)$/],
  ['detect: declared/paragraphs', /^(paragraphAnchors|declaredVerdict|declaredArticle)$/],
  ['detect: metadata', /^(readHead|readMetadata|readJsonLd|visit)$/],
  ['detect: url, weigh, verdict, container', /^(urlShape|weigh|verdictOf|findContainer|headVerdict|decide)$/],
  ['settings', /^(loadSettings|parseSettings|defaultSettings|migrateSettings|readerPrefs|onSettingsChanged|namesSettingsKey)$/],
  ['leftovers', /^(clearLeftovers|clearHighlights|deleteHighlight|isMarkSheet)$/],
  ['messages', /^(onMessage|handle|refreshCount|isMessage|paintTimings|readerWork|w)$/],
  ['idle/slices', /^(whenIdle|runSliced|tick)$/],
];

interface Frame { fn: string; url: string; line: number }
interface Sample { ts: number; stack: Frame[] }

function samplesOf(events: TraceEvent[], pid: number, tid: number): Sample[] {
  type Node = { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber?: number } };
  const out: Sample[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)) {
    const nodes = new Map<number, Node>();
    let ts = profile.args?.data?.startTime ?? profile.ts;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
      const data = chunk.args?.data;
      for (const n of (data?.cpuProfile?.nodes ?? []) as Node[]) nodes.set(n.id, n);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        ts += deltas[i] ?? 0;
        const stack: Frame[] = [];
        for (let id: number | undefined = samples[i]; id !== undefined;) {
          const n = nodes.get(id);
          if (!n) break;
          stack.push({ fn: n.callFrame.functionName || '(anonymous)', url: n.callFrame.url ?? '', line: n.callFrame.lineNumber ?? 0 });
          id = n.parent;
        }
        out.push({ ts, stack });
      }
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

const isExt = (u: string) => u.startsWith('chrome-extension://');
const file = (u: string) => u.split('/').pop() ?? '';

interface LoadProfile { extMs: number; self: Map<string, number>; total: Map<string, number>; phase: Map<string, number>; events: Map<string, number> }

function analyze(events: TraceEvent[], url: string): LoadProfile | null {
  const thread = pageThread(events, url);
  if (!thread) return null;
  const samples = samplesOf(events, thread.pid, thread.tid);
  const weight = (i: number) => {
    const next = samples[i + 1] ?? samples[i]!;
    const from = samples[i + 1] ? samples[i]! : samples[i - 1] ?? samples[i]!;
    return Math.min((next.ts - from.ts) / 1000, 2);
  };
  const p: LoadProfile = { extMs: 0, self: new Map(), total: new Map(), phase: new Map(), events: new Map() };
  const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);
  samples.forEach((s, i) => {
    const ext = s.stack.filter((f) => isExt(f.url));
    if (!ext.length) return;
    const w = weight(i);
    p.extMs += w;
    const top = s.stack[0]!;
    const self = isExt(top.url) ? `${top.fn} ${file(top.url)}:${top.line}` : `[native ${top.fn || '?'}] under ${ext[0]!.fn}`;
    add(p.self, self, w);
    for (const k of new Set(ext.map((f) => `${f.fn} ${file(f.url)}:${f.line}`))) add(p.total, k, w);
    const names = ext.map((f) => f.fn);
    const files = ext.map((f) => file(f.url));
    const phase = PHASES.find(([, re]) => names.some((n) => re.test(n)) || files.some((n) => re.test(n)))?.[0]
      ?? (ext.length === 1 && ext[0]!.fn === '(anonymous)' ? 'top-level code' : `other (${ext[ext.length - 1]!.fn})`);
    add(p.phase, phase, w);
  });
  // Trace events about the extension's scripts (compile, evaluate): not in the samples' figure.
  for (const e of events) {
    if (e.pid !== thread.pid || e.tid !== thread.tid || e.ph !== 'X' || e.dur === undefined) continue;
    const data = e.args?.data as { url?: string; fileName?: string } | undefined;
    const u = data?.url ?? data?.fileName ?? '';
    if (isExt(u)) add(p.events, `${e.name} ${file(u)}`, e.dur / 1000);
  }
  return p;
}

const ROOT = resolve(import.meta.dirname, '../..');
const reps = Number(o.reps ?? 3);
const topN = Number(o.top ?? 30);
const tmp = mkdtempSync(join(tmpdir(), 'gloss-fn-'));
let pages = benchPages({ root: ROOT, names: shippedIndex().names, corpus: o.pages, maxPages: o['max-pages'] ? Number(o['max-pages']) : undefined, tmp })
  .filter((p) => p.group !== 'hostile' && (!o.only || p.group === o.only));
if (o.kind) pages = pages.filter((p) => !p.kind || p.kind === o.kind);

const b = await launchBench(resolve(o.dist));
const servers = new Map<string, StaticServer>();
/** Per page: the median load's figures (by extension ms), so one odd load does not lead. */
const perPage: { id: string; article: boolean | null; loads: LoadProfile[] }[] = [];
try {
  for (const p of pages) {
    let server = servers.get(p.root);
    if (!server) { server = await serveStatic(p.root); servers.set(p.root, server); }
    const url = server.url(p.path);
    const row = { id: p.id, article: null as boolean | null, loads: [] as LoadProfile[] };
    try {
      for (let r = 0; r < reps; r++) {
        const page = await b.ctx.newPage();
        const cdp = await b.ctx.newCDPSession(page);
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
        await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
        await page.goto(url, { waitUntil: 'load' });
        const tabId = await newestTabId(b.control!);
        const ask = () => pageStatus(b.control!, tabId).catch(() => null);
        const first = await until(ask, (s) => s !== null, 10_000);
        const settled = first && (settledStatus(first) ? first : await settleByMarks(() => page.evaluate(markedRanges).catch(() => -1), ask,
          { stillMs: MARKS_STILL_MS, timeoutMs: 30_000, everyMs: 50, now: Date.now, sleep }));
        await sleep(QUIET_MS);
        const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
        await cdp.send('Tracing.end');
        await complete;
        await cdp.detach();
        await page.close();
        row.article = settled?.article ?? null;
        const prof = analyze(events, url);
        if (prof) row.loads.push(prof);
      }
    } catch (e) {
      console.error(`${p.id}: ${(e as Error).message.split('\n')[0]}`);
    }
    perPage.push(row);
    const ms = row.loads.map((l) => l.extMs);
    console.error(`${p.id.padEnd(40)} ${String(row.article).padEnd(6)} ${ms.map((x) => x.toFixed(2)).join(' ')}`);
  }
} finally {
  await b.close();
  for (const s of servers.values()) await s.close();
  rmSync(tmp, { recursive: true, force: true });
}

/** Mean over pages of each page's mean over loads: what a page pays on average per key. */
function meanOver(get: (l: LoadProfile) => Map<string, number>): [string, number][] {
  const sums = new Map<string, number>();
  const counted = perPage.filter((r) => r.loads.length);
  for (const r of counted) for (const l of r.loads) for (const [k, v] of get(l)) sums.set(k, (sums.get(k) ?? 0) + v / r.loads.length / counted.length);
  return [...sums].sort((a, b) => b[1] - a[1]);
}
const counted = perPage.filter((r) => r.loads.length);
const pageMedians = counted.map((r) => median(r.loads.map((l) => l.extMs)));
const lines: string[] = [];
lines.push(`${counted.length} pages × ${reps} loads; extension script per page: median of page medians ${median(pageMedians).toFixed(2)} ms, mean ${(pageMedians.reduce((a, x) => a + x, 0) / pageMedians.length).toFixed(2)} ms`);
lines.push(`pages Gloss called articles: ${counted.filter((r) => r.article).length}`);
lines.push('', 'by phase (mean ms per page load):');
for (const [k, v] of meanOver((l) => l.phase)) lines.push(`  ${v.toFixed(3).padStart(7)}  ${k}`);
lines.push('', `self time, top ${topN} (mean ms per page load):`);
for (const [k, v] of meanOver((l) => l.self).slice(0, topN)) lines.push(`  ${v.toFixed(3).padStart(7)}  ${k}`);
lines.push('', `total time (on the stack), top ${topN}:`);
for (const [k, v] of meanOver((l) => l.total).slice(0, topN)) lines.push(`  ${v.toFixed(3).padStart(7)}  ${k}`);
lines.push('', 'trace events for extension scripts (not in the sampled figure; mean ms per page load):');
for (const [k, v] of meanOver((l) => l.events)) lines.push(`  ${v.toFixed(3).padStart(7)}  ${k}`);
console.log(lines.join('\n'));
if (o.out) writeFileSync(o.out, JSON.stringify(perPage.map((r) => ({ id: r.id, article: r.article,
  loads: r.loads.map((l) => ({ extMs: l.extMs, phase: Object.fromEntries(l.phase), self: Object.fromEntries(l.self), events: Object.fromEntries(l.events) })) })), null, 2) + '\n');
