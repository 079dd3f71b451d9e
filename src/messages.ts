/**
 * Every message between the extension's parts, typed and named by direction.
 * A message is `{ type, ...payload }`; each type maps to the reply it gets.
 */
import type { AliasIndex, CardRecord } from './knowledge/types';
import type { PageStatus } from './content/page-status';

/** Content script (and extension pages) → background. */
export interface ToBackground {
  'kb/index': { request: {}; reply: AliasIndex };
  'kb/record': { request: { id: string }; reply: CardRecord | null };
  'page/status-changed': { request: { status: PageStatus }; reply: void };
}

/** Background or popup → content script in one tab. */
export interface ToContent {
  'page/status': { request: {}; reply: PageStatus };
  'reader/toggle': { request: { open?: boolean }; reply: PageStatus };
  'cards/step': { request: { direction: 1 | -1 }; reply: void };
  'names/list': { request: {}; reply: NameOnPage[] };
}

/** One distinct name marked on the page (popup list, tests). */
export interface NameOnPage { id: string; name: string; type: string; surfaces: string[]; count: number }

export type Message<M, K extends keyof M> = { type: K } & (M[K] extends { request: infer R } ? R : never);
export type Reply<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;
export type AnyMessage<M> = { [K in keyof M]: Message<M, K> }[keyof M];

export function isMessage<M>(value: unknown, types: readonly (keyof M)[]): value is AnyMessage<M> {
  return typeof value === 'object' && value !== null && types.includes((value as { type: keyof M }).type);
}
