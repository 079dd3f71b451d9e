/**
 * The parts of Gloss a page may never need are files of their own, loaded the first time
 * they are asked for: clean mode (Readability, DOMPurify, the reading view) when the reader
 * opens it, and names with their cards (Preact, Floating UI) only on article pages with
 * cards on (issue #17: a page that is not an article pays for detection alone).
 * They are fetched through runtime.getURL so that, with `use_dynamic_url`, Chromium hands
 * out the per-session URL and pages never learn the extension's stable id (issue #8); the
 * build keeps each chunk free of imports of its own, because relative imports would
 * resolve against the stable URL and be refused (scripts/build/vite-content-script.ts).
 */
import type * as ReaderModule from '../reader/toggle';
import type * as NamesModule from './names';
import { browser } from '../platform/browser';
import { NAMES_CHUNK, READER_CHUNK } from './chunk-names';

function chunkLoader<M>(file: string): { load(): Promise<M>; loaded(): M | null } {
  let loading: Promise<M> | null = null;
  let module: M | null = null;
  return {
    load() {
      loading ??= (import(/* @vite-ignore */ browser.runtime.getURL(file)) as Promise<M>)
        .then((m) => (module = m))
        // A failed load (extension reloaded under the page) may be retried on the next ask.
        .catch((e: unknown) => { loading = null; throw e; });
      return loading;
    },
    loaded: () => module,
  };
}

const reader = chunkLoader<typeof ReaderModule>(READER_CHUNK);
const names = chunkLoader<typeof NamesModule>(NAMES_CHUNK);

export const loadReader = (): Promise<typeof ReaderModule> => reader.load();
export const loadNames = (): Promise<typeof NamesModule> => names.load();
/** The names chunk if this page has loaded it already; never loads it. */
export const loadedNames = (): typeof NamesModule | null => names.loaded();
