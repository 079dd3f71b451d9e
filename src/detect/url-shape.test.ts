import { describe, expect, it } from 'vitest';
import { urlShape } from './url-shape';

const shape = (u: string) => urlShape(new URL(u));

describe('urlShape', () => {
  it('knows a site root, with or without an index file or a language segment', () => {
    for (const u of ['https://news.example/', 'https://news.example/index.html', 'https://news.example/en-us/', 'https://news.example/fr/home.php'])
      expect(shape(u).root, u).toBe(true);
    expect(shape('https://news.example/world/').root).toBe(false);
    expect(shape('https://news.example/en/world/story').root).toBe(false);
  });

  it('knows a search by its query or its path', () => {
    expect(shape('https://news.example/?s=water').search).toBe(true);
    expect(shape('https://news.example/search/water').search).toBe(true);
    expect(shape('https://news.example/results?query=x').search).toBe(true);
    expect(shape('https://news.example/?s=').search).toBe(false);
    expect(shape('https://news.example/?s=water').root).toBe(false);
  });

  it('knows taxonomy and paging addresses', () => {
    expect(shape('https://news.example/tag/climate/').section).toBe(true);
    expect(shape('https://news.example/category/recipes/cakes/').section).toBe(true);
    expect(shape('https://news.example/climate/page/2/').section).toBe(true);
    // a story whose slug merely ends in a taxonomy word
    expect(shape('https://news.example/world/what-is-a-topic').section).toBe(false);
  });

  it('knows a story by a dated path or a long slug', () => {
    expect(shape('https://news.example/2025/09/15/gulf-mediators/').storyPath).toBe(true);
    expect(shape('https://news.example/world/port-strike-ends-after-nine-days').storyPath).toBe(true);
    expect(shape('https://news.example/world/port_strike_ends_today.html').storyPath).toBe(true);
    expect(shape('https://news.example/world/').storyPath).toBe(false);
    expect(shape('https://news.example/products/red-mug').storyPath).toBe(false);
  });

  it('says nothing about a file opened from disk', () => {
    expect(shape('file:///tmp/page/index.html')).toEqual({ known: false, root: false, search: false, section: false, storyPath: false });
  });
});
