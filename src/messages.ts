/**
 * Every message between the extension's parts, typed and named by direction.
 * A message is `{ type, ...payload }`; each type maps to the reply it gets.
 */
import type { CardRecord } from './knowledge/types';
import type { FoundNames } from './matcher/wire';
import type { PagePerf, ReaderWork } from './probes/paint';

/** Content script (and extension pages) → background. */
export interface ToBackground {
  /** The names in an article's text, found by the background's warm matcher. */
  'names/find': { request: { text: string }; reply: FoundNames };
  'kb/record': { request: { id: string }; reply: CardRecord | null };
  /** Several records at once, in the order asked (the who's-who panel's descriptions). */
  'kb/records': { request: { ids: string[] }; reply: (CardRecord | null)[] };
}

/** What the popup and other parts learn about a tab's page. */
export interface PageStatus {
  host: string;
  /** Detection verdict; null until detection has run. */
  article: boolean | null;
  score: number;
  reasons: string[];
  readerOpen: boolean;
  /** Why clean mode could not open, in words for the reader. */
  readerError?: string;
  /** Distinct names marked on the page (0 when cards are off). */
  names: number;
  /** Names are still being found (the names chunk starting, or a pass over the text under
   *  way): `names` may still grow. The popup says so; the bench waits for it to end. */
  findingNames: boolean;
  cardsEnabled: boolean;
  /** Paint timings, only in the bench's own build (src/probes/paint.ts). */
  perf?: PagePerf;
  /** Clean view: Gloss's own work from the toggle to the view ready to paint (bench build only). */
  readerWork?: ReaderWork;
}

export function initialStatus(host: string): PageStatus {
  return { host, article: null, score: 0, reasons: [], readerOpen: false, names: 0, findingNames: false, cardsEnabled: false };
}

/** Background or popup → content script in one tab. */
export interface ToContent {
  'page/status': { request: {}; reply: PageStatus };
  'reader/toggle': { request: { open?: boolean }; reply: PageStatus };
  'cards/step': { request: { direction: 1 | -1 }; reply: void };
  /** Opens or closes the who's-who panel; `shown` is false when the page has no names. */
  'whoswho/toggle': { request: {}; reply: { shown: boolean } };
}

export type Message<M, K extends keyof M> = { type: K } & (M[K] extends { request: infer R } ? R : never);
export type Reply<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;
export type AnyMessage<M> = { [K in keyof M]: Message<M, K> }[keyof M];

export function isMessage<M>(value: unknown, types: readonly (keyof M)[]): value is AnyMessage<M> {
  return typeof value === 'object' && value !== null && types.includes((value as { type: keyof M }).type);
}
