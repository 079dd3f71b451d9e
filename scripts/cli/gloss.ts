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
 */
import { statSync } from 'node:fs';
import { UserError } from './errors.ts';
import { readPageText } from './files.ts';
import { listInputs } from './inputs.ts';
import type { Row, Task } from './tasks.ts';
// jsdom, the extension's modules and the knowledge base load only for the command that
// needs them, so a mistyped command answers at once.

const USAGE = 'usage: gloss detect|clean|annotate <file or folder> | gloss kb stats | gloss kb show <id or alias>';
const PAGE_TASKS: readonly string[] = ['detect', 'clean', 'annotate'];

const print = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');

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

async function kb(sub: string | undefined, rest: string[]): Promise<number> {
  if (sub !== 'stats' && sub !== 'show')
    throw new UserError(sub ? `gloss kb: unknown sub-command "${sub}"` : 'gloss kb: expected "stats" or "show <id or alias>"');
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
