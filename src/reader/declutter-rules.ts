/**
 * Gloss's declutter pass as data (issue #3, part 2): what Readability keeps inside the
 * article container that a reader does not want — lone "Share." or "Skip to content"
 * lines, share rows, comment forms, newsletter and related-post blocks.
 *
 * Each rule names the fixture page that shows it (tests/fixtures/pages/<example>/) and the
 * reason shown under "What was removed". A rule matches by class name or id, by the
 * block's whole text, or both; `declutter.ts` applies them and never removes a long paragraph.
 */
import { isSignupBox, MAX_BOX_CHARS } from './signup-box';
import { isTeaserList } from './teaser-list';
import { MOST_READ_WORDS, RELATED_WORDS } from './list-headings';

export interface DeclutterRule {
  id: string;
  /** Reader words for the "What was removed" list. */
  label: string;
  /** Slug of the fixture page where Readability alone keeps this clutter. */
  example: string;
  /**
   * Blocks this rule may remove, by their class names and id (tested, lower-cased, on
   * "class id"). Plain patterns rather than CSS selectors: attribute-substring selectors
   * are slow in jsdom, where `gloss clean` and eval run this over whole corpora.
   */
  classOrId?: RegExp;
  /** The block's whole text (trimmed, single-spaced) must match. */
  text?: RegExp;
  /** Longest text the removed block may have; longer blocks are left alone. */
  maxChars: number;
  /** Also remove the list or link block right after the match (a "Related" heading's list). */
  withNextList?: boolean;
  /** With `withNextList`: remove nothing unless such a list follows (a heading's words alone
   *  are never enough, issue #14). */
  needsNextList?: boolean;
  /** Never inside a table cell: there the same words are data (a table of which networks
   *  suit which trade lists "X, Facebook"). */
  notInTables?: boolean;
  /** Largest share of the text Readability kept that the block may hold (declutter.ts's
   *  MAX_SHARE unless said). */
  maxShare?: number;
  /** Least text the page must keep without the block: less, and the block is the page's
   *  content, not clutter beside it (a rule must never remove the whole story). */
  minLeft?: number;
  /** The block may hold a long paragraph: its name says what the paragraph is (an author's bio). */
  mayHoldProse?: boolean;
  /** Least share of the block's text in links: the words alone are never enough (issue #14). */
  minLinkShare?: number;
  /** In place of `classOrId`: a test of the block's own structure (signup-box.ts, teaser-list.ts)
   *  or the reader's own "Always remove blocks like this" for the site (block-rules.ts),
   *  tested on every element of the page's copy before parsing. */
  matches?: (el: Element) => boolean;
}

/**
 * A block holding a paragraph this long (and mostly not links) is article text, whatever
 * a rule says: about two sentences. No clutter line seen in the fixtures or the shared
 * corpora comes near it; newsletter blurbs run 60-120 characters.
 */
export const LONG_PARAGRAPH_CHARS = 200;

/** About eighty words: the shortest text that is a story of its own (a short news item). */
export const MIN_STORY_CHARS = 500;

/** Whether the page marks `el` as navigation (the nav-block rule's own test). */
export function isNavBlock(el: Element): boolean {
  return el.localName === 'nav' || el.getAttribute('role') === 'navigation';
}

/** Whether `el` is the page's banner as the page marks it: role="banner", or a <header> outside
 *  any article, section or main part (HTML's own rule for the page's header) that holds a menu.
 *  The story's own header holds its headline: one with an <h1> is never taken. */
export function isPageBanner(el: Element): boolean {
  const banner = el.getAttribute('role') === 'banner'
    || (el.localName === 'header' && !el.parentElement?.closest('article, section, main, aside, nav, [role="main"]') && !!el.querySelector('nav, [role="navigation"]'));
  return banner && !el.querySelector('h1');
}

export const DECLUTTER_RULES: readonly DeclutterRule[] = [
  {
    // AMP for WordPress's switcher. Readability drops the #amp-mobile-version-switcher
    // block itself; the line survives when a theme repeats it inside the content.
    id: 'exit-mobile-version', label: 'Exit mobile version link', example: 'amp-exit-mobile',
    text: /^exit mobile version$/i, maxChars: 40,
  },
  {
    id: 'share-row', label: 'share row', example: 'share-lines',
    classOrId: /\b(sharedaddy|sd-sharing|share-buttons|social-share|share-links|addtoany_share_save_container|a2a_kit)\b|share-bar|sharing/,
    maxChars: 400,
  },
  {
    id: 'share-line', label: 'share row', example: 'share-lines',
    text: /^(share( (this|the) (article|story|post|page))?|share this:?|share on (facebook|x|twitter|linkedin|whatsapp|email)|click to (share|email|print)[\w ]*( \(opens in new window\))?|(print|email) this (article|story|page)|share via email)[.:!]?$/i,
    maxChars: 80,
  },
  {
    // A row of network names and nothing else ("SMS Facebook Twitter Email"): two or more, so
    // a line that is one name ("Facebook") is never taken for a row.
    id: 'share-networks', label: 'share row', example: 'control-lines',
    text: /^(share( on| via)?:? )?((facebook|twitter|x|email|e-mail|sms|linkedin|whatsapp|pinterest|reddit|print|copy link|threads|bluesky|flipboard|telegram|messenger|tumblr)[\s,·|/]*){2,}$/i,
    maxChars: 120, notInTables: true,
  },
  {
    id: 'comment-form', label: 'comment form', example: 'comment-reply',
    classOrId: /(^|\s)(respond|commentform|comment-respond|comment-form|disqus_thread)(\s|$)/,
    maxChars: 1500,
  },
  {
    id: 'comment-line', label: 'comment form', example: 'comment-reply',
    text: /^(by (posting|submitting|leaving) (a|your|this) comment,? you (agree|consent)\b[^]{0,200}|leave a (reply|comment)|post a comment|add a comment|join the (discussion|conversation)|comments are closed\.?|you must be logged in to post a comment\.?|cancel reply|be the first to comment|your email address will not be published\.?( required fields are marked \*)?)[.:!]?$/i,
    maxChars: 260,
  },
  {
    // A menu the page itself marks as one (<nav>, role="navigation": a top bar's "Sign in ·
    // Contact sales", a docs sidebar's chapters) kept with a page whose content Readability
    // could not tell from its frame (issue #14). Mostly links, so a story's words never go.
    id: 'nav-block', label: 'site navigation', example: 'nav-in-content',
    matches: isNavBlock, maxChars: 3000, minLinkShare: 0.5,
  },
  {
    // The same menu at full size — a shop's three-level menu (14,000 characters), a book's
    // chapter list beside the chapter — or the page's banner around it, kept with a page
    // whose frame Readability took for content. Longer than a nav-block may be, so it must
    // be mostly links: prose a page wrongly wraps in <nav> stays.
    id: 'site-menu', label: 'site navigation', example: 'menu-kept-whole',
    // When Readability took the frame for content, the menu is most of what it kept; but a
    // story is left beside it. When less than a short news item would be left, the menu is
    // what the page is (a help centre's or a shop's hub of sections, each with its blurb).
    matches: (el) => isNavBlock(el) || isPageBanner(el), maxChars: 20000, minLinkShare: 0.65, maxShare: 0.8, minLeft: MIN_STORY_CHARS,
  },
  {
    id: 'skip-link', label: 'skip link', example: 'skip-and-ads',
    text: /^(skip to (main |the )?(content|article|navigation|footer)|jump to (main )?content)$/i,
    maxChars: 40,
  },
  {
    id: 'advert-label', label: 'advertisement label', example: 'skip-and-ads',
    text: /^(advertisement|advertising|advert|sponsored|ad|(advertisement|ad) [-–—] (continue|story continues) reading below|(story|article) continues (below|after)( (this )?(advertisement|ad))?|continue reading below|scroll to continue with content|(advertisement|ad)[.:]? scroll to continue( reading)?\.?|continue reading the main story)$/i,
    maxChars: 60,
  },
  {
    id: 'newsletter-box', label: 'newsletter box', example: 'newsletter-related',
    classOrId: /newsletter|subscribe-box|signup-box|mc4wp/,
    maxChars: 700,
  },
  {
    id: 'newsletter-line', label: 'newsletter box', example: 'newsletter-related',
    // A leading emoji or arrow is common ("🚀 Sign up for The Replay newsletter").
    text: /^[^\p{L}\p{N}]*((sign up|subscribe|join)( for| to)? (our|the|my) [\p{L}\p{N}' ]*?(newsletters?|mailing list|email list)|get (our|the) [\p{L}\p{N}' ]*newsletter[\p{L}\p{N}' ]*|newsletter sign-? ?up|sponsor this newsletter)\b[^.!?,;]{0,40}[.:!?]?$/iu,
    maxChars: 110,
  },
  {
    // "This article is exclusive to subscribers. Unlock it … Log in" where a paywall cuts the
    // story: named so by the site, and saying so in its words (a body classed "paywall" does not).
    id: 'paywall-box', label: 'subscription offer', example: 'paywall-box',
    classOrId: /paywall|pay-wall|restricted-content|regwall/,
    text: /^(?=[^]*\b(subscri\w*|log ?in|sign ?in|unlock\w*|plans?|members?)\b)[^]*$/i,
    maxChars: 1200,
  },
  {
    // The same box named by nothing but its e-mail field and its pitch (signup-box.ts).
    id: 'signup-box', label: 'newsletter box', example: 'signup-and-teasers',
    matches: isSignupBox, maxChars: MAX_BOX_CHARS,
  },
  {
    // A newsletter's pitch as a paragraph between the story's ("Love films? Our Watch Party
    // newsletter has the best picks, delivered to your inbox. Sign up now"): the word
    // newsletter, a call to sign up, and its link; a long paragraph is never taken.
    id: 'newsletter-pitch', label: 'newsletter box', example: 'signup-and-teasers',
    // "Join our mailing list! Get a newsletter when … join here" calls to join in the same words.
    text: /^(?=[^]*\bnewsletters?\b)(?=[^]*\b(sign(ing)? up|subscribe|inbox|join)\b)[^]{20,}$/i,
    maxChars: 200, minLinkShare: 0.05,
  },
  {
    id: 'related-block', label: 'related posts', example: 'newsletter-related',
    classOrId: /related|yarpp/,
    maxChars: 1500,
  },
  {
    // "Most read", "Trending", "More from …" lists placed inside the story's box (issue #14):
    // the heading, and only when a list of links follows it.
    id: 'trending-heading', label: 'most-read list', example: 'trending-inside',
    text: new RegExp(String.raw`^(${MOST_READ_WORDS}|read more)[.:]?$`, 'iu'),
    maxChars: 60, withNextList: true, needsNextList: true,
  },
  {
    // The same lists made of teaser cards, whose heading Readability often drops (teaser-list.ts).
    id: 'teaser-list', label: 'most-read list', example: 'signup-and-teasers',
    matches: isTeaserList, maxChars: 3000,
  },
  {
    id: 'related-heading', label: 'related posts', example: 'newsletter-related',
    // "Similar threads" under a forum thread is the same list; a trailing "…" is common.
    text: new RegExp(String.raw`^(related|${RELATED_WORDS}|more (stories|articles) from [\w ]+|recommended|also read)(\.{1,3}|…|:)?$`, 'iu'),
    maxChars: 60, withNextList: true,
  },
  {
    // "About the author" boxes under the story: a photo, a name and a bio paragraph that
    // may be long. The box's name says what the paragraph is about, so a long one goes too;
    // a page that is the author's profile keeps it (more than a share of the text, declutter.ts).
    // BEM names join the parts with two dashes or underscores ("hero-author--bio", "post-author__bio").
    id: 'author-box', label: 'author box', example: 'author-box-after',
    classOrId: /author([-_]{1,2})bio|author-box|about-(the-)?author|author-info|author-description|author-profile|(^|[\s_-])bio-?box/,
    maxChars: 1200, mayHoldProse: true,
  },
  {
    // A forum poster's figures beside each post ("Posts: 116 · Threads: 23 · Joined: Feb 2019"):
    // two or more of the forum's own field names, each with a short value.
    id: 'poster-stats', label: 'poster details', example: 'forum-poster-stats',
    text: /^((posts|threads|messages|topics|replies|joined|reputation|reaction score|points|likes( received)?|solutions|member since|registered)\s*:\s*[\p{L}\p{N},.]+( [\p{L}\p{N},.]+){0,2}\s*){2,8}$/iu,
    maxChars: 160,
  },
  {
    id: 'cookie-notice', label: 'cookie banner', example: 'cookie-inline',
    classOrId: /cookie|consent|gdpr/,
    maxChars: 600,
  },
  {
    id: 'cookie-line', label: 'cookie banner', example: 'cookie-inline',
    text: /^(this (web)?site|we) uses? cookies\b.*$/i,
    maxChars: 300,
  },
  {
    id: 'follow-line', label: 'social links', example: 'share-lines',
    // Also "Follow Backchannel: Twitter | Facebook": a name, then network names only; a
    // blog's "Pin this for later!", "Stay connected with me!" and "Join the Facebook group –
    // <its address>", each a whole line of its own.
    text: /^(follow us( on [\w ]+)?|like us on facebook|follow (me|us) on (x|twitter|instagram|facebook)|follow [\p{L}\p{N}' &.-]{2,40}:? ((twitter|facebook|instagram|x|linkedin|youtube|tiktok|threads|bluesky|mastodon)[\s|,·/]*){1,8}|pin (this|it)( (for later|now))?|pin for later|(let's )?stay connected( with (me|us))?|keep in touch with (me|us)|join (the|our|my) [\p{L}\p{N}' ]{0,30}(facebook|discord|telegram|whatsapp) (group|community|server|channel)\s*[-–—:]?\s*(https?:\/\/\S+)?)[.:!]?$/iu,
    maxChars: 90,
  },
  {
    id: 'follow-sentence', label: 'social links', example: 'share-lines',
    // A site's sign-off sentence: "… and follow us on Facebook, Instagram, Twitter and TikTok
    // to stay up to date." The call and two networks named, never either alone.
    text: /^(?=[^]*\bfollow (us|me) on\b)(?=(?:[^]*?\b(facebook|instagram|twitter|tiktok|youtube|linkedin|pinterest|threads|bluesky)\b){2})[^]{20,240}$/iu,
    maxChars: 240,
  },
  {
    // "Read more: <another headline>" between paragraphs (issue #14): the cue words, then
    // a headline that is mostly a link. A sentence that starts "Read more about …" and
    // carries no link is the story's own text and stays.
    id: 'inline-promo', label: 'promotion', example: 'inline-promos',
    // Also in brackets ("[Read: …]") and in the other languages of the reader's pages.
    text: /^[[(]?(read more|read also|also read|see also|more on this|related|watch|listen|don't miss|must read|recommended|read|video|photos|gallery|map|graphic|podcast|lire aussi|à lire aussi|lire|voir aussi|lesen sie auch|lesen sie mehr|mehr zum thema|siehe auch|lea también|lee también|leia também|leia mais|veja também|čtěte také|čtěte též)\s*[:|»›>–—-]\s*\S.{5,}$/iu,
    maxChars: 200, minLinkShare: 0.6,
  },
  {
    // A headline in brackets and nothing else ("[Bardo museum houses Roman treasures]"): a
    // link to another story set between paragraphs, with no cue word at all.
    id: 'bracketed-link', label: 'promotion', example: 'link-runs',
    text: /^\[[^\]]{10,180}\]$/,
    maxChars: 200, minLinkShare: 0.8,
  },
  {
    // "Posted in News Release", "Filed under: …", "Tags: …": the site's own links, not the story's.
    id: 'category-line', label: 'tags and categories', example: 'release-footer',
    text: /^(posted in|filed under|categories|category|tags|tagged( with| as| in)?|topics)\s*:?\s+\S.{0,150}$/i,
    maxChars: 200, minLinkShare: 0.5,
  },
  {
    // "The views expressed by the authors of this blog are their own …" and "If you find a
    // mistake in the article, let us know": the site's notes under every story, named so.
    id: 'site-note', label: 'site boilerplate', example: 'release-footer',
    classOrId: /disclaimer|error-report|report-(an-)?error|report-a-(mistake|typo)/,
    maxChars: 600,
  },
  {
    // "Disclosure: as an affiliate I earn from qualifying purchases." set among the story's
    // paragraphs: named a disclosure (or the associates programme's own sentence) and saying
    // what is earned; a paragraph about disclosure rules in general carries neither.
    id: 'disclosure-line', label: 'site boilerplate', example: 'affiliate-disclosure-line',
    text: /^[^\p{L}]*(((affiliate|advertis\w+|ftc) )?(disclosure|disclaimer)\s*[:–—-]\s*(?=[^]*\b(affiliates?|commissions?|earn\w*|qualifying purchases|compensat\w+|paid links?)\b)[^]{10,}|as an? (amazon associate|affiliate( marketer)?)(,| and)? [^.]{0,60}\bearns? (a small commission )?from qualifying purchases[.!]?)$/iu,
    maxChars: 320,
  },
  {
    // "This article originally appeared on The Atlantic.", "This article was reprinted on Wired.com."
    id: 'syndication-note', label: 'site boilerplate', example: 'story-endings',
    // A place, not a date: "Originally published in March 2022. Last updated …" is the story's dateline.
    text: /^(this (article|story|post|piece|essay) (was )?(originally |first )?(appeared|published|ran|reprinted|republished)|(originally|first) (published|appeared)) (on|in|at|by) (?!(january|february|march|april|may|june|july|august|september|october|november|december)\b)[\p{L}' &.,:/-]{2,60}$/iu,
    maxChars: 150,
  },
  {
    // "Copyright © 2025 WABC-TV. All Rights Reserved." under the story: the site's, on every page.
    id: 'copyright-line', label: 'site boilerplate', example: 'release-footer',
    text: /^(copyright\s*)?(©|\(c\)|copyright)\s*(\d{4}|\p{Lu})[^]{0,120}\ball rights reserved\b[^]{0,140}$/iu,
    maxChars: 260,
  },
  {
    // The dateline again inside the body; the view shows byline and date once, in its header.
    id: 'dateline-repeat', label: 'dateline', example: 'body-leftovers',
    // A date or time must be in it: "Published in the Brooklyn Daily Eagle" is a sentence.
    text: /^(?=.*\d)(published|updated|last updated|posted)( on)?:? [\p{L}\p{N} ,.:/-]{4,40}( \| (updated|last updated):? [\p{L}\p{N} ,.:/-]{4,40})?$/iu,
    maxChars: 100,
  },
  {
    // "Bridgestone Team | 5 min read", "8 min read", "Reading time: 4 minutes" set as a line of
    // the body: a byline's reading time (the view shows its own, in its header). The minutes and
    // "read" or "reading time" make the whole line; a sentence about reading takes more words.
    id: 'reading-time', label: 'dateline', example: 'widget-leftovers',
    text: /^([\p{L}\p{N} .,'&@-]{2,60}\s*[|·•–—]\s*)?(\d{1,3}\s?(min|mins|minutes?)\.? read|(estimated )?reading time:?\s*\d{1,3}\s?(min|mins|minutes?)\.?)$/iu,
    maxChars: 80,
  },
  {
    // A widget's placeholder left as text where its script did not run ("Loading...", "Loading
    // …"): the word and its dots are the whole line; "Loading the boats took all morning" stays.
    id: 'loading-placeholder', label: 'page controls', example: 'widget-leftovers',
    text: /^loading\s?(\.{2,3}|…)$/i,
    maxChars: 20,
  },
  {
    id: 'gallery-counter', label: 'gallery controls', example: 'body-leftovers',
    text: /^(\d{1,3} (of|\/) \d{1,3}|this (slideshow|gallery|video|content|embed) requires javascript\.?|(previous|next) (image|photo|slide)|(show|hide) caption|(gallery|photos|slideshow): [^|]{2,80}\| ?\d{1,3} (photos|images|pictures|slides))$/i,
    maxChars: 50,
  },
  {
    // A site's own style or comment text printed into the story ("/* … */", "<!-- … -->").
    id: 'stray-code', label: 'stray page code', example: 'body-leftovers',
    text: /^(\/\*[^]*\*\/|<!--[^]*-->)$/,
    maxChars: 300,
  },
  {
    // A site's control set as a line of its own: "Sign in", "Contact sales", "Add to cart",
    // "Book a demo". Only as a whole line that is a link: the same words in a sentence, a
    // heading or a table cell are the page's.
    id: 'control-label', label: 'page controls', example: 'shop-guide-widgets',
    text: /^(add to (cart|bag|basket|trolley|wish ?list|favou?rites)|buy (it )?now|sign (in|up|out)|log ?(in|out)|my account|contact (us|sales|support)|get support|get started( (for )?free)?|(start|try) (your |a )?free trial|book a demo|request a demo|subscribe now)[.!]?$/i,
    maxChars: 30, minLinkShare: 0.9, notInTables: true,
  },
  {
    // A forum's buttons under each post and around the thread ("Reply with quote", "Report",
    // "Start new topic"), as a line of their own that is a link and nothing else: the same words in a sentence stay.
    id: 'forum-controls', label: 'page controls', example: 'forum-post-controls',
    text: /^(reply( with quote| to (this|the) (topic|thread|post))?|quote|multi-?quote|(post|write) (a )?reply|(start|create|post) (a )?new (topic|thread|discussion)|new (topic|thread)|report( (this )?post)?|watch (this )?(topic|thread)|bookmark( (this )?(post|topic|thread))?|permalink|(un)?follow (this )?(topic|thread))[.!]?$/i,
    maxChars: 40, minLinkShare: 0.9,
  },
  {
    // A box the page shows over itself once it has loaded (an offer with a timer, a
    // "join the wait list" form), named a pop-up by the page. Not "modal" or "overlay":
    // shops put a product's details in those.
    id: 'popup-box', label: 'pop-up', example: 'shop-guide-widgets',
    classOrId: /(^|[\s_-])(popup|pop-up)([\s_-]|$)/,
    maxChars: 800,
  },
  {
    id: 'back-to-top', label: 'page links', example: 'skip-and-ads',
    text: /^(back to top|return to top|↑ back to top)$/i,
    maxChars: 30,
  },
];
