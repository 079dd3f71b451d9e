/**
 * Detection as weighed evidence (issue #3): each signal adds or takes away points and the
 * page is an article when the total clears THRESHOLD. The signals that carried the verdict
 * become its reasons. Pure over Signals, so weights are tested without a page.
 *
 * Weights are round numbers guided by a logistic fit on WCXB's 1,355 development pages
 * (articles against service, forum, listing, product, collection and documentation pages;
 * the fit's five-fold cross-validated accuracy matched these weights' to within a point) and
 * checked on the project's fixtures and Readability's test pages. Shares quoted below are
 * "of WCXB articles / of the other pages". Words in the address ("/docs/", "/forum/") are
 * deliberately not used, only its shape: site root, search, taxonomy, dated or slug path.
 */
import type { Signals } from './signals';

export interface Evidence { weight: number; reason: string }

export const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|ScholarlyArticle|SocialMediaPosting|Recipe|HowTo|Review)$/;
const PRODUCT_TYPES = /^(Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer)$/;
const FORUM_TYPES = /^(DiscussionForumPosting|QAPage|Question)$/;
const LISTING_TYPES = /^(CollectionPage|SearchResultsPage|ItemList|OfferCatalog)$/;

/** The evidence must exceed this: a page that says nothing either way is not an article,
 *  and Readability's check alone (+1) is just enough. */
export const THRESHOLD = 0.5;
/** What Readability's check adds when it passes (see weigh). */
export const READERABLE_WEIGHT = 1;

export function weigh(s: Signals): Evidence[] {
  const out: Evidence[] = [];
  const add = (weight: number, reason: string) => out.push({ weight, reason });
  const l = s.layout;
  const types = s.meta.schemaTypes;

  // What the page says it is. An article type wins over the products or questions a
  // review or a how-to marks up inside it. (39% / 3%; products 14%, forums 16% of others)
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  if (articleType) add(1.5, `schema.org ${articleType}`);
  else {
    const product = types.find((t) => PRODUCT_TYPES.test(t));
    if (product) add(-1.5, `schema.org ${product}`);
    const forum = types.find((t) => FORUM_TYPES.test(t));
    if (forum) add(-1.5, `schema.org ${forum}`);
    const listing = types.find((t) => LISTING_TYPES.test(t));
    if (listing) add(-1, `schema.org ${listing}`);
  }
  // Set by most publishing systems on story pages (66% / 15%); other values say what else
  // the page is (og:type product: 43% of product pages).
  if (s.meta.ogType === 'article') add(1.5, 'og:type article');
  else if (s.meta.ogType && !/^(website|webpage|blog|object)$/.test(s.meta.ogType)) add(-0.5, `og:type ${s.meta.ogType}`);
  // A date alone is no sign: forum threads carry one more often than articles do.
  if (s.meta.author) add(0.5, 'names an author');

  // Where it is.
  if (s.url.root) add(-1, 'site home page');
  if (s.url.search) add(-2, 'search results address');
  else if (s.url.section) add(-1, 'section or tag address');
  else if (s.url.storyPath) add(1.5, 'story-like address'); // 72% / 23%

  // How its text is laid out. Readability's check passes 99% of articles but also 77% of
  // the rest, so it counts once and little; one long body of text is the stronger sign.
  if (s.readerable) add(READERABLE_WEIGHT, 'long paragraphs (Readability)');
  if (l.longParagraphs >= 8) add(0.5, 'many long paragraphs');
  if (l.bestParentChars >= 2500) add(1, 'one long body of text'); // 70% / 17%
  else if (l.bestParentChars < 600) add(-0.5, 'no body of text');
  const concentration = l.paragraphChars ? l.bestParentChars / l.paragraphChars : 0;
  if (l.bestParentChars >= 1000 && concentration >= 0.5) add(0.5, 'text in one place');
  else if (l.paragraphChars >= 1000 && concentration < 0.25) add(-0.5, 'text spread over many blocks');
  if (l.articles === 1) add(1, 'one article element'); // 38% / 10%
  if (l.families.story >= 3) add(1, 'byline or share buttons');
  if (l.chars < 500) add(-1, 'little text');
  if (l.chars > 0 && l.linkChars / l.chars > 0.5) add(-0.5, 'mostly links');
  if (l.linkedHeadings >= 8 && l.linkedHeadings > l.longParagraphs) add(-0.5, 'many linked headlines');

  // What else it looks like: shop, discussion, documentation, sales page.
  if (l.basketControls > 0) add(-0.5, 'looks like a product page');
  if (l.families.shop >= 10) add(-1, 'prices or a basket');
  else if (l.families.shop >= 5) add(-0.5, 'prices or a basket');
  if (l.families.people >= 10) add(-1.5, 'many user names'); // 4% / 17%, 59% of forums at 5
  else if (l.families.people >= 5) add(-0.5, 'many user names');
  if (l.postControls >= 3) add(-0.5, 'reply buttons');
  if (l.times >= 3) add(-0.5, 'many timestamps');
  // Documentation shows code on most pages (63% with 3 or more blocks), articles rarely (4%).
  if (l.codeBlocks >= 5) add(-2, 'many code blocks');
  else if (l.codeBlocks >= 3) add(-1, 'many code blocks');
  if (l.families.pitch >= 10) add(-0.5, 'looks like a sales page');
  return out;
}
