/**
 * Abbreviations a story spells out itself (issue #13, #16). "The World Food Programme (WFP)
 * said …, the WFP added": once the text pairs a linked name with a bracketed abbreviation
 * that fits it, later uses of that abbreviation name the same entity, whether or not the
 * knowledge base lists it. The other way round, the text's own expansion outranks the index:
 * "the Financial Stability Board (FSB)" is not Russia's security service, nor "active noise
 * cancelling (ANC)" a South African party, on the whole page. Pure; offsets are UTF-16 code
 * units into the text.
 */
import type { Mention } from './mention';

const INTRODUCED = /^\s?\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;
/** An abbreviation as news writes one: capitals (digits, "&" inside), a plural "s" allowed. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d&]{1,7}s?$/u;
/** Words an abbreviation may skip: "Federal Bureau of Investigation (FBI)". */
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'für', 'und', 'van', 'von', 'del', 'di', '&']);
/** Longest expansion looked for before a bracket, in words beyond the abbreviation's letters. */
const EXTRA_WORDS = 3;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** "CMOs" → "CMO", "R&D" → "RD". */
const lettersOf = (abbr: string) => abbr.replace(/(?<=\p{Lu})s$/u, '').replace(/&/g, '').toUpperCase();

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * Whether `abbr` fits `phrase`: the initials of its words ("Simple Logging Facade 4 Java",
 * SLF4J), with function words and hyphenated parts optional ("Organisation for Economic
 * Co-operation and Development", OECD); for one word, letters of it from its first
 * ("Microsoft", MSFT).
 */
export function abbreviates(abbr: string, phrase: string): boolean {
  const want = lettersOf(abbr);
  const words = phrase.split(/[\s\-–—/]+/u).map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '')).filter(Boolean);
  if (!want || !words.length) return false;
  if (words.length === 1) {
    const w = words[0]!.toUpperCase();
    return want[0] === w[0] && isSubsequence(want, w);
  }
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const sig = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
  if (want[0] !== all[0]) return false;
  return want === sig || want === all || (isSubsequence(want, all) && want.at(-1) === all.at(-1));
}

/** The words right before `at` (a bracket) that the abbreviation spells, shortest first. */
function expansionBefore(text: string, at: number, abbr: string): { start: number; phrase: string } | null {
  const want = lettersOf(abbr).length;
  const from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  // Within the bracket's own sentence line: a block break or a full stop ends the search.
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf(' ('));
  const words = [...before.slice(cut + 1).matchAll(WORD)].map((m) => ({ start: from + cut + 1 + m.index!, end: from + cut + 1 + m.index! + m[0].length }));
  if (!words.length || text.slice(words.at(-1)!.end, at).trim()) return null;
  for (let k = 2; k <= Math.min(words.length, want + EXTRA_WORDS); k++) {
    const first = words[words.length - k]!;
    const phrase = text.slice(first.start, at).trim();
    if (FUNCTION_WORDS.has(phrase.split(/\s/)[0]!.toLowerCase())) continue;
    if (abbreviates(abbr, phrase)) return { start: first.start, phrase };
  }
  return null;
}

/** Word stems to tell a spelling variant ("Organisation", "Organization") from another body. */
const stems = (phrase: string) => (phrase.match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map((w) => w.slice(0, 5).toLowerCase());

/**
 * A linked abbreviation in brackets after words that spell it: when those words are another
 * linked name that it fits, the abbreviation is that name's; when they are no linked name and
 * share few words with the abbreviation's own record, it is not that record's. Either way
 * the rest of the page reads the abbreviation as the text defined it. `nameOf` gives an
 * entity's name.
 */
export function settleBracketedAbbreviations(text: string, mentions: Mention[], nameOf: (entity: number) => string): Mention[] {
  // Surface and the entity the index gave it → what the page made of it (null: nothing).
  const settled = new Map<string, number | null>();
  const key = (m: Mention) => `${m.surface}\u0000${m.entity}`;
  let changed = false;
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let entity: number | null | undefined = settled.get(key(m));
    // Each bracket decides anew: a page may spell the same letters out twice, differently.
    if (ABBREVIATION.test(m.surface) && text[m.start - 1] === '(' && /^s?\)/.test(text.slice(m.end, m.end + 2))) {
      const prev = out.at(-1);
      const adjacent = prev && !text.slice(prev.end, m.start - 1).trim() ? prev : undefined;
      const expansion = adjacent?.entity === m.entity ? null : expansionBefore(text, m.start - 1, m.surface);
      if (adjacent?.entity === m.entity) entity = m.entity;
      else if (expansion) {
        const named = adjacent && adjacent.start >= expansion.start ? adjacent : undefined;
        if (named && abbreviates(m.surface, named.surface)) entity = named.entity;
        else {
          const own = new Set(stems(nameOf(m.entity)));
          const words = stems(expansion.phrase);
          entity = words.filter((w) => own.has(w)).length * 2 >= words.length ? m.entity : null;
        }
      }
      if (entity !== undefined) settled.set(key(m), entity);
    }
    if (entity === undefined || entity === m.entity) out.push(m);
    else {
      changed = true;
      if (entity !== null) out.push({ ...m, entity });
    }
  }
  return changed ? out : mentions;
}

export function withIntroducedAbbreviations(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const m of mentions) {
    const found = INTRODUCED.exec(text.slice(m.end, m.end + 14));
    if (!found) continue;
    const abbr = found[1]!;
    // "England and Wales (ICAEW)", "Linux (WSL)": the bracket belongs to a longer name.
    if (abbr === m.surface || !abbreviates(abbr, m.surface)) continue;
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
