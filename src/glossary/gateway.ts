/**
 * The knowledge gateway with the user's glossary merged in, for the background (issue
 * #6). The glossary is read from storage on each request: a service worker may have
 * slept since the last one, and the read is small next to the message itself.
 */
import type { KnowledgeGateway } from '../knowledge/gateway';
import type { AliasIndex, CardRecord } from '../knowledge/types';
import type { GlossaryEntry } from './entry';
import { glossaryRecord, indexWithGlossary, USER_PREFIX } from './merge';

export interface GlossaryGateway {
  index(): Promise<AliasIndex>;
  record(id: string): Promise<CardRecord | null>;
}

export function withGlossary(shipped: KnowledgeGateway, entries: () => Promise<GlossaryEntry[]>): GlossaryGateway {
  // A broken glossary must not take the shipped cards down with it.
  const safely = () => entries().catch(() => [] as GlossaryEntry[]);
  return {
    index: async () => indexWithGlossary(await shipped.index(), await safely()),
    record: async (id) => (id.startsWith(USER_PREFIX) ? glossaryRecord(await safely(), id) : shipped.record(id)),
  };
}
