/**
 * Clean-mode extraction (issue #3, part 2): clone the document (the page is never
 * touched) → Readability → Gloss's declutter rules → DOMPurify. Pure over the Document it
 * is given, so the reading view, `gloss clean` and eval (under jsdom) share it.
 */
import { Readability } from '@mozilla/readability';
import type { ExtractFailure, ExtractResult, RemovedItem } from './extract-types';
import { anchorHeadings, protectHeadings, restoreHeadings } from './headings';
import { removedByReadability } from './boilerplate';
import { declutter, markClutter } from './declutter';
import { DECLUTTER_RULES, type DeclutterRule } from './declutter-rules';
import { dropRepeats } from './repeats';
import { keepRawText, sanitizeChildren, sanitizeHtml } from './sanitize';
import { resolveLazyMedia } from './lazy-media';
import { captionFigures } from './captions';
import { wrapTables } from './table-scroll';
import { markPrintedLinks } from './print-links';
import { matchesRule } from './block-rules';
import { anchorElement, anchorInPage } from './restore';
import type { BlockRule } from '../settings/schema';
import { blockText, normText } from './text';
import { missesBody, narrowedTo } from './second-opinion';
import { flattenedTo, missesProse, proseRoot } from './prose-root';
import { putBackMissedProse } from './missed-prose';
import { putBackStandfirst } from './standfirst';
import { putBackLeadLines, soleHeadlineHead } from './head-lead';
import { putBackFigures } from './missed-figures';
import { articleHead, headlineTitle } from './article-head';
import { putBackItemParts } from './item-parts';
import { addSiblingPosts } from './sibling-posts';
import { cleanTitle, isoDate, readingMinutes, statedDate, textDirection } from './meta';
import { lapReaderWork } from '../probes/paint';

/**
 * Less body text than this (about fifteen words) is not worth a reading view: the view
 * says so instead. Above it, showing what there is helps more than refusing.
 */
export const TOO_SHORT_CHARS = 100;

export const FAILURE_MESSAGES: Record<ExtractFailure['reason'], string> = {
  'not-article': 'Gloss could not find an article on this page, so there is nothing to show in clean mode.',
  'too-short': 'This page has too little text to show in clean mode.',
  error: 'Something went wrong while Gloss read this page, so clean mode cannot show it.',
};

/** A reading of the laid-out prose replaces Readability's first only when it keeps this
 *  much more text: a few paragraphs more is not worth a different article. */
const GAIN_TO_SWITCH = 1.3;

const fail = (reason: ExtractFailure['reason'], detail?: string): ExtractFailure =>
  ({ ok: false, reason, message: detail ? `${FAILURE_MESSAGES[reason]} (${detail})` : FAILURE_MESSAGES[reason] });

/** A copy of the page to parse, without Gloss's own UI hosts. */
function cloneForParsing(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  // Gloss's hosts hang from <html>, and the reading view's from the end of <body>.
  for (const el of [...clone.documentElement.children, ...clone.body?.children ?? []]) if (el.localName.startsWith('gloss-')) el.remove();
  return clone;
}

function dedupe(items: RemovedItem[]): RemovedItem[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(`${i.label}|${i.sample}`) && !!seen.add(`${i.label}|${i.sample}`));
}

/** An extraction, with the part of "What was removed" that re-reads the live page left
 *  for later: the view shows the article first and asks for it after the first paint. */
export interface Extraction {
  result: ExtractResult;
  removedByReadability(): RemovedItem[];
}

const NOTHING_MORE = () => [];

/** The reader's rules for this site as the declutter pass takes them (block-rules.ts). */
interface SiteBlocks { rules: readonly DeclutterRule[]; keep?: (el: Element) => boolean; never: readonly BlockRule[] }

function siteBlocks(blocks: readonly BlockRule[]): SiteBlocks {
  // Longest block a reader's "Always remove" takes, like the boilerplate list's (boilerplate.ts).
  const always = blocks.filter((r) => !r.keep).map((r, i): DeclutterRule =>
    ({ id: `site-${i}`, label: r.label, example: '', maxChars: 3000, matches: (el) => matchesRule(el, r) }));
  const never = blocks.filter((r) => r.keep);
  return {
    rules: always.length ? [...always, ...DECLUTTER_RULES] : DECLUTTER_RULES,
    never,
    ...(never.length ? { keep: (el: Element) => never.some((r) => matchesRule(el, r)) } : {}),
  };
}

/**
 * "Never remove blocks like this": page blocks the reader keeps that Readability left out
 * go into the article after the text they followed on the page. Returns their text.
 */
function putBackKept(doc: Document, root: Element, never: readonly BlockRule[], output: string): string {
  if (!never.length || !doc.body) return '';
  let added = '';
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  let n = walker.nextNode() as Element | null;
  while (n) {
    const el = n;
    const text = !el.localName.startsWith('gloss-') && never.some((r) => matchesRule(el, r)) ? normText(el.textContent ?? '') : '';
    if (text && !output.includes(text)) {
      const at = anchorElement(root, anchorInPage(el, output));
      const copy = root.ownerDocument.importNode(el, true);
      if (at) at.after(copy); else root.prepend(copy);
      added += ` ${text}`;
      // Past this block: what is inside it came back with it.
      n = null;
      for (let up: Element | null = el; up && up !== doc.body; up = up.parentElement) {
        if (up.nextElementSibling) { n = up.nextElementSibling; break; }
      }
      if (n) walker.currentNode = n;
      continue;
    }
    n = walker.nextNode() as Element | null;
  }
  return added;
}

/** A copy of the page with the declutter rules' blocks marked. Marked before a second
 *  reading narrows or flattens the copy: flattening drops the wrappers (a teaser list's,
 *  a sign-up box's) whose structure is the evidence, and the marks stay on what it keeps. */
function markedClone(doc: Document, site: SiteBlocks): Document {
  const clone = cloneForParsing(doc);
  markClutter(clone, site.rules, site.keep);
  return clone;
}

function parse(clone: Document | null) {
  if (!clone) return null;
  resolveLazyMedia(clone);
  protectHeadings(clone);
  const parsed = new Readability<Element>(clone, { keepClasses: true, serializer: (node) => node as Element }).parse();
  if (parsed?.content) restoreHeadings(parsed.content);
  return parsed?.content ? { ...parsed, content: parsed.content, kept: normText(parsed.content.textContent ?? '') } : null;
}
type Parsed = ReturnType<typeof parse>;

/** The second reading when it keeps more than `gain` times the first's text. The whole
 *  page's title and byline stand: the second copy may have lost their blocks. */
function preferred(first: Parsed, second: Parsed, gain: number): Parsed {
  if (!second || second.kept.length <= (first?.kept.length ?? 0) * gain) return first;
  return { ...second, title: first?.title || second.title, byline: second.byline || first?.byline || null };
}

function extract(doc: Document, url: URL, container?: Element, blocks: readonly BlockRule[] = []): Extraction {
  const site = siteBlocks(blocks);
  const failed = (f: ExtractFailure): Extraction => ({ result: f, removedByReadability: NOTHING_MORE });
  // A parsed document (DOMParser, jsdom's createHTMLDocument) has no window of its own.
  const win = doc.defaultView ?? (globalThis as { window?: Window }).window;
  if (!win) return failed(fail('error', 'no window to sanitize with'));
  let parsed = parse(markedClone(doc, site));
  lapReaderWork('extraction');
  // Readability kept a block that misses the body detection found (second-opinion.ts)…
  if (container && missesBody(parsed?.kept ?? '', container)) {
    parsed = preferred(parsed, parse(narrowedTo(markedClone(doc, site), container)), 1);
  }
  // …or one section of an article a page builder split into blocks (prose-root.ts).
  const prose = proseRoot(doc);
  if (prose && missesProse(parsed?.content ?? null, prose)) {
    parsed = preferred(parsed, parse(flattenedTo(markedClone(doc, site), prose.root)), GAIN_TO_SWITCH);
  }
  if (!parsed) return failed(fail('not-article'));
  const root = parsed.content;

  const siteName = parsed.siteName?.trim() || null;
  const pageTitle = cleanTitle(parsed.title?.trim() || doc.title.trim() || url.hostname, siteName);
  let kept = parsed.kept + putBackKept(doc, root, site.never, parsed.kept);
  // The other posts of a thread whose one post Readability kept (sibling-posts.ts).
  kept += addSiblingPosts(doc, root, kept, prose);
  // An opening paragraph in a block of its own, left out of a pick that holds the rest (missed-prose.ts).
  kept += putBackMissedProse(root, kept, prose);
  // The standfirst under the headline and the pictures with captions Readability left out
  // (article-head.ts, standfirst.ts, missed-figures.ts).
  const head = articleHead(doc, pageTitle, kept);
  // The headline as the page shows it is the title (article-head.ts).
  const title = headlineTitle(head, pageTitle);
  const standfirst = putBackStandfirst(root, head, kept, title);
  if (standfirst) kept += ` ${normText(standfirst.textContent ?? '')}`;
  // Else the head's own lead sentences: a product's or a service's line under its headline (head-lead.ts).
  else kept += putBackLeadLines(root, head ?? soleHeadlineHead(doc, kept), kept, title);
  kept += normText(putBackFigures(root, doc, head, kept, standfirst ? [standfirst] : []));
  // The short parts of list items the article kept: a roundup entry's facts (item-parts.ts).
  kept += normText(putBackItemParts(root, doc, kept));
  // After Readability, which judges a block by its paragraphs: a caption turned into a
  // figcaption before it could tip a picture's block out of the article.
  captionFigures(root);
  lapReaderWork('second readings');
  // "Restore" asks for a removed block's HTML only when the reader restores it.
  const restoreHtml = (els: Element[]) => {
    const copies = els.map((e) => e.cloneNode(true) as Element);
    for (const c of copies) for (const e of [c, ...c.querySelectorAll('[data-gloss-rule]')]) e.removeAttribute('data-gloss-rule'), e.removeAttribute('data-gloss-block');
    return sanitizeHtml(copies.map((c) => c.outerHTML).join(''), win);
  };
  const byRules = [...declutter(root, site.rules, {
    ...(site.keep ? { keep: site.keep } : {}),
    restore: (els, after) => () => ({ html: restoreHtml(els), after }),
  }), ...dropRepeats(root)];
  keepRawText(root);
  const body = sanitizeChildren(root, win);
  wrapTables(body);
  anchorHeadings(body);
  markPrintedLinks(body, url);
  const text = blockText(body);
  lapReaderWork('declutter and sanitize');
  if (text.length < TOO_SHORT_CHARS) return failed(fail('too-short'));
  let html: string | undefined;

  return {
    result: {
      ok: true,
      title,
      byline: parsed.byline?.trim() || null,
      siteName,
      published: isoDate(parsed.publishedTime) ?? statedDate(doc),
      lang: parsed.lang || doc.documentElement.lang || null,
      dir: textDirection(parsed.dir || doc.documentElement.dir || doc.body?.dir, text),
      body,
      get html() { return (html ??= body.innerHTML); },
      text,
      removed: dedupe(byRules),
      readingMinutes: readingMinutes(text),
    },
    removedByReadability: () => dedupe([...removedByReadability(doc, kept, normText(title),
      (el) => () => ({ html: restoreHtml([el]), after: anchorInPage(el, kept) })), ...byRules]),
  };
}

/** Never throws: any failure, Readability's included, becomes a clear ExtractFailure.
 *  `container` is detection's article container, when known: a second opinion (second-opinion.ts).
 *  `removed` here is complete (`gloss clean`, eval); the view uses extractForView. */
export function extractArticle(doc: Document, url: URL, container?: Element, blocks: readonly BlockRule[] = []): ExtractResult {
  const { result, removedByReadability: all } = extractForView(doc, url, container, blocks);
  return result.ok ? { ...result, removed: all() } : result;
}

/** The same, with `result.removed` holding only what Gloss's rules removed until
 *  `removedByReadability()` is asked for the whole list. Never throws either. */
export function extractForView(doc: Document, url: URL, container?: Element, blocks: readonly BlockRule[] = []): Extraction {
  try {
    const extraction = extract(doc, url, container, blocks);
    const { removedByReadability: all } = extraction;
    return {
      result: extraction.result,
      removedByReadability: () => {
        try {
          return all();
        } catch {
          // The list is a courtesy: if the page cannot be read again, what the rules removed stands.
          return extraction.result.ok ? extraction.result.removed : [];
        }
      },
    };
  } catch (e) {
    return { result: fail('error', e instanceof Error ? e.message : String(e)), removedByReadability: NOTHING_MORE };
  }
}
