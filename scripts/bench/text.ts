/**
 * A deterministic news-like text for the matcher benchmark: sentences built from a fixed
 * vocabulary of our own, with knowledge-base names (full names, then often their aliases,
 * as reporters write) in subject, object and place positions. Same seed, same text.
 */
import { pick, seeded, type Random } from './prng.ts';

export interface NameForms {
  name: string;
  aliases: readonly string[];
}

const SUBJECTS = ['Officials', 'Diplomats', 'The ministry', 'Negotiators', 'Analysts', 'The spokesman', 'Lawmakers',
  'Two senior aides', 'The delegation', 'Residents', 'Observers', 'The committee', 'Several envoys', 'Investors'];
const VERBS = ['said', 'warned', 'announced', 'rejected', 'welcomed', 'questioned', 'confirmed', 'denied', 'discussed',
  'signed', 'criticised', 'praised', 'delayed', 'proposed', 'reviewed', 'backed', 'opposed', 'outlined'];
const OBJECTS = ['the proposal', 'a ceasefire plan', 'new sanctions', 'the agreement', 'an aid package', 'the budget',
  'a trade deal', 'the election results', 'border talks', 'the security pact', 'a prisoner exchange', 'the report',
  'fresh tariffs', 'the reconstruction fund', 'energy prices', 'the draft resolution'];
const TIMES = ['on Tuesday', 'late on Monday', 'this week', 'last month', 'on Friday evening', 'earlier this year',
  'in recent days', 'before the summit', 'after weeks of talks', 'overnight'];
const LINKS = ['according to', 'in a statement from', 'in talks with', 'after meeting', 'at the request of',
  'alongside', 'in a call with', 'despite objections from', 'ahead of a visit by'];
const PLACES = ['in', 'near', 'outside', 'across', 'from'];
const TAILS = ['officials said', 'people familiar with the matter said', 'a source added',
  'though details remained unclear', 'the statement said', 'in a move that surprised many', 'analysts noted'];
const CLAUSES = ['while markets waited for a decision', 'as pressure grew at home', 'but no date was set',
  'and talks are expected to continue', 'even as protests spread', 'while the opposition called for a vote',
  'as the economy slowed', 'and aid groups asked for access'];

interface State { rand: Random; names: readonly NameForms[]; seen: Set<string> }

/** A name as written: the full name the first time, then sometimes a shorter alias. */
function mention(s: State): string {
  const n = pick(s.rand, s.names);
  if (s.seen.has(n.name) && n.aliases.length && s.rand() < 0.5) return pick(s.rand, n.aliases);
  s.seen.add(n.name);
  return n.name;
}

function sentence(s: State): string {
  const r = s.rand;
  const parts: string[] = [];
  parts.push(r() < 0.55 ? mention(s) : pick(r, SUBJECTS));
  parts.push(pick(r, VERBS), pick(r, OBJECTS));
  if (r() < 0.6) parts.push(pick(r, LINKS), mention(s));
  if (r() < 0.5) parts.push(pick(r, PLACES), mention(s));
  parts.push(pick(r, TIMES));
  if (r() < 0.4) parts.push(pick(r, CLAUSES));
  let text = parts.join(' ');
  if (r() < 0.3) text += ', ' + pick(r, TAILS);
  return text + '.';
}

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** About `words` whitespace-separated words (never fewer), in paragraphs of 3-6 sentences. */
export function newsText(names: readonly NameForms[], words: number, seed = 7): string {
  if (!names.length) throw new Error('newsText needs at least one name');
  const s: State = { rand: seeded(seed), names, seen: new Set() };
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(s.rand() * 4);
    for (let i = 0; i < n && count < words; i++) {
      const one = sentence(s);
      sentences.push(one);
      count += wordCount(one);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}
