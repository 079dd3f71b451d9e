/**
 * On paper a link's address is lost, so printing adds it after the link's text where it
 * helps (issue #15, part 7): links to other sites, written short ("nightjet.com/en"), not
 * in-page anchors, not links to this site, not addresses too long to be read or typed, and
 * not when the text already says the address. The print stylesheet shows the attribute set
 * here (reader-css.ts); the screen shows nothing of it.
 */
export const PRINT_HREF_ATTR = 'data-print-href';
/** Longer addresses are noise on paper: nobody types them from a printout. */
export const PRINTED_ADDRESS_MAX = 60;

/** The address to print after a link to `href` from `pageUrl`, or null when it would not help. */
export function printedAddress(href: string, pageUrl: URL, text = ''): string | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const site = (host: string) => host.replace(/^www\d*\./, '');
  if (site(url.hostname) === site(pageUrl.hostname)) return null;
  const short = (site(url.host) + url.pathname + url.search + url.hash).replace(/\/$/, '');
  if (short.length > PRINTED_ADDRESS_MAX) return null;
  return text.replace(/\s+/g, '').toLowerCase().includes(short.toLowerCase()) ? null : short;
}

/** Marks each link in the article whose address is worth printing (run on the sanitized body). */
export function markPrintedLinks(body: Element, pageUrl: URL): void {
  for (const a of body.querySelectorAll('a[href]')) {
    const address = printedAddress(a.getAttribute('href') ?? '', pageUrl, a.textContent ?? '');
    if (address) a.setAttribute(PRINT_HREF_ATTR, address);
  }
}
