import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '../extract-types';
import { defaultSettings } from '../../settings/schema';
import { Reader, type ReaderProps } from './Reader';
import { english, type Translate } from './strings';
import { inPageTarget } from './Article';

const BODY_HTML = '<p>First paragraph.</p><h2 id="more">More</h2><p>Second <a href="#more">paragraph</a>.</p>';
const BODY = new DOMParser().parseFromString(BODY_HTML, 'text/html').body;
const ARTICLE: ExtractResult = {
  ok: true, title: 'Council approves the plan', byline: 'Mei Tanaka', siteName: null, published: '2025-09-15T08:30:00.000Z',
  lang: 'en', dir: 'ltr', body: BODY, html: BODY_HTML,
  text: 'First paragraph.\nMore\nSecond paragraph.', readingMinutes: 4,
  removed: [{ label: 'share row', sample: 'Share. · Facebook', by: 'readability' }, { label: 'skip link', sample: 'Skip to content', by: 'rule:skip-link' }],
};

let mount: HTMLElement;
afterEach(() => { render(null, mount); mount.remove(); });

function show(over: Partial<ReaderProps> = {}) {
  mount = document.createElement('div');
  document.body.append(mount);
  const props: ReaderProps = {
    result: ARTICLE, prefs: defaultSettings().reader, t: english, site: 'courier.example', alwaysClean: false,
    onPrefs: vi.fn(), onAlwaysClean: vi.fn(), onClose: vi.fn(), onInPageLink: vi.fn(), ...over,
  };
  act(() => render(h(Reader, props), mount));
  const q = <T extends Element = HTMLElement>(s: string) => mount.querySelector<T>(s)!;
  const click = (s: string) => act(() => q(s).click());
  return { props, q, click };
}

describe('the reading view', () => {
  it('shows site, title, byline, date and reading time above the article', () => {
    const { q } = show();
    expect(q('.site').textContent).toBe('courier.example');
    expect(q('h1.title').textContent).toBe('Council approves the plan');
    expect(q('.meta').textContent).toBe('Mei TanakaSeptember 15, 20254 min read');
    expect(q('.body').innerHTML).toBe(BODY_HTML);
    expect(q('[role="dialog"]').getAttribute('aria-modal')).toBe('true');
  });

  it('lists what was removed, and offers the original page', () => {
    const { q, click, props } = show();
    expect(q('#gloss-removed')).toBeNull();
    expect(q('[data-action="removed"]').textContent).toBe('What was removed (2)');
    click('[data-action="removed"]');
    expect(q('[data-action="removed"]').getAttribute('aria-expanded')).toBe('true');
    const items = [...mount.querySelectorAll('#gloss-removed li')].map((li) => li.textContent);
    expect(items).toEqual(['share row: “Share. · Facebook” (Readability)', 'skip link: “Skip to content” (Gloss rule)']);
    click('[data-action="original"]');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('names what was removed in the reader\'s language, and an unknown kind as it came', () => {
    const german: Translate = (key, sub) => ({ LabelShare: 'Teilen-Leiste', ByReadability: 'Readability' } as Record<string, string>)[key] ?? english(key, sub);
    const removed = [...(ARTICLE.ok ? ARTICLE.removed : []), { label: 'a new kind', sample: 'x', by: 'readability' as const }];
    const { click } = show({ t: german, result: { ...ARTICLE, removed } as ExtractResult });
    click('[data-action="removed"]');
    const kinds = [...mount.querySelectorAll('#gloss-removed .what')].map((el) => el.textContent);
    expect(kinds).toEqual(['Teilen-Leiste', 'skip link', 'a new kind']);
  });

  it('changes theme, text size and width, and reports each change', () => {
    const { q, click, props } = show();
    const root = q('.gloss-scroll');
    expect(root.dataset.theme).toBe('auto');
    click('[data-theme-choice="sepia"]');
    expect(root.dataset.theme).toBe('sepia');
    click('[data-action="larger"]');
    expect(root.style.getPropertyValue('--font-size')).toBe('20px');
    act(() => {
      const select = q<HTMLSelectElement>('[data-action="width"]');
      select.value = 'wide';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.style.getPropertyValue('--measure')).toBe('84');
    expect(props.onPrefs).toHaveBeenLastCalledWith({ ...defaultSettings().reader, theme: 'sepia', fontSize: 20, width: 'wide' });
    // Re-rendering the view keeps the article.
    expect(q('.body').innerHTML).toBe(BODY_HTML);
  });

  it('shows the complete list of what was removed once it is known', () => {
    const { q, props } = show();
    expect(q('[data-action="removed"]').textContent).toBe('What was removed (2)');
    const more = [{ label: 'cookie banner', sample: 'We use cookies', by: 'readability' as const }, ...(ARTICLE.ok ? ARTICLE.removed : [])];
    act(() => render(h(Reader, { ...props, removed: more }), mount));
    expect(q('[data-action="removed"]').textContent).toBe('What was removed (3)');
    expect(q('.body').innerHTML).toBe(BODY_HTML);
  });

  it('keeps every change when several clicks come before a render', () => {
    const { q, props } = show();
    act(() => { q('[data-theme-choice="dark"]').click(); q('[data-action="larger"]').click(); q('[data-action="larger"]').click(); });
    expect(q('.gloss-scroll').dataset.theme).toBe('dark');
    expect(props.onPrefs).toHaveBeenLastCalledWith({ ...defaultSettings().reader, theme: 'dark', fontSize: 21, width: 'normal' });
  });

  it('lays a right-to-left article out right to left, and the controls in the reader\'s direction', () => {
    const { q } = show({ result: { ...ARTICLE, dir: 'rtl', lang: 'ar' } as ExtractResult });
    expect(q('article').getAttribute('dir')).toBe('rtl');
    expect(q('article').getAttribute('lang')).toBe('ar');
    expect(q('.gloss-scroll').getAttribute('dir')).toBe('ltr');
  });

  it('lays the controls right to left in an Arabic UI, and the English article left to right', () => {
    const { q } = show({ ui: { lang: 'ar', dir: 'rtl' } });
    expect([q('.gloss-scroll').getAttribute('lang'), q('.gloss-scroll').getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect([q('article').getAttribute('lang'), q('article').getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  it('explains a failure and offers the way back, never a blank view', () => {
    const { q, click, props } = show({ result: { ok: false, reason: 'too-short', message: 'x' } });
    expect(q('[role="alert"]').textContent).toContain('This page has too little text to show in clean mode.');
    expect(q('article')).toBeNull();
    click('.failure [data-action="close"]');
    expect(props.onClose).toHaveBeenCalled();
  });

  it('keeps in-page links inside the view', () => {
    const { q, props } = show();
    act(() => q('.body a').click());
    expect(props.onInPageLink).toHaveBeenCalledWith('more');
  });
});

describe('inPageTarget', () => {
  const a = (href: string) => Object.assign(document.createElement('a'), { href });
  it('tells a link within the page from one that leaves it', () => {
    expect(inPageTarget(a('https://x.example/story?id=1#note-2'), 'https://x.example/story?id=1')).toBe('note-2');
    expect(inPageTarget(a('https://x.example/other#note-2'), 'https://x.example/story')).toBeNull();
    expect(inPageTarget(a('https://x.example/story'), 'https://x.example/story')).toBeNull();
  });

  it('sets font, spacing and alignment from the text menu, and warns of own colours below AA contrast', () => {
    const { q, click, props } = show();
    click('[data-action="typography"]');
    const fire = (sel: string, value: string, type: string) => act(() => {
      const el = q<HTMLInputElement>(sel);
      el.value = value;
      el.dispatchEvent(new Event(type, { bubbles: true }));
    });
    fire('[data-action="font"]', 'mono', 'change');
    fire('[data-action="line-height"]', '2', 'input');
    const root = q('.gloss-scroll');
    expect(root.style.getPropertyValue('--body-font')).toContain('monospace');
    expect(root.style.getPropertyValue('--line-height')).toBe('2');
    expect(q('[data-testid="contrast-warning"]')).toBeNull();
    fire('[data-action="fg"]', '#dddddd', 'input');
    expect(root.dataset.theme).toBe('custom');
    expect(q('[data-testid="contrast-warning"]').textContent).toMatch(/Contrast 1\.\d:1 is below the 4\.5:1/);
    expect(props.onPrefs).toHaveBeenLastCalledWith(expect.objectContaining({ font: 'mono', lineHeight: 2, theme: 'custom', colors: { fg: '#dddddd', bg: '#fbfaf7' } }));
    act(() => q<HTMLInputElement>('[data-action="images"]').click());
    expect(root.dataset.images).toBe('off');
  });

  it('says plainly when no voice is there to read aloud', () => {
    const { q, click } = show();
    click('[data-action="listen"]');
    expect(q('[data-testid="no-voice"]').textContent).toBe(english('NoVoice'));
    expect(q('[data-action="play"]')).toBeNull();
  });
});


describe('undoing a removal, and teaching it (issue #15, part 6)', () => {
  const share = {
    label: 'share row', sample: 'Share. · Facebook', by: 'rule:share-row' as const,
    block: { tag: 'div', tokens: ['share-row'], text: 'share. facebook' },
    restore: () => ({ html: '<div class="x">Share. · Facebook</div>', after: 'first paragraph.' }),
  };
  const withShare = { ...ARTICLE, removed: [share] } as ExtractResult;

  it('puts a removed block back after the text it followed, once', () => {
    const { q, click } = show({ result: withShare });
    click('[data-action="removed"]');
    click('[data-action="restore"]');
    const body = q('.body');
    expect([...body.children].map((c) => c.textContent)).toEqual(['First paragraph.', 'Share. · Facebook', 'More', 'Second paragraph.']);
    expect(q('[data-action="restore"]').textContent).toBe('Restored');
    expect(q('[data-action="restore"]').getAttribute('aria-describedby')).toBe('gloss-removed-0');
    click('[data-action="restore"]');
    expect(body.querySelectorAll('[data-gloss-restored]').length).toBe(1);
  });

  it('still knows what was restored once the whole list arrives after the first paint', () => {
    const { click, props } = show({ result: withShare });
    click('[data-action="removed"]');
    click('[data-action="restore"]');
    const nav = { label: 'site navigation', sample: 'World · Business', by: 'readability' as const };
    act(() => render(h(Reader, { ...props, removed: [nav, share] }), mount));
    const states = [...mount.querySelectorAll('#gloss-removed li')].map((li) => li.querySelector('[data-action="restore"]')?.textContent ?? null);
    expect(states).toEqual([null, 'Restored']);
  });

  it('remembers "never remove" for the site and says where it is kept', () => {
    const onBlockRule = vi.fn();
    const { q, click } = show({ result: withShare, onBlockRule });
    click('[data-action="removed"]');
    expect(q('#gloss-removed [role="status"]').textContent).toBe('');
    click('[data-action="never-remove"]');
    expect(onBlockRule).toHaveBeenCalledWith(share, true);
    expect(q('[data-action="never-remove"]').getAttribute('aria-pressed')).toBe('true');
    expect(q('[data-action="always-remove"]').getAttribute('aria-pressed')).toBe('false');
    expect(q('#gloss-removed [role="status"]').textContent).toMatch(/^Kept for courier\.example\./);
  });

  it('is complete in its first render: nothing in it changes before the first paint (issue #14, item 4)', async () => {
    mount = document.createElement('div');
    document.body.append(mount);
    const body = new DOMParser().parseFromString('<h2 id="a">A</h2><p>One.</p><h2 id="b">B</h2><p>Two.</p><h2 id="c">C</h2><p>Three.</p>', 'text/html').body;
    const props: ReaderProps = {
      result: { ...ARTICLE, body, html: body.innerHTML } as ExtractResult, prefs: defaultSettings().reader, t: english,
      site: 'courier.example', alwaysClean: false, onPrefs: vi.fn(), onAlwaysClean: vi.fn(), onClose: vi.fn(), onInPageLink: vi.fn(),
    };
    // As clean mode renders it: outside act(), so effects wait for a frame as in a browser.
    render(h(Reader, props), mount);
    const controls = () => [...mount.querySelectorAll('[data-action]')].map((b) => b.getAttribute('data-action'));
    expect(controls()).toEqual(expect.arrayContaining(['close', 'typography', 'listen', 'keep', 'removed', 'always']));
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    watcher.observe(mount, { subtree: true, childList: true, attributes: true, characterData: true });
    // The microtasks before the frame: a re-render of the view would land here.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(watcher.takeRecords().length + changes.length).toBe(0);
    watcher.disconnect();
    // After the paint, the outline still finds the view's headings through its scroller.
    await act(async () => { await new Promise((done) => setTimeout(done, 150)); });
    expect([...mount.querySelectorAll('.outline a')].map((a) => a.textContent)).toEqual(['A', 'B', 'C']);
  });
});
