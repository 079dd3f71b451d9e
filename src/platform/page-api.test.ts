import { describe, expect, it, vi } from 'vitest';
import { wrapChrome } from './page-api';

// The module picks its API when it loads, as in a page: give it a Chrome to find.
vi.hoisted(() => { (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'test', onMessage: {} } }; });

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;

/** A Chrome whose runtime records listeners and answers sendMessage with what a test sets. */
function fakeChrome(answer: { reply?: unknown; lastError?: string } = {}) {
  const listeners = new Set<ChromeListener>();
  const runtime = {
    id: 'abc',
    lastError: undefined as { message?: string } | undefined,
    getURL: (p: string) => `chrome-extension://abc/${p}`,
    sendMessage(_m: unknown, callback: (reply: unknown) => void) {
      runtime.lastError = answer.lastError ? { message: answer.lastError } : undefined;
      callback(answer.reply);
      runtime.lastError = undefined;
    },
    onMessage: {
      addListener: (l: ChromeListener) => listeners.add(l),
      removeListener: (l: ChromeListener) => listeners.delete(l),
      hasListener: (l: ChromeListener) => listeners.has(l),
    },
  };
  return { chrome: { runtime, storage: { local: {} }, i18n: {} }, listeners };
}

/** Delivers a message as Chrome does; resolves with what was sent back, if anything. */
function deliver(listeners: Set<ChromeListener>, message: unknown): { kept: boolean; reply: Promise<unknown> } {
  let send!: (r: unknown) => void;
  const reply = new Promise((ok) => { send = ok; });
  const kept = [...listeners].map((l) => l(message, {}, send)).some(Boolean);
  return { kept, reply };
}

describe('the page API over Chrome (polyfill conventions the background relies on)', () => {
  it('sends a listener’s promised answer back and keeps the channel open for it', async () => {
    const { chrome, listeners } = fakeChrome();
    const api = wrapChrome(chrome);
    api.runtime.onMessage.addListener(async (m: unknown) => ({ echo: m }));
    const { kept, reply } = deliver(listeners, 'hi');
    expect(kept).toBe(true);
    await expect(reply).resolves.toEqual({ echo: 'hi' });
  });

  it('answers a rejection with the polyfill’s marker, so the sender’s promise rejects', async () => {
    const { chrome, listeners } = fakeChrome();
    wrapChrome(chrome).runtime.onMessage.addListener(() => Promise.reject(new Error('no such tab state')));
    await expect(deliver(listeners, 'x').reply).resolves.toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'no such tab state' });
  });

  it('leaves the channel closed when a listener does not answer', () => {
    const { chrome, listeners } = fakeChrome();
    wrapChrome(chrome).runtime.onMessage.addListener(() => undefined);
    expect(deliver(listeners, 'x').kept).toBe(false);
  });

  it('removes the very wrapper it added', () => {
    const { chrome, listeners } = fakeChrome();
    const api = wrapChrome(chrome);
    const listener = () => undefined;
    api.runtime.onMessage.addListener(listener);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(true);
    api.runtime.onMessage.removeListener(listener);
    expect(listeners.size).toBe(0);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(false);
  });

  it('resolves sendMessage with the reply, undefined when nobody answered, and rejects errors', async () => {
    await expect(wrapChrome(fakeChrome({ reply: { ok: 1 } }).chrome).runtime.sendMessage('m')).resolves.toEqual({ ok: 1 });
    await expect(wrapChrome(fakeChrome({ lastError: 'The message port closed before a response was received.' }).chrome).runtime.sendMessage('m')).resolves.toBeUndefined();
    await expect(wrapChrome(fakeChrome({ lastError: 'Could not establish connection.' }).chrome).runtime.sendMessage('m')).rejects.toThrow('Could not establish connection.');
    await expect(wrapChrome(fakeChrome({ reply: { __mozWebExtensionPolyfillReject__: true, message: 'bad' } }).chrome).runtime.sendMessage('m')).rejects.toThrow('bad');
  });

  it('reads the extension id live, so a reloaded extension is noticed', () => {
    const { chrome } = fakeChrome();
    const api = wrapChrome(chrome);
    expect(api.runtime.id).toBe('abc');
    (chrome.runtime as { id?: string }).id = undefined;
    expect(api.runtime.id).toBeUndefined();
  });
});

describe('which API a page gets', () => {
  it('uses a native promise-based browser (Firefox) as it is', async () => {
    vi.resetModules();
    const native = { runtime: { id: 'ff' } };
    vi.stubGlobal('browser', native);
    try {
      expect((await import('./page-api')).default).toBe(native);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
