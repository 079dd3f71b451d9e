/**
 * The knowledge gateway: the only way the rest of Gloss reaches entity data. The UI asks
 * for one record when a card opens; it never knows where records come from (the packaged
 * index and record shards, read on demand: ADR 4).
 */
import { readPackaged } from '../platform/packaged';
import { packedGateway, type KnowledgeGateway } from './packed';

export type { KnowledgeGateway } from './packed';

let shipped: KnowledgeGateway | null = null;

export function knowledgeGateway(): KnowledgeGateway {
  return (shipped ??= packedGateway(readPackaged));
}
