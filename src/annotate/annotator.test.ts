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
