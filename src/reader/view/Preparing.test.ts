import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Preparing } from './Preparing';
import { english } from './strings';

let mount: HTMLElement;
afterEach(() => { render(null, mount); mount.remove(); });

describe('"Preparing the clean view…"', () => {
  it('says what is happening in the UI language, as a status, with the way back', () => {
    mount = document.createElement('div');
    document.body.append(mount);
    const onClose = vi.fn();
    act(() => render(h(Preparing, { t: english, ui: { lang: 'ar', dir: 'rtl' }, theme: 'dark', onClose }), mount));
    const view = mount.querySelector<HTMLElement>('.gloss-scroll')!;
    expect(view.getAttribute('role')).toBe('dialog');
    expect(view.dir).toBe('rtl');
    expect(view.dataset.theme).toBe('dark');
    const state = mount.querySelector('[data-state="preparing"]')!;
    expect(state.getAttribute('role')).toBe('status');
    expect(state.textContent).toContain('Preparing the clean view…');
    act(() => mount.querySelector<HTMLElement>('[data-action="close"]')!.click());
    expect(onClose).toHaveBeenCalledOnce();
  });
});
