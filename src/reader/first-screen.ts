/**
 * The beginning of a long article, painted before the rest on a very large page (issue
 * #14, item 4): the blocks that fill about the first screens, inside the same wrappers,
 * so the reader sees text while the rest is parsed into the view.
 */

/**
 * The HTML of `body` cut after the first blocks holding `chars` characters of text, or
 * null when the whole body is about that short (nothing to gain by cutting). Wrappers with
 * a single element child are followed down, so one outer <div> does not count as one block.
 */
export function firstScreenHtml(body: Element, chars: number): string | null {
  let outer: Element = body;
  const chain: Element[] = [];
  while (outer.childElementCount === 1 && (outer.textContent ?? '').trim() === (outer.firstElementChild!.textContent ?? '').trim()) {
    outer = outer.firstElementChild!;
    chain.push(outer);
  }
  let taken = 0;
  let cut = 0;
  const kids = [...outer.childNodes];
  while (cut < kids.length && taken < chars) taken += (kids[cut++]!.textContent ?? '').length;
  if (cut >= kids.length) return null;
  // The same wrappers, shallow, around the first blocks.
  const doc = body.ownerDocument;
  const top = doc.createElement('div');
  let into: Element = top;
  for (const w of chain) into = into.appendChild(w.cloneNode(false) as Element);
  for (const k of kids.slice(0, cut)) into.appendChild(k.cloneNode(true));
  return top.innerHTML;
}
