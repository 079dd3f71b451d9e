import { describe, expect, it } from 'vitest';
import { anchorHeadings, protectHeadings, restoreHeadings, titleGuess } from './headings';

const PARA = '<p>Ten years ago the city ran four night bus lines, mostly for people leaving bars and concerts late at night.</p>';
const page = (body: string, title = 'How the city\'s night buses became its busiest routes') =>
  new DOMParser().parseFromString(`<title>${title} | Metro</title><body>${body}</body>`, 'text/html');

describe('section headings made of title words', () => {
  it('guesses the title without the site name', () => {
    expect(titleGuess(page(''))).toBe('How the city\'s night buses became its busiest routes');
  });

  it('protects a short section heading after text, and gives its level back', () => {
    const doc = page(`<div>${PARA}<h2>Night buses</h2>${PARA}</div>`);
    expect(protectHeadings(doc)).toBe(1);
    expect(doc.querySelector('h2')).toBeNull();
    restoreHeadings(doc.body);
    expect(doc.querySelector('h2')?.textContent).toBe('Night buses');
    expect(doc.querySelector('[data-gloss-heading]')).toBeNull();
  });

  it('leaves a copy of the title, a kicker above the text and unrelated headings alone', () => {
    const doc = page(`<h2>How the city's night buses became its busiest routes</h2><h2>Night buses</h2>${PARA}<h2>Fares and tickets</h2>`);
    expect(protectHeadings(doc)).toBe(0);
    expect(doc.querySelectorAll('h2').length).toBe(3);
  });
});

describe('anchorHeadings', () => {
  it('numbers the outline headings in order and keeps ids the page gave', () => {
    const d = new DOMParser().parseFromString('<div><h2>One</h2><p>x</p><h3 id="own">Two</h3><h4>Not listed</h4><h2>Three</h2></div>', 'text/html');
    anchorHeadings(d.body);
    expect([...d.querySelectorAll('h2, h3, h4')].map((h) => h.id)).toEqual(['gloss-h-0', 'own', '', 'gloss-h-2']);
  });
});
