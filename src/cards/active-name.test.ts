import { describe, expect, it } from 'vitest';
import { activeName } from './active-name';

/** Frames run only when the test says so. */
function frames() {
  let queue: (() => void)[] = [];
  return {
    request: (fn: () => void) => { queue.push(fn); },
    run() { const now = queue; queue = []; for (const fn of now) fn(); },
    get waiting() { return queue.length; },
  };
}

describe('the open card\'s name highlight', () => {
  it('is set in the frame after the card\'s, not in the card\'s own', () => {
    const f = frames();
    const applied: (string | null)[] = [];
    const active = activeName<string>((t) => applied.push(t), f.request);
    active.show('Qatar');
    f.run(); // the frame that paints the card
    expect(applied).toEqual([]);
    f.run();
    expect(applied).toEqual(['Qatar']);
  });

  it('is not set again for the name it already marks (a card repainted when its record arrives)', () => {
    const f = frames();
    const applied: (string | null)[] = [];
    const active = activeName<string>((t) => applied.push(t), f.request);
    active.show('Qatar');
    f.run(); f.run();
    active.show('Qatar');
    expect(f.waiting).toBe(0);
    f.run(); f.run();
    expect(applied).toEqual(['Qatar']);
  });

  it('marks only the last of names shown in quick succession', () => {
    const f = frames();
    const applied: (string | null)[] = [];
    const active = activeName<string>((t) => applied.push(t), f.request);
    active.show('Qatar');
    active.show('Oman');
    f.run(); f.run();
    expect(applied).toEqual(['Oman']);
  });

  it('clears at once, and a name shown before the clear never comes back', () => {
    const f = frames();
    const applied: (string | null)[] = [];
    const active = activeName<string>((t) => applied.push(t), f.request);
    active.show('Qatar');
    f.run(); f.run();
    active.show('Oman');
    active.clear();
    expect(applied).toEqual(['Qatar', null]);
    f.run(); f.run();
    expect(applied).toEqual(['Qatar', null]);
    active.show('Oman');
    f.run(); f.run();
    expect(applied).toEqual(['Qatar', null, 'Oman']);
  });
});
