/**
 * The scan: leftmost-longest names the lookup knows, word by word over the normalized text,
 * resumable in slices (issue #8). What the scan finds are raw spans; match.ts settles them
 * with the precision rules. Pure: no DOM.
 */
import { AliasFlag } from '../knowledge/types';
import { ENTITY_PERSON, FOLDED_ASCII_LENGTHS, type Candidate, type Lookup, type WordEntry } from './lookup';
import { BLOCK_BREAK, isWordChar, wordAt } from './normalize';
import { wordUnitsAt } from './word-chars';
import { findWord, mixWordHash, WORD_HASH_SEED } from './word-table';

/** A name the scan found: where, its candidates, and what the neighbour rules decided. */
export interface Raw { start: number; end: number; cands: Candidate[]; sentenceStart: boolean; glued: boolean }

const OPENERS = /["“‘'(\[«¿¡—–-]/u;
const SENTENCE_END = /[.!?:…]/u;

export function isSentenceStart(t: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (t[i] === ' ' || OPENERS.test(t[i]!))) i--;
  return i < 0 || t[i] === BLOCK_BREAK || SENTENCE_END.test(t[i]!);
}


export const NONE: Candidate[] = [];

/** `words`: the context words (first words of context phrases) the text holds, so a
 *  context is looked up, not searched for. `phrases`: where each first word of a context
 *  phrase stands, so a phrase is tried there only, not searched for in the whole text. */
export interface ScanState { i: number; raws: Raw[]; coverEnd: number; words: Set<string>; phrases: Map<string, number[]> }

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
export function scanSome(t: string, lookup: Lookup, s: ScanState, timeUp: () => boolean): boolean {
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
