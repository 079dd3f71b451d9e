/**
 * What a page says about itself: schema.org types (JSON-LD and microdata), Open Graph
 * type, a publication date and an author. Reads the head's meta tags and the JSON-LD
 * blocks; the body's microdata comes from the page walk.
 */
import type { BodyFacts } from './page-walk';

export interface PageMetadata {
  /** schema.org types the page declares, e.g. "NewsArticle", "Product". */
  schemaTypes: string[];
  /** og:type, lower-cased ("article", "website", "product"…), or null. */
  ogType: string | null;
  /** The page states when it was published. */
  published: boolean;
  /** The page names an author. */
  author: boolean;
}

/** Body facts that say nothing: the head read alone, before or without the page walk. */
export const HEAD_ONLY = { jsonLd: [], itemTypes: [], itemDate: false, itemAuthor: false, relAuthor: false };

/** JSON-LD can be huge; the walk is bounded. */
const MAX_JSONLD_NODES = 2000;
/** Keys whose values describe other things (breadcrumbs, the publisher, comments). */
const SKIP_KEYS = new Set(['breadcrumb', 'itemListElement', 'potentialAction', 'publisher', 'isPartOf', 'comment', 'review', 'sameAs', 'author', 'creator', 'image', 'logo']);
const DATE_NAMES = new Set(['article:published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'datepublished', 'article.published', 'og:article:published_time']);
const AUTHOR_NAMES = new Set(['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']);

const typeName = (t: string) => t.replace(/^.*[/#:]/, '');

interface JsonLdFacts { types: string[]; published: boolean; author: boolean }

function readJsonLd(texts: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = { types: [], published: false, author: false };
  let budget = MAX_JSONLD_NODES;
  const visit = (node: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const types = obj['@type'];
    for (const t of Array.isArray(types) ? types : [types]) if (typeof t === 'string') facts.types.push(typeName(t));
    if (obj.datePublished) facts.published = true;
    if (obj.author) facts.author = true;
    for (const [key, value] of Object.entries(obj)) {
      if (key === '@graph' || key === 'mainEntity' || key === 'mainEntityOfPage') visit(value, depth + 1);
      else if (!SKIP_KEYS.has(key) && typeof value === 'object' && depth < 2) visit(value, depth + 1);
    }
  };
  for (const text of texts) {
    try {
      visit(JSON.parse(text), 0);
    } catch { /* invalid JSON-LD is common; it simply says nothing */ }
  }
  return facts;
}

/**
 * The head's own part, read once per detection (issue #17, item 6): the cheap verdicts read
 * the head before the walk, and the walk's verdict reads it again with the body's part; its
 * JSON-LD (large on shop pages) was parsed each time.
 */
export interface HeadFacts {
  jsonLd: string[];
  ogType: string | null;
  published: boolean;
  author: boolean;
  /** The head's JSON-LD read on its own, kept once read: the body adds none on most pages. */
  ld?: JsonLdFacts;
}

export function readHead(doc: Document): HeadFacts {
  const head: HeadFacts = { jsonLd: [], ogType: null, published: false, author: false };
  // The head is small; children are walked directly (no selector engine, no live lists).
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.localName;
    if (tag === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) head.jsonLd.push(el.textContent ?? '');
    else if (tag === 'link' && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) head.author = true;
    if (tag !== 'meta' || !el.getAttribute('content')?.trim()) continue;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (key === 'og:type') head.ogType = el.getAttribute('content')!.trim().toLowerCase();
    else if (DATE_NAMES.has(key)) head.published = true;
    else if (AUTHOR_NAMES.has(key)) head.author = true;
  }
  return head;
}

/** What the page says about itself: the head (read now unless given) and the body's part. */
export function readMetadata(doc: Document, body: Pick<BodyFacts, 'jsonLd' | 'itemTypes' | 'itemDate' | 'itemAuthor' | 'relAuthor'>,
  head: HeadFacts = readHead(doc)): PageMetadata {
  // Body blocks first, then the head's, as one budget (MAX_JSONLD_NODES).
  const ld = body.jsonLd.length ? readJsonLd([...body.jsonLd, ...head.jsonLd]) : (head.ld ??= readJsonLd(head.jsonLd));
  return {
    schemaTypes: [...new Set([...ld.types, ...body.itemTypes.map(typeName)])],
    ogType: head.ogType,
    published: body.itemDate || head.published || ld.published,
    author: body.itemAuthor || body.relAuthor || head.author || ld.author,
  };
}
