/**
 * Names on the page: loads the alias index from the background once, annotates the
 * article container (and the reading view when it opens), and runs the cards.
 * Switching cards off stops every annotator and card: nothing of Gloss remains.
 */
import { toBackground } from '../platform/messaging';
import { createLookupBuilder, type Lookup } from '../matcher/lookup';
import { runSliced } from '../schedule/slices';
import { annotate, type Annotator } from '../annotate/annotator';
import { HighlightLayer, MarkIndex } from '../annotate/marks';
import { tooLargeToMark } from '../annotate/budget';
import { startCards, type Cards } from '../cards/controller';
import type { Mention } from '../matcher/match';
import type { AliasIndex } from '../knowledge/types';
import type { Settings } from '../settings/schema';
import type { NameOnPage } from '../messages';

export interface NamesFeature {
  addRoot(root: Element | ShadowRoot): Annotator;
  removeRoot(root: Element | ShadowRoot): void;
  step(direction: 1 | -1): void;
  /** Distinct entities marked across roots. */
  count(): number;
  list(): NameOnPage[];
  settled(): Promise<void>;
  stop(): void;
}

let indexPromise: Promise<AliasIndex> | null = null;
function aliasIndex(): Promise<AliasIndex> {
  indexPromise ??= toBackground({ type: 'kb/index' });
  return indexPromise;
}

/** Drops the cached index so the next start asks again: the user's glossary changed (#6). */
export function forgetAliasIndex(): void {
  indexPromise = null;
  lookupPromise = null;
}

/**
 * The lookup depends on the index only, so it is built once per page (in idle slices)
 * and reused when a settings change restarts names: a restart then takes no time.
 */
let lookupPromise: Promise<{ index: AliasIndex; lookup: Lookup }> | null = null;
function sharedLookup(): Promise<{ index: AliasIndex; lookup: Lookup }> {
  lookupPromise ??= aliasIndex().then(async (index) => {
    const builder = createLookupBuilder(index);
    await runSliced((timeUp) => builder.step(timeUp), new AbortController().signal);
    return { index, lookup: builder.result() };
  });
  lookupPromise.catch(() => { lookupPromise = null; });
  return lookupPromise;
}

/** A root left unmarked: the page is too large to mark without slowing it (issue #8). */
const unmarked = (): Annotator => ({ index: new MarkIndex([]), settled: async () => undefined, refresh() {}, stop() {} });

export async function startNames(settings: Settings, host: string, signal: AbortSignal,
  onChange: () => void, onNotThis: (surface: string) => void, onOrphaned: () => void): Promise<NamesFeature> {
  const { index, lookup } = await sharedLookup();
  const layer = new HighlightLayer();
  const excluded = new Set(settings.exclusions[host] ?? []);
  const keep = (m: Mention) => {
    const type = index.entities[m.entity]?.[2];
    return !!type && settings.cards.types[type] && !excluded.has(m.surface);
  };
  const roots = new Map<Element | ShadowRoot, Annotator>();
  const indexes = (): MarkIndex[] => [...roots.values()].map((a) => a.index);
  const cards: Cards = startCards({
    signal,
    indexes,
    entityId: (e) => index.entities[e]?.[0] ?? '',
    fetchRecord: (id) => toBackground({ type: 'kb/record', id }),
    onNotThis: (surface) => onNotThis(surface),
    dwellMs: settings.cards.dwellMs,
    onOrphaned,
  });

  return {
    addRoot(root) {
      const existing = roots.get(root);
      if (existing) return existing;
      // The page's mark styles come with the content script (annotate/mark-css.ts); the
      // reading view's shadow root carries its own.
      if ((root as Node).getRootNode() === document && tooLargeToMark(document)) {
        console.debug('[Gloss] page too large to mark names without slowing it down');
        return unmarked();
      }
      const a = annotate(root, { lookup, keep, firstOnly: settings.cards.mentions === 'first', layer, signal, onUpdate: onChange });
      roots.set(root, a);
      return a;
    },
    removeRoot(root) {
      roots.get(root)?.stop();
      roots.delete(root);
      onChange();
    },
    step: (d) => cards.step(d),
    count: () => new Set(indexes().flatMap((i) => i.marks.map((m) => m.entity))).size,
    list() {
      const byEntity = new Map<number, NameOnPage>();
      for (const mark of indexes().flatMap((i) => i.marks)) {
        const [id, name, type] = index.entities[mark.entity] ?? ['', '', 'other'];
        const entry = byEntity.get(mark.entity) ?? { id, name, type, surfaces: [], count: 0 };
        entry.count++;
        const surface = mark.surface.replace(/\s+/g, ' ');
        if (!entry.surfaces.includes(surface)) entry.surfaces.push(surface);
        byEntity.set(mark.entity, entry);
      }
      return [...byEntity.values()];
    },
    settled: async () => { await Promise.all([...roots.values()].map((a) => a.settled())); },
    stop() {
      cards.close();
      for (const a of roots.values()) a.stop();
      roots.clear();
    },
  };
}
