/**
 * `npm run eval -- <corpus> [--json] [--workers N] [--limit N | --sample N [--seed S]]` (issue #7): Gloss's clean
 * text beside plain Readability (4-gram shingle precision, recall, F1; WCXB's with[] kept
 * and without[] leaked) and Gloss's detection beside isProbablyReaderable, on any corpus
 * layout `gloss` reads. Pages run in parallel child processes; a page that fails is
 * counted and listed, never fatal. `--reference <dir>` scores the project's reference set
 * (issue #14: pages in the shared corpora, hand-checked texts in the repo) the same way,
 * header included, apart by corpus too, and lists Gloss's worst pages.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { listInputs } from './inputs.ts';
import { UserError } from './load.ts';
import { runPool } from './pool.ts';
import { samplePages } from './sample.ts';
import { readIndex, referenceInputs } from './reference-set.ts';
import { formatSummary, summarise, type EvalRow } from './eval-report.ts';
import { evaluateEntities, formatEntityEval } from './entities.ts';

const OPTIONS = {
  json: { type: 'boolean' }, entities: { type: 'string' }, reference: { type: 'string' }, 'corpus-root': { type: 'string' },
  workers: { type: 'string' }, limit: { type: 'string' }, sample: { type: 'string' }, seed: { type: 'string' },
} as const;

const USAGE = 'usage: npm run eval -- <corpus folder or page> [--json] [--workers N] [--limit N | --sample N [--seed S]]\n' +
  '       npm run eval -- --entities <labels dir> [--corpus-root <dir with the corpora>] [--json]\n' +
  '       npm run eval -- --reference <reference-set dir> [--corpus-root <dir with the corpora>] [--json] [--workers N]';

function readArgs(argv: string[]) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UserError(`${(e as Error).message}. ${USAGE}`);
  }
  const { values, positionals } = parsed;
  const whole = (flag: string, v: string | undefined, fallback: number) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UserError(`--${flag} needs a whole number`);
    return n;
  };
  if (positionals.length > 1) throw new UserError(`one corpus at a time. ${USAGE}`);
  const opts = {
    corpus: positionals[0] ?? '', json: !!values.json, entities: values.entities ?? '', reference: values.reference ?? '', corpusRoot: values['corpus-root'] ?? '../shared/corpus',
    workers: whole('workers', values.workers, availableParallelism()), limit: whole('limit', values.limit, Infinity), sample: whole('sample', values.sample, 0),
    seed: values.seed === undefined ? undefined : whole('seed', values.seed, 0),
  };
  if (opts.seed !== undefined && !opts.sample) throw new UserError(`--seed chooses a --sample's pages. ${USAGE}`);
  if (!opts.corpus && !opts.entities && !opts.reference) throw new UserError(USAGE);
  if (opts.corpus && opts.reference) throw new UserError(`a corpus or --reference, not both. ${USAGE}`);
  return opts;
}

async function main(): Promise<void> {
  const opts = readArgs(process.argv.slice(2));
  if (opts.entities) {
    const result = evaluateEntities(opts.entities, opts.corpusRoot);
    process.stdout.write(opts.json ? JSON.stringify(result) + '\n' : formatEntityEval(result) + '\n');
    return;
  }
  const all = opts.reference ? referenceInputs(opts.reference, opts.corpusRoot) : listInputs(opts.corpus);
  // --sample N: N pages spread evenly over the corpus (a quick, stable estimate), or drawn by --seed.
  const inputs = samplePages(all, opts.sample, opts.seed).slice(0, opts.limit);
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
  const name = opts.reference ? `reference set ${basename(resolve(opts.reference))}` : basename(resolve(opts.corpus));
  const corpusOf = opts.reference ? new Map(readIndex(opts.reference).map((e) => [e.id, e.corpus])) : null;
  const summary = summarise(name, rows, (performance.now() - started) / 1000, workers,
    corpusOf ? { worst: 10, groupOf: (id) => corpusOf.get(id) ?? 'other' } : {});
  process.stdout.write(opts.json ? JSON.stringify({ summary, pages: rows }) + '\n' : formatSummary(summary) + '\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof UserError ? `eval: ${e.message}` : `eval: internal error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
