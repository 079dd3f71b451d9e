/**
 * `npm run --silent gloss -- <command>`: the extension's own modules on files, under jsdom
 * (issue #7). JSON Lines on stdout, one object per page in a stable order; messages on
 * stderr; a user error exits 1 with one line, and a bad page in a corpus is its own
 * `{"id", "error"}` line while the run goes on.
 *
 *   gloss detect <path>        {"id", "article", "score", "reasons"}
 *   gloss clean <path>         {"id", "article", "title", "byline", "text", "removed"}
 *   gloss annotate <path>      {"id", "text", "mentions": [{"start", "end", "surface", "entity"}]}
 *   gloss kb stats             {"entities", "aliases", "byType", "asOf": {"min", "max"}}
 *   gloss kb show <id|alias>   the matching record(s), one per line
 *   gloss kb gaps <corpus> [--top N]          {"articles", "spans", "covered", "share", "shareFrequent"},
 *                                             then {"name", "occurrences", "articles"} per uncovered name
 *   gloss kb audit [--sample N] [--seed S]    N records picked at random (seeded), one per line
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from './errors.ts';
import { readPageText } from './files.ts';
import { listInputs } from './inputs.ts';
import type { Row, Task } from './tasks.ts';
// jsdom, the extension's modules and the knowledge base load only for the command that
// needs them, so a mistyped command answers at once.

const USAGE = 'usage: gloss detect|clean|annotate <file or folder> | gloss kb stats | gloss kb show <id or alias>'
  + ' | gloss kb gaps <corpus> [--top N] | gloss kb audit [--sample N] [--seed S]';
const PAGE_TASKS: readonly string[] = ['detect', 'clean', 'annotate'];

const print = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');
// `gloss kb gaps … | head` closes the pipe early: that is the reader having read enough.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

async function pages(task: Task, path: string | undefined): Promise<number> {
  if (!path) throw new UserError(`gloss ${task}: missing <file or folder>`);
  const inputs = listInputs(path);
  const only = statSync(path).isFile() ? inputs[0]! : null;
  if (only) {
    // A single file that cannot be read, or of the wrong kind, is the user's error.
    readPageText(only.path);
    if (only.kind === 'txt' && task !== 'annotate') throw new UserError(`gloss ${task}: ${path} is plain text; give an .html page`);
    const { runTask } = await import('./tasks.ts');
    print(await runTask(task, only));
    return 0;
  }
  let errors = 0;
  const { runPool } = await import('./pool.ts');
  await runPool(task, inputs, {
    onRow(row: Row) {
      if (row.error) errors++;
      print(row);
    },
  });
  if (errors) console.error(`gloss ${task}: ${errors} of ${inputs.length} pages had errors`);
  return 0;
}

/** Article texts of a corpus: WCXB's reference texts of its article pages, or a folder of .txt files. */
function articleTexts(dir: string): string[] {
  if (existsSync(join(dir, 'ground-truth'))) {
    return readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
      const page = JSON.parse(readFileSync(join(dir, 'ground-truth', f), 'utf8')) as { _internal?: { page_type?: { primary?: string } }; ground_truth?: { main_content?: string } };
      return page._internal?.page_type?.primary === 'article' && page.ground_truth?.main_content ? [page.ground_truth.main_content] : [];
    });
  }
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

const whole = (flag: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`${flag} needs a whole number`);
  return n;
};

async function kbGaps(rest: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: rest, options: { top: { type: 'string' } }, allowPositionals: true });
  const dir = positionals[0];
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError('gloss kb gaps: give a corpus folder (WCXB layout, or .txt files)');
  const [{ mentionsIn }, { gapReport }, { commonEnglishWords }] = await Promise.all([import('./kb.ts'), import('./kb-gaps.ts'), import('../../src/knowledge/common-words.ts')]);
  const texts = articleTexts(dir);
  if (!texts.length) throw new UserError(`gloss kb gaps: no article texts in ${dir}`);
  const r = gapReport(texts.map((text) => ({ text, covered: mentionsIn(text) })), commonEnglishWords());
  const share = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
  print({ articles: r.articles, spans: r.spans, covered: r.covered, share: share(r.covered, r.spans),
    shareFrequent: share(r.frequentCovered, r.frequentSpans), frequentSpans: r.frequentSpans });
  for (const [name, occurrences, articles] of r.gaps.slice(0, whole('--top', values.top, 100))) print({ name, occurrences, articles });
  return 0;
}

async function kbAudit(rest: string[]): Promise<number> {
  const { values } = parseArgs({ args: rest, options: { sample: { type: 'string' }, seed: { type: 'string' } } });
  const [{ loadKb }, { seeded }] = await Promise.all([import('./kb.ts'), import('../bench/prng.ts')]);
  const records = [...loadKb().records];
  const rand = seeded(whole('--seed', values.seed, 1));
  const n = Math.min(whole('--sample', values.sample, 20), records.length);
  // A partial Fisher-Yates shuffle: the first n are a uniform sample, the same for a seed.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (records.length - i));
    [records[i], records[j]] = [records[j]!, records[i]!];
  }
  records.slice(0, n).forEach(print);
  return 0;
}

async function kb(sub: string | undefined, rest: string[]): Promise<number> {
  if (sub === 'gaps') return kbGaps(rest);
  if (sub === 'audit') return kbAudit(rest);
  if (sub !== 'stats' && sub !== 'show')
    throw new UserError(sub ? `gloss kb: unknown sub-command "${sub}"` : 'gloss kb: expected "stats", "show <id or alias>", "gaps <corpus>" or "audit"');
  const { kbShow, kbStats } = await import('./kb.ts');
  if (sub === 'stats') return print(kbStats()), 0;
  const query = rest.join(' ').trim();
  if (!query) throw new UserError('gloss kb show: missing <id or alias>');
  const found = kbShow(query);
  if (!found.length) throw new UserError(`gloss kb show: no record with id or alias "${query}"`);
  found.forEach(print);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    console.error(USAGE);
    return command ? 0 : 1;
  }
  if (PAGE_TASKS.includes(command)) {
    if (rest.length > 1) throw new UserError(`gloss ${command}: expected one path, got ${rest.length}`);
    return pages(command as Task, rest[0]);
  }
  if (command === 'kb') return kb(rest[0], rest.slice(1));
  throw new UserError(`unknown command "${command}". ${USAGE}`);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    console.error(e instanceof UserError ? `gloss: ${e.message}` : `gloss: internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
