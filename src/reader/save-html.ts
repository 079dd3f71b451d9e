/**
 * "Save as HTML" (issue #15, part 7): the cleaned article as one self-contained file that
 * opens anywhere, years later, without the site. Its title, byline, date and source
 * address at the top; a small stylesheet inside; no script, no handler, no page style;
 * pictures as links to where they live (embedding them would mean fetching them again,
 * and a file that loads nothing cannot report its opening to anyone). A pure function of
 * the article's HTML: DOMPurify runs again here, with rules stricter than the view's.
 */
import { purifierFor } from './sanitize';
import type { Extracted } from './extract-types';
import { formatDate } from './view/prefs';

/** What the file is made of: the extraction's article and its metadata, and where it came from. */
export interface SavedArticle extends Pick<Extracted, 'title' | 'byline' | 'siteName' | 'published' | 'lang' | 'dir'> {
  /** The article body as the view shows it (already sanitized once; sanitized again here). */
  html: string;
  /** The page the article was read from. */
  source: string;
}

/** Words in the file, in the reader's language. */
export interface SavedLabels {
  /** "Source" */
  source: string;
  /** "Saved $1" with the day it was saved. */
  saved: (date: string) => string;
  /** "Picture" and "Picture: $1" (its description), the text of a picture's link. */
  picture: (alt: string) => string;
}

const PURIFY = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame',
    'object', 'embed', 'dialog', 'template', 'slot', 'noscript', 'svg', 'math', 'track'],
  FORBID_ATTR: ['style', 'tabindex', 'contenteditable', 'accesskey', 'draggable', 'autoplay', 'loading', 'ping'],
  // data-* carried the page's lazy-loading addresses: no use in the file.
  ALLOW_DATA_ATTR: false,
};

export const SAVED_CSS = `
body { margin: 0; background: #fbfaf7; color: #1d1d1f; font: 18px/1.65 Georgia, "Iowan Old Style", "Noto Serif", "Noto Naskh Arabic", serif; }
article { box-sizing: border-box; max-width: 72ch; margin: 0 auto; padding: 32px 20px 64px; overflow-wrap: break-word; }
header { margin-bottom: 28px; border-bottom: 1px solid #e4e1da; padding-bottom: 16px; }
.site { margin: 0 0 6px; color: #2f5d8a; font: 14px system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; }
h1 { margin: 0 0 12px; font-size: 2em; line-height: 1.2; }
.meta, .source { margin: 0 0 4px; color: #5f6066; font: 14px/1.5 system-ui, sans-serif; }
.meta > * + *::before { content: " · "; }
h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.3; margin: 1.6em 0 .5em; }
a { color: #2f5d8a; }
a.picture { display: inline-block; padding: 6px 10px; border: 1px dashed #c9c5bb; border-radius: 6px; font: 14px system-ui, sans-serif; }
figure { margin: 0 0 1.1em; }
figcaption { color: #5f6066; font: 14px/1.45 system-ui, sans-serif; margin-top: 6px; }
blockquote { margin: 0 0 1.1em; padding-inline-start: 1em; border-inline-start: 3px solid #e4e1da; color: #5f6066; }
pre { overflow-x: auto; padding: 12px; background: #f1efe9; border-radius: 6px; line-height: 1.45; white-space: pre; }
pre, code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; }
.table-scroll { overflow-x: auto; margin: 0 0 1.1em; }
table { border-collapse: collapse; font: 15px/1.45 system-ui, sans-serif; }
th, td { border: 1px solid #e4e1da; padding: 6px 10px; text-align: start; vertical-align: top; }
@media (prefers-color-scheme: dark) {
  body { background: #1b1c1e; color: #e4e2de; }
  a, .site { color: #8ab4e8; }
  .meta, .source, figcaption, blockquote { color: #a4a6ab; }
  pre { background: #26282b; }
}
@media print { body { background: #fff; color: #000; } pre { white-space: pre-wrap; } }
`;

/** The address a picture shows, absolute: its src, else the first candidate of its srcset. */
function pictureAddress(el: Element, base: string): string | null {
  const img = el.localName === 'picture' ? el.querySelector('img') : el;
  const raw = img?.getAttribute('src')?.trim() || img?.getAttribute('srcset')?.trim().split(/\s+/)[0]
    || el.querySelector('source[src]')?.getAttribute('src')?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Every picture, video and sound becomes a link to its file, described by its alt text. */
function picturesAsLinks(body: Element, base: string, labels: SavedLabels): void {
  const doc = body.ownerDocument;
  for (const el of [...body.querySelectorAll('picture, img, video, audio')]) {
    if (!body.contains(el)) continue; // an <img> inside a <picture> already replaced
    const href = pictureAddress(el, base);
    const alt = (el.localName === 'picture' ? el.querySelector('img') : el)?.getAttribute('alt')?.trim() ?? '';
    if (!href) { el.remove(); continue; }
    const a = doc.createElement('a');
    a.href = href;
    a.className = 'picture';
    a.textContent = labels.picture(alt);
    el.replaceWith(a);
  }
}

function absoluteLinks(body: Element, base: string): void {
  for (const a of body.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('#')) continue;
    try { a.setAttribute('href', new URL(href, base).href); } catch { a.removeAttribute('href'); }
  }
}

const el = (doc: Document, tag: string, text?: string, cls?: string): HTMLElement => {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

/** The whole file. `win` supplies DOMPurify and the document the file is built in. */
export function articleHtmlFile(article: SavedArticle, labels: SavedLabels, win: Window, savedAt: Date = new Date()): string {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) throw new Error('this browser cannot sanitize HTML');
  const doc = win.document.implementation.createHTMLDocument('');
  const body = purifier.sanitize(article.html, { ...PURIFY, RETURN_DOM: true }) as HTMLElement;
  picturesAsLinks(body, article.source, labels);
  absoluteLinks(body, article.source);

  const html = doc.documentElement;
  if (article.lang) html.lang = article.lang;
  html.dir = article.dir;
  const head = doc.head;
  head.replaceChildren();
  const meta = (attrs: Record<string, string>) => {
    const m = doc.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    head.append(m);
  };
  meta({ charset: 'utf-8' });
  // Even a copy opened from disk runs and loads nothing: no script, no remote anything.
  meta({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" });
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  head.append(el(doc, 'title', article.title));
  if (article.byline) meta({ name: 'author', content: article.byline });
  head.append(el(doc, 'style', SAVED_CSS));

  const header = el(doc, 'header');
  if (article.siteName) header.append(el(doc, 'p', article.siteName, 'site'));
  header.append(el(doc, 'h1', article.title));
  const line = el(doc, 'p', undefined, 'meta');
  if (article.byline) line.append(el(doc, 'span', article.byline, 'byline'));
  const date = formatDate(article.published, article.lang);
  if (date) {
    const time = el(doc, 'time', date);
    time.setAttribute('datetime', article.published!);
    line.append(time);
  }
  if (line.childNodes.length) header.append(line);
  const source = el(doc, 'p', `${labels.source}: `, 'source');
  const link = el(doc, 'a', article.source) as HTMLAnchorElement;
  if (/^https?:/i.test(article.source)) link.href = article.source;
  source.append(link);
  header.append(source);
  const saved = el(doc, 'p', undefined, 'source');
  const when = el(doc, 'time', labels.saved(formatDate(savedAt.toISOString(), article.lang) ?? savedAt.toISOString().slice(0, 10)));
  when.setAttribute('datetime', savedAt.toISOString());
  saved.append(when);
  header.append(saved);

  const articleEl = el(doc, 'article');
  articleEl.append(header, ...doc.importNode(body, true).childNodes);
  doc.body.append(articleEl);
  return `<!DOCTYPE html>\n${html.outerHTML}\n`;
}

/** A file name from the title: no characters file systems refuse, not too long. */
export function savedFileName(title: string): string {
  const name = title.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^\.+/, '').slice(0, 80).trim();
  return `${name || 'article'}.html`;
}
