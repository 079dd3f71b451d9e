/**
 * Where the scan's words start and end, read by character code instead of a regex: the same
 * words as /[\p{L}\p{N}\p{M}]+/gu (letters, digits and marks, a surrogate pair taken as the
 * one code point it is), without the match object and substring the regex made for every
 * word of a page (issue #13 item 5: the word loop was a third of matching time).
 */
const WORD_CODE_POINT = /[\p{L}\p{N}\p{M}]/u;

/** Per BMP code unit: 0 not yet asked, 1 a word character, 2 not one. ASCII is filled in
 *  at once; other characters the first time a page holds them. */
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) KIND[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 2;

/** How many code units the word character at `i` takes (1, or 2 for a surrogate pair), or
 *  0 when `t[i]` starts none (not a letter, digit or mark; a lone surrogate; past the end). */
export function wordUnitsAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = KIND[c]!;
    if (k === 0) KIND[c] = k = WORD_CODE_POINT.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  // A high surrogate with its low one is one code point, a word character or not as a whole.
  if (c <= 0xdbff) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CODE_POINT.test(t.slice(i, i + 2)) ? 2 : 0;
  }
  return 0;
}

/** The end of the word starting at `start` (where wordUnitsAt(t, start) > 0). */
export function wordEnd(t: string, start: number): number {
  let i = start;
  for (let u = wordUnitsAt(t, i); u; u = wordUnitsAt(t, i)) i += u;
  return i;
}
