/**
 * `npx tsx scripts/bench/ab.ts`: a side-by-side A/B of Gloss's page cost. Two builds (or one
 * build waited on two ways) are loaded in two Chromium instances, page by page, in turn (the
 * order flips every load), so that both see the same machine load: the run-to-run spread of
 * whole bench runs (several ms) is larger than most changes worth making (issue #17).
 * Reports the median extension script per page load (CPU samples, as `npm run bench`), per
 * page and per kind, and the median of the per-page differences B - A. With --clean-view it
 * opens clean mode instead and compares Gloss's work beside Readability.parse (ab-clean-view.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic, type StaticServer } from '../browsers/server.ts';
import { launchBench } from './chromium.ts';
import { shippedIndex } from './matcher.ts';
import { loadWith, type WaitMode } from './page-load.ts';
import { benchPages } from './pages.ts';
import { cleanViewLine, cleanViewPage, cleanViewSummary, type CleanViewRow } from './ab-clean-view.ts';
import { CLEAN_VIEW_GROUPS } from './budgets.ts';
import { median, ms2 } from './stats.ts';

const USAGE = `usage: npx tsx scripts/bench/ab.ts --a <dist> [--b <dist>] [--wait-a marks|poll|late] [--wait-b …]
  [--pages <dir>] [--max-pages N] [--only corpus|fixture|…] [--kind article|other] [--reps N] [--out file.json]
  [--clean-view [--opens N]]  clean mode's work vs Readability.parse (the bench's clean-view line), not page loads;
                              pages: the demo, the fixtures and --pages, as the budget is judged
  Builds for it: GLOSS_PROBES=1 npx vite build --outDir <dist> (as the bench's browser part measures).`;

const { values: o } = parseArgs({ options: {
  a: { type: 'string' }, b: { type: 'string' }, 'wait-a': { type: 'string' }, 'wait-b': { type: 'string' },
  pages: { type: 'string' }, 'max-pages': { type: 'string' }, only: { type: 'string' }, kind: { type: 'string' },
  reps: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' },
  'clean-view': { type: 'boolean' }, opens: { type: 'string' },
} });
if (o.help || !o.a) { console.log(USAGE); process.exit(o.help ? 0 : 2); }
const waits = ['marks', 'poll', 'late'];
for (const w of [o['wait-a'], o['wait-b']]) if (w && !waits.includes(w)) { console.error(USAGE); process.exit(2); }

const ROOT = resolve(import.meta.dirname, '../..');
const sides = [
  { name: 'A', dist: resolve(o.a), wait: (o['wait-a'] ?? 'marks') as WaitMode },
  { name: 'B', dist: resolve(o.b ?? o.a), wait: (o['wait-b'] ?? 'marks') as WaitMode },
];
const reps = Number(o.reps ?? 4);
const tmp = mkdtempSync(join(tmpdir(), 'gloss-ab-'));
let pages = benchPages({ root: ROOT, names: shippedIndex().names, corpus: o.pages, maxPages: o['max-pages'] ? Number(o['max-pages']) : undefined, tmp })
  .filter((p) => p.group !== 'hostile' && (!o.only || p.group === o.only))
  .filter((p) => !o['clean-view'] || o.only || CLEAN_VIEW_GROUPS.includes(p.group));
if (o.kind) pages = pages.filter((p) => !p.kind || p.kind === o.kind);

interface Row { id: string; kind: string; article: boolean | null; ms: [number[], number[]]; compile: [number[], number[]]; asks: [number[], number[]]; error?: string }
const rows: Row[] = [];
const cleanRows: CleanViewRow[] = [];
const browsers = await Promise.all(sides.map((s) => launchBench(s.dist)));
const servers = new Map<string, StaticServer>();
try {
  for (const p of pages) {
    let server = servers.get(p.root);
    if (!server) { server = await serveStatic(p.root); servers.set(p.root, server); }
    const url = server.url(p.path);
    if (o['clean-view']) {
      const row = await cleanViewPage(browsers, p.id, p.group, url, reps, Number(o.opens ?? 5), cleanRows.length);
      cleanRows.push(row);
      console.error(cleanViewLine(row));
      continue;
    }
    const row: Row = { id: p.id, kind: p.kind ?? '', article: null, ms: [[], []], compile: [[], []], asks: [[], []] };
    try {
      for (let r = 0; r < reps; r++) {
        for (const i of r % 2 ? [1, 0] : [0, 1]) {
          const w = await loadWith(browsers[i]!, url, sides[i]!.wait);
          await w.page.close();
          row.ms[i]!.push(w.run.extensionJsMs);
          row.compile[i]!.push(w.run.extensionCompileMs ?? 0);
          row.asks[i]!.push(w.asks);
          row.article = w.status.article;
        }
      }
    } catch (e) {
      row.error = (e as Error).message.split('\n')[0];
    }
    row.kind ||= row.article ? 'article' : 'other';
    rows.push(row);
    const [a, b] = row.ms.map(median);
    const [ca, cb] = row.compile.map(median);
    console.error(`${p.id.padEnd(40)} ${row.kind.padEnd(8)} A ${a!.toFixed(2).padStart(6)}  B ${b!.toFixed(2).padStart(6)}  compile ${ca!.toFixed(2)}/${cb!.toFixed(2)}  asks ${median(row.asks[0]!)}/${median(row.asks[1]!)}${row.error ? `  ${row.error}` : ''}`);
  }
} finally {
  for (const b of browsers) await b.close();
  for (const s of servers.values()) await s.close();
  rmSync(tmp, { recursive: true, force: true });
}

if (o['clean-view']) {
  console.log([`A: ${sides[0]!.dist}`, `B: ${sides[1]!.dist}`, `${reps} loads per page and side, order alternating, ${o.opens ?? 5} opens each`,
    ...cleanViewSummary(cleanRows)].join('\n'));
  if (o.out) writeFileSync(o.out, JSON.stringify({ sides, reps, rows: cleanRows }, null, 2) + '\n');
  process.exit(0);
}

const ok = rows.filter((r) => !r.error && r.ms[0].length && r.ms[1].length);
const lines = [`A: ${sides[0]!.dist} (wait ${sides[0]!.wait})`, `B: ${sides[1]!.dist} (wait ${sides[1]!.wait})`, `${reps} loads per page and side, order alternating`];
for (const kind of ['article', 'other', 'all']) {
  const set = ok.filter((r) => kind === 'all' || r.kind === kind);
  if (!set.length) continue;
  const a = set.map((r) => median(r.ms[0])), b = set.map((r) => median(r.ms[1]));
  const diff = set.map((r) => median(r.ms[1]) - median(r.ms[0]));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  lines.push(`${kind} (${set.length} pages): median of page medians A ${ms2(median(a))} ms, B ${ms2(median(b))} ms; `
    + `median per-page B-A ${ms2(median(diff))} ms; sum B/A ${ms2(sum(b) / sum(a))}; B lower on ${diff.filter((d) => d < 0).length} of ${set.length}`);
  // Compiling the scripts is in no sample (trace.ts): shown apart, and with the samples.
  const ca = set.map((r) => median(r.compile[0])), cb = set.map((r) => median(r.compile[1]));
  const both = set.map((r) => median(r.ms[1].map((x, k) => x + r.compile[1][k]!)) - median(r.ms[0].map((x, k) => x + r.compile[0][k]!)));
  lines.push(`  compile (trace events): median A ${ms2(median(ca))} ms, B ${ms2(median(cb))} ms; samples + compile, median per-page B-A ${ms2(median(both))} ms, B lower on ${both.filter((d) => d < 0).length} of ${set.length}`);
}
console.log(lines.join('\n'));
if (o.out) writeFileSync(o.out, JSON.stringify({ sides, reps, rows }, null, 2) + '\n');
