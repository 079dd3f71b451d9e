/**
 * Finds knowledge-base names in text: leftmost-longest over word boundaries, then
 * precision rules (issue #5): ambiguous aliases need context, surnames need the full name
 * first (unless safe), a common word at a sentence start needs the entity seen elsewhere,
 * and a one-word alias glued to another capitalised word is part of a longer name.
 * The scan is scan.ts, the neighbour rules glued.ts; this file settles what they leave.
 * Pure: no DOM; offsets are UTF-16 code units into the original text.
 */
import { AliasFlag, Honorific } from '../knowledge/types';
import { ENTITY_ORGANIZATION, ENTITY_PERSON, ENTITY_PLACE, type Candidate, type Lookup } from './lookup';
import { BLOCK_BREAK, isWordChar, normalizeForMatch, wordAt } from './normalize';
import { settleBracketedAbbreviations, withIntroducedAbbreviations } from './abbreviations';
import { titleCaseDatelines } from './datelines';
import { settleNamesakePlaces } from './namesake-places';
import { isRegionCode, placesATown } from './region-codes';
import type { Mention } from './mention';
import { scanSome, type Raw, type ScanState } from './scan';
import { markGlued } from './glued';

export type { Mention } from './mention';

/** A context's first word, as the scan splits words (normalize.ts isWordChar). */
const FIRST_WORD = /^[\p{L}\p{N}\p{M}]+/u;

/**
 * Overlapping candidates: the widest span wins, then the leftmost. A longer name the rules
 * later reject still claims its words, so "National Security Council" without US context
 * never falls back to "Security Council" inside it (issue #13).
 */
export function widestSpans<S extends { start: number; end: number }>(spans: readonly S[]): S[] {
  const out: S[] = [];
  // Spans arrive in order of start; overlaps only happen within a run of overlapping spans,
  // so each run is settled on its own (linear overall, not a comparison of every pair).
  for (let i = 0; i < spans.length;) {
    let j = i + 1;
    let reach = spans[i]!.end;
    while (j < spans.length && spans[j]!.start < reach) reach = Math.max(reach, spans[j++]!.end);
    if (j === i + 1) { out.push(spans[i]!); i = j; continue; }
    const run = spans.slice(i, j).sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const taken: S[] = [];
    for (const r of run) if (!taken.some((o) => o.start < r.end && r.start < o.end)) taken.push(r);
    out.push(...taken.sort((a, b) => a.start - b.start));
    i = j;
  }
  return out;
}

const needsSupport = (c: Candidate, r: Raw) =>
  (c.flags & (AliasFlag.Ambiguous | AliasFlag.Surname)) !== 0 || (r.sentenceStart && (c.flags & AliasFlag.CommonWord) !== 0);

/** Matching in steps: `step(timeUp)` works until done (true) or the slice is over. */
export interface MatchJob {
  step(timeUp: () => boolean): boolean;
  result(): Mention[];
}

export function findMentions(text: string, lookup: Lookup): Mention[] {
  const job = matchJob(text, lookup);
  while (!job.step(() => false));
  return job.result();
}

/** The same result as findMentions, in slices; the text is read when the first step runs. */
export function matchJob(text: string, lookup: Lookup): MatchJob {
  let rules: ((timeUp: () => boolean) => boolean) | null = null;
  let scanned: { t: string; origin: Uint32Array; state: ScanState } | null = null;
  let out: Mention[] = [];
  let done = false;
  return {
    step(timeUp) {
      if (done) return true;
      if (!scanned) {
        const normal = normalizeForMatch(text);
        const t = titleCaseDatelines(normal.text, (w) => lookup.exact.has(w));
        const origin = normal.origin;
        scanned = { t, origin, state: { i: 0, raws: [], coverEnd: 0, words: new Set(), phrases: new Map() } };
      }
      if (!rules) {
        if (!scanSome(scanned.t, lookup, scanned.state, timeUp)) return false;
        scanned.state.raws = widestSpans(scanned.state.raws);
        const kinds = lookup.kinds;
        markGlued(scanned.t, scanned.state.raws, (e) => (kinds[e]! & ENTITY_PERSON) !== 0, (e) => (kinds[e]! & ENTITY_PLACE) !== 0,
          (e) => (kinds[e]! & ENTITY_ORGANIZATION) !== 0);
        settleNamesakePlaces(scanned.t, scanned.state.raws, lookup);
        rules = applyRules(text, scanned.t, scanned.origin, scanned.state.raws.filter((r) => !r.glued), out, lookup, scanned.state);
      }
      done = rules(timeUp);
      if (done) out = withIntroducedAbbreviations(text, settleBracketedAbbreviations(text, out, (e) => lookup.entities[e]![1]));
      return done;
    },
    result: () => out,
  };
}

/**
 * "Greensboro, North Carolina": a place's alias that names its region after a comma is two
 * names on the page, the city and the state, each with its own card, when the index knows
 * the region by exactly that form. Null when the span is not of that shape.
 */
function placeThenRegion(t: string, r: Raw, pick: Candidate, lookup: Lookup): { cityEnd: number; start: number; entity: number } | null {
  const comma = t.indexOf(', ', r.start);
  if (comma < 0 || comma >= r.end || lookup.entities[pick.entity]?.[2] !== 'place') return null;
  const region = t.slice(comma + 2, r.end);
  const first = wordAt(t, comma + 2);
  const entry = lookup.exact.get(first);
  const cands = [...entry?.cands ?? [], ...entry?.next?.get(wordAt(t, comma + 3 + first.length)) ?? [], ...entry?.whole ?? []];
  const same = cands.filter((c) => c.text === region && c.entity !== pick.entity && !(c.flags & (AliasFlag.Ambiguous | AliasFlag.Surname)));
  const type = same.length === 1 ? lookup.entities[same[0]!.entity]?.[2] : undefined;
  return type === 'place' || type === 'country' ? { cityEnd: comma, start: comma + 2, entity: same[0]!.entity } : null;
}

/** How often `w` stands as whole words in `t` between `from` and `to`, counting no further
 *  than `enough`. */
function wholeWords(t: string, w: string, from = 0, to = t.length, enough = Infinity): number {
  let n = 0;
  for (let k = t.indexOf(w, from); k >= 0 && k + w.length <= to && n < enough; k = t.indexOf(w, k + 1)) {
    if (!isWordChar(t[k - 1]) && !isWordChar(t[k + w.length])) n++;
  }
  return n;
}

/** Whether the phrase `w` stands as whole words in `t`, tried only where its first word
 *  stands (`at`, from the scan): a search of the whole text for each phrase the page does not
 *  hold was a twentieth of matching time (issue #13 item 5). Without `at` (the scan kept no
 *  places for the word, or the text holds surrogates, where the scan's words, read by code
 *  point, and a search's whole words, read by code unit, can differ) the text is searched. */
function phraseIn(t: string, w: string, at: readonly number[] | undefined): boolean {
  if (!at) return wholeWords(t, w, 0, t.length, 1) > 0;
  for (const k of at) if (t.startsWith(w, k) && !isWordChar(t[k + w.length])) return true;
  return false;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Whether one of a candidate's context words or phrases stands in the block (paragraph)
 *  holding `at`. Asked only when two readings tie, so a plain search is cheap enough. */
function contextInBlock(t: string, at: number, c: Candidate): boolean {
  const from = t.lastIndexOf(BLOCK_BREAK, at) + 1;
  let to = t.indexOf(BLOCK_BREAK, at);
  if (to < 0) to = t.length;
  return c.contextWords.some((w) => wholeWords(t, w, from, to, 1) > 0);
}

/** Of readings that tie, the one ambiguous reading whose context stands in this paragraph,
 *  when every other reading is a plain one (no context asked) that the page does not name
 *  plainly elsewhere. Asked only on a tie. */
function readingOfTheParagraph(t: string, at: number, accepted: readonly Candidate[], confirmed: ReadonlySet<number>): Candidate | undefined {
  const contextual = accepted.filter((c) => c.flags & AliasFlag.Ambiguous);
  if (contextual.length !== 1 || contextual[0]!.flags & AliasFlag.Surname) return undefined;
  const plain = accepted.filter((c) => c !== contextual[0]);
  if (plain.some((c) => c.flags & AliasFlag.Surname || confirmed.has(c.entity))) return undefined;
  return contextInBlock(t, at, contextual[0]!) ? contextual[0] : undefined;
}

/** "China's foreign ministry": a possessive right after a word makes it a name, even where a
 *  sentence's capital says nothing ("china", the porcelain, has no ministry). */
function possessive(t: string, end: number): boolean {
  return (t[end] === "'" || t[end] === '’') && t[end + 1] === 's' && !isWordChar(t[end + 2]);
}

/** The precision rules over the scanned candidates, resumable like the scan. */
const ADDRESS = /\b(Mr|Mrs|Ms|Miss)\.? $/;

/** The form of address right before `at` ("Mrs. ", "Mr "), as Honorific bits, or 0. */
function addressedAs(t: string, at: number): number {
  // Cheap test first (this runs for every name): "Mr " / "Mrs. " end in r, s or a dot.
  const c = t.charCodeAt(at - 2);
  if (t.charCodeAt(at - 1) !== 32 || (c !== 114 && c !== 115 && c !== 46)) return 0;
  const m = ADDRESS.exec(t.slice(Math.max(0, at - 6), at));
  return !m ? 0 : m[1] === 'Mr' ? Honorific.Male : Honorific.Female;
}

function applyRules(text: string, t: string, origin: Uint32Array, raws: Raw[], out: Mention[], lookup: Lookup, scanned: Pick<ScanState, 'words' | 'phrases'>): (timeUp: () => boolean) => boolean {
  const { words, phrases } = scanned;
  // Entities named plainly somewhere: they support ambiguous forms and sentence-initial words.
  const confirmed = new Set<number>();
  // A region's code says nothing on its own ("an MA in history"), only placing a town ("Syracuse, NY").
  for (const r of raws) {
    if (r.cands.length === 1 && !needsSupport(r.cands[0]!, r) && (!isRegionCode(r.cands[0]!, lookup) || placesATown(t, r.start))) confirmed.add(r.cands[0]!.entity);
  }

  const wordSeen = new Map<string, boolean>();
  let surrogates: boolean | undefined;
  const present = (w: string) => {
    let seen = wordSeen.get(w);
    if (seen === undefined) {
      // The scan noted every context word it met: a context word, or a phrase's first word,
      // is looked up, not searched for (a search of the text per context word was half of all matching time
      // with 7,000 aliases: npm run bench). Only a phrase whose first word occurs is searched.
      const first = FIRST_WORD.exec(w)?.[0];
      if (first && !words.has(first)) seen = false;
      else if (first && first.length === w.length) seen = true;
      else seen = phraseIn(t, w, first && !(surrogates ??= SURROGATE.test(t)) ? phrases.get(first) : undefined);
      wordSeen.set(w, seen);
    }
    return seen;
  };
  const contextHolds = (c: Candidate) =>
    c.contextIds.some((id) => id !== c.entity && confirmed.has(id)) || c.contextWords.some(present);
  /** How much of the page speaks for a candidate: its context words and phrases, each as
   *  often as it occurs, and the records of its context named plainly. Counted only when two
   *  readings tie, which is rare: the scan itself only notes which context words occur. */
  const supportOf = new Map<Candidate, number>();
  const support = (c: Candidate) => {
    let n = supportOf.get(c);
    if (n === undefined) {
      n = c.contextIds.filter((id) => id !== c.entity && confirmed.has(id)).length
        + c.contextWords.reduce((sum, w) => sum + (present(w) ? wholeWords(t, w) : 0), 0);
      supportOf.set(c, n);
    }
    return n;
  };

  const fullNameAt = new Map<number, number>();
  let next = 0;
  return (timeUp) => {
    for (let steps = 1; next < raws.length; steps++) {
      if ((steps & 255) === 0 && timeUp()) return false;
      const r = raws[next++]!;
      const title = addressedAs(t, r.start);
      const accepted = r.cands.filter((c) => {
        // A surname alone names someone only after their full name (issue #12).
        if (c.flags & AliasFlag.Surname && !fullNameAt.has(c.entity)) return false;
        // "Mrs. Clinton" is not Bill Clinton: a title that does not fit the person rules them out.
        if (title && lookup.honorifics[c.entity] !== undefined && !(lookup.honorifics[c.entity]! & title)) return false;
        if (c.flags & AliasFlag.Ambiguous && !contextHolds(c)) return false;
        if (isRegionCode(c, lookup) && !confirmed.has(c.entity) && !placesATown(t, r.start)) return false;
        if (r.sentenceStart && c.flags & AliasFlag.CommonWord && !(c.flags & AliasFlag.Surname) && !confirmed.has(c.entity)
          && !(c.flags & AliasFlag.Ambiguous && contextHolds(c)) && !possessive(t, r.end)) return false;
        return true;
      });
      let pick: Candidate | undefined = accepted[0];
      // One record's two spellings of a form ("O'Connor", "O’Connor") meet as one after
      // normalising: the same name twice is no tie between two people.
      if (accepted.length > 1 && !accepted.some((c) => c.entity !== pick!.entity)) accepted.length = 1;
      if (accepted.length > 1) {
        // Shared form: the person whose full name came last, else the one named plainly elsewhere.
        const ranked = accepted
          .map((c) => ({ c, at: fullNameAt.get(c.entity) ?? -1, plain: confirmed.has(c.entity) }))
          .sort((a, b) => b.at - a.at || Number(b.plain) - Number(a.plain));
        const [first, second] = ranked;
        pick = first && second && first.at === second.at && first.plain === second.plain ? undefined : first?.c;
        // "New York" the city or the state, each with context on the page ("Brooklyn Museum"
        // five times, "Rochester" once): the reading the page supports more often wins; an
        // even count leaves no card.
        // A page that speaks of both decides nothing for a paragraph where the other reading's
        // context stands.
        if (!pick && accepted.every((c) => c.flags & AliasFlag.Ambiguous && !(c.flags & AliasFlag.Surname))) {
          const bySupport = accepted.map((c) => ({ c, n: support(c) })).sort((a, b) => b.n - a.n);
          const [best, ...rest] = bySupport;
          if (best!.n > rest[0]!.n && !rest.some((o) => contextInBlock(t, r.start, o.c))) pick = best!.c;
        }
        // "Venice, Cannes, Tribeca and Locarno send programmers": the city is the form's
        // plain reading, the festival the one its own paragraph speaks for. Only when the
        // plain readings are named nowhere else on the page and no second reading that needs
        // context has its context on the page.
        if (!pick) pick = readingOfTheParagraph(t, r.start, accepted, confirmed);
      }
      if (!pick) continue;
      if (!(pick.flags & AliasFlag.Surname)) fullNameAt.set(pick.entity, r.start);
      const comma = placeThenRegion(t, r, pick, lookup);
      const start = origin[r.start]!;
      const end = origin[(comma ? comma.cityEnd : r.end) - 1]! + 1;
      out.push({ start, end, entity: pick.entity, surface: text.slice(start, end) });
      if (comma) {
        const s2 = origin[comma.start]!, e2 = origin[r.end - 1]! + 1;
        out.push({ start: s2, end: e2, entity: comma.entity, surface: text.slice(s2, e2) });
      }
    }
    return true;
  };
}
