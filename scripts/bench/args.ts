/** Command-line options of `npm run bench`. */
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

const positiveInt = (flag: string, v: string | undefined): number => {
  const n = Number(v);
  if (!v || !Number.isInteger(n) || n < 1) throw new ArgError(`${flag} needs a whole number of at least 1`);
  return n;
};

export function parseArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { out: 'bench/results.json', reps: 3, browser: true, diagnose: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.startsWith('--') && argv[i]!.includes('=')
      ? [argv[i]!.slice(0, argv[i]!.indexOf('=')), argv[i]!.slice(argv[i]!.indexOf('=') + 1)]
      : [argv[i]!, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new ArgError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--out': out.out = value(); break;
      case '--pages': out.pages = value(); break;
      case '--max-pages': out.maxPages = positiveInt(flag, value()); break;
      case '--reps': out.reps = positiveInt(flag, value()); break;
      case '--skip-browser': out.browser = false; break;
      case '--diagnose': out.diagnose = true; break;
      case '--help': case '-h': out.help = true; break;
      default: throw new ArgError(`unknown option ${argv[i]}`);
    }
  }
  return out;
}
