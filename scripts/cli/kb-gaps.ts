/**
 * `gloss kb gaps <corpus>` (issue #12): the proper-name spans in a corpus's article texts
 * that get no card, most frequent first, and the share of name spans that do get one.
 * A name span is a run of capitalised words (with "of", "the", "de", "al-" and the like
 * inside it) that is not a lone common word opening a sentence. Pure over texts.
 *
 * What is not a name, however it is written (since 6 Dec 2026): the lower-case part of a
 * compound ("AI-driven", "London-based" count as "AI" and "London", as the entity labels
 * do), the pronoun "I" ("When I"), a lone word the corpus itself writes in lower case at
 * least as often as capitalised inside a sentence ("Online", "Sustainability" in headings),
 * and an abbreviation the corpus puts in the plural ("APIs", "CEOs": common nouns; nobody
 * writes "NATOs").
 */
import { BLOCK_BREAK } from '../../src/matcher/normalize.ts';

export interface Span { start: number; end: number; text: string }

const CAP_WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/uy;
const JOINERS = new Set(['of', 'the', 'de', 'da', 'di', 'del', 'der', 'van', 'von', 'bin', 'al', 'for', 'la', 'le', 'du', 'y']);
const NOT_NAMES = new Set(['I', 'Mr', 'Mrs', 'Ms', 'Dr', 'A', 'An', 'The', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** Nationality and people words: adjectives and nouns, not names of things that get cards. */
const DEMONYMS = new Set(('American Americans British Briton Britons English French German Germans Italian Italians Spanish Chinese Japanese Korean Koreans '
  + 'Indian Indians Russian Russians Ukrainian Ukrainians Israeli Israelis Palestinian Palestinians Iranian Iranians Arab Arabs Arabic European Europeans '
  + 'African Africans Asian Asians Canadian Canadians Mexican Mexicans Brazilian Australian Australians Turkish Greek Dutch Swiss Swedish Norwegian '
  + 'Danish Polish Irish Scottish Welsh Egyptian Saudi Saudis Syrian Syrians Lebanese Iraqi Iraqis Afghan Pakistani Western Eastern Northern Southern '
  + 'Christian Christians Muslim Muslims Jewish Jews Catholic Latino Latina Latinos Hispanic Black White').split(' '));
const CONTRACTION = /^(I|It|That|There|Here|He|She|We|You|They|What|Let|Don|Can|Won|Isn|Didn|Doesn)['’]/u;

const sentenceStartAt = (t: string, i: number) => {
  let j = i - 1;
  while (j >= 0 && /[\s"“‘'(]/u.test(t[j]!)) j--;
  return j < 0 || /[.!?:…\u2029\n]/u.test(t[j]!);
};

/** Name-like spans of `text`; `common` holds lower-case ordinary words. */
export function nameSpans(text: string, common: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (!/\p{Lu}/u.test(text[i]!) || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!))) { i++; continue; }
    const words: { s: number; e: number; w: string }[] = [];
    let at = i;
    for (;;) {
      CAP_WORD.lastIndex = at;
      const m = CAP_WORD.exec(text);
      if (!m) break;
      // A possessive is not part of the name ("AI’s", "Apple's").
      const full = m[0].replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '');
      // "AI-driven": the name is the part before a lower-case one.
      const compound = /-\p{Ll}/u.exec(full);
      const w = compound ? full.slice(0, compound.index) : full;
      if (w === 'I') break;
      words.push({ s: at, e: at + w.length, w });
      at += w.length;
      if (compound) break;
      // Another capitalised word after one space, possibly through a joiner ("Bank of England").
      const rest = /^ (?:([a-z]+) )?(?=\p{Lu})/u.exec(text.slice(at, at + 12));
      if (!rest || (rest[1] && !JOINERS.has(rest[1]))) break;
      at += rest[0].length;
    }
    if (!words.length) { i++; continue; }
    // An ordinary word opening a sentence is not part of the name after it ("When Qatar …").
    if (words.length > 1 && sentenceStartAt(text, words[0]!.s) && common.has(words[0]!.w.toLowerCase())) words.shift();
    const blockStart = Math.max(text.lastIndexOf('\u2029', words[0]!.s - 1), text.lastIndexOf('\n', words[0]!.s - 1)) + 1;
    const after = text.slice(words[words.length - 1]!.e, words[words.length - 1]!.e + 2);
    // A heading line in Title Case ("Frequently Asked Questions") is a label, not a name.
    const heading = words.length > 1 && words[0]!.s === blockStart && /^($|[\n\u2029]|:)/u.test(after);
    const first = words[0]!;
    const lone = words.length === 1;
    const opening = sentenceStartAt(text, first.s);
    const skip = heading || CONTRACTION.test(first.w) || DEMONYMS.has(first.w) && lone
      || NOT_NAMES.has(first.w) && lone || (lone && (opening || common.has(first.w.toLowerCase()))) || first.w.length < 2;
    if (!skip) {
      const trimmed = NOT_NAMES.has(first.w) && !lone ? words.slice(1) : words;
      const s = trimmed[0]!.s, e = trimmed[trimmed.length - 1]!.e;
      out.push({ start: s, end: e, text: text.slice(s, e) });
    }
    i = words[words.length - 1]!.e;
  }
  return out;
}

export interface GapReport {
  articles: number;
  spans: number;
  covered: number;
  /** Over spans whose text occurs in at least 3 articles. */
  frequentSpans: number;
  frequentCovered: number;
  /** Uncovered span texts: [text, occurrences, articles], most frequent first. */
  gaps: [string, number, number][];
}

/**
 * Words this corpus treats as ordinary: written in lower case at least as often as
 * capitalised inside a sentence; and abbreviations it puts in the plural ("APIs").
 */
export function corpusCommonWords(texts: readonly string[]): { words: Set<string>; pluralAbbreviations: Set<string> } {
  const lower = new Map<string, number>(), capital = new Map<string, number>();
  const pluralAbbreviations = new Set<string>();
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const text of texts) {
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const w = m[0];
      if (/^\p{Lu}{2,}s$/u.test(w)) pluralAbbreviations.add(w.slice(0, -1));
      if (/^\p{Ll}+$/u.test(w)) bump(lower, w);
      else if (/^\p{Lu}\p{Ll}+$/u.test(w) && !sentenceStartAt(text, m.index)) bump(capital, w.toLowerCase());
    }
  }
  const words = new Set<string>();
  for (const [w, n] of capital) if ((lower.get(w) ?? 0) >= n) words.add(w);
  return { words, pluralAbbreviations };
}

export function gapReport(docs: readonly { text: string; covered: readonly { start: number; end: number }[] }[], common: ReadonlySet<string>): GapReport {
  const occurrences = new Map<string, { n: number; docs: Set<number>; covered: number }>();
  let spans = 0, covered = 0;
  const corpus = corpusCommonWords(docs.map((d) => d.text));
  const ordinary = new Set([...common, ...corpus.words]);
  const abbreviation = (w: string) => corpus.pluralAbbreviations.has(w) || (w.endsWith('s') && corpus.pluralAbbreviations.has(w.slice(0, -1)));
  docs.forEach((d, k) => {
    for (const s of nameSpans(d.text.replace(/\n/g, BLOCK_BREAK), ordinary)) {
      if (abbreviation(s.text)) continue;
      spans++;
      const hit = d.covered.some((c) => c.start < s.end && s.start < c.end);
      if (hit) covered++;
      const o = occurrences.get(s.text) ?? { n: 0, docs: new Set<number>(), covered: 0 };
      o.n++;
      o.docs.add(k);
      if (hit) o.covered++;
      occurrences.set(s.text, o);
    }
  });
  let frequentSpans = 0, frequentCovered = 0;
  for (const o of occurrences.values()) if (o.docs.size >= 3) { frequentSpans += o.n; frequentCovered += o.covered; }
  const gaps = [...occurrences.entries()].filter(([, o]) => o.covered === 0)
    .map(([t, o]) => [t, o.n, o.docs.size] as [string, number, number])
    .sort((a, b) => b[2] - a[2] || b[1] - a[1] || a[0].localeCompare(b[0]));
  return { articles: docs.length, spans, covered, frequentSpans, frequentCovered, gaps };
}
