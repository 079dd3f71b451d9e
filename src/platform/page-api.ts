/**
 * The extension API as code running inside web pages sees it (ADR 5). The content script
 * and its two chunks are built with this module in place of webextension-polyfill
 * (scripts/build/vite-content-script.ts), because every page pays for what the content
 * script evaluates: the polyfill's Proxy over `chrome` and its metadata tables cost more at
 * start-up than the rest of detection's fixed work, for the handful of calls pages make.
 *
 * Firefox gives content scripts a promise-based `browser` of its own, used as it is (the
 * polyfill does the same there). Chrome's MV3 `chrome` returns promises too, except where
 * the polyfill's conventions matter to the other side, which still runs the polyfill: a
 * message listener answers with a promise (sent back through `sendResponse`, a rejection
 * as the polyfill's marker object), and a reply of that marker, or "no listener answered",
 * is turned back into a rejection or `undefined` as the polyfill would.
 */
import type Browser from 'webextension-polyfill';

type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;

interface ChromeLike {
  runtime: {
    id?: string;
    lastError?: { message?: string };
    getURL(path: string): string;
    sendMessage(message: unknown, callback: (reply: unknown) => void): void;
    onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void; hasListener(l: ChromeListener): boolean };
  };
  storage: unknown;
  i18n: unknown;
}

/** What Chrome says when no listener answered; the polyfill resolves `undefined` then. */
const NO_ANSWER = 'The message port closed before a response was received.';
/** The polyfill's wire form of a rejected answer. */
const REJECTED = '__mozWebExtensionPolyfillReject__';

const isThenable = (v: unknown): v is PromiseLike<unknown> => !!v && typeof (v as { then?: unknown }).then === 'function';

/** Chrome's API with the polyfill's promise conventions for the calls pages make. */
export function wrapChrome(chrome: ChromeLike): typeof Browser {
  const wrapped = new WeakMap<Listener, ChromeListener>();
  const asChrome = (listener: Listener): ChromeListener => {
    let w = wrapped.get(listener);
    if (!w) {
      w = (message, sender, sendResponse) => {
        let result: unknown;
        try {
          result = listener(message, sender);
        } catch (e) {
          result = Promise.reject(e);
        }
        if (!isThenable(result)) return false;
        result.then(sendResponse, (e: unknown) => sendResponse({ [REJECTED]: true, message: (e as Error | undefined)?.message ?? 'An unexpected error occurred' }));
        return true;
      };
      wrapped.set(listener, w);
    }
    return w;
  };
  const runtime = {
    get id() { return chrome.runtime.id; },
    getURL: (path: string) => chrome.runtime.getURL(path),
    sendMessage: (message: unknown) => new Promise((resolve, reject) => {
      chrome.runtime.sendMessage(message, (reply) => {
        const error = chrome.runtime.lastError;
        if (error) return error.message === NO_ANSWER ? resolve(undefined) : reject(new Error(error.message));
        if (reply && typeof reply === 'object' && (reply as Record<string, unknown>)[REJECTED]) return reject(new Error(String((reply as { message?: unknown }).message)));
        resolve(reply);
      });
    }),
    onMessage: {
      addListener: (l: Listener) => chrome.runtime.onMessage.addListener(asChrome(l)),
      removeListener: (l: Listener) => { const w = wrapped.get(l); if (w) chrome.runtime.onMessage.removeListener(w); },
      hasListener: (l: Listener) => { const w = wrapped.get(l); return !!w && chrome.runtime.onMessage.hasListener(w); },
    },
  };
  // storage and i18n already answer with promises (or synchronously) in MV3 Chrome. Read
  // when first used: Chrome builds each API's bindings on first access, and a page that is
  // not an article never asks for i18n (issue #17).
  return { runtime, get storage() { return chrome.storage; }, get i18n() { return chrome.i18n; } } as unknown as typeof Browser;
}

type Globals = { browser?: { runtime?: { id?: string } }; chrome?: ChromeLike };

function pageApi(): typeof Browser {
  const g = globalThis as Globals;
  if (g.browser?.runtime?.id) return g.browser as unknown as typeof Browser;
  if (g.chrome?.runtime?.id) return wrapChrome(g.chrome);
  throw new Error('Gloss: no extension API in this context');
}

export default pageApi();
