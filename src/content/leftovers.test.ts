// What an earlier Gloss left in a page is cleared when a new one starts (issue #8), and
// nothing of the page's own is touched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearLeftovers } from './leftovers';
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_NAME, MARK_CSS } from '../annotate/mark-css';

/** jsdom has neither constructable-sheet adoption nor highlights: small stand-ins that record. */
class Sheet { constructor(readonly cssRules: { cssText: string }[]) {} }
const sheet = (...rules: string[]) => new Sheet(rules.map((cssText) => ({ cssText }))) as unknown as CSSStyleSheet;

describe('clearLeftovers', () => {
  let registry: Map<string, unknown>;
  beforeEach(() => {
    registry = new Map([[HIGHLIGHT_NAME, {}], [HIGHLIGHT_ACTIVE, {}], ['page-own', {}]]);
    vi.stubGlobal('CSS', { highlights: registry });
    document.documentElement.innerHTML = '<head></head><body><p>page</p><gloss-card>inside the body is not ours</gloss-card></body>';
  });
  afterEach(() => { vi.unstubAllGlobals(); });

  it('copes with a document whose script removed its root element', () => {
    const bare = document.implementation.createHTMLDocument('x');
    bare.documentElement.remove();
    expect(bare.documentElement).toBeNull();
    expect(() => clearLeftovers(bare)).not.toThrow();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('removes old hosts, the old mark sheet and highlights, and keeps the page\'s own', () => {
    const own = sheet('p { color: red; }');
    const marks = sheet(...MARK_CSS.trim().split('\n').map((r) => r.replace(/\s*\{.*$/, ' { color: red; }')));
    document.documentElement.append(document.createElement('gloss-card'), document.createElement('gloss-reader'));
    const print = sheet('@media print { body { display: none !important; } }');
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [own, marks, print], writable: true, configurable: true });

    clearLeftovers(document);
    expect([...document.documentElement.children].map((e) => e.localName)).toEqual(['head', 'body']);
    expect(document.body.querySelector('gloss-card')).not.toBeNull();
    expect(document.adoptedStyleSheets).toEqual([own]);
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('removes a reading view left at the end of <body>, with its print and article sheets', () => {
    const own = sheet('p { color: red; }');
    document.body.append(document.createElement('gloss-reader'));
    const print = sheet('@media print { body > :not(gloss-reader) { display: none !important; } }');
    const article = sheet('gloss-reader:is(#gloss-reader#gloss-reader#gloss-reader#gloss-reader, *) > [slot="article"] { all: revert !important; }', 'x { }');
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [print, own, article], writable: true, configurable: true });
    clearLeftovers(document);
    expect(document.body.querySelector('gloss-reader')).toBeNull();
    expect(document.body.querySelector('gloss-card')).not.toBeNull();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('keeps a print rule like the reading view\'s when no reading view was left behind', () => {
    const print = sheet('@media print { body { display: none !important; } }');
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [print], writable: true, configurable: true });
    clearLeftovers(document);
    expect(document.adoptedStyleSheets).toEqual([print]);
  });
});
