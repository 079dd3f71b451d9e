/** A name found in a text: where, which entity, and the words as they stand there. */
export interface Mention {
  start: number;
  end: number;
  /** Entity index in the alias index. */
  entity: number;
  /** The text as it stands in the input. */
  surface: string;
}
