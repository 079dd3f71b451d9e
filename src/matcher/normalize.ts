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
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200b\u2028\u202f\u205f\u3000\ufeff]/u;

export function normalizeForMatch(input: string): Normalized {
  const out: string[] = [];
  const origin = new Uint32Array(input.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (SPACE.test(ch)) {
      if (!lastSpace) { out.push(' '); origin[n++] = i; lastSpace = true; }
      continue;
    }
    lastSpace = false;
    const folded = FOLD[ch];
    if (folded === '') continue;
    out.push(folded ?? ch);
    origin[n++] = i;
  }
  origin[n] = input.length;
  return { text: out.join(''), origin: origin.subarray(0, n + 1) };
}

/** Normalise an alias the same way (no offsets needed). */
export function normalizeAliasText(alias: string): string {
  return normalizeForMatch(alias.trim()).text;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** The word starting at `at` (letters, digits and marks), or '' when none starts there. */
export function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordChar(text[end])) end++;
  return text.slice(at, end);
}
