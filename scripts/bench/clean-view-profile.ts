/**
 * `npx tsx scripts/bench/clean-view-profile.ts`: where clean mode's own work goes, function by
 * function (issue #14 item 4). Loads each page with one build as the bench does, opens clean
 * mode `--opens` times under V8's CPU profiler (fine sampling), and adds up the samples taken
 * inside the reader chunk's `open` (the toggle's synchronous work: extraction, second
 * readings, declutter and sanitize, building the view; a large page's reading after its
 * progress frame too) by the function on top (self; a
 * browser built-in such as showPopover or a DOM call counts as `[native …] under` the
 * extension function that called it) and by every function on the stack (total). Beside it,
 * the probed build's own clock by phase (probes/paint.ts). Build it unminified:
 *   GLOSS_PROBES=1 npx vite build --minify false --outDir /tmp/unmin
 *   npx tsx scripts/bench/clean-view-profile.ts --dist /tmp/unmin --pages ../shared/corpus/wcxb-dev --max-pages 10
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic, type StaticServer } from '../browsers/server.ts';
import { launchBench } from './chromium.ts';
import { shippedIndex } from './matcher.ts';
import { loadWith } from './page-load.ts';
import { benchPages } from './pages.ts';
import { CLEAN_VIEW_GROUPS } from './budgets.ts';
import { cleanViewTimes } from './interactions.ts';
import { median } from './stats.ts';

const USAGE = `usage: npx tsx scripts/bench/clean-view-profile.ts --dist <unminified probed dist> [--pages <dir>] [--max-pages N]
  [--only demo|fixture|corpus] [--opens N] [--top N] [--root-fn open] [--cold] [--out file.json]
  --cold: the page's first opening is profiled too (by default it is opened once before)`;

const { values: o } = parseArgs({ options: {
  dist: { type: 'string' }, pages: { type: 'string' }, 'max-pages': { type: 'string' }, only: { type: 'string' },
  opens: { type: 'string' }, top: { type: 'string' }, 'root-fn': { type: 'string' }, cold: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean' },
} });
if (o.help || !o.dist) { console.log(USAGE); process.exit(o.help ? 0 : 2); }

const ROOT = resolve(import.meta.dirname, '../..');
const opens = Number(o.opens ?? 5);
const topN = Number(o.top ?? 40);
/** The reader chunk's function whose samples are the opening's work. */
const rootFn = o['root-fn'] ?? 'open';
const tmp = mkdtempSync(join(tmpdir(), 'gloss-cvp-'));
const pages = benchPages({ root: ROOT, names: shippedIndex().names, corpus: o.pages, maxPages: o['max-pages'] ? Number(o['max-pages']) : undefined, tmp })
  .filter((p) => (o.only ? p.group === o.only : CLEAN_VIEW_GROUPS.includes(p.group)));

/** A large page's opening reads the article after a frame, in an async closure of `open`
 *  (toggle.ts): its line in the unminified chunk (0-based, as the profiler counts). */
const largeLine = readFileSync(join(resolve(o.dist), 'assets/reader.js'), 'utf8').split('\n')
  .findIndex((l, i, all) => /\(async \(\) => \{/.test(l) && /await afterPaint\(signal\)/.test(all[i + 1] ?? ''));
const isExt = (u: string) => u.startsWith('chrome-extension://');
const file = (u: string) => u.split('/').pop() ?? '';
const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);

interface PageProfile { id: string; group: string; workMs: number[]; phases: Record<string, number>; sampledMs: number; self: Map<string, number>; total: Map<string, number>; outside: Map<string, number> }

/** What Profiler.stop returns (the DevTools protocol's Profiler.Profile), as far as read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

function analyze(profile: CpuProfile, into: PageProfile): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const w = (deltas[i + 1] ?? 0) / 1000;
    const stack: { fn: string; url: string; line: number }[] = [];
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const f = nodes.get(id)!.callFrame;
      stack.push({ fn: f.functionName || '(anonymous)', url: f.url, line: f.lineNumber });
    }
    const at = stack.findIndex((f) => file(f.url) === 'reader.js' && (f.fn === rootFn || (rootFn === 'open' && f.fn === '(anonymous)' && f.line === largeLine)));
    if (at < 0) {
      // The reader chunk's work outside the opening (Preact's re-renders in microtasks, the
      // work after the first paint), by the outermost function of the chunk.
      const outer = stack.filter((f) => file(f.url) === 'reader.js').pop();
      if (outer) add(into.outside, `${outer.fn} reader.js:${outer.line}`, w);
      continue;
    }
    const inside = stack.slice(0, at + 1);
    into.sampledMs += w;
    const top = inside[0]!;
    const ext = inside.filter((f) => isExt(f.url));
    add(into.self, isExt(top.url) ? `${top.fn} ${file(top.url)}:${top.line}` : `[native ${top.fn}] under ${ext[0]?.fn}`, w);
    for (const k of new Set(ext.map((f) => `${f.fn} ${file(f.url)}:${f.line}`))) add(into.total, k, w);
  }
}

const b = await launchBench(resolve(o.dist));
const servers = new Map<string, StaticServer>();
const rows: PageProfile[] = [];
try {
  for (const p of pages) {
    let server = servers.get(p.root);
    if (!server) { server = await serveStatic(p.root); servers.set(p.root, server); }
    const row: PageProfile = { id: p.id, group: p.group, workMs: [], phases: {}, sampledMs: 0, self: new Map(), total: new Map(), outside: new Map() };
    try {
      const w = await loadWith(b, server.url(p.path));
      // The bench's figure is the median opening, a warm one: the first (the chunk's compile,
      // the page's first date formatter) is opened before the profiler starts, unless asked.
      if (!o.cold) await cleanViewTimes(b, w.page, w.tabId, 1, { traced: false });
      const cdp = await b.ctx.newCDPSession(w.page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const times = await cleanViewTimes(b, w.page, w.tabId, opens, { traced: false });
      const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: CpuProfile };
      await cdp.detach();
      await w.page.close();
      row.workMs = times.workMs;
      row.phases = times.phasesMs;
      analyze(profile, row);
      if (times.error) console.error(`${p.id}: ${times.error}`);
    } catch (e) {
      console.error(`${p.id}: ${(e as Error).message.split('\n')[0]}`);
    }
    rows.push(row);
    console.error(`${p.id.padEnd(40)} work ${median(row.workMs).toFixed(2).padStart(7)} ms  sampled in ${rootFn} ${(row.sampledMs / opens).toFixed(2)} ms/open  ${JSON.stringify(row.phases)}`);
  }
} finally {
  await b.close();
  for (const s of servers.values()) await s.close();
  rmSync(tmp, { recursive: true, force: true });
}

const counted = rows.filter((r) => r.workMs.length);
/** Mean over pages of ms per opening. */
function meanOver(get: (r: PageProfile) => Map<string, number>): [string, number][] {
  const sums = new Map<string, number>();
  for (const r of counted) for (const [k, v] of get(r)) add(sums, k, v / opens / counted.length);
  return [...sums].sort((a, b) => b[1] - a[1]);
}
const phaseNames = [...new Set(counted.flatMap((r) => Object.keys(r.phases)))];
const lines = [
  `${counted.length} pages × ${opens} opens; work per opening: median of page medians ${median(counted.map((r) => median(r.workMs))).toFixed(2)} ms; sampled inside ${rootFn}: mean ${(counted.reduce((s, r) => s + r.sampledMs / opens, 0) / counted.length).toFixed(2)} ms`,
  `phases, median over pages (ms): ${phaseNames.map((n) => `${n} ${median(counted.map((r) => r.phases[n] ?? 0)).toFixed(2)}`).join(', ')}`,
  `phases, mean over pages (ms): ${phaseNames.map((n) => `${n} ${(counted.reduce((s, r) => s + (r.phases[n] ?? 0), 0) / counted.length).toFixed(2)}`).join(', ')}`,
  '', `self time inside ${rootFn}, top ${topN} (mean ms per opening):`,
  ...meanOver((r) => r.self).slice(0, topN).map(([k, v]) => `  ${v.toFixed(3).padStart(7)}  ${k}`),
  '', `total time inside ${rootFn} (on the stack), top ${topN}:`,
  ...meanOver((r) => r.total).slice(0, topN).map(([k, v]) => `  ${v.toFixed(3).padStart(7)}  ${k}`),
  '', `the reader chunk outside ${rootFn}, by its outermost function (mean ms per opening):`,
  ...meanOver((r) => r.outside).slice(0, 15).map(([k, v]) => `  ${v.toFixed(3).padStart(7)}  ${k}`),
];
console.log(lines.join('\n'));
if (o.out) writeFileSync(o.out, JSON.stringify(rows.map((r) => ({ ...r, self: Object.fromEntries(r.self), total: Object.fromEntries(r.total), outside: Object.fromEntries(r.outside) })), null, 2) + '\n');
