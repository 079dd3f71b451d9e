// A page for the second readings' tests (standfirst.ts, head-lead.ts): body paragraphs long
// enough to count as prose, what Readability returns of them, and one reading run over both.
import { articleHead, type ArticleHead } from '../../../src/reader/article-head';
import { blockText, normText } from '../../../src/reader/text';

export const sentence = (n: number) => `Paragraph ${n} of the article runs long enough to count as prose, with a clause or two and more than eighty characters: number ${n}.`;
export const paras = (count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(i)}</p>`).join('');

/** Readability's output for a page of `count` such paragraphs: them alone, in its page box. */
export function readabilityOutput(count: number): Element {
  return new DOMParser().parseFromString(`<div id="out"><div id="readability-page-1">${paras(count)}</div></div>`, 'text/html').getElementById('out')!;
}

/** Runs a second reading on Readability's output `out` of `doc`; what it added, and the lines after. */
export function runReading<R>(read: (out: Element, head: ArticleHead | null, kept: string, title: string) => R, doc: Document, title: string, out: Element) {
  const kept = normText(out.textContent ?? '');
  const added = read(out, articleHead(doc, title, kept), kept, title);
  return { added, lines: blockText(out).split('\n') };
}
