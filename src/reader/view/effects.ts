/**
 * The view's DOM effects on the page, each undone by its AbortSignal or return value:
 * stylesheets adopted without adding nodes, keyboard handling and a focus trap, so a
 * modal view behaves like one without marking the page `inert` (which would change it).
 */

/** Parsing the view's styles took about 1 ms per open: each text is parsed once per page. */
const sheets = new Map<string, CSSStyleSheet>();

/** Adopts `css` into a document or shadow root; the returned function removes it. */
export function adoptCss(target: Document | ShadowRoot, css: string): () => void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    const adopted = sheet;
    return () => { target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== adopted); };
  } catch {
    // Constructable stylesheets missing: inside our own shadow root a <style> will do;
    // in the page's document we add nothing (print then shows the page too).
    if (!(target instanceof ShadowRoot)) return () => undefined;
    const style = target.ownerDocument.createElement('style');
    style.textContent = css;
    target.append(style);
    return () => style.remove();
  }
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The view's controls, then its article (light DOM in the slot that ends the view: ADR 3). */
function focusables(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE), ...root.host.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((el) => el.getClientRects().length > 0);
}

/** Whether `b` comes after `a` in the view: the shadow root's controls first, then the
 *  article in the host's light DOM, whose slot ends the view. */
function follows(root: ShadowRoot, a: Element, b: Element): boolean {
  const light = (el: Element) => root.host !== el && root.host.contains(el);
  if (light(a) !== light(b)) return light(b);
  return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** A Gloss element in the page (the reading view's host, a hover card) or inside one (the
 *  view's article): focus may go there. */
const isGloss = (n: EventTarget | null) => n instanceof Element
  && (n.localName.startsWith('gloss-') || !!n.closest('gloss-reader'));

export interface KeyOptions {
  host: HTMLElement;
  root: ShadowRoot;
  signal: AbortSignal;
  /** Where focus goes when it would leave the view. */
  home(): HTMLElement | null;
  close(): void;
}

/**
 * Escape closes (unless it is closing a hover card first), Tab cycles inside the view,
 * and keys typed in the view do not reach the page's own shortcuts.
 */
export function manageKeys({ host, root, signal, home, close }: KeyOptions): void {
  const doc = host.ownerDocument;
  const win = doc.defaultView ?? window;
  // Cards close on Escape in a document capture listener, before this view sees the key:
  // remember at the window (earlier still) whether one was open.
  let cardWasOpen = false;
  win.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') cardWasOpen = !!doc.querySelector('gloss-card');
  }, { capture: true, signal });

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      if (cardWasOpen || e.defaultPrevented) return;
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    if (e.key === 'Tab') {
      const list = focusables(root);
      const active = root.activeElement ?? (host.contains(doc.activeElement) && doc.activeElement !== host ? doc.activeElement : null);
      if (!list.length) return;
      // At either end (or from a spot between controls, such as the article itself), wrap around.
      const wrap = !active || (e.shiftKey ? !list.some((el) => follows(root, el, active)) : !list.some((el) => follows(root, active, el)));
      if (wrap) {
        e.preventDefault();
        (e.shiftKey ? list[list.length - 1]! : list[0]!).focus();
      }
    }
  };
  // Inside the view: stop here, before the page's document and window listeners.
  const stopHere = (e: Event) => e.stopPropagation();
  host.addEventListener('keydown', (e) => { onKey(e); if (e.key !== 'Escape' || !cardWasOpen) e.stopPropagation(); }, { signal });
  for (const type of ['keyup', 'keypress', 'wheel']) host.addEventListener(type, stopHere, { signal, passive: true });
  // Focus left on the page's body (a click on empty space): Escape still closes.
  doc.addEventListener('keydown', (e) => { if (e.target === doc.body || e.target === doc.documentElement) onKey(e); }, { signal });
  // Focus that reaches the page comes back to the article; a page that keeps pulling it
  // away (its own focus trap) wins after a few tries instead of a tug of war.
  let pulls: number[] = [];
  doc.addEventListener('focusin', (e) => {
    if (isGloss(e.target)) return;
    const now = performance.now();
    pulls = pulls.filter((t) => now - t < 1000);
    if (pulls.push(now) > 3) return;
    home()?.focus({ preventScroll: true });
  }, { signal });
}
