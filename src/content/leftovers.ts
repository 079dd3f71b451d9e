/**
 * What an earlier Gloss left in this page when the extension was removed, reloaded or
 * updated under it (issue #8). Firefox destroys an old content script without letting it
 * clean up, then injects the new one into open tabs: without this the page kept the old
 * highlights and, if a card or clean mode was open, its host (and, from versions before
 * the marks' stylesheet moved into the manifest, that adopted sheet).
 * Runs once when a content script starts; touches only what is recognisably Gloss's.
 */
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_NAME } from '../annotate/mark-css';
import { deleteHighlight } from '../platform/capabilities';

/** Gloss's sheets held a rule or two; a page's own large sheets are not read rule by rule. */
const MAX_RULES_OF_OURS = 4;

const isMarkSheet = (sheet: CSSStyleSheet): boolean => {
  try {
    return sheet.cssRules.length <= MAX_RULES_OF_OURS && [...sheet.cssRules].some((r) => r.cssText.includes(`::highlight(${HIGHLIGHT_NAME})`));
  } catch {
    return false;
  }
};

export function clearLeftovers(doc: Document): void {
  // The reading view's host hangs at the end of <body> (ADR 3), older ones under <html>.
  // A page's script can leave the document without a root element (seen on a forum page
  // whose script replaced its document); there is then nothing of ours to find.
  // Found by tag name, natively: spreading the children of <body> handed every one of them
  // to script on every page (hundreds on some), to find none on almost all (issue #17).
  const root = doc.documentElement;
  const hosts: Element[] = [];
  for (const tag of ['gloss-card', 'gloss-reader']) {
    const found = root?.getElementsByTagName(tag) ?? [];
    for (let i = 0; i < found.length; i++) {
      const el = found[i]!;
      if (el.parentElement === root || (tag === 'gloss-reader' && el.parentElement === doc.body)) hosts.push(el);
    }
  }
  const readerWasOpen = hosts.some((el) => el.localName === 'gloss-reader');
  for (const el of hosts) el.remove();
  // The reading view hides the page when printing and styles its light-DOM article; its
  // sheets are recognisable only beside it.
  const printSheet = (s: CSSStyleSheet) => readerWasOpen && s.cssRules.length === 1
    && /@media print\s*\{\s*body(\s*>\s*:not\(gloss-reader\))?\s*\{\s*display:\s*none\s*!important/.test(s.cssRules[0]!.cssText);
  const articleSheet = (s: CSSStyleSheet) => readerWasOpen && s.cssRules.length > 0 && s.cssRules[0]!.cssText.includes('gloss-reader:is(#gloss-reader');
  const sheets = doc.adoptedStyleSheets ?? [];
  if (!sheets.length) return clearHighlights();
  const kept = sheets.filter((s) => !isMarkSheet(s) && !printSheet(s) && !articleSheet(s));
  if (kept.length !== sheets.length) doc.adoptedStyleSheets = kept;
  clearHighlights();
}

function clearHighlights(): void {
  deleteHighlight(HIGHLIGHT_NAME);
  deleteHighlight(HIGHLIGHT_ACTIVE);
}
