/** One knowledge-base record as written in src/knowledge/data/*.jsonl (docs/knowledge-format.md). */
export type EntityType =
  | 'person' | 'country' | 'place' | 'organization' | 'group' | 'event' | 'agreement' | 'other' | 'term';

/** `term`: a concept or abbreviation a reader may want explained (ROI, CAGR, PTSD), not a
 *  name. Its card is a glossary note: underlined at its first mention only, left out of
 *  who's who, and a type readers can switch off like any other. */
export const ENTITY_TYPES: readonly EntityType[] = [
  'person', 'country', 'place', 'organization', 'group', 'event', 'agreement', 'other', 'term',
];

export interface AliasSpec {
  text: string;
  /** Default true: names are matched with their capitals. */
  caseSensitive?: boolean;
  /** The text often means something else; it links only when `context` supports it. */
  ambiguous?: boolean;
  /** Entity ids or literal words whose presence on the page supports this reading. */
  context?: string[];
  /** A person's surname alone: links after the full name has appeared on the page. */
  surname?: boolean;
  /** With `surname`: distinctive enough to link with no full name before it. */
  safe?: boolean;
}

/** The news desks records are grouped by (docs/knowledge-writing.md). */
export const DESKS = [
  'politics', 'world', 'conflict', 'business', 'economy', 'sports', 'science', 'health',
  'technology', 'culture', 'media', 'law', 'environment', 'religion', 'geography',
] as const;
export type Desk = (typeof DESKS)[number];

/** The offices a country's or organisation's record and its holder's record must agree on. */
export const LEADER_KINDS = ['head-of-state', 'head-of-government', 'leader'] as const;
export type LeaderKind = (typeof LEADER_KINDS)[number];

/** Dates in roles, leaders and changes: `YYYY-MM`, or `YYYY` when the month is not known. */
export type PartialDate = string;

/** A position a person held or holds; `to: null` while it is held. */
export interface Role {
  title: string;
  /** Record id of the country or organisation, where one exists. */
  of?: string;
  kind?: LeaderKind;
  from: PartialDate;
  to: PartialDate | null;
}

/** Who heads a country or organisation, and since when. */
export interface Leader {
  kind: LeaderKind;
  title: string;
  name: string;
  /** The person's record id, where one exists. */
  id?: string;
  from: PartialDate;
  to: PartialDate | null;
}

/** A change of status a reader of an older article must know (a merger, a withdrawal). */
export interface StatusChange {
  what: string;
  from: PartialDate;
}

export const HONORIFICS = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Prof', 'Gen', 'Adm', 'Col',
  'Rev', 'Sheikh', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
] as const;

export interface KbRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: (string | AliasSpec)[];
  description: string;
  background: string;
  asOf: string;
  wikipedia: string;
  facts?: Record<string, string>;
  related?: string[];
  /** Issue #12: present once a record has been re-checked against its sources. */
  desk?: Desk;
  sources?: string[];
  /** `YYYY-MM-DD`: the day the record was checked against `sources`. */
  checked?: string;
  roles?: Role[];
  leaders?: Leader[];
  changes?: StatusChange[];
  died?: PartialDate;
  honorifics?: string[];
  /** A respelling for speech synthesis where a voice would say the name wrongly. */
  pronunciation?: string;
}

/** What a card shows: a record plus where it came from (shipped or the user's glossary). */
export interface CardRecord {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  background: string;
  asOf?: string;
  wikipedia?: string;
  facts?: Record<string, string>;
  /** Dated roles, leaders and changes, so a card can speak of an article's own date (#16). */
  roles?: Role[];
  leaders?: Leader[];
  changes?: StatusChange[];
  died?: PartialDate;
  /** A respelling for a voice reading the name aloud (issue #15). */
  pronunciation?: string;
  source: 'shipped' | 'glossary';
}

/** Alias flags packed into one number to keep the content script's index small. */
export const AliasFlag = {
  CaseInsensitive: 1,
  Ambiguous: 2,
  Surname: 4,
  Safe: 8,
  /** The record's own name (not an alias): the "full name" that licenses surnames. */
  FullName: 16,
  /** One word that is also a common lower-case English word ("Chad", "Turkey", "May"). */
  CommonWord: 32,
} as const;

/** Which forms of address fit a person: "Mrs. Clinton" is never Bill Clinton (issue #12). */
export const Honorific = { Male: 1, Female: 2 } as const;

/** One alias in the compact index: [text, entity index, flags, context entity indices?, context words?]. */
export type IndexAlias = [text: string, entity: number, flags: number, contextIds?: number[], contextWords?: string[]];

/** The compact alias index the content script holds; no backgrounds in it. */
export interface AliasIndex {
  version: 1;
  /** [id, name, type] per entity, in record order. */
  entities: [id: string, name: string, type: EntityType][];
  /** Entity index → Honorific bits, for people whose records say which titles fit them. */
  honorifics?: Record<number, number>;
  /** Where places lie, so "Paris, Texas" is not the French capital (issue #13): each place's
   *  country entity (from its record's `facts.country`), and the places that are regions
   *  (records with a `facts.capital`: a state, a province). */
  places?: { countryOf: Record<number, number>; regions: number[] };
  aliases: IndexAlias[];
}
