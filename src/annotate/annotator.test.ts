// `busy()` is what the page's status reports as "finding names" (issue #17): true from the
// start of a pass until its marks are in the index, again for a pass the page's own changes
// cause, and false once stopped.
import { afterEach, describe, expect, it } from 'vitest';
import { annotate } from './annotator';
import { HighlightLayer } from './marks';
import type { Mention } from '../matcher/mention';

/** A background that answers only when told to, with "Qatar" wherever the text has it. */
function heldFinder() {
  const waiting: (() => void)[] = [];
  const find = (text: string) => new Promise<Mention[]>((answer) => {
    waiting.push(() => {
      answer([...text.matchAll(/Qatar/g)].map((m) => ({ start: m.index, end: m.index + 5, entity: 1, surface: 'Qatar' })));
    });
  });
  return { find, answerAll: () => waiting.splice(0).forEach((go) => go()), asked: () => waiting.length };
}

const until = async (test: () => boolean) => {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(test()).toBe(true);
};

describe('an annotator says whether it is finding names', () => {
  const controller = new AbortController();
  afterEach(() => { document.body.innerHTML = ''; });

  it('is busy from its first pass until the marks are in, and again for a change to the text', async () => {
    document.body.innerHTML = '<article><p>Talks in Qatar resumed.</p></article>';
    const root = document.querySelector('article')!;
    const background = heldFinder();
    const a = annotate(root, { find: background.find, keep: () => true, firstOnly: () => false, quiet: true,
      layer: new HighlightLayer(), signal: controller.signal });
    expect(a.busy()).toBe(true);
    await until(() => background.asked() === 1);
    expect(a.busy()).toBe(true);
    expect(a.index.marks).toHaveLength(0);
    background.answerAll();
    await a.settled();
    expect(a.busy()).toBe(false);
    expect(a.index.marks.map((m) => m.surface)).toEqual(['Qatar']);

    root.querySelector('p')!.append(' Qatar again.');
    await until(() => background.asked() === 1);
    expect(a.busy()).toBe(true);
    background.answerAll();
    await until(() => !a.busy());
    expect(a.index.marks.map((m) => m.surface)).toEqual(['Qatar', 'Qatar']);
    a.stop();
  });

  it('is not busy once stopped mid-pass', async () => {
    document.body.innerHTML = '<article><p>Qatar.</p></article>';
    const background = heldFinder();
    const a = annotate(document.querySelector('article')!, { find: background.find, keep: () => true, firstOnly: () => false,
      quiet: true, layer: new HighlightLayer(), signal: controller.signal });
    await until(() => background.asked() === 1);
    a.stop();
    background.answerAll();
    await until(() => !a.busy());
    expect(a.index.marks).toHaveLength(0);
  });
});

// The reading view's article is annotated on every opening and stopped on every closing,
// under the page's signal, which lives as long as the page: a listener left on that signal
// keeps each closed view (its DOM, its component tree) alive (bench: "clean mode keeps
// nothing per toggle").
describe('a stopped annotator lets go of its root', () => {
  /** The page signal's abort listeners still registered: added, minus removed, minus those tied to an aborted signal. */
  function watchListeners(signal: AbortSignal) {
    const live: { fn: unknown; tie?: AbortSignal }[] = [];
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject, opts?: AddEventListenerOptions | boolean) => {
      if (type === 'abort') live.push({ fn, tie: typeof opts === 'object' ? opts.signal : undefined });
      add(type, fn, opts);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, fn: EventListenerOrEventListenerObject, opts?: EventListenerOptions | boolean) => {
      const at = live.findIndex((l) => l.fn === fn);
      if (type === 'abort' && at >= 0) live.splice(at, 1);
      remove(type, fn, opts);
    }) as typeof signal.removeEventListener;
    return () => live.filter((l) => !l.tie?.aborted).length;
  }

  it('leaves no listener on the page signal once stopped', async () => {
    const page = new AbortController();
    const listeners = watchListeners(page.signal);
    document.body.innerHTML = '<article><p>Talks in Qatar resumed.</p></article>';
    const background = heldFinder();
    for (let i = 0; i < 3; i++) {
      const a = annotate(document.querySelector('article')!, { find: background.find, keep: () => true, firstOnly: () => false,
        quiet: true, layer: new HighlightLayer(), signal: page.signal });
      await until(() => background.asked() === 1);
      background.answerAll();
      await a.settled();
      a.stop();
    }
    expect(listeners()).toBe(0);
    document.body.innerHTML = '';
  });

  it('still stops when the page signal aborts', async () => {
    const page = new AbortController();
    document.body.innerHTML = '<article><p>Qatar.</p></article>';
    const background = heldFinder();
    const a = annotate(document.querySelector('article')!, { find: background.find, keep: () => true, firstOnly: () => false,
      quiet: true, layer: new HighlightLayer(), signal: page.signal });
    await until(() => background.asked() === 1);
    page.abort();
    background.answerAll();
    await until(() => !a.busy());
    expect(a.index.marks).toHaveLength(0);
    document.body.innerHTML = '';
  });
});
