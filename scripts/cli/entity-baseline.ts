/**
 * The baseline the linking eval sets Gloss beside (issue #13): plain leftmost-longest
 * dictionary matching over the same knowledge base, with none of the matcher's context
 * rules (no ambiguity or surname checks, no sentence-start or glued-word rules). Where
 * several records share an alias, the first in the index wins.
 */
import { allStartingWith, type Lookup } from '../../src/matcher/lookup.ts';
import type { Mention } from '../../src/matcher/match.ts';
import { isWordChar, normalizeForMatch, wordAt } from '../../src/matcher/normalize.ts';

export function baselineMentions(text: string, lookup: Lookup): Mention[] {
  const { text: t, origin } = normalizeForMatch(text);
  const lower = t.toLowerCase();
  const out: Mention[] = [];
  let i = 0;
  while (i < t.length) {
    if (!isWordChar(t[i]) || (i > 0 && isWordChar(t[i - 1]))) { i++; continue; }
    const word = wordAt(t, i);
    const cands = [
      ...allStartingWith(lookup.exact.get(word)).map((c) => ({ c, source: t })),
      ...(lookup.folded.get(word.toLowerCase()) ?? []).map((c) => ({ c, source: lower })),
    ].sort((a, b) => b.c.text.length - a.c.text.length);
    const hit = cands.find(({ c, source }) => source.startsWith(c.text, i) && !isWordChar(t[i + c.text.length]))?.c;
    if (!hit) { i += Math.max(1, word.length); continue; }
    const start = origin[i]!, end = origin[i + hit.text.length - 1]! + 1;
    out.push({ start, end, entity: hit.entity, surface: text.slice(start, end) });
    i += hit.text.length;
  }
  return out;
}
