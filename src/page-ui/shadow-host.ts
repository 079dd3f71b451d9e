/**
 * A host element for Gloss UI in the page: a shadow root page CSS cannot reach, and
 * inline !important styles so hostile page rules (`* { display: none !important }`)
 * cannot hide or move the host. Created on demand, removed completely by `remove()`.
 */
import { popoverSupported } from '../platform/capabilities';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

const HOST_STYLE = [
  'all: initial !important',
  'display: block !important',
  'position: static !important',
  'contain: none !important',
].join(';');

/**
 * Text spacing is the exception to `all: initial !important`: set without priority, the
 * page's ordinary rules still do not reach it, but !important ones do, and a reader's
 * text-spacing style sheet (WCAG 1.4.12) is one: its spacing now inherits into Gloss's UI.
 * A page that forces spacing on every element reaches it too: a look, never a hidden host.
 * (axe: avoid-inline-spacing.)
 */
const TEXT_SPACING = ['letter-spacing', 'word-spacing', 'line-height'];

/**
 * Puts the host in the top layer as a manual popover: above any z-index, and positioned
 * against the viewport even when the page transforms or filters <html> (a transform or
 * filter there turns "position: fixed" into "fixed to the page", which left clean mode
 * short of the viewport and cards misplaced: issue #8,
 * tests/fixtures/hostile/css-that-targets-everything-on-the-page.html). Where popovers are
 * missing the host stays where it is, still on top by z-index and document order.
 */
function showInTopLayer(host: HTMLElement): void {
  if (!host.hasAttribute('popover')) return;
  try {
    host.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
}

/**
 * `inBody`: the reading view's host goes at the end of <body>, where page translators and
 * highlighters look for text (most walk `document.body`; Firefox's own translations
 * observe it): its article is light DOM there (docs/adr/0003-reader-article-in-light-dom.md).
 * Cards and panels hold no text of the page's and stay under <html>.
 */
export function createShadowHost(tag: string, css: string, doc: Document = document, inBody = false,
  /** Fills the host before it enters the page: the page then sees one addition. */
  prepare?: (host: HTMLElement, root: ShadowRoot) => void): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('style', HOST_STYLE);
  for (const p of TEXT_SPACING) host.style.setProperty(p, 'normal');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  // Set before the host enters the page, so the page sees one addition and no attribute change.
  if (popoverSupported(host)) host.setAttribute('popover', 'manual');
  prepare?.(host, root);
  (inBody && doc.body ? doc.body : doc.documentElement).append(host);
  showInTopLayer(host);
  return {
    host,
    root,
    remove: () => host.remove(),
  };
}
