/**
 * Text normalisation for matching, with a map back to the original offsets: whitespace
 * runs (NBSP, line breaks) become one space, curly apostrophes and hyphen variants become
 * ASCII, so "Kushner’s" and "Abdel Fattah el‑Sisi" match the index's plain forms.
 */
const FOLD: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u00ad': '',
};

export interface Normalized {
  text: string;
  /** origin[i] = offset in the original text of normalized character i; origin[len] = original length. */
  origin: Uint32Array;
}

/** Block separator the DOM layer puts between paragraphs; kept, so sentences and
 *  matches never run across blocks. */
export const BLOCK_BREAK = '\u2029';
/** Whitespace folded to one space: \t \n \v \f \r, space, U+0085, NBSP, U+1680,
 *  U+2000-U+200B, U+2028, U+202F, U+205F, U+3000 and U+FEFF (none is astral).
 *  Char codes, not a regex: this runs on every character of a page (npm run bench). */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function normalizeForMatch(input: string): Normalized {
  // Kept characters are copied as slices of the input, not one string per character:
  // matching 10,000 words took 8 ms here before, under 1 ms now (issue #7, npm run bench).
  let out = '';
  let runStart = 0;
  const origin = new Uint32Array(input.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c > 0x20 && c < 0x80) { lastSpace = false; origin[n++] = i; continue; }
    // A single plain space stays inside the run being copied: only runs of spaces and other
    // white space are rewritten, so ordinary prose is copied in a few slices, not one a word.
    if (c === 0x20 && !lastSpace) { lastSpace = true; origin[n++] = i; continue; }
    if (isSpaceCode(c)) {
      out += input.slice(runStart, i);
      runStart = i + 1;
      if (!lastSpace) { out += ' '; origin[n++] = i; lastSpace = true; }
      continue;
    }
    lastSpace = false;
    const folded = c < 0x80 ? undefined : FOLD[input[i]!];
    if (folded === undefined) { origin[n++] = i; continue; }
    out += input.slice(runStart, i) + folded;
    runStart = i + 1;
    if (folded !== '') origin[n++] = i;
  }
  out += input.slice(runStart);
  origin[n] = input.length;
  return { text: out, origin: origin.subarray(0, n + 1) };
}

const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Normalise an alias the same way (no offsets needed). */
export function normalizeAliasText(alias: string): string {
  const t = alias.trim();
  // Every tab normalises every alias when it builds its lookup: printable ASCII words with
  // single spaces are already normal, and skip the offset table (issue #7, npm run bench).
  return PLAIN_ASCII.test(t) ? t : normalizeForMatch(t).text;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // ASCII is answered without the Unicode regex: most characters of most pages are ASCII.
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return WORD_CHAR.test(ch);
}

/** The word starting at `at` (letters, digits and marks), or '' when none starts there. */
export function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordChar(text[end])) end++;
  return text.slice(at, end);
}

const CAPITAL = /^\p{Lu}/u;
/** Whether `w` starts with a capital letter. ASCII is answered without the Unicode regex:
 *  the neighbour rules ask it of the words around every name. */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return CAPITAL.test(w);
}

/** The word ending just before `at` (after one space), with its start; '' at punctuation. */
export function wordBefore(t: string, at: number): { word: string; start: number } {
  if (t[at - 1] !== ' ') return { word: '', start: at };
  let s = at - 1;
  while (s > 0 && isWordChar(t[s - 1])) s--;
  return { word: t.slice(s, at - 1), start: s };
}
