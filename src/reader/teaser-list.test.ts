import { describe, expect, it } from 'vitest';
import { LIST_HEADING, MIN_TEASERS, teaserLists } from './teaser-list';

const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
const card = (i: number) => `<div><a href="/story-${i}"><img src="/${i}.jpg"></a><p>Teaser blurb number ${i} for another story.</p></div>`;
const cards = (n: number) => Array.from({ length: n }, (_, i) => card(i)).join('');

describe('teaser lists (issue #14)', () => {
  it('are a block opening with a list heading and holding links to other stories', () => {
    const doc = page(`<div id="story"><p>Story text.</p><div id="list"><p>Trending stories in travel</p><div>${cards(4)}</div></div></div>`);
    expect([...teaserLists(doc)].map((b) => b.id)).toEqual(['list']);
  });

  it(`need at least ${MIN_TEASERS} other pages: a heading's words alone are not enough`, () => {
    const doc = page(`<div id="list"><h3>Most read</h3>${cards(MIN_TEASERS - 1)}</div>`);
    expect(teaserLists(doc).size).toBe(0);
  });

  it('need the heading to open the block: a story that mentions "Trending" later is not a list', () => {
    const doc = page(`<div id="story"><p>The council met on Tuesday.</p><h3>Trending</h3><p>Links below.</p>${cards(5)}</div>`);
    expect(teaserLists(doc).size).toBe(0);
  });

  it('count in-page anchors and the heading\'s own link as no teaser', () => {
    const doc = page('<div id="list"><h3><a href="/popular">Most popular</a></h3><a href="#a">a</a><a href="#b">b</a><a href="/one">one</a><a href="/one">again</a></div>');
    expect(teaserLists(doc).size).toBe(0);
  });

  it('know list headings from sentences', () => {
    for (const h of ['Most read', 'Trending stories in world travel', 'Popular posts', 'More from Reuters', 'You may also like', 'Read next:'])
      expect(LIST_HEADING.test(h), h).toBe(true);
    for (const s of ['Trending upward since March, prices rose again', 'Most read the report twice', 'Related to the case'])
      expect(LIST_HEADING.test(s), s).toBe(false);
  });
});
