// The clean view's work clock (issue #14, item 4): phases add up, frame waits do not count.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
  delete (globalThis as { __GLOSS_PROBES__?: boolean }).__GLOSS_PROBES__;
});

async function probes(on: boolean) {
  if (on) (globalThis as { __GLOSS_PROBES__?: boolean }).__GLOSS_PROBES__ = true;
  return import('./paint');
}

describe('reader work clock', () => {
  it('adds the phases from the toggle to the view, leaving out the wait for a frame', async () => {
    const p = await probes(true);
    let now = 100;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    p.startReaderWork(100);
    now = 102; p.lapReaderWork('toggle');
    now = 110; p.lapReaderWork('extraction');
    now = 150; p.resumeReaderWork(); // a frame went by
    now = 153; p.lapReaderWork('extraction');
    now = 157; p.endReaderWork('view');
    expect(p.readerWork()).toEqual({ workMs: 17, phases: { toggle: 2, extraction: 11, view: 4 }, count: 1 });
    // A lap with no open clock changes nothing; the next open counts again.
    p.lapReaderWork('extraction');
    p.startReaderWork(200);
    now = 201; p.endReaderWork('view');
    expect(p.readerWork()).toMatchObject({ workMs: 1, count: 2 });
  });

  it('records nothing in the shipped build', async () => {
    const p = await probes(false);
    p.startReaderWork(0);
    p.endReaderWork('view');
    expect(p.readerWork()).toBeUndefined();
  });
});
