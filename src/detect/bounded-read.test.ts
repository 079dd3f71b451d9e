import { describe, expect, it } from 'vitest';
import { createBodyReader, createBoundedReader, READ_LIMITS, readBody, spreadIndices } from './bounded-read';
import { walkBody } from './page-walk';

const body = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const words = (n: number) => 'word '.repeat(Math.ceil(n / 5)).trim();
const para = (n: number) => `<p>${words(n)}</p>`;

/** A forum thread of `posts` posts, each a handful of elements with user names and a reply link. */
const thread = (posts: number) => Array.from({ length: posts }, (_, i) =>
  `<div class="post"><div class="post-avatar"><img src="/a${i}.png"></div><a class="username" href="/u/${i}">user${i}</a>`
  + `<time>2 Dec</time><div class="message">${words(90)}</div><a href="#r${i}">Reply</a></div>`).join('');

/** A shop listing of `items` product cards. */
const listing = (items: number) => Array.from({ length: items }, (_, i) =>
  `<div class="product-card"><h3><a href="/p/${i}">Product ${i}</a></h3><span class="price">£${i}</span><button>Add to cart</button></div>`).join('');

const read = (el: Element) => {
  const reader = createBoundedReader(el);
  reader.step(() => false);
  return { facts: reader.result(), visited: reader.visited() };
};

describe('the bounded read', () => {
  it('reads a huge page in a bounded number of nodes, however large the page', { timeout: 60_000 }, () => {
    const small = read(body(thread(400)));
    const page = body(thread(4500));
    const huge = read(page);
    expect(page.getElementsByTagName('*').length).toBe(31_500);
    // Sample, capped paragraphs, headings, line breaks, marked elements and the region:
    // the same bound for 4,500 posts as for 400, and a small part of either page's nodes.
    const bound = 3 * READ_LIMITS.sample + READ_LIMITS.paragraphs + READ_LIMITS.headings + READ_LIMITS.lineBreaks
      + READ_LIMITS.buttons + READ_LIMITS.links + 3 * READ_LIMITS.region + READ_LIMITS.marked + READ_LIMITS.scripts;
    expect(small.visited).toBeLessThan(bound);
    expect(huge.visited).toBeLessThan(bound);
    expect(huge.facts.truncated).toBe(true);
  });

  it('reads a forum as the walk does: user names, reply buttons, timestamps, text spread over posts', () => {
    const el = body(thread(300));
    const walked = walkBody(el);
    const { facts } = read(el);
    expect(facts.times).toBe(walked.times);
    // Links past the cap are sampled: reply links within a tenth of the walk's count.
    expect(Math.abs(facts.postControls - walked.postControls)).toBeLessThan(walked.postControls / 10);
    // Estimated from the sample: within a third of the walk's count on a page this regular.
    expect(Math.abs(facts.families.people - walked.families.people)).toBeLessThan(walked.families.people / 3);
    expect(Math.abs(facts.chars - walked.chars)).toBeLessThan(walked.chars / 3);
    expect(facts.paragraphChars).toBeGreaterThan(1000);
    expect(facts.bestParentChars / facts.paragraphChars).toBeLessThan(0.25);
  });

  it('counts basket buttons and linked headlines on a shop listing', () => {
    const el = body(listing(500));
    const walked = walkBody(el);
    const { facts } = read(el);
    expect(facts.basketControls).toBe(500);
    expect(facts).toMatchObject({ headings: walked.headings, linkedHeadings: walked.linkedHeadings });
    expect(facts.families.shop).toBeGreaterThanOrEqual(10);
  });

  it('reads the story whole in a large page: its byline, its body and its size for the container', () => {
    const story = `<article id="story"><h1>Title</h1><div class="byline">By A. Writer</div><div class="share-row"><a href="#">Share</a></div>`
      + `<div class="author-box">About the author</div><div id="text">${para(400).repeat(10)}</div></article>`;
    const el = body(`<nav>${listing(400)}</nav>${story}<footer>${listing(200)}</footer>`);
    const walked = walkBody(el);
    const { facts } = read(el);
    expect(facts.bestParent?.id).toBe('text');
    expect(facts.bestParentChars).toBe(walked.bestParentChars);
    expect(facts.longParagraphs).toBe(walked.longParagraphs);
    expect(facts.families.story).toBeGreaterThanOrEqual(3);
    expect(facts.elementChars.get(facts.bestParent!)).toBe(walked.elementChars.get(walked.bestParent!));
    expect(facts.elementChars.get(el.querySelector('#story')!)).toBe(walked.elementChars.get(el.querySelector('#story')!));
  });

  it('finds a story written between <br>s in a cell of a large old layout', () => {
    const line = 'A paragraph written straight into the cell, the way old layouts did it. '.repeat(3);
    const el = body(`<table><tr><td>${listing(400)}</td><td id="cell">${`${line}<br><br>`.repeat(12)}</td></tr></table>`);
    const { facts } = read(el);
    expect(facts.bestParent?.id).toBe('cell');
    expect(facts.bestParentChars).toBe(walkBody(el).bestParentChars);
  });

  it('gives the same facts read in slices as in one go', () => {
    const el = body(thread(500));
    const whole = read(el).facts;
    const reader = createBoundedReader(el);
    let slices = 0;
    while (!reader.step(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(reader.result()).toEqual(whole);
  });

  it('walks a page small enough whole', () => {
    const el = body(thread(20));
    expect(el.getElementsByTagName('*').length).toBeLessThan(READ_LIMITS.walkWhole);
    expect(readBody(el)).toEqual(walkBody(el));
    expect(createBodyReader(body(thread(400))).visited()).toBe(0);
  });

  it('spreads its picks over the whole page, the same picks every time', () => {
    const next = () => 0.5;
    expect(spreadIndices(10, 20, next)).toEqual([...Array(10).keys()]);
    const picks = spreadIndices(1000, 10, next);
    expect(picks).toEqual([50, 150, 250, 350, 450, 550, 650, 750, 850, 950]);
  });
});
