/**
 * Clean mode's code (Readability, DOMPurify, the reading view) is its own file, loaded the
 * first time clean mode is asked for. It is fetched through runtime.getURL so that, with
 * `use_dynamic_url`, Chromium hands out the per-session URL and pages never learn the
 * extension's stable id (issue #8); the build keeps the chunk free of imports of its own,
 * because relative imports would resolve against the stable URL and be refused
 * (scripts/build/vite-content-script.ts).
 */
import type * as ReaderModule from '../reader/toggle';
import { browser } from '../platform/browser';
import { READER_CHUNK } from './chunk-names';

let loading: Promise<typeof ReaderModule> | null = null;

export function loadReader(): Promise<typeof ReaderModule> {
  loading ??= (import(/* @vite-ignore */ browser.runtime.getURL(READER_CHUNK)) as Promise<typeof ReaderModule>)
    // A failed load (extension reloaded under the page) may be retried on the next ask.
    .catch((e: unknown) => { loading = null; throw e; });
  return loading;
}
