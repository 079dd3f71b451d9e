/**
 * Knowledge as the build packs it for the background (scripts/build/vite-knowledge-plugin.ts,
 * ADR 4): the alias index in one file and the records in shards, files of the extension's
 * own package. A service worker starts and stops many times a day; each start used to
 * parse every record with the script. Now a start parses nothing: the index is read when
 * names are first looked for, and a card reads only its record's shard. Pure: the reading
 * of a packaged file is passed in.
 */
import type { AliasIndex, CardRecord, KbRecord } from './types';

export interface KnowledgeGateway {
  index(): Promise<AliasIndex>;
  record(id: string): Promise<CardRecord | null>;
}

/** Shards of about 25 records (6,000 records): a card reads one file of about 20 kB. */
export const SHARDS = 256;
export const INDEX_FILE = 'knowledge/index.json';
export const shardFile = (n: number): string => `knowledge/records-${String(n).padStart(3, '0')}.json`;

/** Which shard holds a record: FNV-1a over the id's UTF-16 units, the same at build and at run. */
export function shardOf(id: string, shards = SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/** The files the build writes: path → JSON text. */
export function packKnowledge(records: readonly KbRecord[], index: AliasIndex, shards = SHARDS): Map<string, string> {
  const out = new Map<string, string>([[INDEX_FILE, JSON.stringify(index)]]);
  const split: Record<string, KbRecord>[] = Array.from({ length: shards }, () => ({}));
  for (const r of records) split[shardOf(r.id, shards)]![r.id] = r;
  split.forEach((s, n) => out.set(shardFile(n), JSON.stringify(s)));
  return out;
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

/**
 * The gateway over packed files. `read` returns a packaged file's parsed JSON. Each file is
 * read once while the background runs (concurrent asks share the read); a failed read is
 * forgotten, so the next ask tries again.
 */
export function packedGateway(read: (file: string) => Promise<unknown>, shards = SHARDS): KnowledgeGateway {
  const files = new Map<string, Promise<unknown>>();
  const once = (file: string) => {
    let p = files.get(file);
    if (!p) {
      p = read(file);
      files.set(file, p);
      p.catch(() => files.delete(file));
    }
    return p;
  };
  return {
    index: () => once(INDEX_FILE) as Promise<AliasIndex>,
    record: async (id) => {
      if (!id) return null;
      const shard = await once(shardFile(shardOf(id, shards))) as Record<string, KbRecord>;
      const r = Object.hasOwn(shard, id) ? shard[id] : undefined;
      return r ? toCardRecord(r) : null;
    },
  };
}
