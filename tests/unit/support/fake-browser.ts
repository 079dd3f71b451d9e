/**
 * A stand-in for src/platform/browser.ts in unit tests (jsdom has no extension APIs):
 * storage areas with onChanged and an optional quota, i18n from the real _locales files
 * with Chrome's $1 substitution, commands and tabs. Use with
 *   vi.mock('<relative>/platform/browser', () => import('<relative>/tests/unit/support/fake-browser'))
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

const listeners = new Set<Listener>();
const catalogs = new Map<string, Record<string, { message: string }>>();
let lang = 'en';

function catalog(l: string): Record<string, { message: string }> {
  if (!catalogs.has(l))
    catalogs.set(l, JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${l}/messages.json`), 'utf8')));
  return catalogs.get(l)!;
}

/** Chrome's rule: $1…$9 take the substitutions, $$ is a dollar sign. */
export function substitute(message: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : list[Number(d) - 1] ?? ''));
}

function area(name: 'sync' | 'local') {
  let data: Record<string, unknown> = {};
  const state = { quotaBytes: Infinity, failWith: null as Error | null };
  return {
    state,
    reset() { data = {}; state.quotaBytes = Infinity; state.failWith = null; },
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      if (state.failWith) throw state.failWith;
      const size = JSON.stringify({ ...data, ...items }).length;
      if (size > state.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      const changes: Changes = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      for (const l of listeners) l(structuredClone(changes), name);
    },
    async remove(key: string) { delete data[key]; },
  };
}

const sync = area('sync');
const local = area('local');

export const browser = {
  storage: {
    sync, local,
    onChanged: {
      addListener: (l: Listener) => { listeners.add(l); },
      removeListener: (l: Listener) => { listeners.delete(l); },
      hasListener: (l: Listener) => listeners.has(l),
    },
  },
  i18n: {
    getMessage(name: string, subs?: string | string[]): string {
      if (name === '@@bidi_dir') return lang === 'ar' ? 'rtl' : 'ltr';
      const m = catalog(lang)[name]?.message;
      return m === undefined ? '' : substitute(m, subs);
    },
    getUILanguage: () => lang,
  },
  commands: {
    getAll: async () => [
      { name: 'toggle-clean', description: '__MSG_commandToggleClean__', shortcut: 'Alt+Shift+R' },
      { name: 'next-name', description: '__MSG_commandNextName__', shortcut: '' },
      { name: 'previous-name', description: '__MSG_commandPreviousName__', shortcut: 'Alt+Shift+P' },
      { name: 'whos-who', description: '__MSG_commandWhosWho__', shortcut: 'Alt+Shift+W' },
    ],
  },
  runtime: {
    id: 'gloss-test' as string | undefined,
    openOptionsPage: async () => { calls.openOptionsPage++; },
    getURL: (path: string) => `chrome-extension://gloss-test/${path}`,
    onMessage: {
      addListener: (l: MessageListener) => { messageListeners.add(l); },
      removeListener: (l: MessageListener) => { messageListeners.delete(l); },
    },
    sendMessage: async (msg: { type: string }) => backgroundReply(msg),
  },
  tabs: {
    query: async () => [{ id: 7 }],
    create: async () => ({ id: 8 }),
    sendMessage: async (_tab: number, msg: { type: string }) => tabReply(msg),
  },
};

export const calls = { openOptionsPage: 0 };

type MessageListener = (msg: unknown) => Promise<unknown> | undefined;
const messageListeners = new Set<MessageListener>();
/** Sends `msg` to the content script's listeners as the popup or background would. */
export async function toContentScript(msg: { type: string } & Record<string, unknown>): Promise<unknown> {
  for (const l of messageListeners) {
    const reply = l(msg);
    if (reply !== undefined) return reply;
  }
  return undefined;
}
export const contentListeners = (): number => messageListeners.size;
/** What the fake background answers to runtime.sendMessage; tests replace it. */
export let backgroundReply: (msg: { type: string }) => unknown = () => undefined;
export function onBackgroundMessage(reply: (msg: { type: string }) => unknown): void { backgroundReply = reply; }
/** What the fake tab answers to content messages; tests replace it. */
export let tabReply: (msg: { type: string }) => unknown = () => undefined;
export function onTabMessage(reply: (msg: { type: string }) => unknown): void { tabReply = reply; }

export function useLocale(l: string): void { lang = l; }
export function resetBrowser(): void {
  sync.reset();
  local.reset();
  listeners.clear();
  lang = 'en';
  calls.openOptionsPage = 0;
  tabReply = () => undefined;
  backgroundReply = () => undefined;
  messageListeners.clear();
  browser.runtime.id = 'gloss-test';
}

export const isFirefox = false;
export const shortcutSettingsHint = 'chrome://extensions/shortcuts';
export function extensionContextGone(): boolean { return !browser.runtime.id; }
