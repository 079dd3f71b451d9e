/** One knowledge-base record as written in src/knowledge/data/*.jsonl (docs/knowledge-format.md). */
export type EntityType =
  | 'person' | 'country' | 'place' | 'organization' | 'group' | 'event' | 'agreement' | 'other';

export const ENTITY_TYPES: readonly EntityType[] = [
  'person', 'country', 'place', 'organization', 'group', 'event', 'agreement', 'other',
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

/** One alias in the compact index: [text, entity index, flags, context entity indices?, context words?]. */
export type IndexAlias = [text: string, entity: number, flags: number, contextIds?: number[], contextWords?: string[]];

/** The compact alias index the content script holds; no backgrounds in it. */
export interface AliasIndex {
  version: 1;
  /** [id, name, type] per entity, in record order. */
  entities: [id: string, name: string, type: EntityType][];
  aliases: IndexAlias[];
}
