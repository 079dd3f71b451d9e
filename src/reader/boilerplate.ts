/**
 * What Readability dropped, in reader words (issue #3, part 3). Readability does not say
 * what it removed, so the original page's recognisable boilerplate blocks (navigation,
 * share rows, comment forms, cookie banners, …) are classified, and those whose text is
 * absent from Readability's output are reported. Reads the page; changes nothing.
 * One walk with plain string tests: it runs on the live page when clean mode opens.
 */
import type { RemovedItem } from './extract-types';
import { blockText, normText } from './text';
import { sampleOf } from './sample';
import { classAndId, linkDensity } from './declutter';
import { DECLUTTER_RULES } from './declutter-rules';
import { describeBlock } from './block-rules';

interface Kind {
  label: string;
  tags?: readonly string[];
  roles?: readonly string[];
  /** Tested on "class id", lower-cased. */
  classOrId?: RegExp;
}

/** First match wins, so specific kinds come before general ones. */
const KINDS: readonly Kind[] = [
  { label: 'Exit mobile version link', classOrId: /\bamp-mobile-version-switcher\b/ },
  { label: 'cookie banner', classOrId: /cookie|consent|gdpr/ },
  { label: 'comment form', classOrId: /(^|\s)(respond|commentform|comment-respond|comment-form)(\s|$)/ },
  { label: 'comments', classOrId: /(^|\s)(comments|comments-area|comment-list|disqus_thread)(\s|$)/ },
  { label: 'share row', classOrId: /share|social|a2a_kit/ },
  { label: 'newsletter box', classOrId: /newsletter|subscribe|signup/ },
  { label: 'related posts', classOrId: /related|recommend/ },
  { label: 'site navigation', tags: ['nav'], roles: ['navigation'], classOrId: /breadcrumb|menu/ },
  { label: 'site header', tags: ['header'], roles: ['banner'] },
  { label: 'sidebar', tags: ['aside'], roles: ['complementary'], classOrId: /sidebar|widget/ },
  { label: 'site footer', tags: ['footer'], roles: ['contentinfo'], classOrId: /footer/ },
  { label: 'disclosure', classOrId: /disclos|disclaimer/ },
  { label: 'advertisement', tags: ['ins'], classOrId: /(^|[\s_-])(ad|ads|advert\w*|adsbygoogle|google_ads\w*)([\s_-]|$)/ },
];

/** Every label this list can give (kinds, and what labelOf and skip links turn them into). */
export const BOILERPLATE_LABELS: readonly string[] = [...new Set([...KINDS.map((k) => k.label), 'comment form', 'site navigation', 'skip link'])];

/** Containers bigger than this are page structure, not one piece of boilerplate. */
const MAX_BLOCK_CHARS = 3000;
/** A paragraph this long found in the output means the block was (partly) kept. */
const KEPT_PARAGRAPH_CHARS = 60;
const SKIP = /^(script|style|noscript|template|svg|head|title|iframe)$/;
const TEXT_RULES = DECLUTTER_RULES.filter((r) => r.text && !r.classOrId);

function kindOf(el: Element): Kind | undefined {
  const tag = el.localName;
  const role = el.getAttribute('role') ?? '';
  const ci = classAndId(el);
  return KINDS.find((k) => k.tags?.includes(tag) || (role && k.roles?.includes(role)) || (ci.length > 1 && k.classOrId?.test(ci)));
}

function labelOf(el: Element, kind: Kind, title: string): string | null {
  // The article's own header holds its title, which the view shows above the text.
  if (kind.label === 'site header' && (el.closest('article, main, [role="main"]')
    || (title && normText(el.textContent ?? '').includes(title)))) return null;
  // A comments area that holds only the reply form ("Leave A Reply") is a comment form.
  if (kind.label === 'comments' && !el.querySelector('.comment-list, .commentlist, .comment-body, article')) return 'comment form';
  // A short strip of links marked complementary ("Weather · Live Markets") is navigation.
  if (kind.label === 'sidebar' && el.localName !== 'aside' && !el.querySelector('h1, h2, h3, h4')
    && normText(el.textContent ?? '').length < 200 && linkDensity(el) > 0.3) return 'site navigation';
  return kind.label;
}

function keptIn(el: Element, text: string, output: string): boolean {
  if (output.includes(text)) return true;
  for (const p of el.querySelectorAll('p, li, h2, h3, blockquote')) {
    const t = normText(p.textContent ?? '');
    if (t.length >= KEPT_PARAGRAPH_CHARS && output.includes(t)) return true;
  }
  return false;
}

/** A skip link ("Skip to content") is told by its words and its in-page target. */
function isSkipLink(el: Element): boolean {
  return el.localName === 'a' && (el.getAttribute('href') ?? '').startsWith('#')
    && /^(skip|jump) to\b/i.test((el.textContent ?? '').trim());
}

/**
 * Boilerplate blocks of `doc` whose text is not in `output` (Readability's text, normalised
 * with normText), outermost only: a removed header's menu is not listed again. Lone
 * clutter lines ("Share this article") outside those blocks are listed too. `title`
 * (normalised) keeps the article's own header off the list.
 */
export function removedByReadability(doc: Document, output: string, title = '',
  restorable?: (el: Element) => RemovedItem['restore']): RemovedItem[] {
  const items: RemovedItem[] = [];
  const seen = new Set<string>();
  const add = (label: string, sample: string, el: Element | null) => {
    const key = `${label}|${sample}`;
    if (seen.has(key)) return;
    seen.add(key);
    const restore = el ? restorable?.(el) : undefined;
    items.push({ label, sample, by: 'readability', ...(el ? { block: describeBlock(el) } : {}), ...(restore ? { restore } : {}) });
  };
  if (!doc.body) return items;
  const walker = doc.createTreeWalker(doc.body, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let n: Node | null = walker.nextNode();
  /** Moves past the current node's subtree. */
  const skipSubtree = (): Node | null => {
    for (let at: Node | null = walker.currentNode; at && at !== doc.body; at = walker.parentNode()) {
      const next = walker.nextSibling();
      if (next) return next;
    }
    return null;
  };
  while (n) {
    if (n.nodeType === 3) {
      const text = n.nodeValue?.replace(/\s+/g, ' ').trim() ?? '';
      const rule = text.length >= 2 && text.length <= 100 ? TEXT_RULES.find((r) => r.text!.test(text) && text.length <= r.maxChars) : undefined;
      if (rule && !output.includes(normText(text))) add(rule.label, sampleOf(text), n.parentElement);
      n = walker.nextNode();
      continue;
    }
    const el = n as Element;
    if (SKIP.test(el.localName) || el.localName.startsWith('gloss-')) { n = skipSubtree(); continue; }
    const kind = isSkipLink(el) ? { label: 'skip link' } : kindOf(el);
    const label = kind ? labelOf(el, kind, title) : null;
    if (label) {
      const text = normText(el.textContent ?? '');
      if (text.length >= 2 && text.length <= MAX_BLOCK_CHARS && !keptIn(el, text, output)) {
        add(label, sampleOf(blockText(el).split('\n').join(' · ')), el);
        n = skipSubtree();
        continue;
      }
    }
    n = walker.nextNode();
  }
  return items;
}
