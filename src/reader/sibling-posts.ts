/**
 * A discussion thread is a run of posts built alike (the same tag, the same first class), and
 * Readability keeps the body of the one post that scores best: the question without its
 * answers, or one reply of a thread (issue #14). When the text Readability kept is the
 * body of one such post, the bodies at the same place in its sibling posts are read too,
 * in page order. Only the body goes: names, dates and buttons around it stay out. Pure:
 * it reads the page and adds copies to the extraction's own output.
 */
import { collapsedTextLengths, normText } from './text';
import { proseKept, type ProseRoot } from './prose-root';

/** The kept body must be at least this long to say which post it came from. */
const MIN_BODY_CHARS = 80;
/** A body holding less than this share of what Readability kept is not the pick. */
const MIN_KEPT_SHARE = 0.5;
/** Levels looked up from the body for the post box that repeats: forum software nests a
 *  post's text ten boxes deep (post, inner, cell, main, content, user content, body, …). */
const MAX_POST_LEVELS = 12;
/** More posts than this is a page of posts, not a thread: the rest are not read. */
const MAX_POSTS = 60;
/** When Readability kept this share of the page's prose paragraphs, no thread is missing
 *  and the page is not read again: the common case, an article, costs no extra walk. */
const ALL_PROSE_SHARE = 0.9;

/** Whether `kept` holds nearly all of the page's prose paragraphs (prose-root.ts). */
function holdsAllProse(kept: string, found: ProseRoot | null): boolean {
  if (!found) return false;
  const { all, covered } = proseKept(found.all, (probe) => kept.includes(probe));
  return covered >= ALL_PROSE_SHARE * all;
}

/** An element's kind: its tag and first class name without numbers (post-1234 is post-).
 *  Later names mark states ("accepted-answer", "is-unread") that differ from post to post. */
function kind(el: Element): string {
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.localName}.${first.replace(/\d+/g, '')}`;
}

/** Characters by which a body's start and end are recognised in what Readability kept. */
const ENDS_CHARS = 60;
/** Readability's cleaning drops a few characters of a body (a zero-width space, a button's
 *  label): a body this much longer than what it kept is still the one it kept. */
const SLACK_CHARS = 40;

/** Whether `text` (a box's normalised text) is what `kept` holds, whole or but for a few
 *  characters inside it: its start and its end are both there. */
function keptWhole(text: string, kept: string): boolean {
  return kept.includes(text) || (kept.includes(text.slice(0, ENDS_CHARS)) && kept.includes(text.slice(-ENDS_CHARS)));
}

/** The page element whose whole text is the largest part of `kept`: the body Readability kept. */
function keptBody(doc: Document, kept: string): Element | null {
  if (!doc.body) return null;
  const lengths = collapsedTextLengths(doc.body);
  let best: Element | null = null;
  let bestLen = 0;
  for (const [el, len] of lengths) {
    if (len < MIN_BODY_CHARS || len < MIN_KEPT_SHARE * kept.length || len > kept.length + SLACK_CHARS || len <= bestLen) continue;
    if (el.closest('script, style, noscript, template')) continue;
    const text = normText(el.textContent ?? '');
    if (text.length >= MIN_BODY_CHARS && keptWhole(text, kept)) { best = el; bestLen = len; }
  }
  return best;
}

const FIELDS = 'input:not([type="hidden"]), select, textarea';

/** Boxes that repeat as posts without a class of their own. */
const BARE_POSTS = new Set(['article', 'li', 'tr']);

/** Runs of boxes built alike that are no thread: footnotes, legal small print. */
const NOT_A_THREAD = /footnote|legal|disclaim|disclos|(^|[\s_-])terms|cookie|consent/;

function inSmallPrint(el: Element): boolean {
  for (let e: Element | null = el; e && e !== e.ownerDocument.body; e = e.parentElement) {
    if (NOT_A_THREAD.test(`${e.getAttribute('class') ?? ''} ${e.id}`.toLowerCase())) return true;
  }
  return false;
}

/** The post around `body`: the nearest box with siblings of its own kind that hold a body
 *  at the same place. A bare <div> among bare <div>s says nothing: page builders and
 *  scripts nest them by the dozen. Boxes alike that hold no such body are a post's own
 *  columns (the author's cell beside the message's, both "message-cell"): the walk goes on up. */
function postOf(body: Element): { post: Element; path: string[]; nested: Element | null } | null {
  const path: string[] = [];
  for (let el: Element = body, level = 0; el.parentElement && level < MAX_POST_LEVELS; el = el.parentElement, level++) {
    const parent = el.parentElement;
    if (parent === el.ownerDocument.body) return null;
    const own = kind(el);
    const named = own.length > el.localName.length + 1 || BARE_POSTS.has(el.localName);
    if (named && [...parent.children].some((s) => s !== el && kind(s) === own && follow(s, path))) return { post: el, path, nested: null };
    const above = named ? repliedTo(el, path) : null;
    if (above) return { post: el, path, nested: above };
    path.unshift(own);
  }
  return null;
}

/** Replies nested inside the post they answer (a comment tree): the outermost box of
 *  `post`'s kind around it that holds a body at the same place, when there is one. A
 *  reply sits in a list of replies beside its parent's body, never in that body, and a
 *  body holds no post: boxes named alike at every level (utility class names such as
 *  "flex") are layout, not a tree. */
function repliedTo(post: Element, path: readonly string[]): Element | null {
  const own = kind(post);
  const body = follow(post, path);
  if (!body || holdsKind(body, own)) return null;
  let top: Element | null = null;
  for (let up = post.parentElement; up && up !== post.ownerDocument.body; up = up.parentElement) {
    if (kind(up) !== own) continue;
    const theirs = follow(up, path);
    if (!theirs || theirs.contains(post) || post.parentElement === up || holdsKind(theirs, own)) return top;
    top = up;
  }
  return top;
}

function holdsKind(el: Element, own: string): boolean {
  return [...el.querySelectorAll(own.slice(0, own.indexOf('.')))].some((e) => kind(e) === own);
}

/** The posts of the thread around `post`: its siblings of its kind, or, in a comment
 *  tree, every box of its kind beside and under the top one, in page order. */
function threadPosts(post: Element, nested: Element | null): Element[] {
  const own = kind(post);
  const scope = (nested ?? post).parentElement!;
  const all = nested ? [...scope.querySelectorAll(post.localName)] : [...scope.children];
  return all.filter((s) => kind(s) === own).slice(0, MAX_POSTS);
}

/** The element at `path` (kinds, from the post down) in `post`, when there is one. Boxes
 *  of one kind side by side (a post's author cell and its message cell) are each tried. */
function follow(post: Element, path: readonly string[], from = 0): Element | null {
  if (from === path.length) return post;
  for (const c of post.children) {
    const found = kind(c) === path[from] ? follow(c, path, from + 1) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Copies into `out` the bodies of the posts beside the one whose body `kept` (Readability's
 * normalised text) holds, earlier posts first and later ones last. Returns their text.
 * `prose`: the page's prose, when prose-root.ts found enough of it.
 */
export function addSiblingPosts(doc: Document, out: Element, kept: string, prose: ProseRoot | null = null): string {
  if (holdsAllProse(kept, prose)) return '';
  const body = keptBody(doc, kept);
  const found = body && postOf(body);
  if (!found) return '';
  const { post, path, nested } = found;
  if (inSmallPrint(post)) return '';
  const posts = threadPosts(post, nested);
  let added = '';
  let before: Node | null = out.firstChild;
  let after = false;
  for (const sibling of posts) {
    if (sibling === post) { after = true; continue; }
    const other = follow(sibling, path);
    const text = other ? normText(other.textContent ?? '') : '';
    // A box holding form fields is a sign-up or contact form set beside the text, never a post's body.
    if (!other || !text || kept.includes(text) || added.includes(text) || other.querySelector(FIELDS)) continue;
    const copy = out.ownerDocument.importNode(other, true);
    if (after) out.append(copy); else out.insertBefore(copy, before);
    added += ` ${text}`;
  }
  return added;
}
