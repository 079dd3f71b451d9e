// Text the reader already read goes once (issue #14); what only looks alike stays.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dropRepeats, MIN_REPEAT_CHARS } from './repeats';

const para = (n: number) => `Paragraph ${n} tells the reader something new about the council's budget, the roads it will mend this year and the libraries it will keep open.`;

function root(html: string): Element {
  return new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;
}
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('dropRepeats', () => {
  it('drops the second copy of an article with its headings and footer, and says so', () => {
    const copy = `<h2>Roads</h2><p>${para(1)}</p><h2>Libraries</h2><p>${para(2)}</p><p>${para(3)}</p><p>${para(4)}</p>`;
    const r = root(`<div class="wide">${copy}</div><div class="narrow"><h1>The budget</h1>${copy}</div>`);
    const removed = dropRepeats(r);
    expect(removed.map((x) => x.by)).toEqual(['rule:repeats', 'rule:repeats', 'rule:repeats', 'rule:repeats']);
    expect(r.querySelector('.narrow')).toBeNull();
    expect(text(r)).toBe(`Roads${para(1)}Libraries${para(2)}${para(3)}${para(4)}`);
  });

  it('keeps a pull quote, a repeated short line, table rows and a wrapper around its only paragraph', () => {
    const quote = 'Nobody expected the roads to take this long.';
    expect(quote.length).toBeLessThan(MIN_REPEAT_CHARS);
    const row = `<tr><td>${para(9)}</td></tr>`;
    const html = `<div><p>${para(1)}</p></div><blockquote>${quote}</blockquote><p>${quote} ${para(3)}</p>`
      + `<p>Related post</p><p>Related post</p><table>${row}${row}</table>`;
    const r = root(html);
    const before = r.innerHTML;
    expect(dropRepeats(r)).toEqual([]);
    expect(r.innerHTML).toBe(before);
  });

  it('keeps new text that shares a copy with repeated paragraphs', () => {
    const three = `<p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>`;
    const r = root(`<div>${three}</div><div class="later">${three}<p>${para(4)}</p></div>`);
    expect(dropRepeats(r)).toHaveLength(3);
    expect(text(r.querySelector('.later')!)).toBe(para(4));
  });

  it('keeps one sentence of boilerplate repeated under each item of a list', () => {
    const boiler = 'Included on every tour: hotel-to-hotel luggage transfers, a guide who travels with the group and most breakfasts.';
    expect(boiler.length).toBeGreaterThanOrEqual(MIN_REPEAT_CHARS);
    const r = root(`<h2>Coast</h2><p>${para(1)}</p><p>${boiler}</p><h2>Canyons</h2><p>${para(2)}</p><p>${boiler}</p>`);
    expect(dropRepeats(r)).toEqual([]);
  });

  it('counts a repeated block once, not again for each paragraph inside it', () => {
    const sections = [1, 3, 5].map((n) => `<section><p>${para(n)}</p><p>${para(n + 1)}</p></section>`).join('');
    const r = root(`<div class="a">${sections}</div><div class="b"><h1>Again</h1>${sections}<p>${para(7)}</p></div><p>${para(1)}</p>`);
    const removed = dropRepeats(r);
    // The three sections of the copy, and the loose paragraph after it.
    expect(removed).toHaveLength(4);
    expect(text(r)).toBe(`${[1, 2, 3, 4, 5, 6].map(para).join('')}Again${para(7)}`);
  });
});
