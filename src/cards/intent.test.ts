import { describe, expect, it } from 'vitest';
import { TIMING } from '../timing';
import { HoverIntent, type IntentClock } from './intent';

function fakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const clock: IntentClock = {
    now: () => now,
    setTimeout: (fn, ms) => { timers.set(next, { at: now + ms, fn }); return next++; },
    clearTimeout: (id) => { timers.delete(id as number); },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return { clock, advance };
}

function setup() {
  const { clock, advance } = fakeClock();
  const log: string[] = [];
  const intent = new HoverIntent<string>({ show: (t) => log.push(`show ${t}`), hide: () => log.push('hide') }, clock);
  return { intent, advance, log };
}

describe('HoverIntent', () => {
  it('shows only after the pointer dwells on a name', () => {
    const { intent, advance, log } = setup();
    intent.move(10, 10, 'Qatar');
    advance(TIMING.hoverDwellMs - 1);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['show Qatar']);
  });

  it('ignores a pointer sweeping fast across names', () => {
    const { intent, advance, log } = setup();
    for (let i = 0; i < 20; i++) { intent.move(i * 40, 10, i % 2 ? 'Egypt' : 'Qatar'); advance(16); }
    intent.move(900, 10, null);
    advance(1000);
    expect(log).toEqual([]);
  });

  it('ignores names that scroll under a still pointer', () => {
    const { intent, advance, log } = setup();
    intent.move(10, 10, null);
    advance(50);
    intent.scrolled();
    intent.move(10, 10, 'Hamas');
    advance(1000);
    expect(log).toEqual([]);
  });

  it('still shows a card when the pointer moves onto a name right after a scroll', () => {
    const { intent, advance, log } = setup();
    intent.move(10, 200, null);
    advance(50);
    intent.scrolled();
    advance(20);
    intent.move(12, 150, 'Hamas');
    advance(TIMING.pointerSettleMs + TIMING.hoverDwellMs);
    expect(log).toEqual(['show Hamas']);
  });

  it('keeps the card while the pointer travels into it, hides after the grace period otherwise', () => {
    const { intent, advance, log } = setup();
    intent.move(10, 10, 'Qatar');
    advance(TIMING.hoverDwellMs);
    intent.move(10, 30, null);
    advance(TIMING.hoverHideMs / 2);
    intent.enterCard();
    advance(2000);
    expect(log).toEqual(['show Qatar']);
    intent.leaveCard();
    advance(TIMING.hoverHideMs);
    expect(log).toEqual(['show Qatar', 'hide']);
  });

  it('opens and closes at once for keyboard use', () => {
    const { intent, log } = setup();
    intent.open('Doha');
    intent.close();
    expect(log).toEqual(['show Doha', 'hide']);
  });
});
