/**
 * Mentions as they cross from the background to a tab: one flat number list (start, end,
 * entity per mention) and the entities they name, so a long article's reply stays small
 * and cheap to clone. Pure.
 */
import type { EntityType } from '../knowledge/types';
import type { Mention } from './match';

export type EntityRow = [id: string, name: string, type: EntityType];

export interface FoundNames {
  /** [start, end, entity, start, end, entity, …], UTF-16 offsets into the text sent. */
  mentions: number[];
  /** The entities the mentions name, by their index in the alias index. */
  entities: Record<number, EntityRow>;
}

export function packMentions(mentions: readonly Mention[], entities: readonly EntityRow[]): FoundNames {
  const flat: number[] = [];
  const named: Record<number, EntityRow> = {};
  for (const m of mentions) {
    flat.push(m.start, m.end, m.entity);
    const row = entities[m.entity];
    if (row) named[m.entity] = row;
  }
  return { mentions: flat, entities: named };
}

/** Back to mentions over `text`, the same text that was sent. */
export function unpackMentions(text: string, found: FoundNames): Mention[] {
  const out: Mention[] = [];
  const list = found.mentions;
  for (let i = 0; i + 2 < list.length; i += 3) {
    const start = list[i]!, end = list[i + 1]!, entity = list[i + 2]!;
    if (start < 0 || end > text.length || end <= start) continue;
    out.push({ start, end, entity, surface: text.slice(start, end) });
  }
  return out;
}
