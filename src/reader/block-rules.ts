/**
 * "Always remove" / "Never remove blocks like this on this site" (issue #15, part 6): how
 * a block is described so that the decision applies to the same kind of block on the
 * site's other articles, and how a described block is found again. Pure over elements.
 *
 * Why class and id tokens first: a site's template names its share row, newsletter box or
 * "most read" list the same on every article ("share-row", "newsletter-signup"), while the
 * words inside change (headlines in a related list) or are shared with real text. Tokens
 * with digits are left out: they name one post or one build ("post-4821", "css-1x9k2q"),
 * and would never match again. A block with no stable token (Readability rebuilt it, or
 * the site names nothing) is described by its first words instead, which for clutter are
 * template words too ("Share this article", "Advertisement"). Both are matched exactly, so
 * a rule never spreads to blocks the reader did not pick.
 */
import type { BlockRule } from '../settings/schema';
import { normText } from './text';

/** First words compared by text rules: long enough to be specific, short enough to survive a changed tail. */
export const FINGERPRINT_CHARS = 60;

export type BlockSignature = Pick<BlockRule, 'tag' | 'tokens' | 'text'>;

/** Class and id tokens that can name the same block on another page. */
export function stableTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/\s+/);
  return [...new Set(raw.filter((t) => t && t.length <= 60 && !/\d/.test(t) && !t.startsWith('gloss-')))].sort();
}

export function fingerprint(text: string): string {
  return normText(text).slice(0, FINGERPRINT_CHARS);
}

export function describeBlock(el: Element): BlockSignature {
  return { tag: el.localName, tokens: stableTokens(el), text: fingerprint(el.textContent ?? '') };
}

/**
 * Whether `el` is a block `rule` describes: the same element name with every token, or,
 * for a rule without tokens, the same first words whatever the element (Readability may
 * have rebuilt a <div> as a <p>). Under 60 characters the first words are the whole text.
 */
export function matchesRule(el: Element, rule: BlockSignature): boolean {
  if (rule.tokens.length) {
    if (el.localName !== rule.tag) return false;
    const mine = stableTokens(el);
    return rule.tokens.every((t) => mine.includes(t));
  }
  return !!rule.text && fingerprint(el.textContent ?? '') === rule.text;
}

/** Whether two descriptions are the same block kind (one rule per kind and site). */
export function sameBlock(a: BlockSignature, b: BlockSignature): boolean {
  return a.tag === b.tag && a.tokens.join(' ') === b.tokens.join(' ') && (a.tokens.length > 0 || a.text === b.text);
}

/** The first rule of `rules` that describes `el`, if any. */
export function ruleFor(el: Element, rules: readonly BlockRule[]): BlockRule | undefined {
  return rules.find((r) => matchesRule(el, r));
}
