/**
 * Sports metonymy (issue #13): in "Italy beat Portugal 2-1 in the World Cup qualifier" the
 * countries are their national teams, not the states. Which team (football, rugby,
 * cricket) the sentence alone rarely says, and a country's card there is wrong, so a
 * country (or a place: England, a city with no club of its name in the index) named in a
 * sentence that reports a result and speaks of sport gets no card.
 * A result is a result verb right beside the name ("beat", "drew with", "lost to") or a
 * scoreline in the sentence; sport is one of the words below. "Israel defeated Egypt in
 * 1967" names states: no sports word, so the countries keep their cards. Pure.
 */
import { BLOCK_BREAK } from './normalize';

/** How far a sentence is looked for on either side of a name. */
const REACH = 300;

const RESULT_AFTER = /^[’']?s? (?:beat|beats|defeated|defeat|defeats|edged|edges|thrashed|thrash|routed|rout|crushed|crush|stunned|upset|overcame|eliminated|eliminate|knocked out|drew|draw|draws|held|lost|lose|loses|won|win|wins|face|faces|faced|play|plays|played|meet|meets|met|vs\.?|v\.?|versus)\b/u;
const RESULT_BEFORE = /\b(?:beat|beats|beating|defeated|defeating|defeat|edged|thrashed|routed|crushed|stunned|upset|eliminated|knocked out|drew with|draw with|lost to|losing to|win over|won over|victory over|defeat to|defeat against|against|face|faces|faced|play|plays|played|meet|meets|met|vs\.?|v\.?|versus) $/u;
/** "2-1", "3–0", "(1-1)": small numbers only, so "2025-26" or "9-5 jobs" are not scores. */
const SCORELINE = /(?:^|[\s(])\d{1,2} ?[-–] ?\d{1,2}(?=$|[\s),.;])/u;
export const SPORT = /\b(?:match|matches|goals?|scored|scorers?|semi-?finals?|quarter-?finals?|cup|tournament|league|qualifiers?|qualifying|friendly|innings|wickets?|penalt(?:y|ies)|shoot-?out|striker|midfielder|goalkeeper|defender|Olympics?|Olympic|medals?|rugby|football|soccer|cricket|tennis|hockey|basketball|volleyball|handball|stadium|kick-?off|half-?time|extra time|Six Nations|World Cup|Euro \d{4}|Davis Cup|Test series|Copa Am[eé]rica|Nations League|Champions League|Grand Slam|Gold Cup|Asian Cup|Africa Cup of Nations)\b/iu;
/** SPORT with the case rules of a regex without the u flag, about three times faster. The two
 *  differ only on "ſ" (long s) and "K" (the Kelvin sign), which /iu reads as s and k, also
 *  for \b (ECMA-262 Canonicalize, WordCharacters): a text without them gets the same
 *  answers from either (issue #13 item 5: SPORT was a tenth of all matching time). */
export const SPORT_FAST = new RegExp(SPORT.source, 'i');
const UNICODE_ONLY_FOLDS = /[\u017f\u212a]/;

/** The regex that reads `t` as SPORT does, the faster one where it can. */
export function sportWordsFor(t: string): RegExp {
  return UNICODE_ONLY_FOLDS.test(t) ? SPORT : SPORT_FAST;
}

function sentenceBounds(t: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - REACH);
  for (let i = start - 1; i >= from; i--) {
    const c = t[i];
    if (c === BLOCK_BREAK || ((c === '.' || c === '!' || c === '?') && t[i + 1] === ' ')) { from = i + 1; break; }
  }
  let to = Math.min(t.length, end + REACH);
  for (let i = end; i < to; i++) {
    const c = t[i];
    if (c === BLOCK_BREAK || ((c === '.' || c === '!' || c === '?') && (t[i + 1] === ' ' || i + 1 === t.length))) { to = i; break; }
  }
  return [from, to];
}

/**
 * For one text: whether the name at [start, end) is a side in a reported sports result.
 * A text with no sports word answers at once; a sentence is read once for all its names.
 */
export function sportsResults(t: string): (start: number, end: number) => boolean {
  let sporty: boolean | undefined;
  let sport: RegExp = SPORT;
  let cached: { from: number; to: number; sport: boolean; score: boolean } | null = null;
  return (start, end) => {
    if (sporty === undefined) {
      sport = sportWordsFor(t);
      sporty = sport.test(t);
    }
    if (!sporty) return false;
    if (!cached || start < cached.from || end > cached.to) {
      const [from, to] = sentenceBounds(t, start, end);
      const sentence = t.slice(from, to);
      cached = { from, to, sport: sport.test(sentence), score: SCORELINE.test(sentence) };
    }
    if (!cached.sport) return false;
    return cached.score || RESULT_AFTER.test(t.slice(end, end + 24)) || RESULT_BEFORE.test(t.slice(Math.max(0, start - 24), start));
  };
}

/** The same for one name (tests, and callers with a single question). */
export function inSportsResult(t: string, start: number, end: number): boolean {
  return sportsResults(t)(start, end);
}
