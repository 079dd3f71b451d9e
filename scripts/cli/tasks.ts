/**
 * What each `gloss` sub-command and eval do with one page. Every task returns one
 * JSON-ready row and never throws: a failure becomes `{ id, error }` for that page.
 */
import { detectArticle } from '../../src/detect/detect.ts';
import { extractArticle } from '../../src/reader/extract.ts';
import { loadHtml, readPageText, type LoadedPage } from './load.ts';
import { mentionsIn } from './kb.ts';
import { evaluatePage } from './eval-page.ts';
import type { PageInput } from './inputs.ts';

export type Task = 'detect' | 'clean' | 'annotate' | 'eval';
import type { Row } from './row.ts';

export type { Row };

function withPage<T>(input: PageInput, use: (page: LoadedPage, url: URL) => T): T {
  if (input.kind !== 'html') throw new Error('plain text has no page to read: give an .html file');
  const page = loadHtml(readPageText(input.path), input.url);
  try {
    return use(page, new URL(input.url));
  } finally {
    page.close();
  }
}

function detectRow(input: PageInput): Row {
  return withPage(input, ({ document }, url) => {
    const { article, score, reasons } = detectArticle(document, url);
    return { id: input.id, article, score, reasons };
  });
}

function cleanRow(input: PageInput): Row {
  return withPage(input, ({ document }, url) => {
    const { article, container } = detectArticle(document, url);
    const result = extractArticle(document, url, container);
    if (!result.ok) return { id: input.id, article, error: result.message };
    return { id: input.id, article, title: result.title, byline: result.byline, text: result.text, removed: result.removed };
  });
}

function annotateRow(input: PageInput): Row {
  if (input.kind === 'txt') {
    const text = readPageText(input.path);
    return { id: input.id, text, mentions: mentionsIn(text) };
  }
  return withPage(input, ({ document }, url) => {
    const result = extractArticle(document, url, detectArticle(document, url).container);
    if (!result.ok) return { id: input.id, error: result.message };
    return { id: input.id, text: result.text, mentions: mentionsIn(result.text) };
  });
}

const TASKS: Record<Task, (input: PageInput) => Row | Promise<Row>> = {
  detect: detectRow,
  clean: cleanRow,
  annotate: annotateRow,
  eval: evaluatePage,
};

export async function runTask(task: Task, input: PageInput): Promise<Row> {
  try {
    return await TASKS[task](input);
  } catch (e) {
    return { id: input.id, error: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
  }
}
