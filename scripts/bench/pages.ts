/**
 * The pages the browser part measures, each served from 127.0.0.1: the demo article, the
 * project's fixture pages, a long generated article (10,000 words full of names: the
 * worst case for marking names and for clean mode), and any folder given with --pages
 * (`<dir>/<id>/source.html` or `<dir>/<id>.html`). Identical files are measured once.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { newsText, type NameForms } from './text.ts';

export interface BenchPage {
  id: string;
  group: 'demo' | 'fixture' | 'generated' | 'hostile' | 'corpus';
  /** Folder served, and the page's path under it. */
  root: string;
  path: string;
  /** What the page is, where a corpus labels it (WCXB page types); otherwise Gloss's verdict decides. */
  kind?: 'article' | 'other';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page around a long generated text: header, navigation, article, aside, footer. */
export function longArticleHtml(names: readonly NameForms[], words = 10_000): string {
  const paragraphs = newsText(names, words, 11).split('\n\n');
  const body = paragraphs.map((p, i) =>
    (i > 0 && i % 8 === 0 ? `<h2>${escape(p.split(' ').slice(0, 5).join(' '))}</h2>\n` : '') + `<p>${escape(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume as envoys meet again – The Bench Courier</title>
<meta property="og:type" content="article"><meta name="author" content="Staff Reporter">
<style>body{font:17px/1.6 Georgia,serif;margin:0}header,footer,nav{font:14px Arial,sans-serif;padding:12px 24px;background:#eee}
main{display:grid;grid-template-columns:minmax(0,700px) 280px;gap:32px;max-width:1040px;margin:24px auto;padding:0 24px}</style>
</head><body>
<header><a href="/">The Bench Courier</a><nav><a href="/world/">World</a> · <a href="/politics/">Politics</a> · <a href="/business/">Business</a></nav></header>
<main><article><h1>Talks resume as envoys meet again</h1><p class="byline">By Staff Reporter · 3 March 2026</p>
${body}
</article><aside><h3>Most read</h3><ul><li><a href="/a">Markets steady</a></li><li><a href="/b">Weather warning</a></li></ul></aside></main>
<footer>© The Bench Courier · <a href="/privacy">Privacy</a></footer>
</body></html>
`;
}

/**
 * WCXB's layout (`html/<id>.html.gz`, `ground-truth/<id>.json` with a page type): `max`
 * pages spread evenly over the corpus, half articles and half other pages, unpacked into
 * `tmp` so they can be served. Page cost is judged on both kinds (issue #17).
 */
function labelledPages(dir: string, tmp: string, max: number): BenchPage[] {
  const ids = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const typed = ids.map((id) => {
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as { _internal?: { page_type?: { primary?: string } } };
    return { id, kind: truth._internal?.page_type?.primary === 'article' ? 'article' as const : 'other' as const };
  });
  const spread = <T>(list: T[], n: number) => Array.from({ length: Math.min(n, list.length) }, (_, k) => list[Math.floor((k * list.length) / Math.min(n, list.length))]!);
  const half = Math.ceil(max / 2);
  const chosen = [...spread(typed.filter((t) => t.kind === 'article'), half), ...spread(typed.filter((t) => t.kind === 'other'), max - half)];
  const out = join(tmp, 'corpus');
  mkdirSync(out, { recursive: true });
  return chosen.filter((c) => existsSync(join(dir, 'html', `${c.id}.html.gz`))).map((c) => {
    writeFileSync(join(out, `${c.id}.html`), gunzipSync(readFileSync(join(dir, 'html', `${c.id}.html.gz`))));
    return { id: `wcxb-${c.id}`, group: 'corpus' as const, root: out, path: `/${c.id}.html`, kind: c.kind };
  });
}

function corpusPages(dir: string): BenchPage[] {
  const out: BenchPage[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (existsSync(join(full, 'source.html'))) out.push({ id: entry, group: 'corpus', root: dir, path: `/${entry}/source.html` });
    } else if (/\.html?$/i.test(entry)) {
      out.push({ id: entry.replace(/\.html?$/i, ''), group: 'corpus', root: dir, path: `/${entry}` });
    }
  }
  return out;
}

/**
 * Hostile pages whose cost is a budget, not a functional test (issue #17): the huge ones,
 * where detection and marking must stay out of long tasks. Their page cost is not counted
 * with real pages' (see budgets.ts): nobody reads a 100,000-node page every day.
 */
export const HOSTILE_PAGES = ['huge-page-with-a-hundred-thousand-nodes.html', 'one-megabyte-single-paragraph.html'];

export interface PageOptions { root: string; names: readonly NameForms[]; corpus?: string; tmp: string; maxPages?: number }

export function benchPages(o: PageOptions): BenchPage[] {
  const pages: BenchPage[] = [{ id: 'demo', group: 'demo', root: join(o.root, 'demo'), path: '/index.html' }];
  const fixtures = join(o.root, 'tests/fixtures/pages');
  if (existsSync(fixtures))
    for (const slug of readdirSync(fixtures).sort())
      if (existsSync(join(fixtures, slug, 'source.html'))) pages.push({ id: slug, group: 'fixture', root: fixtures, path: `/${slug}/source.html` });
  const hostile = join(o.root, 'tests/fixtures/hostile');
  for (const file of HOSTILE_PAGES)
    if (existsSync(join(hostile, file))) pages.push({ id: file.replace(/\.html$/, ''), group: 'hostile', root: hostile, path: `/${file}` });
  const generated = join(o.tmp, 'long-article');
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, 'source.html'), longArticleHtml(o.names));
  pages.push({ id: 'long-article', group: 'generated', root: o.tmp, path: '/long-article/source.html' });
  if (o.corpus) {
    if (existsSync(join(o.corpus, 'ground-truth')) && existsSync(join(o.corpus, 'html'))) pages.push(...labelledPages(o.corpus, o.tmp, o.maxPages ?? 40));
    else pages.push(...corpusPages(o.corpus).slice(0, o.maxPages ?? Infinity));
  }

  const seen = new Map<string, string>();
  return pages.filter((p) => {
    const digest = createHash('sha1').update(readFileSync(join(p.root, p.path))).digest('hex');
    if (seen.has(digest)) return false;
    seen.set(digest, p.id);
    return true;
  });
}

export const describePage = (p: BenchPage, root: string) => `${p.id} (${relative(root, join(p.root, p.path))})`;
