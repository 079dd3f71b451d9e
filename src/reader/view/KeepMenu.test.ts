import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepMenu } from './KeepMenu';
import { english } from './strings';

let mount: HTMLElement;
afterEach(() => { render(null, mount); mount.remove(); });

function show() {
  mount = document.createElement('div');
  document.body.append(mount);
  const props = { t: english, onPrint: vi.fn(), onSave: vi.fn() };
  act(() => render(h(KeepMenu, props), mount));
  const q = (s: string) => mount.querySelector<HTMLElement>(s);
  return { props, q };
}

describe('"Print and save"', () => {
  it('opens a menu with Print and Save as HTML; choosing one closes it and focus goes back to its button', () => {
    const { props, q } = show();
    expect(q('#gloss-keep')).toBeNull();
    act(() => q('[data-action="keep"]')!.click());
    expect(q('[data-action="keep"]')!.getAttribute('aria-expanded')).toBe('true');
    expect([...mount.querySelectorAll('#gloss-keep button')].map((b) => b.textContent)).toEqual(['Print…', 'Save as HTML']);
    act(() => q('[data-action="save-html"]')!.click());
    expect(props.onSave).toHaveBeenCalledTimes(1);
    expect(q('#gloss-keep')).toBeNull();
    expect(document.activeElement).toBe(q('[data-action="keep"]'));
    act(() => q('[data-action="keep"]')!.click());
    act(() => q('[data-action="print"]')!.click());
    expect(props.onPrint).toHaveBeenCalledTimes(1);
  });

  it('closes when focus leaves it', () => {
    const { q } = show();
    const outside = document.createElement('button');
    document.body.append(outside);
    act(() => q('[data-action="keep"]')!.click());
    act(() => q('[data-action="save-html"]')!.focus());
    act(() => outside.focus());
    expect(q('#gloss-keep')).toBeNull();
    outside.remove();
  });

  it('closes on Escape without the key reaching the view (which would close it too)', () => {
    const { q } = show();
    act(() => q('[data-action="keep"]')!.click());
    const heard = vi.fn();
    mount.addEventListener('keydown', heard);
    act(() => { q('[data-action="print"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
    expect(q('#gloss-keep')).toBeNull();
    expect(heard).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(q('[data-action="keep"]'));
  });
});
