/**
 * The knowledge gateway: the only way the rest of Gloss reaches entity data. The UI asks
 * for one record when a card opens; it never knows where records come from.
 */
import kb from 'virtual:gloss-knowledge';
import type { AliasIndex, CardRecord, KbRecord } from './types';

export interface KnowledgeGateway {
  index(): AliasIndex;
  record(id: string): CardRecord | null;
}

export function toCardRecord(r: KbRecord): CardRecord {
  const card: CardRecord = {
    id: r.id, name: r.name, type: r.type, description: r.description,
    background: r.background, asOf: r.asOf, wikipedia: r.wikipedia, source: 'shipped',
  };
  if (r.facts) card.facts = r.facts;
  if (r.roles?.length) card.roles = r.roles;
  if (r.leaders?.length) card.leaders = r.leaders;
  if (r.changes?.length) card.changes = r.changes;
  if (r.died) card.died = r.died;
  if (r.pronunciation) card.pronunciation = r.pronunciation;
  return card;
}

let shipped: KnowledgeGateway | null = null;

export function knowledgeGateway(): KnowledgeGateway {
  if (shipped) return shipped;
  const byId = new Map(kb.records.map((r) => [r.id, r] as const));
  shipped = {
    index: () => kb.index,
    record: (id) => {
      const r = byId.get(id);
      return r ? toCardRecord(r) : null;
    },
  };
  return shipped;
}
