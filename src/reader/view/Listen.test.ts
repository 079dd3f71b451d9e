// Read aloud with names as their records say (issue #15, part 1): a recording engine stands
// in for speechSynthesis; the voice gets the respelling, the view keeps the name as written.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../settings/schema';
import { Listen } from './Listen';
import { english } from './strings';

const spoken: string[] = [];
class Utterance { rate = 1; lang = ''; voice: unknown = null; onend: (() => void) | null = null; onerror: (() => void) | null = null; constructor(public text: string) {} }
const engine = {
  speak: (u: Utterance) => { spoken.push(u.text); }, cancel() {}, pause() {}, resume() {},
  getVoices: () => [{ name: 'Test voice', lang: 'en-GB', default: true }], addEventListener() {}, removeEventListener() {},
};

let mount: HTMLElement;
beforeEach(() => {
  spoken.length = 0;
  vi.stubGlobal('speechSynthesis', engine);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
});
// Preact's after-paint timer (100 ms) must fire before jsdom is torn down (see rtl.test.tsx).
afterEach(async () => {
  render(null, mount); mount.remove(); vi.unstubAllGlobals();
  await new Promise((done) => setTimeout(done, 110));
});
// jsdom lays nothing out: a reading range needs a box for the view to ask whether to scroll to
// it, which it does once the reader has not scrolled for a while (on a slow run, always).
if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = () => ({ top: 100, bottom: 120, left: 0, right: 0, width: 0, height: 20, x: 0, y: 100, toJSON: () => ({}) }) as DOMRect;

it('hands the voice the respelling of a name whose record has one, and shows the name as written', async () => {
  mount = document.createElement('div');
  mount.innerHTML = '<div class="gloss-scroll"><div class="body"><p>Mojtaba Khamenei was named Supreme Leader in March 2026.</p></div><div id="bar"></div></div>';
  document.body.append(mount);
  const scroller = mount.querySelector<HTMLElement>('.gloss-scroll')!;
  const pronunciations = vi.fn(async () => new Map([['Mojtaba Khamenei', 'moj-TAH-bah kha-meh-NAY']]));
  act(() => render(h(Listen, { t: english, scroller: { current: scroller }, lang: 'en', prefs: defaultSettings().reader, onPrefs: vi.fn(), pronunciations }),
    mount.querySelector('#bar')!));
  await act(async () => { mount.querySelector<HTMLElement>('[data-action="listen"]')!.click(); });
  expect(pronunciations).toHaveBeenCalledOnce();
  await act(async () => { mount.querySelector<HTMLElement>('[data-action="play"]')!.click(); });
  expect(spoken).toEqual(['moj-TAH-bah kha-meh-NAY was named Supreme Leader in March 2026.']);
  expect(mount.querySelector('.body')!.textContent).toContain('Mojtaba Khamenei was named');
});

// Chromium answers the first ask for voices with an empty list and fills it a moment later.
function lateVoices() {
  let voices: { name: string; lang: string; default: boolean }[] = [];
  const listeners = new Set<() => void>();
  const late = {
    ...engine,
    getVoices: () => voices,
    addEventListener: (_: string, f: () => void) => { listeners.add(f); },
    removeEventListener: (_: string, f: () => void) => { listeners.delete(f); },
  };
  vi.stubGlobal('speechSynthesis', late);
  return { arrive(list: typeof voices) { voices = list; for (const f of listeners) f(); } };
}

function openPlayer() {
  mount = document.createElement('div');
  mount.innerHTML = '<div class="gloss-scroll"><div class="body"><p>One sentence.</p></div><div id="bar"></div></div>';
  document.body.append(mount);
  const scroller = mount.querySelector<HTMLElement>('.gloss-scroll')!;
  act(() => render(h(Listen, { t: english, scroller: { current: scroller }, lang: 'en', prefs: defaultSettings().reader, onPrefs: vi.fn() }),
    mount.querySelector('#bar')!));
  act(() => { mount.querySelector<HTMLElement>('[data-action="listen"]')!.click(); });
  return (sel: string) => mount.querySelector(sel);
}

it('says it is looking for voices while the browser fills its list, then offers Play', () => {
  const browser = lateVoices();
  const q = openPlayer();
  expect(q('[data-testid="voices-loading"]')?.textContent).toBe(english('VoicesLoading'));
  expect(q('[data-action="play"]')).toBeNull();
  expect(q('[data-testid="no-voice"]')).toBeNull();
  act(() => browser.arrive([{ name: 'Late voice', lang: 'en-US', default: true }]));
  expect(q('[data-testid="voices-loading"]')).toBeNull();
  expect(q('[data-action="play"]')).not.toBeNull();
  expect(q('[data-action="voice"]')?.textContent).toContain('Late voice');
});

it('believes an empty voice list only once the browser has had its time to fill it', () => {
  vi.useFakeTimers();
  try {
    lateVoices();
    const q = openPlayer();
    act(() => { vi.advanceTimersByTime(500); });
    expect(q('[data-testid="voices-loading"]')).not.toBeNull();
    act(() => { vi.advanceTimersByTime(600); });
    expect(q('[data-testid="no-voice"]')?.textContent).toBe(english('NoVoice'));
    expect(q('[data-action="play"]')).toBeNull();
  } finally {
    vi.useRealTimers();
  }
});
