/** Command-line options of `npm run bench`. */
import { parseArgs as parse } from 'node:util';

export interface BenchArgs {
  out: string;
  pages?: string;
  maxPages?: number;
  /** Page loads with and without the extension, per page. */
  reps: number;
  browser: boolean;
  /** Measure an unminified build (names in the long-task details), built into a temp folder. */
  diagnose: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench [-- --out <file.json>] [-- --pages <dir>] [--max-pages N] [--reps N] [--skip-browser] [--diagnose]
  --out        where to write the JSON results (default bench/results.json)
  --pages      also measure the pages of a folder: <dir>/<id>/source.html, <dir>/<id>.html, or WCXB's
               html/ + ground-truth/ (then half articles, half other pages, spread evenly)
  --max-pages  measure at most N pages of that folder (in name order; WCXB: 40 unless given)
  --reps       page loads with and without the extension per page (default 3)
  --skip-browser  node figures only (browser budgets then fail as not measured)
  --diagnose   run the browser part on an unminified build, so long-task details name functions`;

export class ArgError extends Error {}

const OPTIONS = {
  out: { type: 'string' }, pages: { type: 'string' }, 'max-pages': { type: 'string' }, reps: { type: 'string' },
  'skip-browser': { type: 'boolean' }, diagnose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;

const positiveInt = (flag: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new ArgError(`${flag} needs a whole number of at least 1`);
  return n;
};

/** node:util's parser, with its messages turned into the bench's own ("--out needs a value"). */
export function parseArgs(argv: readonly string[]): BenchArgs {
  let values: ReturnType<typeof parse<{ args: string[]; options: typeof OPTIONS; strict: true }>>['values'];
  try {
    ({ values } = parse({ args: [...argv], options: OPTIONS, strict: true }));
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new ArgError(`unknown option ${unknown[1]}`);
    const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
    if (missing) throw new ArgError(`${missing[1]} needs a value`);
    const ambiguous = /Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) throw new ArgError(`${ambiguous[1]} needs a value`);
    throw new ArgError(message);
  }
  // parseArgs takes "--out --pages" as out = "--pages"; a value never starts with "--".
  for (const flag of ['out', 'pages', 'max-pages', 'reps'] as const) {
    const v = values[flag];
    if (v !== undefined && (v === '' || v.startsWith('--'))) throw new ArgError(`--${flag} needs a value`);
  }
  return {
    out: values.out ?? 'bench/results.json',
    pages: values.pages,
    maxPages: positiveInt('--max-pages', values['max-pages']),
    reps: positiveInt('--reps', values.reps) ?? 3,
    browser: !values['skip-browser'],
    diagnose: !!values.diagnose,
    help: !!values.help,
  };
}
