/**
 * The words of the headings over lists of other stories (issue #14), in one place: the
 * declutter rules' heading lines (declutter-rules.ts) and the teaser cards' headings
 * (teaser-list.ts) read the same list, so a heading learnt for one is known to both.
 * Regular-expression sources, to be read with the `iu` flags.
 */

/** "Most read", "Trending now", "More from The Ledger": what the site's readers are reading. */
export const MOST_READ_WORDS = String.raw`most (read|popular|viewed|shared|commented)( (stories|articles|posts|now|today|this week))?|trending( now| stories| articles| today| posts| searches| topics)?|popular (now|today|stories|posts|articles)|top stories|latest (news|stories|headlines|posts)|editor'?s'? picks|more from [\p{L}\p{N}' &.-]{2,40}|what to read next`;

/** "Related stories", "You may also like", "Similar threads": more like the story itself; also the
 *  wordier forms sites use ("Other posts you may enjoy", "What others are reading", "People who
 *  viewed this item also viewed"), each a whole heading, never a phrase inside a sentence. */
export const RELATED_WORDS = String.raw`related (articles|posts|stories|content|reading|coverage)|you (may|might) also like|recommended (for you|stories|articles|reading)|more (stories|articles|news)( like this)?|read next|similar (threads|posts|topics|questions|discussions|articles)|(other )?(posts|articles|stories|recipes) you (may|might|will|'ll) (also )?(enjoy|like|love)|what (others|other readers|people) are reading|(good |more )?(articles|stories|posts) to read (together|next)|(people|customers) who (viewed|bought) this( item)? also (viewed|bought)`;
