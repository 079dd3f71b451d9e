/**
 * Pictures a page loads lazily, made real in the copy clean mode parses (issue #15, part 4).
 * Sites keep the address in `data-src`, `data-srcset`, `data-lazy-src`… and show a
 * placeholder until their script sees the picture scrolled in; the view runs no page
 * script, so without this it would show the placeholders. Readability fixes some of these,
 * but only for addresses ending .jpg, .png or .webp (not an SVG chart, not an image
 * service's address without one), and never a `<source>` or an image that exists only in
 * `<noscript>`. Pure over the copy: the page itself is never touched.
 */

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/** Files sites use as a stand-in while the real picture waits. */
const PLACEHOLDER_FILE = /(?:^|[/_-])(?:blank|spacer|placeholder|lazy|transparent|pixel|grey|gray|loading)[^/]*\.(?:gif|png|svg)(?:[?#]|$)/i;

const isPlaceholder = (value: string | null) => {
  const v = value?.trim() ?? '';
  return v === '' || v.startsWith('data:') || v === 'about:blank' || PLACEHOLDER_FILE.test(v);
};

function firstAttr(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  return null;
}

/** Moves the waiting address of an `<img>` or `<source>` into the attributes browsers read. */
function resolveElement(el: Element): void {
  const srcset = firstAttr(el, SRCSET_ATTRS);
  if (srcset && isPlaceholder(el.getAttribute('srcset'))) el.setAttribute('srcset', srcset);
  if (el.localName !== 'img') return;
  const src = firstAttr(el, SRC_ATTRS);
  // A lazy class marks a small blurred stand-in in src even when it is a real file.
  if (src && (isPlaceholder(el.getAttribute('src')) || /\blazy/i.test(el.getAttribute('class') ?? ''))) el.setAttribute('src', src);
  // A placeholder left in src while srcset holds the picture: browsers would pick srcset, but
  // a saved copy or a reader without srcset support would show the placeholder.
  else if (srcset && el.getAttribute('src')?.trim().startsWith('data:')) el.removeAttribute('src');
  // Lazy-loading libraries compute `sizes` themselves ("auto"); the view cannot.
  if (el.getAttribute('sizes') === 'auto' || (!el.hasAttribute('sizes') && el.getAttribute('data-sizes') === 'auto')) el.setAttribute('sizes', '100vw');
}

/** An image inside `<noscript>` (text in a page where scripts run, elements under jsdom), or null. */
function noscriptImage(noscript: Element): Element | null {
  const doc = noscript.ownerDocument;
  const html = noscript.children.length > 0 ? noscript.innerHTML : noscript.textContent ?? '';
  if (!/<img\b/i.test(html)) return null;
  // A template's content is inert: nothing loads or runs while it is looked at here.
  const template = doc.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  const images = content.querySelectorAll('img');
  if (images.length !== 1 || (content.textContent ?? '').trim() !== '') return null;
  const img = images[0]!;
  // Tracking pixels ride in <noscript> too: a picture is bigger than 2 × 2 and visible.
  const tiny = ['width', 'height'].some((a) => { const n = Number(img.getAttribute(a)); return img.hasAttribute(a) && n <= 2; });
  if (tiny || /display\s*:\s*none/i.test(img.getAttribute('style') ?? '')) return null;
  const picture = img.closest('picture');
  return doc.importNode(picture ?? img, true);
}

const hasSource = (img: Element) => ['src', 'srcset', ...SRC_ATTRS, ...SRCSET_ATTRS].some((a) => !!img.getAttribute(a)?.trim());

/** An image alone, possibly in boxes that hold nothing else (Readability's test, as it does it). */
function isSingleImage(el: Element): boolean {
  if (el.localName === 'img') return true;
  if (el.children.length !== 1 || (el.textContent ?? '').trim() !== '') return false;
  return isSingleImage(el.children[0]!);
}

/**
 * A `<noscript>` image takes the place of the stand-in just before it (a placeholder, or
 * a blurred preview in a box of its own, as Medium has), or stands on its own where the
 * page's script would have inserted it. Readability does the same, but reads the
 * `<noscript>` as markup, which it is only where scripts do not run (under jsdom).
 */
function unwrapNoscript(noscript: Element): void {
  const image = noscriptImage(noscript);
  if (!image) return;
  let before = noscript.previousElementSibling;
  // An <img> with no address at all is the slot the script would fill.
  while (before?.localName === 'img' && !hasSource(before)) {
    const slot = before;
    before = before.previousElementSibling;
    slot.remove();
  }
  if (before && isSingleImage(before)) before.remove();
  noscript.replaceWith(image);
}

export function resolveLazyMedia(root: Document | Element): void {
  for (const noscript of [...root.querySelectorAll('noscript')]) unwrapNoscript(noscript);
  for (const el of root.querySelectorAll('img, picture > source')) resolveElement(el);
}
