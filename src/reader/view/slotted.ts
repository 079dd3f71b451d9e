/**
 * The view's article is light DOM projected through a <slot> (ADR 3): querying the
 * shadow tree alone misses it. Elements matching `selector` in `root` and in whatever is
 * assigned to its slots, in that order (the article's slot is the view's last part).
 */
export function queryView<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  for (const slot of root.querySelectorAll('slot')) {
    for (const el of slot.assignedElements({ flatten: true })) {
      if (el.matches(selector)) found.push(el as E);
      found.push(...el.querySelectorAll<E>(selector));
    }
  }
  return found;
}
