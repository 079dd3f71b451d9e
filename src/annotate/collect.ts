/**
 * Reads the text Gloss may annotate under a root, block by block, with a map from each
 * character back to its text node. Never inside form fields, editable regions, code,
 * scripts, SVG/MathML, hidden elements or Gloss's own UI. Resumable, so a huge page is
 * read in slices of idle time.
 */
import { BLOCK_BREAK } from '../matcher/normalize';
import { MARK_BUDGET } from './budget';

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE', 'NAV', 'FORM',
]);
const BLOCK_TAGS = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'TH', 'DD', 'DT', 'FIGCAPTION',
  'CAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'BODY', 'ADDRESS',
  'SUMMARY', 'DETAILS', 'FIGURE', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'HTML',
]);

/** Elements whose subtree is Gloss's own (card host, reader host). */
export const GLOSS_TAG_PREFIX = 'GLOSS-';

/** Share and follow rows ("Facebook · X · Email"): network names there are buttons, not the story's names. */
const WIDGET = /(?:^|[\s_-])(?:share|sharing|sharedaddy|social|follow-us)(?:$|[\s_-])/i;

export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag.startsWith(GLOSS_TAG_PREFIX)) return true;
  const marker = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  if (marker.length > 1 && WIDGET.test(marker)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' && tag !== 'BODY') return true;
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') return true;
  return false;
}

export interface Segment {
  /** Offset of the node's first character in the collected text. */
  at: number;
  node: Text;
  /** The node's length when read: the page may change it later. */
  len: number;
}

export interface Collected {
  text: string;
  segments: Segment[];
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/**
 * A reader that walks `root` a slice at a time: `step(deadline)` returns true when done.
 * `deadline()` says whether the current slice's time is up.
 */
export function createCollector(root: Element | ShadowRoot) {
  const doc = (root as Node).ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.nodeType === Node.ELEMENT_NODE
      ? (isSkipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP)
      : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let lastNode: Text | null = null;
  const visible = new WeakMap<Node, boolean>();

  const isVisible = (block: Node): boolean => {
    let v = visible.get(block);
    if (v === undefined) {
      const el = block as Element;
      v = typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
      visible.set(block, v);
    }
    return v;
  };

  const push = (s: string) => { parts.push(s); length += s.length; };

  return {
    step(timeUp: () => boolean): boolean {
      let n: Node | null;
      let count = 0;
      while ((n = walker.nextNode())) {
        const text = n as Text;
        const value = text.data;
        // A giant text node (a pasted transcript) is left unread: one mark in it repaints it all.
        if (value.length && value.length <= MARK_BUDGET.textNodeChars && /\S/.test(value)) {
          const block = blockOf(text, root);
          if (isVisible(block)) {
            if (lastBlock && block !== lastBlock) push(BLOCK_BREAK);
            // A <br> or block edge between two nodes of one block reads as a space.
            else if (lastNode && text.previousSibling && text.previousSibling.nodeName === 'BR') push(' ');
            segments.push({ at: length, node: text, len: value.length });
            push(value);
            lastBlock = block;
            lastNode = text;
          }
        }
        if (++count % 64 === 0 && timeUp()) return false;
      }
      return true;
    },
    result(): Collected {
      return { text: parts.join(''), segments };
    },
  };
}

/** Binary search: the segment holding character `offset`. */
export function segmentAt(segments: readonly Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.at) hi = mid - 1;
    else if (offset >= s.at + s.len) lo = mid + 1;
    else return s;
  }
  return undefined;
}
