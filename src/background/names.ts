/**
 * Finding names for tabs (issue #17): the background holds the alias lookup, built once
 * while it runs and kept for every tab, so a page no longer receives the index, builds a
 * lookup and runs a cold matcher of its own. The user's glossary is merged in here; the
 * lookup is rebuilt only when the glossary's entries change.
 */
import { buildLookup, type Lookup } from '../matcher/lookup';
import { findMentions } from '../matcher/match';
import { packMentions, type FoundNames } from '../matcher/wire';
import type { GlossaryGateway } from '../glossary/gateway';
import type { AliasIndex } from '../knowledge/types';

export interface NameFinder {
  find(text: string): Promise<FoundNames>;
}

export function nameFinder(gateway: GlossaryGateway, glossaryKey: () => Promise<string>): NameFinder {
  let cached: { key: string; index: AliasIndex; lookup: Lookup } | null = null;
  async function current(): Promise<{ index: AliasIndex; lookup: Lookup }> {
    const key = await glossaryKey();
    if (cached?.key === key) return cached;
    const index = await gateway.index();
    cached = { key, index, lookup: buildLookup(index) };
    return cached;
  }
  return {
    async find(text) {
      const { index, lookup } = await current();
      return packMentions(findMentions(text, lookup), index.entities);
    },
  };
}
