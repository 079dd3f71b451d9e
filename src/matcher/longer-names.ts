/**
 * When a known name is only part of a longer proper name (issue #13): "the Art Institute
 * of Chicago", "the Reserve Bank of Australia", "the San Francisco Museum of Modern Art",
 * "the UN Development Programme". The longer name gets its own card when the knowledge
 * base has it (longest match wins before this runs); otherwise no card, rather than the
 * inner city's or country's. Pure.
 */
import { BLOCK_BREAK, isCapitalised, isWordChar, wordBefore } from './normalize';
import { CALENDAR_WORDS, OPENING_WORDS, PERSONAL_TITLES, TITLE_WORDS } from './title-words';
import { GIVEN_NAMES } from './given-names';

/** Longer blocks are paragraphs, whatever their capitals. */
const HEADLINE_MAX_CHARS = 300;
const LINKING = new Set(['of', 'for', 'de', 'du', 'des', 'di', 'del', 'della', 'der']);
/** Words for a part of a place that news capitalises ("the West End of London"). */
const PLACE_PARTS = new Set(['North', 'South', 'East', 'West', 'Side', 'End', 'Outskirts', 'Suburbs', 'Heart']);
/** Office words that also begin a body's name after a place: "Texas State Building Trades",
 *  "US Treasury Department", "China Foreign Ministry". Before a person's title ("State
 *  Senator", "Foreign Minister") they are still an office, and the place keeps its card. */
const OFFICE_OR_BODY = new Set(['State', 'Defence', 'Defense', 'Foreign', 'Finance', 'Interior', 'Treasury', 'Field']);
/** Numerals that follow a name to tell a son, a grandson or a sequel from the original. */
const GENERATIONS = new Set(['II', 'III', 'IV']);

/**
 * A block written in Title Case (a headline) says nothing with its capitals about where a
 * name ends: "Oman and Jordan Deepen Their Water Partnership" names Jordan. True when the
 * block does not end a sentence and most of its longer words are capitalised.
 */
export function titleCaseBlocks(t: string): (at: number) => boolean {
  const headlines: [start: number, end: number][] = [];
  let start = 0;
  while (start <= t.length) {
    let end = t.indexOf(BLOCK_BREAK, start);
    if (end < 0) end = t.length;
    // Cheap tests first: a headline is short and does not end a sentence; only then count words.
    if (end - start < HEADLINE_MAX_CHARS && !/[.!?:;]["”’)]?\s*$/u.test(t.slice(Math.max(start, end - 4), end))) {
      const words = t.slice(start, end).match(/\p{L}[\p{L}'-]{3,}/gu) ?? [];
      const caps = words.filter(isCapitalised).length;
      if (words.length >= 4 && words.length <= 30 && caps / words.length >= 0.75) headlines.push([start, end]);
    }
    start = end + 1;
  }
  // Asked in text order: a moving pointer, not a search per name.
  let k = 0;
  return (at) => {
    if (k > 0 && headlines[k - 1]![0] > at) k = 0;
    while (k < headlines.length && headlines[k]![1] <= at) k++;
    const h = headlines[k];
    return !!h && at >= h[0] && at < h[1];
  };
}

/** "Audrey Dussutour", ending where `surnameStart` begins: a given name the list knows, then
 *  the surname, with nothing capitalised before them but a title ("Dr", "Senator"). */
function isPlainPerson(t: string, surnameStart: number): boolean {
  const given = wordBefore(t, surnameStart);
  if (!GIVEN_NAMES.has(given.word)) return false;
  const before = wordBefore(t, given.start).word.replace(/\.$/, '');
  return !before || !isCapitalised(before) || OPENING_WORDS.has(before) || TITLE_WORDS.has(before) || PERSONAL_TITLES.has(before);
}

/**
 * True when the span [start, end) is followed by a capitalised word that continues the
 * name ("San Francisco Museum", "Berkshire Hathaway Homestate") or preceded by a
 * capitalised phrase and "of"/"for" ("Art Institute of Chicago"). A title ("Chicago
 * Mayor", "Prime Minister of Japan"), a day or month ("in New Delhi Tuesday"), a name the
 * index knows after it, or a person or place it knows before "of" or "for" does not count.
 */
export function insideLongerName(t: string, start: number, end: number, knownStarts: ReadonlySet<number>, ownerEnds: ReadonlySet<number>): boolean {
  if (t[end] === ' ' && !knownStarts.has(end + 1)) {
    let e = end + 1;
    while (e < t.length && isWordChar(t[e])) e++;
    const next = t.slice(end + 1, e);
    if (next && isCapitalised(next) && !TITLE_WORDS.has(next) && !CALENDAR_WORDS.has(next) && /^\p{Lu}\p{Ll}/u.test(next)) return true;
    if (OFFICE_OR_BODY.has(next) && t[e] === ' ' && !knownStarts.has(e + 1)) {
      let f = e + 1;
      while (f < t.length && isWordChar(t[f])) f++;
      const after = t.slice(e + 1, f);
      if (/^\p{Lu}\p{Ll}/u.test(after) && !TITLE_WORDS.has(after) && !CALENDAR_WORDS.has(after)) return true;
    }
    // "Angus King III", "Joseph P. Kennedy II", "Vatican II": a generation's numeral makes
    // another person or thing of the name (the index holds the forms that carry one).
    if (GENERATIONS.has(next)) return true;
  }
  // "Rencontres d'Arles", "Place d'Italie": French elides "de" before a vowel, and the
  // capitalised word before it begins the name.
  if ((t[start - 1] === "'" || t[start - 1] === '’') && t[start - 2] === 'd' && t[start - 3] === ' ') {
    const owner = wordBefore(t, start - 2).word;
    return !!owner && isCapitalised(owner) && !OPENING_WORDS.has(owner) && !TITLE_WORDS.has(owner);
  }
  // "Institute of Chicago", "Bank of the South": a capitalised word, then "of" (or "of the").
  let link = wordBefore(t, start);
  if (link.word === 'the') {
    const before = wordBefore(t, link.start);
    if (before.word !== 'of' && before.word !== 'for') return false;
    link = before;
  }
  if (!LINKING.has(link.word)) return false;
  const owner = wordBefore(t, link.start);
  // "Mohammed bin Salman of Saudi Arabia": after a person the index knows, "of" says where
  // they are from, and after a place ("left Germany for Switzerland") it joins two places;
  // after a body it knows ("Royal Society of Canada") it names another body.
  if (!owner.word || TITLE_WORDS.has(owner.word) || ownerEnds.has(link.start - 1)) return false;
  // The same for a person it does not know, written as news writes one: a common given name
  // and one more capitalised word ("Audrey Dussutour of France's research centre").
  if (isPlainPerson(t, owner.start)) return false;
  // French, Spanish and Italian names keep later words lower-case ("Bibliothèque nationale
  // de France"): there a capitalised word before the owner is enough.
  if (!isCapitalised(owner.word) && !(link.word !== 'of' && link.word !== 'for' && isCapitalised(wordBefore(t, owner.start).word))) return false;
  // "In Chicago" opens a sentence; "Institute of Chicago" is a name; "the Upper West Side of
  // Manhattan" and "the South of France" name a part of the place, not a body.
  return !OPENING_WORDS.has(owner.word) && !PLACE_PARTS.has(owner.word);
}
