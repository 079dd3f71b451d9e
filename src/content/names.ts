/**
 * Names on the page: has the background find the names in the article container's text
 * (and the reading view's, when it opens), marks them, and runs the cards.
 * Switching cards off stops every annotator and card: nothing of Gloss remains.
 */
import { toBackground } from '../platform/messaging';
import { unpackMentions, type EntityRow } from '../matcher/wire';
import { annotate, type Annotator } from '../annotate/annotator';
import { HighlightLayer, MarkIndex } from '../annotate/marks';
import { tooLargeToMark } from '../annotate/budget';
import { startCards, type Cards } from '../cards/controller';
import type { Mention } from '../matcher/match';
import type { Settings } from '../settings/schema';
import { statedDate } from '../reader/meta';
import { whosWhoPanel } from '../whoswho/controller';

export interface NamesFeature {
  addRoot(root: Element | ShadowRoot): Annotator;
  removeRoot(root: Element | ShadowRoot): void;
  step(direction: 1 | -1): void;
  /** Distinct entities marked across roots. */
  count(): number;
  /** Names are still being found in some root (`settled()` would wait). */
  finding(): boolean;
  /** The names marked in `root` whose records say how to read them aloud: form → respelling. */
  pronunciations(root: Element | ShadowRoot): Promise<Map<string, string>>;
  /** Opens or closes the who's-who panel; false when there are no names to list. */
  toggleWhosWho(): Promise<boolean>;
  settled(): Promise<void>;
  stop(): void;
}

/**
 * The entities named so far on this page, by their index in the background's alias index:
 * what cards, the type switches and who's who need of them.
 */
const entities = new Map<number, EntityRow>();

/** Forgets what this page learnt of the index: the user's glossary changed (#6). */
export function forgetAliasIndex(): void {
  entities.clear();
}

async function findNames(text: string): Promise<Mention[]> {
  if (!text.trim()) return [];
  const found = await toBackground({ type: 'names/find', text });
  for (const [at, row] of Object.entries(found.entities)) entities.set(Number(at), row);
  return unpackMentions(text, found);
}

/** A root left unmarked: the page is too large to mark without slowing it (issue #8). */
/** A root inside the reading view: its article is light DOM under the view's host (ADR 3). */
const inReadingView = (root: Element | ShadowRoot) => (root as Node).getRootNode() !== document
  || !!(root as Element).closest?.('gloss-reader');

const unmarked = (): Annotator => ({ index: new MarkIndex([]), settled: async () => undefined, busy: () => false, refresh() {}, stop() {} });

export async function startNames(settings: Settings, host: string, signal: AbortSignal,
  onChange: () => void, onNotThis: (surface: string) => void, onOrphaned: () => void): Promise<NamesFeature> {
  const layer = new HighlightLayer();
  const underline = settings.sites[host]?.underline ?? settings.cards.mentions;
  const excluded = new Set(settings.exclusions[host] ?? []);
  const keep = (m: Mention) => {
    const type = entities.get(m.entity)?.[2];
    return !!type && settings.cards.types[type] && !excluded.has(m.surface);
  };
  // A term is explained once, where the reader first meets it; names as the reader chose.
  const firstOnly = underline === 'first' ? () => true : (m: Mention) => entities.get(m.entity)?.[2] === 'term';
  const roots = new Map<Element | ShadowRoot, Annotator>();
  const indexes = (): MarkIndex[] => [...roots.values()].map((a) => a.index);
  const cards: Cards = startCards({
    signal,
    indexes,
    entityId: (e) => entities.get(e)?.[0] ?? '',
    onNotThis: (surface) => onNotThis(surface),
    dwellMs: settings.cards.dwellMs,
    published: statedDate(document),
    onOrphaned,
  });

  const panel = whosWhoPanel({
    signal, cards,
    // With clean mode open, the story is the reading view's: list and visit its marks only
    // (the page's, hidden under the view, would count every name twice).
    marks: () => {
      const view = [...roots.entries()].filter(([root]) => inReadingView(root));
      return (view.length ? view.map(([, a]) => a.index) : indexes()).flatMap((i) => i.marks);
    },
    entity: (e) => entities.get(e),
    records: (ids) => toBackground({ type: 'kb/records', ids }),
  });

  return {
    toggleWhosWho: () => panel.toggle(),
    addRoot(root) {
      const existing = roots.get(root);
      if (existing) return existing;
      // The page's mark styles come with the content script (annotate/mark-css.ts); the
      // reading view's article sheet carries its own (reader/view/article-css.ts).
      if (!inReadingView(root) && tooLargeToMark(document)) {
        console.debug('[Gloss] page too large to mark names without slowing it down');
        return unmarked();
      }
      const a = annotate(root, { find: findNames, keep, firstOnly, quiet: underline === 'none', layer, signal, onUpdate: onChange });
      roots.set(root, a);
      return a;
    },
    removeRoot(root) {
      roots.get(root)?.stop();
      roots.delete(root);
      onChange();
    },
    async pronunciations(root) {
      const marks = roots.get(root)?.index.marks ?? [];
      const ids = [...new Set(marks.map((m) => entities.get(m.entity)?.[0]).filter((id): id is string => !!id))];
      if (!ids.length) return new Map();
      const records = await toBackground({ type: 'kb/records', ids });
      const said = new Map(records.filter((r) => r?.pronunciation).map((r) => [r!.id, r!.pronunciation!] as const));
      const forms = new Map<string, string>();
      for (const m of marks) {
        const respelling = said.get(entities.get(m.entity)?.[0] ?? '');
        if (respelling) forms.set(m.surface.replace(/\s+/g, ' '), respelling);
      }
      return forms;
    },
    step: (d) => cards.step(d),
    count: () => new Set(indexes().flatMap((i) => i.marks.map((m) => m.entity))).size,
    finding: () => [...roots.values()].some((a) => a.busy()),
    settled: async () => { await Promise.all([...roots.values()].map((a) => a.settled())); },
    stop() {
      panel.close();
      cards.close();
      for (const a of roots.values()) a.stop();
      roots.clear();
    },
  };
}
