/**
 * Helps make one page of the reference set (issue #14) by hand; it judges nothing.
 *   npx tsx scripts/dev/refset-draft.ts draft <corpus> <page> [--corpus-root DIR] > <id>.txt
 *     the corpus's own reference as a starting draft: title, byline, then the body,
 *     one block per line (WCXB's main text, or Readability's expected output as text);
 *   npx tsx scripts/dev/refset-draft.ts review <corpus> <page> <draft.txt> [--corpus-root DIR]
 *     the page's own text, one block per line, numbered, around the part the draft covers:
 *     `=` a line the draft holds word for word, `~` one it holds in part, blank one it
 *     lacks; then the draft's lines the page does not show. The person reads both and
 *     edits the draft;
 *   npx tsx scripts/dev/refset-draft.ts lines <corpus> <page> 12-40 44 … [--corpus-root DIR]
 *     the page's lines by review's numbers, for the blocks the person chose to keep.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { blockText } from '../../src/reader/text.ts';
import { loadHtml, readPageText } from '../cli/load.ts';
import { shingles, snippetFinder, tokens } from '../cli/shingles.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'corpus-root': { type: 'string', default: '../shared/corpus' } } });
const [mode, corpus, page, draftFile] = positionals;
if (!mode || !corpus || !page || !['draft', 'review', 'lines'].includes(mode) || (mode === 'review' && !draftFile)) {
  console.error('usage: refset-draft.ts draft|review|lines <corpus> <page> [draft.txt | line numbers…] [--corpus-root DIR]');
  process.exit(1);
}
// Piped into `head`, stop quietly.
process.stdout.on('error', () => process.exit(0));
const dir = join(values['corpus-root']!, corpus);

function htmlLines(html: string): string[] {
  const loaded = loadHtml(html, 'http://fakehost/test/page.html');
  try {
    return blockText(loaded.document.body).split('\n');
  } finally {
    loaded.close();
  }
}

function draft(): string[] {
  if (corpus === 'wcxb-dev') {
    const id = page!.replace(/^html\//, '').replace(/\.html(\.gz)?$/, '');
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')).ground_truth;
    const body = String(gt.main_content).split(/\n+/).map((l) => l.trim()).filter(Boolean);
    return [gt.title, [gt.author, gt.publish_date].filter(Boolean).join(' · '), ...body].filter(Boolean);
  }
  const folder = join(dir, page!.replace(/\/source\.html$/, ''));
  const meta = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8'));
  return [meta.title, meta.byline, ...htmlLines(readFileSync(join(folder, 'expected.html'), 'utf8'))].filter(Boolean);
}

/** Same words in the same order: punctuation and quote styles do not count, as in the score. */
const norm = (s: string) => tokens(s).join(' ').toLowerCase();

/** The page's blocks that hold any word, numbered as review and lines number them. */
const pageLines = () => htmlLines(readPageText(join(dir, page!))).filter((l) => tokens(l).length);

function review(): void {
  const ref = readFileSync(draftFile!, 'utf8').split('\n').filter((l) => l.trim());
  const refSet = new Set(ref.map(norm));
  const refShingles = shingles(ref.join('\n'));
  const lines = pageLines();
  const mark = (line: string) => {
    if (refSet.has(norm(line))) return '=';
    const own = [...shingles(line).keys()];
    return own.length && own.filter((k) => refShingles.has(k)).length / own.length >= 0.5 ? '~' : ' ';
  };
  const marks = lines.map(mark);
  // From a little before the first line the draft holds word for word (a name repeated in
  // the menus matches in part long before the article starts).
  const exact = marks.findIndex((m, i) => m === '=' && tokens(lines[i]!).length >= 5);
  const first = exact >= 0 ? exact : marks.findIndex((m) => m !== ' ');
  const last = marks.length - 1 - [...marks].reverse().findIndex((m) => m !== ' ');
  const from = Math.max(0, (first < 0 ? 0 : first) - 15);
  const to = Math.min(lines.length, (first < 0 ? lines.length : last) + 25);
  for (let i = from; i < to; i++) console.log(`${marks[i]} ${String(i).padStart(4)} ${lines[i]!.slice(0, 300)}`);
  const pageText = lines.join('\n');
  const onPage = snippetFinder(pageText);
  const pageShingles = shingles(pageText);
  const absent = ref.filter((l) => {
    if (onPage(l)) return false;
    const own = [...shingles(l).keys()];
    return own.length && own.filter((k) => pageShingles.has(k)).length / own.length < 0.5;
  });
  if (absent.length) console.log(`\n-- draft lines not on the page (${absent.length}):\n${absent.map((l) => `! ${l.slice(0, 200)}`).join('\n')}`);
}

function pick(ranges: string[]): void {
  const lines = pageLines();
  for (const r of ranges) {
    const [a, b = a] = r.split('-').map(Number);
    for (let i = a!; i <= b!; i++) if (lines[i] !== undefined) console.log(lines[i]);
  }
}

if (mode === 'draft') process.stdout.write(draft().join('\n') + '\n');
else if (mode === 'review') review();
else pick(positionals.slice(3));
