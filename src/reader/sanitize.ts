/**
 * DOMPurify at the boundary where page HTML becomes Gloss UI: Readability extracts, it
 * does not sanitize. Runs against the page's own window, so it works the same in the
 * content script and under jsdom (`gloss clean`, eval).
 */
import createDOMPurify from 'dompurify';

const CONFIG = {
  USE_PROFILES: { html: true },
  // No embedded documents or forms in the view, nothing that plays or styles itself;
  // class and style belong to the page's CSS, which the view does not load. <main> is
  // unwrapped (its content kept): the page under the view already has its main landmark.
  FORBID_TAGS: ['main', 'style', 'link', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame',
    'object', 'embed', 'dialog', 'template', 'slot'],
  FORBID_ATTR: ['style', 'class', 'autoplay', 'tabindex', 'contenteditable', 'accesskey', 'draggable'],
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

/** One DOMPurify per window, reused: configs are passed per call and no hook is added. */
export function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifiers.set(win, p);
  }
  return p;
}

/**
 * `root`'s children, sanitized, as the body of an inert document. Handing DOMPurify
 * nodes rather than HTML saves serialising the whole article and parsing it again here;
 * `root` is left empty.
 */
export function sanitizeChildren(root: Element, win: Window): HTMLElement {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) throw new Error('this browser cannot sanitize HTML');
  const fragment = root.ownerDocument.createDocumentFragment();
  while (root.firstChild) fragment.appendChild(root.firstChild);
  return purifier.sanitize(fragment, { ...CONFIG, RETURN_DOM: true }) as HTMLElement;
}

/**
 * Obsolete raw-text elements (<xmp>, <listing>, <plaintext>) still carry code on some
 * sites; DOMPurify drops them with their text, so their text becomes plain preformatted
 * text first (fixture `xmp-code`).
 */
export function keepRawText(root: Element): void {
  for (const el of root.querySelectorAll('xmp, listing, plaintext')) {
    const text = el.ownerDocument.createTextNode(el.textContent ?? '');
    if (el.closest('pre')) {
      el.replaceWith(text);
    } else {
      const pre = el.ownerDocument.createElement('pre');
      pre.append(text);
      el.replaceWith(pre);
    }
  }
}

/** One removed block's HTML, sanitized like the article, as HTML for "Restore" (issue #15). */
export function sanitizeHtml(html: string, win: Window): string {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) return '';
  return String(purifier.sanitize(html, CONFIG));
}
