/**
 * The article's look when it lives in the page's light DOM (issue #15, part 5; ADR 3).
 * The article is a child of the view's host, projected into the shadow root through a
 * <slot>, so page translators, dictionaries and highlighters reach its text. The page's
 * style sheets then apply to it, and the shadow root's rules (`.body p`, …) no longer do.
 *
 * This file derives, from the view's one style sheet (reader-css.ts), a sheet the page's
 * document adopts while the view is open:
 * - every rule about the article is scoped to the host's article slot and made !important;
 * - a reset reverts every page declaration on the article's elements to the browser's
 *   defaults first (`all: revert !important`);
 * - the scope selector weighs four ids (`:is()` takes its heaviest argument), so a page's
 *   own !important rules lose unless they carry more than four ids;
 * - the view's custom properties are inherited again on every element, so a page that
 *   sets `--fg` on `*` cannot recolour the article.
 * Inherited values (font, colour, the theme's variables) come from the shadow root's
 * `.gloss-scroll` through the slot: inheritance follows the flattened tree.
 * Derived rather than written twice, so the view keeps one style sheet to edit.
 */

/** The light-DOM element holding the article; the host's only light child. */
export const ARTICLE_SLOT = 'article';
export const ARTICLE_SCOPE = `gloss-reader:is(#gloss-reader#gloss-reader#gloss-reader#gloss-reader, *) > [slot="${ARTICLE_SLOT}"]`;

/** Parts of the view that are the article's (view/Article.tsx), and highlights in its text. */
const ARTICLE_PART = /\.(?:page|site|title|meta|body)(?![\w-])|(?:^|[\s>+~(,])article(?![\w-])|::highlight\(/;
const VIEW_ROOT = /^\.gloss-scroll(?![\w-])/;

/** Splits at `sep` outside parentheses and brackets. */
export function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) { out.push(text.slice(start, i)); start = i + 1; }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** One selector of the view's sheet, scoped to the light-DOM article; null when it is not about the article. */
export function scopeSelector(selector: string, scope = ARTICLE_SCOPE): string | null {
  if (!ARTICLE_PART.test(selector)) return null;
  // The view root's attributes (data-images, data-theme) are mirrored on the slot element.
  if (VIEW_ROOT.test(selector)) return selector.replace(VIEW_ROOT, scope);
  return selector.startsWith('::') ? `${scope} *${selector}` : `${scope} ${selector}`;
}

const important = (decls: string) => splitTopLevel(decls, ';')
  .map((d) => (/!\s*important$/i.test(d) ? d : `${d} !important`)).join('; ');

/** The matching close brace of the block opening at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** The article's rules of `css`, scoped and !important; @media and @supports blocks kept around them. */
export function articleRules(css: string, scope = ARTICLE_SCOPE): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    const prelude = text.slice(at, open).trim();
    const close = blockEnd(text, open);
    const inner = text.slice(open + 1, close);
    at = close + 1;
    if (/^@(media|supports)\b/.test(prelude)) {
      const rules = articleRules(inner, scope);
      if (rules) out.push(`${prelude} {\n${rules}\n}`);
    } else if (!prelude.startsWith('@')) {
      const selectors = splitTopLevel(prelude, ',').map((s) => scopeSelector(s, scope)).filter((s): s is string => !!s);
      if (selectors.length && inner.trim()) out.push(`${selectors.join(', ')} { ${important(inner)}; }`);
    }
  }
  return out.join('\n');
}

/** Custom properties the view's sheet reads (`var(--x)`). */
export function customProperties(css: string): string[] {
  return [...new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!))];
}

/** The whole sheet the page's document adopts while the view is open. */
export function articleCss(viewCss: string, scope = ARTICLE_SCOPE): string {
  const vars = customProperties(viewCss).map((v) => `${v}: inherit !important`).join('; ');
  return [
    `${scope}, ${scope} *, ${scope} *::before, ${scope} *::after { all: revert !important; }`,
    vars ? `${scope}, ${scope} * { ${vars}; }` : '',
    articleRules(viewCss, scope),
  ].filter(Boolean).join('\n');
}
