/**
 * `npm run eval -- <corpus> [--json] [--workers N] [--limit N | --sample N]` (issue #7): Gloss's clean
 * text beside plain Readability (4-gram shingle precision, recall, F1; WCXB's with[] kept
 * and without[] leaked) and Gloss's detection beside isProbablyReaderable, on any corpus
 * layout `gloss` reads. Pages run in parallel child processes; a page that fails is
 * counted and listed, never fatal.
 */
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { listInputs } from './inputs.ts';
import { UserError } from './load.ts';
import { runPool } from './pool.ts';
import { formatSummary, summarise, type EvalRow } from './eval-report.ts';
import { evaluateEntities, formatEntityEval } from './entities.ts';

const USAGE = 'usage: npm run eval -- <corpus folder or page> [--json] [--workers N] [--limit N | --sample N]\n' +
  '       npm run eval -- --entities <labels dir> [--corpus-root <dir with the corpora>] [--json]';

function parseArgs(argv: string[]) {
  const opts = { corpus: '', json: false, workers: availableParallelism(), limit: Infinity, sample: 0, entities: '', corpusRoot: '../shared/corpus' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const number = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new UserError(`${a} needs a whole number`);
      return n;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--entities') opts.entities = argv[++i] ?? '';
    else if (a === '--corpus-root') opts.corpusRoot = argv[++i] ?? '';
    else if (a === '--workers') opts.workers = number();
    else if (a === '--limit') opts.limit = number();
    else if (a === '--sample') opts.sample = number();
    else if (a.startsWith('-')) throw new UserError(`unknown option ${a}. ${USAGE}`);
    else if (opts.corpus) throw new UserError(`one corpus at a time. ${USAGE}`);
    else opts.corpus = a;
  }
  if (!opts.corpus && !opts.entities) throw new UserError(USAGE);
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.entities) {
    const result = evaluateEntities(opts.entities, opts.corpusRoot);
    process.stdout.write(opts.json ? JSON.stringify(result) + '\n' : formatEntityEval(result) + '\n');
    return;
  }
  const all = listInputs(opts.corpus);
  // --sample N: N pages spread evenly over the corpus (a quick, stable estimate).
  const n = Math.min(opts.sample || all.length, all.length);
  const inputs = Array.from({ length: n }, (_, k) => all[Math.floor((k * all.length) / n)]!).slice(0, opts.limit);
  const rows: EvalRow[] = [];
  const started = performance.now();
  const workers = Math.min(opts.workers, inputs.length);
  const tty = process.stderr.isTTY;
  const size = (path: string) => { try { return statSync(path).size; } catch { return 0; } };
  const sizes = inputs.map((p) => size(p.path));
  await runPool('eval', inputs, {
    workers,
    order: inputs.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!),
    onRow(row) {
      rows.push(row as EvalRow);
    },
    onProgress(finished) {
      if (finished % 50 === 0 || finished === inputs.length)
        process.stderr.write(`${tty ? '\r' : ''}eval: ${finished}/${inputs.length} pages${tty ? '' : '\n'}`);
    },
  });
  if (tty) process.stderr.write('\n');
  const summary = summarise(basename(resolve(opts.corpus)), rows, (performance.now() - started) / 1000, workers);
  process.stdout.write(opts.json ? JSON.stringify({ summary, pages: rows }) + '\n' : formatSummary(summary) + '\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof UserError ? `eval: ${e.message}` : `eval: internal error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
