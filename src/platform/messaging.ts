import { browser, extensionContextGone } from './browser';
import type { Message, Reply, ToBackground, ToContent } from '../messages';

/** Typed wrapper around runtime.sendMessage (content/pages → background). */
export async function toBackground<K extends keyof ToBackground>(
  msg: Message<ToBackground, K>,
): Promise<Reply<ToBackground, K>> {
  if (extensionContextGone()) throw new Error('Gloss was updated or removed; reload the page to use it again.');
  return (await browser.runtime.sendMessage(msg)) as Reply<ToBackground, K>;
}

/** Typed wrapper around tabs.sendMessage (background/popup → content script of one tab). */
export async function toContent<K extends keyof ToContent>(
  tabId: number,
  msg: Message<ToContent, K>,
): Promise<Reply<ToContent, K>> {
  return (await browser.tabs.sendMessage(tabId, msg)) as Reply<ToContent, K>;
}
