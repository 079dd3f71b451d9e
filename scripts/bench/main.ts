/**
 * `npm run bench`: Gloss's speed, each figure beside a baseline measured in the same run,
 * and the budgets of src/timing.ts as PASS/FAIL lines (issue #7). Node figures first
 * (matcher, bundle), then real Chromium with the built extension against the same
 * Chromium without it. Prints a table, writes JSON, exits 1 when a budget fails.
 * Progress goes to stderr; the report to stdout.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { ArgError, parseArgs, USAGE, type BenchArgs } from './args.ts';
import { benchBundle, ensureBuilt } from './bundle.ts';
import { benchMatcher } from './matcher.ts';
import { shippedIndex } from './matcher.ts';
import { benchPages } from './pages.ts';
import { benchBrowser, DEFAULT_REPEATS, type BrowserFigures } from './browser.ts';
import { budgets } from './budgets.ts';
import { browserSection, budgetSection, bundleSection, matcherSection } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const log = (s: string) => console.error(s);

function commit(): string {
  try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
}

/**
 * The browser part measures its own build in a temp folder: the shipped one carries no
 * paint probes (src/probes/paint.ts), and with --diagnose it is unminified so that CPU
 * samples name Gloss's functions. Bundle sizes are read from the shipped build.
 */
function probedBuild(tmp: string, minify: boolean): string {
  const out = join(tmp, minify ? 'dist-probed' : 'dist-unminified');
  log(`building a copy with paint probes${minify ? '' : ', unminified'}…`);
  const r = spawnSync('npx', ['vite', 'build', ...(minify ? [] : ['--minify', 'false']), '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, GLOSS_PROBES: '1' } });
  if (r.status !== 0) throw new Error('the bench build failed');
  return out;
}

async function main(args: BenchArgs): Promise<number> {
  const started = Date.now();
  const load = loadavg()[0]!;
  if (args.pages && !(existsSync(args.pages) && statSync(args.pages).isDirectory()))
    throw new ArgError(`--pages: ${args.pages} is not a folder`);
  const tmp = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  try {
    const { built } = ensureBuilt(ROOT, DIST, log);
    // Others may rebuild dist/ while we measure: measure a copy taken now.
    const snapshot = join(tmp, 'dist');
    cpSync(DIST, snapshot, { recursive: true });
    log('matcher…');
    const matcher = benchMatcher();
    log('bundle…');
    const bundle = benchBundle(snapshot, ROOT);
    let browser: BrowserFigures | null = null;
    let browserError: string | undefined;
    if (args.browser) {
      try {
        // As npm test does: install Debian's chromium when missing (as root), else say how.
        const setup = '../dev/setup.mjs';
        const { ensureBrowsers } = (await import(setup)) as { ensureBrowsers(o: { need: string[] }): void };
        ensureBrowsers({ need: ['chromium'] });
        const pages = benchPages({ root: ROOT, names: shippedIndex().names, corpus: args.pages, maxPages: args.maxPages, tmp });
        log(`Chromium: ${pages.length} pages…`);
        const dist = probedBuild(tmp, !args.diagnose);
        browser = await benchBrowser(pages, { ...DEFAULT_REPEATS, load: args.reps }, dist, log);
      } catch (e) {
        browserError = (e as Error).message.split('\n')[0];
        log(`browser part failed: ${browserError}`);
      }
    }
    const lines = budgets(matcher, bundle, browser);
    const loadAfter = loadavg()[0]!;
    const meta = {
      date: new Date().toISOString(), commit: commit(), node: process.versions.node, cpus: cpus().length,
      loadAverage: { start: Math.round(load * 100) / 100, end: Math.round(loadAfter * 100) / 100 },
      built, diagnose: args.diagnose, seconds: Math.round((Date.now() - started) / 100) / 10,
    };

    const out: string[] = [];
    out.push(`Gloss bench ${meta.date} (commit ${meta.commit}; ${meta.cpus} CPUs; load average ${meta.loadAverage.start} → ${meta.loadAverage.end})`);
    if (Math.max(load, loadAfter) > meta.cpus)
      out.push(`note: the machine was busy with other work (load average above ${meta.cpus}): absolute times are inflated; ratios less so`);
    out.push('', ...matcherSection(matcher), '', ...bundleSection(bundle), '');
    if (browser) out.push(...browserSection(browser), '');
    else out.push(args.browser ? `Browser figures: not measured (${browserError})` : 'Browser figures: skipped (--skip-browser)', '');
    out.push(...budgetSection(lines));
    if (!args.diagnose && lines.some((l) => !l.ok && l.details.length))
      out.push('(function names above are minified; `npm run bench -- --diagnose` measures an unminified build to name them)');
    out.push('', `${meta.seconds} s; JSON: ${args.out}`);
    console.log(out.join('\n'));

    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    writeFileSync(args.out, JSON.stringify({ meta, matcher, bundle, browser, ...(browserError ? { browserError } : {}), budgets: lines }, null, 2) + '\n');
    return lines.every((l) => l.ok) ? 0 : 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

let args: BenchArgs;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof ArgError ? `bench: ${e.message}\n${USAGE}` : e);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
main(args).then((code) => process.exit(code), (e) => {
  console.error(`bench: ${e instanceof ArgError ? e.message : (e as Error).stack ?? e}`);
  process.exit(2);
});
