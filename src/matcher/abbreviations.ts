/**
 * Abbreviations a story introduces itself (issue #13, #16): "the World Food Programme
 * (WFP) said …, the WFP added" — once the text pairs a linked name with a bracketed
 * abbreviation, later uses of that abbreviation name the same entity, whether or not the
 * knowledge base lists it. Pure; offsets are UTF-16 code units into the text.
 */
import type { Mention } from './mention';

const INTRODUCED = /^\s?\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;
const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

export function withIntroducedAbbreviations(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const m of mentions) {
    const found = INTRODUCED.exec(text.slice(m.end, m.end + 14));
    if (!found) continue;
    const abbr = found[1]!;
    if (abbr === m.surface) continue;
    const from = m.end;
    for (let at = text.indexOf(abbr, from); at >= 0; at = text.indexOf(abbr, at + abbr.length)) {
      const end = at + abbr.length;
      if (isWord(text[at - 1]) || isWord(text[end])) continue;
      const taken = (x: Mention) => x.start < end && at < x.end;
      if (mentions.some(taken) || added.some(taken)) continue;
      added.push({ start: at, end, entity: m.entity, surface: abbr });
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
