/**
 * Random DOM trees for property tests (issue #8): block and inline elements, the kinds
 * Gloss must never read (scripts, form fields, editable, hidden), RTL, and text made of
 * known names, whitespace oddities and noise. Built with DOM calls, not parsed, so trees
 * the HTML parser would repair (a <p> inside a <p>, a <td> in a <span>) occur too.
 */
import fc from 'fast-check';
import { compileIndex } from '../../../src/knowledge/compile';
import type { KbRecord } from '../../../src/knowledge/types';
import { buildLookup } from '../../../src/matcher/lookup';

export const NAMES = ['Qatar', 'Saudi Arabia', 'Saudi', 'Abraham Accords', 'Jared Kushner', 'Jordan', 'Amman', 'Gaza Strip', 'Gaza', 'القاهرة'];

const records: KbRecord[] = NAMES.map((name, i) => ({
  id: `e${i}`, name, type: 'place', description: 'd', background: 'b. c.', asOf: '2025-01', wikipedia: name,
  aliases: name === 'Jordan' ? [{ text: 'Jordan', ambiguous: true, context: ['Amman'] }]
    : name === 'Jared Kushner' ? [{ text: 'Kushner', surname: true }] : [],
}));
export const lookup = buildLookup(compileIndex(records));

export type Tree = { tag: string; attrs: [string, string][]; children: Tree[] } | { text: string };

/** Elements Gloss reads, and elements (or attributes) whose text it must never read. */
const READ_TAGS = ['div', 'p', 'span', 'b', 'i', 'a', 'em', 'h1', 'h2', 'li', 'ul', 'section', 'article', 'blockquote', 'td', 'figcaption', 'br'];
export const SKIPPED_TAGS = ['script', 'style', 'code', 'pre', 'textarea', 'template', 'noscript', 'button', 'nav', 'select', 'title'];
const ATTRS: fc.Arbitrary<[string, string]> = fc.constantFrom<[string, string]>(
  ['hidden', ''], ['aria-hidden', 'true'], ['contenteditable', 'true'], ['dir', 'rtl'], ['lang', 'ar'],
  ['class', 'x'], ['id', 'n1'], ['title', 'Qatar'], ['data-x', 'Saudi Arabia'],
);
/** Attributes that hide a subtree from Gloss. */
export const SKIPPING_ATTRS: [string, string][] = [['hidden', ''], ['aria-hidden', 'true'], ['contenteditable', 'true']];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES, 'Kushner', 'Kushner’s', 'the', 'and', 'Michael', 'In', 'visited') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\u00a0', '\n', '.', ', ', '-', '’s', '\u2029', '\u200b', '\t') },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

export const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t): Tree => ({ text: t })),
    fc.record({
      tag: fc.constantFrom(...READ_TAGS, ...READ_TAGS, ...SKIPPED_TAGS),
      attrs: fc.array(ATTRS, { maxLength: 2 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

/** Builds `t` under `parent` with DOM calls. */
export function build(t: Tree, parent: Node, doc: Document): void {
  if ('text' in t) { parent.appendChild(doc.createTextNode(t.text)); return; }
  const el = doc.createElement(t.tag);
  for (const [k, v] of t.attrs) el.setAttribute(k, v);
  // The test DOM runs scripts; a data block is a script element that never runs.
  if (t.tag === 'script') el.setAttribute('type', 'text/plain');
  // <template>'s children belong to its content fragment, as the parser would put them.
  const into = el instanceof doc.defaultView!.HTMLTemplateElement ? el.content : el;
  // Style text stays valid CSS (a comment) so the test DOM's parser stays quiet.
  if (t.tag === 'style') into.appendChild(doc.createTextNode(`/* ${t.children.map((c) => ('text' in c ? c.text : '')).join(' ').replace(/\*\//g, '')} */`));
  else if (t.tag !== 'br') for (const c of t.children) build(c, into, doc);
  parent.appendChild(el);
}

/** A fresh <main> root in the document holding a random forest. */
export function mount(forest: Tree[], doc: Document = document): HTMLElement {
  doc.body.replaceChildren();
  const root = doc.createElement('main');
  for (const t of forest) build(t, root, doc);
  doc.body.appendChild(root);
  return root;
}

/** Everything observable about a subtree's DOM: markup, and the text and data of every node. */
export function snapshot(root: Node): string {
  const parts: string[] = [(root as Element).outerHTML ?? ''];
  const walk = (n: Node) => {
    parts.push(`${n.nodeType}:${n.nodeName}:${n.nodeType === 3 ? (n as Text).data : ''}`);
    if (n instanceof Element) for (const a of n.attributes) parts.push(`@${a.name}=${a.value}`);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return parts.join('\u0001');
}

/** True when `node` sits under an element Gloss must not read. */
export function underSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (SKIPPED_TAGS.includes(el.localName)) return true;
    if (SKIPPING_ATTRS.some(([k, v]) => el.getAttribute(k) === v)) return true;
  }
  return false;
}
