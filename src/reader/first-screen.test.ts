import { describe, expect, it } from 'vitest';
import { firstScreenHtml } from './first-screen';

const body = (html: string) => {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
};
const para = (i: number) => `<p>Paragraph ${i} ${'word '.repeat(20)}</p>`;

describe('firstScreenHtml', () => {
  it('keeps the first blocks up to the wanted text, inside the same wrappers', () => {
    const b = body(`<div class="w" id="x">${Array.from({ length: 50 }, (_, i) => para(i)).join('')}</div>`);
    const head = firstScreenHtml(b, 400)!;
    expect(head.startsWith('<div class="w" id="x"><p>Paragraph 0')).toBe(true);
    expect(head).toContain('Paragraph 3');
    expect(head).not.toContain('Paragraph 5 ');
  });

  it('does not cut a body that is about that short', () => {
    expect(firstScreenHtml(body(para(1) + para(2)), 400)).toBeNull();
  });

  it('does not follow a wrapper that is not the only text', () => {
    const b = body(`<div>${para(0)}${para(1)}</div>${Array.from({ length: 20 }, (_, i) => para(i + 2)).join('')}`);
    const head = firstScreenHtml(b, 300)!;
    expect(head.startsWith('<div><p>Paragraph 0')).toBe(true);
    expect(head).not.toContain('Paragraph 9 ');
  });
});
