/**
 * When a known name is only part of a longer proper name (issue #13): "the Art Institute
 * of Chicago", "the Reserve Bank of Australia", "the San Francisco Museum of Modern Art",
 * "the UN Development Programme". The longer name gets its own card when the knowledge
 * base has it (longest match wins before this runs); otherwise no card, rather than the
 * inner city's or country's. Pure.
 */
import { BLOCK_BREAK, isWordChar } from './normalize';
import { OPENING_WORDS, TITLE_WORDS } from './title-words';

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const LINKING = new Set(['of', 'of the', 'for', 'for the', 'de', 'du', 'des', 'di', 'del', 'della', 'der']);

/** The word ending just before `at` (after one space), with its start; '' at punctuation. */
function wordBefore(t: string, at: number): { word: string; start: number } {
  if (t[at - 1] !== ' ') return { word: '', start: at };
  let s = at - 1;
  while (s > 0 && isWordChar(t[s - 1])) s--;
  return { word: t.slice(s, at - 1), start: s };
}

/**
 * A block written in Title Case (a headline) says nothing with its capitals about where a
 * name ends: "Oman and Jordan Deepen Their Water Partnership" names Jordan. True when the
 * block does not end a sentence and most of its longer words are capitalised.
 */
export function titleCaseBlocks(t: string): (at: number) => boolean {
  const blocks: [start: number, end: number, title: boolean][] = [];
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && t[i] !== BLOCK_BREAK) continue;
    const block = t.slice(start, i).trim();
    const words = block.match(/\p{L}[\p{L}'-]{3,}/gu) ?? [];
    const caps = words.filter(isCapitalised).length;
    // Headlines have no closing full stop; a short sentence full of names does.
    const headline = !/[.!?:;]["”’)]?$/u.test(block) && words.length >= 4 && words.length <= 30 && caps / words.length >= 0.75;
    blocks.push([start, i, headline]);
    start = i + 1;
  }
  return (at) => blocks.some(([s, e, title]) => title && at >= s && at < e);
}

/**
 * True when the span [start, end) is followed by a capitalised word that continues the
 * name ("San Francisco Museum", "Berkshire Hathaway Homestate") or preceded by a
 * capitalised phrase and "of"/"for" ("Art Institute of Chicago"). A title ("Chicago
 * Mayor", "Prime Minister of Japan") or a name the index knows there does not count.
 */
export function insideLongerName(t: string, start: number, end: number, knownStarts: ReadonlySet<number>, knownEnds: ReadonlySet<number>): boolean {
  if (t[end] === ' ' && !knownStarts.has(end + 1)) {
    let e = end + 1;
    while (e < t.length && isWordChar(t[e])) e++;
    const next = t.slice(end + 1, e);
    if (next && isCapitalised(next) && !TITLE_WORDS.has(next) && /^\p{Lu}\p{Ll}/u.test(next)) return true;
  }
  let at = start;
  for (const link of ['of the', 'for the', 'of', 'for', 'de', 'du', 'des', 'di', 'del', 'della', 'der']) {
    if (t.slice(at - link.length - 1, at) === `${link} ` && (at - link.length - 1 === 0 || t[at - link.length - 2] === ' ')) {
      at -= link.length + 1;
      const before = wordBefore(t, at);
      if (!before.word || !isCapitalised(before.word) || TITLE_WORDS.has(before.word) || knownEnds.has(at - 1)) return false;
      // "In Chicago" opens a sentence; "Institute of Chicago" is a name.
      return !OPENING_WORDS.has(before.word) && LINKING.has(link);
    }
  }
  return false;
}
