/**
 * The neighbour rules: a name the scan found is no card of its own when the words beside it
 * make it part of a longer name, a person's surname or a team ("Michael Jordan", "Qatar
 * Airways", "Royal Society of Canada", "Rosa Cairo … Cairo", "Italy beat Portugal 2-1").
 * Pure: no DOM.
 */
import { isCapitalised, isWordChar, wordAt, wordBefore } from './normalize';
import { CALENDAR_WORDS, OPENING_WORDS, PERIOD_WORDS, PERSONAL_TITLES, TITLE_WORDS } from './title-words';
import { GIVEN_NAMES } from './given-names';
import { insideLongerName, titleCaseBlocks } from './longer-names';
import { sportsResults } from './sports-results';
import { ALL_FULL_PERSON, ALL_ONE_WORD, ALL_ONE_WORD_THING, ALL_PERSON, ALL_PLACE, kindsOf, NO_PERSON } from './span-kinds';
import { isSentenceStart, type Raw } from './scan';

function nextWord(t: string, at: number): string {
  return t[at] === ' ' ? wordAt(t, at + 1) : '';
}

/** A personal title, with or without its full stop ("Mr Georgia", "Mr. Georgia"), right before `at`. */
function titleBefore(t: string, at: number): boolean {
  // Cheap test first (this runs for most one-word names): the run of ASCII letters ending
  // there must be a title, as every title is; a word the pattern could take that is not that
  // run holds another letter, or is too long to be a title.
  if (t.charCodeAt(at - 1) !== 32) return false;
  const last = t.charCodeAt(at - 2) === 46 ? at - 3 : at - 2;
  let first = last;
  while (first >= 0 && isAsciiLetter(t.charCodeAt(first))) first--;
  if (last - first < 2 || !PERSONAL_TITLES.has(t.slice(first + 1, last + 1))) return false;
  const m = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}]{1,11})\.? $/u.exec(t.slice(Math.max(0, at - 14), at));
  return Boolean(m && PERSONAL_TITLES.has(m[1]!));
}


/** Capitalised words only, the last at least two letters: a person's name as news writes it. */
const PLAIN_FULL_NAME = /^(?:\p{Lu}[\p{L}\p{M}.'’-]* )+\p{Lu}[\p{L}\p{M}'’-]+$/u;

/** " of Canada", " of the Americas" right after a name. */
const OF_NAME = /^ (?:of|for) (?:the )?(\p{Lu}\p{L}*)/u;
/** Whether " of " or " for " may follow `end`: OF_NAME is tried only then. */
const ofOrForAt = (t: string, end: number) => t.charCodeAt(end) === 32 && (t.charCodeAt(end + 1) === 111 || t.charCodeAt(end + 1) === 102);
const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Words that open a compound with a name and leave it the name: "Anti-Israel", "Sino-US",
 *  "al-Assad". Lower-case prefixes ("pro-Russia", "ex-Google") never start the test. */
const HYPHEN_PREFIXES = new Set(['Anti', 'Pro', 'Pan', 'Ex', 'Post', 'Pre', 'Mid', 'Trans', 'Sino', 'Anglo', 'Franco', 'Indo',
  'Afro', 'Euro', 'Greco', 'Russo', 'Austro', 'Judeo', 'Al', 'El', 'Ibn', 'Bin', 'Abu', 'Abd', 'Neo', 'Cross', 'North', 'South',
  'East', 'West', 'Central', 'Upper', 'Lower', 'Greater', 'Trump', 'Biden']);

/**
 * "AWS_LAMBDA_JS_RUNTIME", "NYSE:CRM", "klaava.Helsinki.FI", "MLB.TV": a name joined with no
 * space to a word by an underscore, an at sign or a dot (or after a colon) is part of an
 * identifier, a ticker or an address, not the name. A name that holds dots itself ("U.S.")
 * is left alone.
 */
function inCodeToken(t: string, start: number, end: number): boolean {
  const before = t[start - 1], after = t[end];
  if ((before === '_' || before === '@' || before === ':' || before === '.') && isWordChar(t[start - 2])) return true;
  // After the name, a colon introduces something else ("NYSE:CRM" is on the exchange).
  if (!(after === '_' || after === '@' || after === '.') || !isWordChar(t[end + 1])) return false;
  // A version ("Llama 3.1") and the owner's own site ("IRS.gov", "WordPress.org") keep the card.
  if (/\d/.test(t[end + 1]!) || (after === '.' && SITE_ENDINGS.has(wordAt(t, end + 1).toLowerCase()))) return false;
  return !t.slice(start, end).includes('.');
}

const SITE_ENDINGS = new Set(['com', 'org', 'net', 'gov', 'edu', 'int', 'mil', 'io', 'co', 'ai', 'uk', 'us', 'ca', 'de', 'fr', 'eu', 'au',
  'in', 'jp', 'cn', 'fi', 'nl', 'se', 'es', 'it', 'ch', 'at', 'be', 'nz', 'za', 'ie', 'br', 'mx', 'kr', 'sg']);

/** Capitalised only as a list item or a label is ("AI-Powered Tools", "API-First"), these
 *  modify the name before them as their lower-case forms do. */
const HYPHEN_MODIFIERS = new Set(['first', 'only', 'free', 'ready', 'friendly', 'native', 'centric', 'proof', 'style', 'era', 'wide', 'level', 'like', 'compatible', 'specific', 'st']);
/** A modifier, or a variant's letter or two ("USB-C", "JSON-LD"): the name keeps its card. */
const hyphenModifier = (next: string) => next.length <= 2 || next.endsWith('ed') || HYPHEN_MODIFIERS.has(next.toLowerCase());

/**
 * "Meta-Analysis", "Full-Time", "Bitcoin-NG": a one-word name joined by a hyphen to a
 * capitalised word that no name starts or ends there is part of a compound, not the name.
 * A lower-case neighbour or a modifier keeps the card ("Paris-based", "pro-Russia",
 * "AI-Powered", "USB-C"); two names stay two ("Israel-Hamas", "Mexico-US").
 */
function inHyphenCompound(t: string, start: number, end: number, starts: ReadonlySet<number>, ends: ReadonlySet<number>): boolean {
  if (t[end] === '-' && isWordChar(t[end + 1])) {
    const next = wordAt(t, end + 1);
    if (isCapitalised(next) && !starts.has(end + 1) && !hyphenModifier(next)) return true;
  }
  // "Micro-USB", "Zero-ETL": before an abbreviation, a word makes a kind of the same thing.
  if (t[start - 1] === '-' && isWordChar(t[start - 2]) && !/^[\p{Lu}\d]+$/u.test(t.slice(start, end))) {
    let s = start - 1;
    while (s > 0 && isWordChar(t[s - 1])) s--;
    const prev = t.slice(s, start - 1);
    if (isCapitalised(prev) && !ends.has(start - 1) && !HYPHEN_PREFIXES.has(prev)) return true;
  }
  return false;
}

export function markGlued(t: string, raws: Raw[], isPerson: (entity: number) => boolean, isPlace: (entity: number) => boolean, isOrganization: (entity: number) => boolean): void {
  // A one-word alias next to another capitalised word that no alias explains is part of a
  // longer name ("Michael Jordan", "Qatar Airways", "Jordan Peterson").
  const starts = new Set(raws.map((r) => r.start));
  const ends = new Set(raws.map((r) => r.end));
  // What all of a span's candidates are, read once per span: the rules below ask it up to
  // seven times each.
  const kinds = raws.map((r) => kindsOf(r.cands, isPerson, isPlace));
  // "He left Germany for Switzerland": a place the index knows before "for" or "of" is no
  // body's first word, so neither name is part of a longer one.
  const ownerEnds = new Set(raws.filter((_, k) => kinds[k]! & (ALL_PERSON | ALL_PLACE)).map((r) => r.end));
  const inHeadline = titleCaseBlocks(t);
  const surnames = new Set<string>();
  const sportsResult = sportsResults(t);
  const capitalBefore = (r: Raw, prev: { word: string; start: number }, kind: number) =>
    Boolean(prev.word && isCapitalised(prev.word) && !TITLE_WORDS.has(prev.word) && !CALENDAR_WORDS.has(prev.word)
      && !(isSentenceStart(t, prev.start) && OPENING_WORDS.has(prev.word)) && !ends.has(r.start - 1)
      && !(kind & ALL_PLACE && PERIOD_WORDS.has(prev.word)));
  // Where a body's name continues with "of" ("National Gallery of Ireland"), the name after
  // it belongs to the longer name too, in a headline as elsewhere.
  const tailsOfLonger = new Set<number>();
  const startsLongerBody = (r: Raw): boolean => {
    const ofName = ofOrForAt(t, r.end) ? OF_NAME.exec(t.slice(r.end, r.end + 40)) : null;
    if (!ofName || TITLE_WORDS.has(ofName[1]!)) return false;
    r.glued = true;
    tailsOfLonger.add(r.end + ofName[0].length - ofName[1]!.length);
    return true;
  };
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k]!;
    const kind = kinds[k]!;
    // "Hannah Cairo … Cairo": a known person's last name, alone, is that person, never the
    // place or thing it also names; the person's own surname alias links it, if they have one.
    // Only a plain "Given Surname" says so: "Catherine, Princess of Wales" leaves Wales be.
    if (kind & ALL_FULL_PERSON) {
      const surface = t.slice(r.start, r.end);
      if (PLAIN_FULL_NAME.test(surface)) surnames.add(surface.slice(surface.lastIndexOf(' ') + 1));
    }
    if (tailsOfLonger.has(r.start)) { r.glued = true; continue; }
    if (inHeadline(r.start)) {
      if (kind & NO_PERSON && !(kind & ALL_PLACE)) startsLongerBody(r);
      continue;
    }
    if (kind & ALL_ONE_WORD && inHyphenCompound(t, r.start, r.end, starts, ends)) { r.glued = true; continue; }
    if (inCodeToken(t, r.start, r.end)) { r.glued = true; continue; }
    // "Italy beat Portugal 2-1": national teams, not states (sports-results.ts).
    if (kind & ALL_PLACE && sportsResult(r.start, r.end)) { r.glued = true; continue; }
    const prev = wordBefore(t, r.start);
    // The given name may itself be some alias ("Cameron Forbes": David Cameron's surname);
    // "Sam Houston Park" names a park, not a person, so Houston stays the city elsewhere.
    if (kind & ALL_ONE_WORD_THING && GIVEN_NAMES.has(prev.word)
      && !isCapitalised(nextWord(t, r.end))) {
      surnames.add(t.slice(r.start, r.end));
      r.glued = true;
      continue;
    }
    // "Captain America", "Father Christmas": a person's title before a place's or thing's
    // one-word name makes it a person's or a character's name.
    if (kind & ALL_ONE_WORD_THING && titleBefore(t, r.start)) { r.glued = true; continue; }
    // "Shopify Inc.", "Chubb Ltd Group": a company the index knows, then its legal form, is
    // that company, not a longer name it lacks.
    // Every legal form starts with an ASCII capital: only then is the next word read.
    const capitalNext = t.charCodeAt(r.end) === 32 && t.charCodeAt(r.end + 1) >= 0x41 && t.charCodeAt(r.end + 1) <= 0x5a;
    const legalFormNext = capitalNext && LEGAL_FORMS.has(nextWord(t, r.end)) && r.cands.every((c) => isOrganization(c.entity));
    if (!legalFormNext && insideLongerName(t, r.start, r.end, starts, ownerEnds)) { r.glued = true; continue; }
    if (kind & NO_PERSON) {
      // "The Royal Society of Canada", "the Supreme Court of India": a body the index knows,
      // then "of" and a capitalised word, is the start of another body's name.
      if (!(kind & ALL_PLACE) && startsLongerBody(r)) continue;
      // Places, bodies and things (issue #13): two known names side by side are one longer
      // name the index lacks ("San Francisco Museum of Modern Art", "UK Supreme Court"),
      // and a capitalised word before a name of several words begins a longer one
      // ("Finnish National Gallery", "West Palm Beach"). No card beats the inner one's.
      const besideKnown = (t[r.start - 1] === ' ' && ends.has(r.start - 1)) || (t[r.end] === ' ' && starts.has(r.end + 1));
      // A sentence's first word is as often an ordinary one ("More Quantitative Easing").
      // "from The Federation of Master Builders": a capitalised article is the name's own.
      const opensLongerName = !(kind & ALL_ONE_WORD) && capitalBefore(r, prev, kind) && prev.word !== 'The' && !isSentenceStart(t, prev.start);
      if (besideKnown || opensLongerName) { r.glued = true; continue; }
    }
    if (!(kind & ALL_ONE_WORD)) continue;
    const prevGlued = capitalBefore(r, prev, kind);
    const next = nextWord(t, r.end);
    // "Chicago Mayor Brandon Johnson": a title after a place does not continue its name.
    const nextGlued = !legalFormNext && next && isCapitalised(next) && !TITLE_WORDS.has(next) && !starts.has(r.end + 1);
    r.glued = Boolean(prevGlued || nextGlued);
  }
  // "Rosa Cairo … Cairo said the proof took a year": once a place's name has followed a given
  // name, on this page it is that person's surname, before and after (issue #13).
  // "Mary Lou McDonald … McDonald's party": the person's possessive, not the restaurant chain.
  if (surnames.size) raws.forEach((r, k) => {
    if (r.glued || !(kinds[k]! & NO_PERSON)) return;
    const surface = t.slice(r.start, r.end);
    const stem = POSSESSIVE.test(surface) ? surface.slice(0, -2) : '';
    if (kinds[k]! & ALL_ONE_WORD_THING && surnames.has(surface) || stem && surnames.has(stem)) r.glued = true;
  });
}

const POSSESSIVE = /\p{L}['’]s$/u;

/** Words of a company's legal form or corporate shape, as news appends them to its name. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'LLC', 'LLP', 'PLC', 'Plc',
  'Group', 'Holdings', 'AG', 'SA', 'SE', 'NV', 'GmbH', 'Co']);
