import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, resetBrowser } from '../../tests/unit/support/fake-browser';
import { StorageFullError } from '../settings/quota';
import { GLOSSARY_KEY, loadGlossary, onGlossaryChanged, readStored, saveGlossary } from './storage';
import type { GlossaryEntry } from './entry';

vi.mock('../platform/browser', () => import('../../tests/unit/support/fake-browser'));

const entry: GlossaryEntry = { id: 'a', name: 'Alpha Beta', aliases: [], type: 'other', description: 'd', background: '' };

describe('glossary storage', () => {
  beforeEach(() => resetBrowser());

  it('saves to storage.local and reads back; other pages hear of it', async () => {
    const heard = vi.fn();
    onGlossaryChanged(heard, new AbortController().signal);
    await saveGlossary([entry]);
    expect(await loadGlossary()).toEqual({ entries: [entry], dropped: 0 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(await browser.storage.sync.get(GLOSSARY_KEY)).toEqual({});
  });

  it('turns a full storage into a StorageFullError with the size, and stores nothing', async () => {
    browser.storage.local.state.quotaBytes = 200;
    const big = Array.from({ length: 10 }, (_, i) => ({ ...entry, id: `e${i}`, name: `Entry ${i}` }));
    const error = await saveGlossary(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).bytes).toBeGreaterThan(200);
    expect((error as StorageFullError).area).toBe('local');
    expect(await loadGlossary()).toEqual({ entries: [], dropped: 0 });
  });

  it('passes other storage errors through unchanged', async () => {
    browser.storage.local.state.failWith = new Error('disk on fire');
    await expect(saveGlossary([entry])).rejects.toThrow('disk on fire');
  });

  it('leaves out stored entries that no longer check out, counting them', () => {
    expect(readStored({ version: 1, entries: [entry, { ...entry, id: 'b', name: '' }, { ...entry }, null, 'x'] }))
      .toEqual({ entries: [entry], dropped: 4 });
    expect(readStored('nonsense')).toEqual({ entries: [], dropped: 1 });
    expect(readStored(undefined)).toEqual({ entries: [], dropped: 0 });
  });

  it('stops listening when aborted', async () => {
    const heard = vi.fn();
    const c = new AbortController();
    onGlossaryChanged(heard, c.signal);
    c.abort();
    await saveGlossary([entry]);
    expect(heard).not.toHaveBeenCalled();
  });
});
