/**
 * The knowledge base as the CLI sees it: the records from src/knowledge/data, compiled
 * into the same alias index the build ships (see scripts/vite-knowledge-plugin.ts).
 */
import { compileIndex, normalizeAlias } from '../../src/knowledge/compile.ts';
import { loadRecords } from '../../src/knowledge/load-files.ts';
import { commonEnglishWords } from '../../src/knowledge/common-words.ts';
import { buildLookup, type Lookup } from '../../src/matcher/lookup.ts';
import { findMentions } from '../../src/matcher/match.ts';
import { BLOCK_BREAK } from '../../src/matcher/normalize.ts';
import type { AliasIndex, KbRecord } from '../../src/knowledge/types.ts';

export interface Kb { records: KbRecord[]; index: AliasIndex; lookup: Lookup }

let cached: Kb | null = null;
export function loadKb(): Kb {
  if (cached) return cached;
  // Pool workers run from a bundle elsewhere: the parent tells them where the data is.
  const records = loadRecords(process.env.GLOSS_KB_DIR || undefined);
  const index = compileIndex(records, { commonWord: (w) => commonEnglishWords().has(w) });
  cached = { records, index, lookup: buildLookup(index) };
  return cached;
}

export interface MentionRow {
  start: number;
  end: number;
  surface: string;
  entity: { id: string; name: string; type: string; wikipedia: string | null };
}

/** Names in `text`; each line is a block, as paragraphs are on a page (matches never span
 *  two). Offsets are UTF-16 code units into `text` itself. */
export function mentionsIn(text: string, kb = loadKb()): MentionRow[] {
  const byId = new Map(kb.records.map((r) => [r.id, r]));
  // Same length: a line break becomes the block separator, so offsets do not move.
  const blocks = text.replace(/\n/g, BLOCK_BREAK);
  return findMentions(blocks, kb.lookup).map((m) => {
    const [id, name, type] = kb.index.entities[m.entity]!;
    return { start: m.start, end: m.end, surface: text.slice(m.start, m.end), entity: { id, name, type, wikipedia: byId.get(id)?.wikipedia ?? null } };
  });
}

export interface KbStats {
  entities: number;
  aliases: number;
  byType: Record<string, number>;
  asOf: { min: string | null; max: string | null };
}

export function kbStats(kb = loadKb()): KbStats {
  const byType: Record<string, number> = {};
  for (const r of kb.records) byType[r.type] = (byType[r.type] ?? 0) + 1;
  const dates = kb.records.map((r) => r.asOf).filter(Boolean).sort();
  return {
    entities: kb.records.length,
    aliases: kb.index.aliases.length,
    byType,
    asOf: { min: dates[0] ?? null, max: dates[dates.length - 1] ?? null },
  };
}

/** Records whose id is `query`, else whose name or an alias is it (exactly, then ignoring case). */
export function kbShow(query: string, kb = loadKb()): KbRecord[] {
  const byId = kb.records.filter((r) => r.id === query);
  if (byId.length) return byId;
  const names = (r: KbRecord) => [r.name, ...r.aliases.map((a) => normalizeAlias(a).text)];
  const exact = kb.records.filter((r) => names(r).includes(query));
  if (exact.length) return exact;
  const lower = query.toLowerCase();
  return kb.records.filter((r) => names(r).some((n) => n.toLowerCase() === lower));
}
