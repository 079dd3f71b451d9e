import { describe, expect, it } from 'vitest';
import { removedByReadability } from './boilerplate';
import { normText } from './text';

const ARTICLE = 'Five years after the ceremony the agreements still shape almost every conversation about the region.';

function removed(body: string, kept = ARTICLE) {
  const doc = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  return removedByReadability(doc, normText(kept), normText('The title of the story'));
}

describe('what Readability removed', () => {
  it('names each dropped block in reader words, outermost only', () => {
    const items = removed(`<a href="#main" class="skip-link">Skip to content</a>
      <header id="masthead"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
      <main><p>${ARTICLE}</p><div class="sharedaddy"><h3>Share.</h3><a href="#">Facebook</a></div></main>
      <div id="comments"><div id="respond"><h3>Leave A Reply</h3></div></div>
      <div class="cookie-banner">We use cookies.</div>
      <div id="amp-mobile-version-switcher"><a href="?noamp=mobile">Exit mobile version</a></div>`);
    expect(items.map((i) => i.label)).toEqual(['skip link', 'site header', 'share row', 'comment form', 'cookie banner', 'Exit mobile version link']);
    expect(items.every((i) => i.by === 'readability')).toBe(true);
    expect(items[1]!.sample).toBe('Home World');
  });

  it('does not list what the output kept', () => {
    expect(removed(`<div class="share-wrapper"><p>${ARTICLE}</p></div>`)).toEqual([]);
  });

  it('does not list the article\'s own header with its title', () => {
    expect(removed('<header><h1>The title of the story</h1><p>By someone</p></header>')).toEqual([]);
  });

  it('lists lone clutter lines Readability dropped', () => {
    expect(removed('<div class="tools"><p>Share this article</p></div>')).toMatchObject([{ label: 'share row', sample: 'Share this article' }]);
  });

  it('reads the page without changing it', () => {
    const doc = new DOMParser().parseFromString('<body><nav>Menu</nav><footer>Footer</footer></body>', 'text/html');
    const before = doc.documentElement.outerHTML;
    removedByReadability(doc, '');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
