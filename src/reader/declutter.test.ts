import { describe, expect, it } from 'vitest';
import { declutter, holdsLongParagraph, markClutter } from './declutter';
import { DECLUTTER_RULES, LONG_PARAGRAPH_CHARS } from './declutter-rules';
import { blockText } from './text';

const LONG = 'The council met on Tuesday to discuss the plan, and residents spoke for more than an hour about parking, '
  + 'deliveries and the safety of children walking to the two schools on the street, before the vote was taken late.';

function run(html: string) {
  const doc = new DOMParser().parseFromString(`<body><div id="root">${html}</div></body>`, 'text/html');
  markClutter(doc);
  const root = doc.getElementById('root')!;
  const removed = declutter(root);
  return { text: blockText(root), removed, root };
}

describe('declutter', () => {
  it('removes lone clutter lines and keeps the paragraphs around them', () => {
    const { text, removed } = run(`<p>${LONG}</p><p>Share.</p><h3>Leave a Reply</h3><p>Advertisement</p><p>${LONG}</p>`);
    expect(text.split('\n')).toEqual([LONG, LONG]);
    expect(removed.map((r) => r.label)).toEqual(['share row', 'comment form', 'advertisement label']);
    expect(removed.every((r) => r.by.startsWith('rule:'))).toBe(true);
  });

  it('knows the common wordings of promotion lines', () => {
    const lines = ['Advertisement - Continue Reading Below', '🚀 Sign up for The Replay newsletter', 'Join Our Newsletter',
      'Be the first to comment', 'Click to email a link to a friend (Opens in new window)', 'Skip to main content'];
    const { text, removed } = run(`<p>${LONG}</p>${lines.map((l) => `<p>${l}</p>`).join('')}`);
    expect(text).toBe(LONG);
    expect(removed.length).toBe(lines.length);
  });

  it('never removes a long paragraph, whatever its class says', () => {
    expect(LONG.length).toBeGreaterThanOrEqual(LONG_PARAGRAPH_CHARS);
    const { text, removed } = run(`<div class="newsletter-signup"><p>${LONG}</p></div><div class="related-posts"><p>${LONG}</p></div>`);
    expect(text.split('\n')).toEqual([LONG, LONG]);
    expect(removed).toEqual([]);
  });

  it('does not take a clutter phrase out of a sentence', () => {
    const line = 'Share. That was the word the founders chose for the cooperative, and it stuck for forty years.';
    const staff = 'Join the newsletter team, said the editor, who had hired four people in a year.';
    const { text } = run(`<p>${line}</p><p>Advertisement revenue fell by a third in the spring.</p><p>${staff}</p>`);
    expect(text).toContain(line);
    expect(text).toContain('Advertisement revenue fell');
    expect(text).toContain(staff);
  });

  it('removes a marked block even when parsing rebuilt it without its class', () => {
    const doc = new DOMParser().parseFromString(`<body><div id="root"><p>${LONG}</p>`
      + '<div class="sharing-bar"><span>Facebook</span> <span>X</span></div></div></body>', 'text/html');
    markClutter(doc);
    // What Readability does to a div of spans: a new bare <p> holding the same spans.
    const bar = doc.querySelector('.sharing-bar')!;
    const p = doc.createElement('p');
    while (bar.firstChild) p.append(bar.firstChild);
    bar.replaceWith(p);
    const root = doc.getElementById('root')!;
    const removed = declutter(root);
    expect(blockText(root)).toBe(LONG);
    expect(removed).toMatchObject([{ label: 'share row', by: 'rule:share-row' }]);
    expect(root.querySelector('[data-gloss-rule]')).toBeNull();
  });

  it('takes a "Related" heading together with its list of links, and leaves no empty wrapper', () => {
    const { root, removed } = run(`<p>${LONG}</p><div><h4>Related</h4><ul><li><a href="/a">One story</a></li><li><a href="/b">Another</a></li></ul></div>`);
    expect(blockText(root)).toBe(LONG);
    expect(root.children.length).toBe(1);
    expect(removed[0]).toMatchObject({ label: 'related posts', sample: 'Related · One story · Another' });
  });

  it('takes a "Read more:" line with the run of headline links after it (issue #14)', () => {
    const { text, removed } = run(`<p>${LONG}</p><p><b>Read more:</b></p><p><a href="/a">One story about the harbour</a></p><p><a href="/b">Another story about the ferry</a></p>`);
    expect(text).toBe(LONG);
    expect(removed[0]).toMatchObject({ label: 'most-read list', sample: expect.stringMatching(/^Read more: · One story about the harbour · Another story/) });
  });

  it('leaves "Read more:" and one link, or a run broken by a sentence', () => {
    const one = run(`<p>${LONG}</p><p>Read more:</p><p><a href="/a">One story about the harbour</a></p>`);
    expect(one.text).toContain('One story about the harbour');
    const broken = run(`<p>${LONG}</p><p>Read more:</p><p><a href="/a">One story</a></p><p>The ferry runs again on Monday, the company said.</p>`);
    expect(broken.text).toContain('One story');
  });

  it('leaves a list that is not only links after a "Related" heading', () => {
    const { text } = run(`<p>${LONG}</p><h4>Related</h4><ul><li>Flour, water and salt in equal measure, mixed by hand</li></ul>`);
    expect(text).toContain('Flour, water and salt');
  });

  it('keeps a block that holds much of what the page has, whatever its name', () => {
    const grid = '<div class="related-products"><p>KR161 robotic mower, quarter acre</p><p>KR172 robotic mower, half acre</p></div>';
    const { text, removed } = run(`<h2>Robotic mowers</h2>${grid}<p>Prices include delivery.</p>`);
    expect(text).toContain('KR172 robotic mower');
    expect(removed).toEqual([]);
  });

  it('ignores a block longer than its rule allows', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { text } = run(`<div class="cookie-notice"><p>${words}</p><p>${words}</p><p>${words}</p></div>`);
    expect(text).toContain('word39');
  });

  it('reads a block again once a rule removed part of it: its text is shorter now', () => {
    // The advertisement line goes first (its rule comes earlier); what is left of the box
    // is "Back to top" alone, short enough for that rule, which then takes the whole box.
    const { text, removed } = run(`<p>${LONG}</p><div class="box"><p>Story continues below advertisement</p><p>Back to top</p></div><p>${LONG}</p>`);
    expect(text.split('\n')).toEqual([LONG, LONG]);
    expect(removed.map((r) => [r.label, r.block?.tag])).toEqual([['advertisement label', 'p'], ['page links', 'div']]);
  });

  it('finds a paragraph of real text inside a block', () => {
    const doc = new DOMParser().parseFromString(`<div><h3>Newsletter</h3><p>${LONG}</p></div>`, 'text/html');
    expect(holdsLongParagraph(doc.querySelector('div')!)).toBe(true);
    const links = doc.createElement('div');
    links.innerHTML = `<p><a href="/x">${LONG}</a></p>`;
    expect(holdsLongParagraph(links)).toBe(false);
  });

  it('has rules whose text patterns match whole lines only', () => {
    for (const rule of DECLUTTER_RULES.filter((r) => r.text))
      expect(rule.text!.source.startsWith('^') && rule.text!.source.endsWith('$'), rule.id).toBe(true);
  });
});
