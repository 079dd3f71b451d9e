// Matching and range building in slices (issue #8) give exactly what one go gives, however
// small the slices: a page never gets different names because it was big or busy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCollector } from '../../../src/annotate/collect';
import { markBuilder, toMarks } from '../../../src/annotate/marks';
import { findMentions, matchJob } from '../../../src/matcher/match';
import { lookup, mount, NAMES, tree } from './dom-trees';

const piece = fc.oneof(
  fc.constantFrom(...NAMES, 'Kushner', 'Amman', 'the', '. ', ' ', '\u2029', 'Michael', '’s'),
  fc.string({ maxLength: 4 }),
);
/** Long enough that slices of 256 steps cut it many times. */
const text = fc.array(piece, { maxLength: 1500 }).map((p) => p.join(' '));

/** Runs a stepper to the end, with a slice that is always over (the smallest slices possible). */
function drain(step: (timeUp: () => boolean) => boolean): number {
  let slices = 1;
  while (!step(() => true)) slices++;
  return slices;
}

describe('sliced matching', () => {
  it('equals findMentions whatever the slice size', () => {
    fc.assert(fc.property(text, (t) => {
      const job = matchJob(t, lookup);
      drain((timeUp) => job.step(timeUp));
      expect(job.result()).toEqual(findMentions(t, lookup));
    }), { numRuns: 150 });
  });

  it('really yields on long text, and a finished job stays finished', () => {
    const t = Array.from({ length: 4000 }, (_, i) => `${NAMES[i % NAMES.length]} met envoys.`).join(' ');
    const job = matchJob(t, lookup);
    expect(drain((timeUp) => job.step(timeUp))).toBeGreaterThan(20);
    expect(job.step(() => true)).toBe(true);
    expect(job.result().length).toBeGreaterThan(3000);
  });
});

describe('sliced range building', () => {
  it('equals toMarks whatever the slice size', () => {
    fc.assert(fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (f) => {
      const root = mount(f);
      const c = createCollector(root);
      while (!c.step(() => false));
      const collected = c.result();
      const mentions = findMentions(collected.text, lookup);
      const builder = markBuilder(collected, mentions, document);
      drain((timeUp) => builder.step(timeUp));
      const whole = toMarks(collected, mentions, document);
      const shape = (ms: typeof whole) => ms.map((m) => [m.range.startContainer, m.range.startOffset, m.range.endContainer, m.range.endOffset, m.entity, m.order]);
      expect(shape(builder.marks)).toEqual(shape(whole));
    }), { numRuns: 150 });
  });
});
