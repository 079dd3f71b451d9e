/**
 * What the address alone suggests. Only general conventions of the web: a site's root,
 * a search query, a paging or taxonomy segment, a dated or slug path. No site names.
 */

export interface UrlShape {
  /** http(s) page; a file opened from disk (the CLI) says nothing about its site. */
  known: boolean;
  /** The site's home page: "/", "/index.html", a language root such as "/en-us/". */
  root: boolean;
  /** A search query in the address (?q=, ?s=, /search). */
  search: boolean;
  /** A taxonomy or paging address: /tag/x, /category/x, /topics/x, /page/2. */
  section: boolean;
  /** A date in the path (/2025/09/15/, 2025-09-15) or a long words-and-hyphens slug. */
  storyPath: boolean;
}

const INDEX_FILE = /^(index|default|home)(\.\w+)?$/i;
const LOCALE = /^[a-z]{2}([-_][a-z]{2,4})?$/i;
const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'keyword', 'keywords', 'searchterm', 'search_query'];
const SEARCH_SEGMENT = /^(search|results|suche|recherche|buscar)$/i;
const SECTION_SEGMENT = /^(tags?|category|categories|topics?|archives?|page|label|labels)$/i;
const DATED = /\/(19|20)\d\d\/(0?[1-9]|1[0-2])\/|\b(19|20)\d\d-\d\d-\d\d\b/;
/** Four or more words joined by hyphens or underscores: how CMSs name stories. */
const SLUG = /(^|[^a-z0-9])[a-z0-9]+([-_][a-z0-9]+){3,}/i;

export function urlShape(url: URL): UrlShape {
  const known = url.protocol === 'http:' || url.protocol === 'https:';
  if (!known) return { known, root: false, search: false, section: false, storyPath: false };
  const segments = url.pathname.split('/').filter(Boolean).map((s) => { try { return decodeURIComponent(s); } catch { return s; } });
  const meaningful = segments.filter((s, i) => !(i === 0 && LOCALE.test(s)) && !(i === segments.length - 1 && INDEX_FILE.test(s)));
  const search = SEARCH_PARAMS.some((p) => url.searchParams.get(p)) || segments.some((s) => SEARCH_SEGMENT.test(s));
  const section = segments.some((s, i) => SECTION_SEGMENT.test(s) && i < segments.length - 1);
  const last = meaningful[meaningful.length - 1] ?? '';
  return {
    known,
    root: meaningful.length === 0 && !search,
    search,
    section,
    storyPath: DATED.test(url.pathname) || SLUG.test(last.replace(/\.\w+$/, '')),
  };
}
