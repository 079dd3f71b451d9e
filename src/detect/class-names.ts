/**
 * How a page names its own parts. Class and id words are a web-wide convention (Readability
 * relies on them too): a page with many "avatar" and "thread" parts is a discussion, one
 * with many "price" and "filter" parts is a shop. Counted once per element and family.
 */

/** Words of each family, matched as whole words of a class or id ("user-card", "avatar_img"). */
export const FAMILIES = {
  /** People posting: avatars, user cards, member titles. */
  people: ['avatar', 'avatars', 'user', 'users', 'member', 'members', 'poster', 'posters', 'usercard', 'userinfo'],
  /** A discussion's structure. */
  discussion: ['thread', 'threads', 'topic', 'topics', 'reply', 'replies', 'answer', 'answers', 'question', 'questions'],
  /** Documentation navigation. */
  docs: ['doc', 'docs', 'documentation', 'toc', 'api', 'manual'],
  /** Shopping. */
  shop: ['price', 'cart', 'basket', 'checkout', 'sku', 'facet', 'facets', 'filter', 'filters'],
  /** Selling a service: hero banners, testimonials, pricing plans, calls to action. */
  pitch: ['hero', 'testimonial', 'testimonials', 'pricing', 'plan', 'plans', 'cta', 'feature', 'features'],
  /** A story's furniture: byline, author box, share row. */
  story: ['byline', 'author', 'share', 'sharing', 'dateline', 'article', 'story'],
} as const;

export type Family = keyof typeof FAMILIES;
export type FamilyCounts = Record<Family, number>;

const FAMILY_OF = new Map<string, Family>();
for (const [family, words] of Object.entries(FAMILIES) as [Family, readonly string[]][]) for (const w of words) FAMILY_OF.set(w, family);
/** One pass of the regex engine per element finds every family word in its names. */
const ANY_WORD = new RegExp(`(?:^|[^a-z])(${[...FAMILY_OF.keys()].join('|')})(?=[^a-z]|$)`, 'g');

export function emptyFamilies(): FamilyCounts {
  return { people: 0, discussion: 0, docs: 0, shop: 0, pitch: 0, story: 0 };
}

/** Adds one element's class and id words to the counts, each family once. */
export function countFamilies(names: string, counts: FamilyCounts): void {
  if (names.length < 3) return;
  let seen = 0;
  const lower = names.toLowerCase();
  ANY_WORD.lastIndex = 0;
  for (let m = ANY_WORD.exec(lower); m; m = ANY_WORD.exec(lower)) {
    const family = FAMILY_OF.get(m[1]!);
    if (!family) continue;
    const bit = 1 << FAMILY_BITS[family];
    if (seen & bit) continue;
    seen |= bit;
    counts[family]++;
  }
}

const FAMILY_BITS: Record<Family, number> = { people: 0, discussion: 1, docs: 2, shop: 3, pitch: 4, story: 5 };
