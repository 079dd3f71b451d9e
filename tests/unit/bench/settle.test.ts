import { describe, expect, it } from 'vitest';
import type { PageStatus } from '../../../src/messages';
import { settleByMarks } from '../../../scripts/bench/settle';

const status = (findingNames: boolean, article: boolean | null = true) => ({ article, findingNames }) as PageStatus;

/** A fake clock: sleeping moves it; counts and answers are scripted by time. */
function page(counts: (t: number) => number, answers: (t: number) => PageStatus | null) {
  let t = 0;
  const asked: number[] = [];
  const o = { stillMs: 400, timeoutMs: 10_000, everyMs: 50, now: () => t, sleep: async (ms: number) => { t += ms; } };
  return {
    asked, o,
    count: async () => counts(t),
    ask: async () => { asked.push(t); return answers(t); },
  };
}

describe('settleByMarks', () => {
  it('asks once, after the marks have held still, when that is the end', async () => {
    // Marks grow until 1 s, then hold; Gloss has finished by then.
    const p = page((t) => Math.min(t, 1000), (t) => status(t < 1000));
    const s = await settleByMarks(p.count, p.ask, p.o);
    expect(s?.findingNames).toBe(false);
    expect(p.asked).toEqual([1400]);
  });

  it('never asks while the marks are still changing', async () => {
    const p = page((t) => t, () => status(false));
    expect(await settleByMarks(p.count, p.ask, p.o)).toBeNull();
    expect(p.asked).toEqual([]);
  });

  it('waits twice as long after each "still finding" (a page whose marks do not change)', async () => {
    // No names at all: the count stays 0 while Gloss is still reading until 2 s.
    const p = page(() => 0, (t) => status(t < 2000));
    const s = await settleByMarks(p.count, p.ask, p.o);
    expect(s?.findingNames).toBe(false);
    expect(p.asked).toEqual([400, 1200, 2800]);
  });

  it('does not take an unknown verdict or a failed ask for settled', async () => {
    const p = page(() => 3, (t) => (t < 500 ? null : t < 1500 ? status(false, null) : status(false)));
    const s = await settleByMarks(p.count, p.ask, p.o);
    expect(s?.article).toBe(true);
    expect(p.asked).toEqual([400, 1200, 2800]);
  });
});
