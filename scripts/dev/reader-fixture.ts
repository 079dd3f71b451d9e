/**
 * Writes a clean-mode fixture's expected text (issue #3): every declutter fix comes with
 * a page written for the project in tests/fixtures/pages/<slug>/source.html, and this
 * records what Gloss extracts from it as expected.txt. Read the result before committing
 * it: the fixture test then holds the extraction to it.
 *   npm run fixture:reader -- <slug>…
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadHtml } from '../cli/load.ts';
import { extractArticle } from '../../src/reader/extract.ts';
import { detectArticle } from '../../src/detect/detect.ts';
import { blockText } from '../../src/reader/text.ts';

const FIXTURES = 'tests/fixtures/pages';
const URL_BASE = 'https://fixtures.gloss.invalid/';

for (const slug of process.argv.slice(2)) {
  const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
  const url = `${URL_BASE}${slug}/`;
  const plain = loadHtml(html, url);
  const alone = new Readability<Element>(plain.document.cloneNode(true) as Document, { serializer: (n) => n as Element }).parse();
  const gloss = loadHtml(html, url);
  // As the extension does: detection's container is the second opinion (reader/second-opinion.ts).
  const result = extractArticle(gloss.document, new URL(url), detectArticle(gloss.document, new URL(url)).container);
  if (!result.ok) {
    console.log(`${slug}: no article (${result.reason}); no expected.txt written`);
    continue;
  }
  writeFileSync(join(FIXTURES, slug, 'expected.txt'), result.text + '\n');
  const aloneLines = new Set((alone?.content ? blockText(alone.content) : '').split('\n'));
  const dropped = [...aloneLines].filter((l) => l && !result.text.split('\n').includes(l));
  console.log(`${slug}: ${result.text.split('\n').length} lines written; title "${result.title}"`);
  for (const l of dropped) console.log(`  Readability alone also had: ${l.slice(0, 90)}`);
  for (const r of result.removed) console.log(`  removed by ${r.by}: ${r.label} — ${r.sample}`);
}
