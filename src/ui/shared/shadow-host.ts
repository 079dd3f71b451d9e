/**
 * A host element for Gloss UI in the page: a shadow root page CSS cannot reach, and
 * inline !important styles so hostile page rules (`* { display: none !important }`)
 * cannot hide or move the host. Created on demand, removed completely by `remove()`.
 */
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

export function createShadowHost(tag: string, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return {
    host,
    root,
    remove: () => host.remove(),
  };
}
