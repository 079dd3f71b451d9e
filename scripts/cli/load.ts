/**
 * Loads one captured page into jsdom for the CLI and eval. Nothing is fetched and no
 * script runs; jsdom's own complaints (CSS it cannot parse, not-implemented APIs) go to a
 * VirtualConsole and are kept per page instead of reaching stderr or the top level.
 * No stylesheet is loaded or parsed: <style> bodies are dropped before parsing, with the
 * bodies of scripts that are code (not JSON-LD): Gloss's modules read neither, and jsdom
 * spends much of its time and its CSS-parser failures on them. A style attribute jsdom
 * cannot parse makes the page load again without inline styles (a warning says so); any
 * other failure is the caller's to report as that page's error.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export { UserError } from './errors.ts';
export { readPageText } from './files.ts';

const STYLE_BODY = /(<style\b[^>]*>)[\s\S]*?(?=<\/style)/gi;
const SCRIPT = /(<script\b([^>]*)>)([\s\S]*?)(?=<\/script)/gi;

/** Empties <style> and code <script> elements; JSON-LD (metadata) is kept. Elements stay. */
export function lightenHtml(html: string): string {
  return html.replace(STYLE_BODY, '$1').replace(SCRIPT, (all, open: string, attrs: string) => (/json/i.test(attrs) ? all : open));
}

export interface LoadedPage {
  window: Window & typeof globalThis;
  document: Document;
  /** jsdom's messages while parsing (CSS it could not parse and the like). */
  warnings: string[];
  close(): void;
}

const STYLE_ATTRIBUTE = /\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

export function loadHtml(html: string, url: string): LoadedPage {
  const warnings: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e: Error) => warnings.push(e.message));
  const light = lightenHtml(html.replace(/^\uFEFF/, ''));
  // No runScripts and no resources option: scripts stay inert and nothing is fetched.
  const open = (text: string) => new JSDOM(text, { url, virtualConsole, contentType: 'text/html' });
  let dom: JSDOM;
  try {
    dom = open(light);
  } catch (e) {
    // jsdom's CSS parser throws while parsing on some style attributes (SCSS left in a
    // page); a browser ignores them. Such a page is read again without inline styles.
    if ((e as Error)?.name !== 'SyntaxError') throw e;
    warnings.push(`inline styles dropped: ${(e as Error).message}`);
    dom = open(light.replace(STYLE_ATTRIBUTE, ''));
  }
  const window = dom.window as unknown as Window & typeof globalThis;
  return { window, document: window.document, warnings, close: () => dom.window.close() };
}
