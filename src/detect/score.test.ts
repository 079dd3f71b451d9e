import { describe, expect, it } from 'vitest';
import { THRESHOLD, weigh } from './score';
import { verdictOf } from './detect';
import type { Signals } from './signals';

/** A page that says nothing either way: unknown address, no metadata, a little text. */
function page(over: { url?: Partial<Signals['url']>; meta?: Partial<Signals['meta']>; layout?: Partial<Signals['layout']>; readerable?: boolean } = {}): Signals {
  return {
    url: { known: true, root: false, search: false, section: false, storyPath: false, ...over.url },
    meta: { schemaTypes: [], ogType: null, published: false, author: false, ...over.meta },
    readerable: over.readerable ?? false,
    layout: {
      chars: 1500, linkChars: 300, longParagraphs: 0, bestParentChars: 800, paragraphChars: 2000,
      headings: 3, linkedHeadings: 0, controls: 2, basketControls: 0, postControls: 0, articles: 0,
      codeBlocks: 0, times: 0, families: { people: 0, discussion: 0, docs: 0, shop: 0, pitch: 0, story: 0 },
      ...over.layout,
    },
  };
}
const verdict = (s: Signals) => verdictOf(weigh(s));
/** The shape of a typical story body: long paragraphs in one element. */
const storyBody = { longParagraphs: 12, bestParentChars: 5200, paragraphChars: 6000, chars: 9000 };

describe('weigh and verdictOf', () => {
  it('calls a page that says nothing either way not an article', () => {
    const v = verdict(page());
    expect(v).toEqual({ article: false, score: -THRESHOLD, reasons: [] });
  });

  it('trusts what a page says it is, strongest reason first', () => {
    const v = verdict(page({ meta: { schemaTypes: ['WebPage', 'NewsArticle'], ogType: 'article', author: true } }));
    expect(v.article).toBe(true);
    expect(v.reasons.slice(0, 2)).toEqual(['schema.org NewsArticle', 'og:type article']);
  });

  it('follows Readability when nothing else speaks', () => {
    expect(verdict(page({ readerable: true })).article).toBe(true);
  });

  it('says a home page is not an article even with long paragraphs', () => {
    const v = verdict(page({ readerable: true, url: { root: true }, layout: { linkChars: 900, linkedHeadings: 14 } }));
    expect(v.article).toBe(false);
    expect(v.reasons).toContain('site home page');
  });

  it('says a search address is not an article', () => {
    const v = verdict(page({ readerable: true, url: { search: true }, layout: { times: 10 } }));
    expect(v.article).toBe(false);
    expect(v.reasons[0]).toBe('search results address');
  });

  it('sees a product page through its long description', () => {
    const v = verdict(page({ readerable: true, meta: { schemaTypes: ['Product', 'Offer'], ogType: 'product' }, layout: { basketControls: 2, families: { people: 0, discussion: 0, docs: 0, shop: 12, pitch: 0, story: 0 } } }));
    expect(v.article).toBe(false);
    expect(v.reasons).toEqual(expect.arrayContaining(['schema.org Product', 'looks like a product page']));
  });

  it('sees a forum thread although it has a date, authors and long posts', () => {
    const v = verdict(page({
      readerable: true, url: { storyPath: true }, meta: { published: true, author: true },
      layout: { longParagraphs: 9, bestParentChars: 700, paragraphChars: 5000, postControls: 12, times: 8, families: { people: 40, discussion: 12, docs: 0, shop: 0, pitch: 0, story: 0 } },
    }));
    expect(v.article).toBe(false);
    expect(v.reasons).toContain('many user names');
  });

  it('keeps a plain story with no metadata at all', () => {
    const v = verdict(page({ readerable: true, url: { storyPath: true }, layout: storyBody }));
    expect(v.article).toBe(true);
    expect(v.reasons).toEqual(expect.arrayContaining(['story-like address', 'one long body of text']));
  });

  it('keeps a story that ignores schema.org products in its review markup', () => {
    const v = verdict(page({ readerable: true, meta: { schemaTypes: ['Article', 'Product'] }, layout: storyBody }));
    expect(v.article).toBe(true);
    expect(weigh(page({ meta: { schemaTypes: ['Article', 'Product'] } })).map((e) => e.reason)).not.toContain('schema.org Product');
  });

  it('counts many code blocks against an article', () => {
    const docs = page({ readerable: true, layout: { ...storyBody, codeBlocks: 12 } });
    expect(weigh(docs).find((e) => e.reason === 'many code blocks')?.weight).toBe(-2);
    expect(verdict(docs).score).toBeLessThan(verdict(page({ readerable: true, layout: storyBody })).score);
  });

  it('gives at most four reasons, all on the side of the verdict', () => {
    const v = verdict(page({ readerable: true, url: { storyPath: true }, meta: { schemaTypes: ['BlogPosting'], ogType: 'article', author: true }, layout: { ...storyBody, articles: 1, codeBlocks: 3 } }));
    expect(v.article).toBe(true);
    expect(v.reasons).toHaveLength(4);
    expect(v.reasons).not.toContain('many code blocks');
  });
});
