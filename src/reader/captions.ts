/**
 * Captions and credits that a page sets beside a picture rather than in a `<figure>`
 * (`<p class="image-caption">`, `<span class="photo-credit">` after the picture's box)
 * become the picture's `<figcaption>` in the article Readability kept (issue #15, part 4):
 * they then stay with the picture, in the view, in print and in a saved file, and go
 * with it when the reader hides pictures. Pure over the extracted article; the page is not touched.
 */

/** A caption's or credit's class or id: "caption", "wp-caption-text", "photo-credit", "credits". */
const CAPTION_NAME = /(?:^|[-_\s])(?:caption|credit)s?(?:[-_\s]|text|$)/i;
const MEDIA = 'img, picture, video';

export function isCaption(el: Element | null): el is Element {
  // The name first: this runs over every element with a class in the article.
  if (!el || !CAPTION_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  if (el.localName === 'figcaption' || el.closest('figure')) return false;
  const text = (el.textContent ?? '').trim();
  return text.length > 0 && text.length < 600 && !el.querySelector(MEDIA);
}

/** `el` is a picture, or a box (a link, a div) holding one picture and no text. */
export function holdsOnlyPicture(el: Element | null): el is Element {
  if (!el) return false;
  if (el.localName === 'img' || el.localName === 'picture') return true;
  if ((el.textContent ?? '').trim() !== '') return false;
  return [...el.querySelectorAll(MEDIA)].filter((m) => !m.parentElement?.closest('picture')).length === 1;
}

export function captionFigures(root: Document | Element): void {
  const doc = 'ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document);
  for (const caption of [...root.querySelectorAll('[class], [id]')]) {
    if (!root.contains(caption) || !isCaption(caption)) continue;
    const holder = caption.previousElementSibling;
    if (!holdsOnlyPicture(holder)) continue;
    const figure = doc.createElement('figure');
    const figcaption = doc.createElement('figcaption');
    holder.replaceWith(figure);
    // The picture's box goes in whole: it may be a link to the full-size picture.
    figure.append(holder, figcaption);
    // The caption, then a credit set after it: one figcaption.
    for (let next: Element | null = caption; isCaption(next); next = figure.nextElementSibling) {
      if (figcaption.childNodes.length) figcaption.append(' ');
      figcaption.append(...next.childNodes);
      next.remove();
    }
  }
}

/** A <figure> in `doc` made of copies of `picture` and of `caption`'s content: a picture
 *  and its caption the page set as two boxes, as one figure. */
export function figureOf(picture: Element, caption: Element, doc: Document): Element {
  const figure = doc.createElement('figure');
  const figcaption = doc.createElement('figcaption');
  figcaption.append(...[...caption.childNodes].map((n) => doc.importNode(n, true)));
  figure.append(doc.importNode(picture, true), figcaption);
  return figure;
}
