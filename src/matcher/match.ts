/**
 * Finds knowledge-base names in text: leftmost-longest over word boundaries, then
 * precision rules (issue #5): ambiguous aliases need context, surnames need the full name
 * first (unless safe), a common word at a sentence start needs the entity seen elsewhere,
 * and a one-word alias glued to another capitalised word is part of a longer name.
 * Pure: no DOM; offsets are UTF-16 code units into the original text.
 */
import { AliasFlag, Honorific } from '../knowledge/types';
import { ENTITY_ORGANIZATION, ENTITY_PERSON, ENTITY_PLACE, FOLDED_ASCII_LENGTHS, type Candidate, type Lookup, type WordEntry } from './lookup';
import { BLOCK_BREAK, isCapitalised, isWordChar, normalizeForMatch, wordAt, wordBefore } from './normalize';
import { CALENDAR_WORDS, OPENING_WORDS, PERSONAL_TITLES, TITLE_WORDS } from './title-words';
import { GIVEN_NAMES } from './given-names';
import { insideLongerName, titleCaseBlocks } from './longer-names';
import { withIntroducedAbbreviations } from './abbreviations';
import { sportsResults } from './sports-results';
import { titleCaseDatelines } from './datelines';
import { settleNamesakePlaces } from './namesake-places';
import { isRegionCode, placesATown } from './region-codes';
import { ALL_FULL_PERSON, ALL_ONE_WORD, ALL_ONE_WORD_THING, ALL_PERSON, ALL_PLACE, kindsOf, NO_PERSON } from './span-kinds';
import type { Mention } from './mention';
import { wordUnitsAt } from './word-chars';
import { findWord, mixWordHash, WORD_HASH_SEED } from './word-table';

export type { Mention } from './mention';

interface Raw { start: number; end: number; cands: Candidate[]; sentenceStart: boolean; glued: boolean }

const OPENERS = /["“‘'(\[«¿¡—–-]/u;
const SENTENCE_END = /[.!?:…]/u;

function isSentenceStart(t: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (t[i] === ' ' || OPENERS.test(t[i]!))) i--;
  return i < 0 || t[i] === BLOCK_BREAK || SENTENCE_END.test(t[i]!);
}


function nextWord(t: string, at: number): string {
  return t[at] === ' ' ? wordAt(t, at + 1) : '';
}

const NONE: Candidate[] = [];
/** A context's first word, as the scan splits words (normalize.ts isWordChar). */
const FIRST_WORD = /^[\p{L}\p{N}\p{M}]+/u;

/** `words`: the context words (first words of context phrases) the text holds, so a
 *  context is looked up, not searched for. `phrases`: where each first word of a context
 *  phrase stands, so a phrase is tried there only, not searched for in the whole text. */
interface ScanState { i: number; raws: Raw[]; coverEnd: number; words: Set<string>; phrases: Map<string, number[]> }

/** The longest names found so far at one position. Before the first, `len` is the least
 *  length a name needs; after, the names' length. `cands` may be a lookup's own list
 *  (`shared`), copied before anything is added to it. */
interface Found { cands: Candidate[]; len: number; shared: boolean }

/** Adds the names of `list` (longest first) that stand at `i` if none found is longer. */
function longestAt(t: string, i: number, list: readonly Candidate[], found: Found): void {
  for (const c of list) {
    const len = c.text.length;
    // Longest first: after one too short, none can win.
    if (len < found.len) break;
    const hit = c.flags & AliasFlag.CaseInsensitive ? t.slice(i, i + len).toLowerCase() === c.text : t.startsWith(c.text, i);
    if (!hit || isWordChar(t[i + len])) continue;
    addFound(found, c, len);
  }
}

/** Records `c`, a name `len` long, among the longest found (the caller knows it is no shorter). */
function addFound(found: Found, c: Candidate, len: number): void {
  if (len > found.len || found.cands === NONE) { found.cands = [c]; found.len = len; found.shared = false; }
  else if (found.shared) { found.cands = [...found.cands, c]; found.shared = false; }
  else found.cands.push(c);
}

/** Adds the people whose two-part name stands at `i` with one initial between its parts
 *  (`wordLen`: the first part's length). */
function withMiddleInitial(t: string, i: number, wordLen: number, entry: WordEntry, lookup: Lookup, found: Found): void {
  const restAt = i + wordLen + 4;
  const list = entry.next?.get(wordAt(t, restAt)) ?? entry.cands;
  for (const c of list) {
    if (c.flags & AliasFlag.CaseInsensitive || !(lookup.kinds[c.entity]! & ENTITY_PERSON)) continue;
    const rest = c.text.slice(wordLen + 1);
    if (c.text[wordLen] !== ' ' || rest.includes(' ') || !t.startsWith(rest, restAt) || isWordChar(t[restAt + rest.length])) continue;
    const len = restAt + rest.length - i;
    if (len >= found.len) addFound(found, c, len);
  }
}

/**
 * Scans from `s.i` to the end, or until `timeUp()` says the slice is over (checked every
 * 256 words): true when done. Resumable, so a megabyte of page text is matched in slices
 * of idle time instead of one long task (issue #8: 270 ms for a 1 MB paragraph).
 */
function scanSome(t: string, lookup: Lookup, s: ScanState, timeUp: () => boolean): boolean {
  const raws = s.raws;
  const table = lookup.words;
  const n = t.length;
  let steps = 0;
  // Words are read by character code (word-chars.ts), hashing each as it is read, and found
  // in the table where they stand (word-table.ts): no match object and no substring per
  // word. Only the word a name needs is taken as a string: the table's own key.
  for (let i = s.i; i < n;) {
    let u = wordUnitsAt(t, i);
    if (!u) { i++; continue; }
    const start = i;
    let h = WORD_HASH_SEED;
    do {
      h = mixWordHash(h, t.charCodeAt(i));
      if (u === 2) h = mixWordHash(h, t.charCodeAt(i + 1));
      i += u;
      u = wordUnitsAt(t, i);
    } while (u);
    if ((++steps & 255) === 0 && timeUp()) { s.i = start; return false; }
    const wordLen = i - start;
    const k = findWord(table, t, start, wordLen, h);
    let entry = k < 0 ? undefined : table.values[k];
    if (entry) {
      if (entry.context) {
        const word = table.keys[k]!;
        s.words.add(word);
        if (entry.phrase) {
          const at = s.phrases.get(word);
          if (at) at.push(start); else s.phrases.set(word, [start]);
        }
      }
      else if (entry.contextAs && isSentenceStart(t, start)) s.words.add(entry.contextAs);
      // Most words the table knows only as some name's context ("match", "said") start no
      // name: nothing more to read.
      if (!entry.whole.length && !entry.cands.length && !entry.next) entry = undefined;
    }
    // Lower-casing every word costs a string each: only for words that could be one of the
    // few case-insensitive aliases (one, "bitcoin", made every word pay: npm run bench).
    const c0 = t.charCodeAt(start);
    const mayFold = c0 < 128 && wordLen < FOLDED_ASCII_LENGTHS
      ? lookup.foldedAscii[wordLen * 128 + (c0 >= 65 && c0 <= 90 ? c0 + 32 : c0)] === 1
      : lookup.foldedFirst.get(wordLen)?.has(t[start]!.toLowerCase());
    const folded = mayFold ? lookup.folded.get(t.slice(start, i).toLowerCase()) ?? NONE : NONE;
    if (!entry && folded === NONE) continue;
    // Inside a name already found, only a name reaching past its end matters (a longer name
    // starting within it); anything it contains would lose to it anyway.
    const found: Found = { cands: NONE, len: s.coverEnd > start ? s.coverEnd - start + 1 : 0, shared: true };
    // Longer names first, in the order ties were always listed: by second word, then the
    // rest, then the word itself, then the case-insensitive ones.
    if (entry) {
      if (entry.next && t[i] === ' ') {
        const more = entry.next.get(wordAt(t, i + 1));
        if (more) longestAt(t, start, more, found);
      }
      const after = t[i];
      if (after && entry.follow.includes(after)) longestAt(t, start, entry.cands, found);
      if (entry.whole.length && wordLen >= found.len) {
        if (wordLen > found.len || found.cands === NONE) found.cands = entry.whole;
        else found.cands = [...found.cands, ...entry.whole];
        found.len = wordLen;
        found.shared = true;
      }
    }
    if (folded.length) longestAt(t, start, folded, found);
    // "Elizabeth A. Warren": news adds a middle initial the index's name does not hold.
    if (entry && t.charCodeAt(i + 2) === 46 && t[i] === ' ' && t[i + 3] === ' ') {
      const initial = t.charCodeAt(i + 1);
      if (initial >= 65 && initial <= 90) withMiddleInitial(t, start, wordLen, entry, lookup, found);
    }
    const best = found.cands;
    const bestLen = best === NONE ? 0 : found.len;
    if (!bestLen) continue;
    raws.push({ start, end: start + bestLen, cands: best, sentenceStart: isSentenceStart(t, start), glued: false });
    // The scan goes on at the next word, not past the name: a longer name may start inside
    // it ("The National Security Council": "The National" is a newspaper). widestSpans decides.
    s.coverEnd = Math.max(s.coverEnd, start + bestLen);
  }
  s.i = t.length;
  return true;
}

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

/** A personal title, with or without its full stop ("Mr Georgia", "Mr. Georgia"), right before `at`. */
function titleBefore(t: string, at: number): boolean {
  // Cheap test first (this runs for most one-word names): the run of ASCII letters ending
  // there must be a title, as every title is; a word the pattern could take that is not that
  // run holds another letter, or is too long to be a title.
  if (t.charCodeAt(at - 1) !== 32) return false;
  const last = t.charCodeAt(at - 2) === 46 ? at - 3 : at - 2;
  let first = last;
  while (first >= 0 && isAsciiLetter(t.charCodeAt(first))) first--;
  if (last - first < 2 || !PERSONAL_TITLES.has(t.slice(first + 1, last + 1))) return false;
  const m = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}]{1,11})\.? $/u.exec(t.slice(Math.max(0, at - 14), at));
  return Boolean(m && PERSONAL_TITLES.has(m[1]!));
}


/** Capitalised words only, the last at least two letters: a person's name as news writes it. */
const PLAIN_FULL_NAME = /^(?:\p{Lu}[\p{L}\p{M}.'’-]* )+\p{Lu}[\p{L}\p{M}'’-]+$/u;

/** " of Canada", " of the Americas" right after a name. */
const OF_NAME = /^ (?:of|for) (?:the )?(\p{Lu}\p{L}*)/u;
/** Whether " of " or " for " may follow `end`: OF_NAME is tried only then. */
const ofOrForAt = (t: string, end: number) => t.charCodeAt(end) === 32 && (t.charCodeAt(end + 1) === 111 || t.charCodeAt(end + 1) === 102);
const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

function markGlued(t: string, raws: Raw[], isPerson: (entity: number) => boolean, isPlace: (entity: number) => boolean, isOrganization: (entity: number) => boolean): void {
  // A one-word alias next to another capitalised word that no alias explains is part of a
  // longer name ("Michael Jordan", "Qatar Airways", "Jordan Peterson").
  const starts = new Set(raws.map((r) => r.start));
  const ends = new Set(raws.map((r) => r.end));
  // What all of a span's candidates are, read once per span: the rules below ask it up to
  // seven times each.
  const kinds = raws.map((r) => kindsOf(r.cands, isPerson, isPlace));
  const personEnds = new Set(raws.filter((_, k) => kinds[k]! & ALL_PERSON).map((r) => r.end));
  const inHeadline = titleCaseBlocks(t);
  const surnames = new Set<string>();
  const sportsResult = sportsResults(t);
  const capitalBefore = (r: Raw, prev: { word: string; start: number }) =>
    Boolean(prev.word && isCapitalised(prev.word) && !TITLE_WORDS.has(prev.word) && !CALENDAR_WORDS.has(prev.word)
      && !(isSentenceStart(t, prev.start) && OPENING_WORDS.has(prev.word)) && !ends.has(r.start - 1));
  // Where a body's name continues with "of" ("National Gallery of Ireland"), the name after
  // it belongs to the longer name too, in a headline as elsewhere.
  const tailsOfLonger = new Set<number>();
  const startsLongerBody = (r: Raw): boolean => {
    const ofName = ofOrForAt(t, r.end) ? OF_NAME.exec(t.slice(r.end, r.end + 40)) : null;
    if (!ofName || TITLE_WORDS.has(ofName[1]!)) return false;
    r.glued = true;
    tailsOfLonger.add(r.end + ofName[0].length - ofName[1]!.length);
    return true;
  };
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k]!;
    const kind = kinds[k]!;
    // "Hannah Cairo … Cairo": a known person's last name, alone, is that person, never the
    // place or thing it also names; the person's own surname alias links it, if they have one.
    // Only a plain "Given Surname" says so: "Catherine, Princess of Wales" leaves Wales be.
    if (kind & ALL_FULL_PERSON) {
      const surface = t.slice(r.start, r.end);
      if (PLAIN_FULL_NAME.test(surface)) surnames.add(surface.slice(surface.lastIndexOf(' ') + 1));
    }
    if (tailsOfLonger.has(r.start)) { r.glued = true; continue; }
    if (inHeadline(r.start)) {
      if (kind & NO_PERSON) startsLongerBody(r);
      continue;
    }
    // "Italy beat Portugal 2-1": national teams, not states (sports-results.ts).
    if (kind & ALL_PLACE && sportsResult(r.start, r.end)) { r.glued = true; continue; }
    const prev = wordBefore(t, r.start);
    // The given name may itself be some alias ("Cameron Forbes": David Cameron's surname);
    // "Sam Houston Park" names a park, not a person, so Houston stays the city elsewhere.
    if (kind & ALL_ONE_WORD_THING && GIVEN_NAMES.has(prev.word)
      && !isCapitalised(nextWord(t, r.end))) {
      surnames.add(t.slice(r.start, r.end));
      r.glued = true;
      continue;
    }
    // "Captain America", "Father Christmas": a person's title before a place's or thing's
    // one-word name makes it a person's or a character's name.
    if (kind & ALL_ONE_WORD_THING && titleBefore(t, r.start)) { r.glued = true; continue; }
    // "Shopify Inc.", "Chubb Ltd Group": a company the index knows, then its legal form, is
    // that company, not a longer name it lacks.
    // Every legal form starts with an ASCII capital: only then is the next word read.
    const capitalNext = t.charCodeAt(r.end) === 32 && t.charCodeAt(r.end + 1) >= 0x41 && t.charCodeAt(r.end + 1) <= 0x5a;
    const legalFormNext = capitalNext && LEGAL_FORMS.has(nextWord(t, r.end)) && r.cands.every((c) => isOrganization(c.entity));
    if (!legalFormNext && insideLongerName(t, r.start, r.end, starts, personEnds)) { r.glued = true; continue; }
    if (kind & NO_PERSON) {
      // "The Royal Society of Canada", "the Supreme Court of India": a body the index knows,
      // then "of" and a capitalised word, is the start of another body's name.
      if (startsLongerBody(r)) continue;
      // Places, bodies and things (issue #13): two known names side by side are one longer
      // name the index lacks ("San Francisco Museum of Modern Art", "UK Supreme Court"),
      // and a capitalised word before a name of several words begins a longer one
      // ("Finnish National Gallery", "West Palm Beach"). No card beats the inner one's.
      const besideKnown = (t[r.start - 1] === ' ' && ends.has(r.start - 1)) || (t[r.end] === ' ' && starts.has(r.end + 1));
      // A sentence's first word is as often an ordinary one ("More Quantitative Easing").
      // "from The Federation of Master Builders": a capitalised article is the name's own.
      const opensLongerName = !(kind & ALL_ONE_WORD) && capitalBefore(r, prev) && prev.word !== 'The' && !isSentenceStart(t, prev.start);
      if (besideKnown || opensLongerName) { r.glued = true; continue; }
    }
    if (!(kind & ALL_ONE_WORD)) continue;
    const prevGlued = capitalBefore(r, prev);
    const next = nextWord(t, r.end);
    // "Chicago Mayor Brandon Johnson": a title after a place does not continue its name.
    const nextGlued = !legalFormNext && next && isCapitalised(next) && !TITLE_WORDS.has(next) && !starts.has(r.end + 1);
    r.glued = Boolean(prevGlued || nextGlued);
  }
  // "Rosa Cairo … Cairo said the proof took a year": once a place's name has followed a given
  // name, on this page it is that person's surname, before and after (issue #13).
  // "Mary Lou McDonald … McDonald's party": the person's possessive, not the restaurant chain.
  if (surnames.size) raws.forEach((r, k) => {
    if (r.glued || !(kinds[k]! & NO_PERSON)) return;
    const surface = t.slice(r.start, r.end);
    const stem = POSSESSIVE.test(surface) ? surface.slice(0, -2) : '';
    if (kinds[k]! & ALL_ONE_WORD_THING && surnames.has(surface) || stem && surnames.has(stem)) r.glued = true;
  });
}

const POSSESSIVE = /\p{L}['’]s$/u;

/** Words of a company's legal form or corporate shape, as news appends them to its name. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'LLC', 'LLP', 'PLC', 'Plc',
  'Group', 'Holdings', 'AG', 'SA', 'SE', 'NV', 'GmbH', 'Co']);

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
      if (done) out = withIntroducedAbbreviations(text, out);
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
