/**
 * Datelines (issue #13): wire copy opens a story with its place in capitals, "NAIROBI, Kenya
 * (Reuters) —", "WASHINGTON (AP) -", "RIO DE JANEIRO —", where no alias, written as names
 * are, can match. At the start of a block of that shape, the capitals are read as the
 * place's name: "Nairobi", "Washington", "Rio de Janeiro". Same length, so offsets hold.
 * Pure.
 */
import { BLOCK_BREAK } from './normalize';

/** A place in capitals (up to four words), an optional ", Country", an optional agency in
 *  brackets, then a dash: the whole shape must be there, so a heading in capitals or an
 *  abbreviation opening a sentence ("NATO, the alliance…") is left alone. */
const DATELINE = /(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3})(?:, \p{Lu}[\p{L}.' ]{1,30})?(?: \([^)\n]{1,30}\))? [—–-]{1,2} /uy;
/** Small words inside place names, lower case after the first word ("Rio de Janeiro"). */
const PARTICLES = new Set(['DE', 'DA', 'DO', 'DOS', 'DAS', 'DEL', 'DI', 'DU', 'LA', 'LE', 'LOS', 'LAS', 'EL', 'OF', 'THE', 'AND', 'ON', 'UPON', 'AM', 'EN']);

function titleWord(w: string, first: boolean): string {
  if (!first && PARTICLES.has(w)) return w.toLowerCase();
  // "ST." → "St.", "O'HARE" → "O'Hare": a letter after an apostrophe starts a part again.
  return w.charAt(0) + w.slice(1).toLowerCase().replace(/(['’])(\p{Ll})/u, (_, a: string, b: string) => a + b.toUpperCase());
}

/**
 * `t` with each block-opening dateline's capitals in the form names are written in.
 * `known(word)`: a one-word dateline the index has as written (an abbreviation such as
 * "UN") stays as it is.
 */
export function titleCaseDatelines(t: string, known: (word: string) => boolean): string {
  let out: string | null = null;
  for (let at = 0; at < t.length;) {
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(t);
    if (m) {
      const words = m[1]!.split(' ');
      // One word the index has in capitals is an abbreviation ("NATO —"); a place of several
      // words is never one, though a word of it may be ("DE" is Delaware's code).
      if (words.length > 1 || !known(words[0]!.replace(/[.'’-]+$/u, ''))) {
        const cased = words.map((w, k) => titleWord(w, k === 0)).join(' ');
        // Offsets must hold: a letter whose lower case is longer ("İ") leaves the line as it is.
        if (cased.length === m[1]!.length) out = (out ?? t).slice(0, at) + cased + (out ?? t).slice(at + cased.length);
      }
    }
    const next = t.indexOf(BLOCK_BREAK, at);
    if (next < 0) break;
    at = next + 1;
  }
  return out ?? t;
}
