/** A name found in a text: where, which entity, and the words as they stand there. */
export interface Mention {
  start: number;
  end: number;
  /** Entity index in the alias index. */
  entity: number;
  /** The text as it stands in the input. */
  surface: string;
}

/** Each entity's first mention among those `only` picks; the other mentions all stay. */
export function firstMentions(mentions: Mention[], only: (m: Mention) => boolean = () => true): Mention[] {
  const seen = new Set<number>();
  return mentions.filter((m) => !only(m) || (!seen.has(m.entity) && (seen.add(m.entity), true)));
}
