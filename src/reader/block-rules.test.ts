import { describe, expect, it } from 'vitest';
import { describeBlock, matchesRule, sameBlock, stableTokens } from './block-rules';

const el = (html: string) => {
  const d = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return d.body.firstElementChild!;
};

describe('describing a removed block so the site\'s other articles match it', () => {
  it('keeps class and id tokens that name the block, not ones that change per page', () => {
    expect(stableTokens(el('<div class="Share-Row post-4821 css-1x9k2q  wp-social" id="share"></div>'))).toEqual(['share', 'share-row', 'wp-social']);
  });

  it('describes by tokens and by first words', () => {
    expect(describeBlock(el('<aside class="newsletter">Get the  Middle East briefing\n every morning</aside>')))
      .toEqual({ tag: 'aside', tokens: ['newsletter'], text: 'get the middle east briefing every morning' });
  });

  it('matches the same tag with every token, on another page with more tokens', () => {
    const rule = describeBlock(el('<div class="share-row top">Share · Facebook</div>'));
    expect(matchesRule(el('<div class="share-row top extra">Teilen · X</div>'), rule)).toBe(true);
    expect(matchesRule(el('<div class="share-row">Share · Facebook</div>'), rule)).toBe(false);
    expect(matchesRule(el('<section class="share-row top">Share</section>'), rule)).toBe(false);
  });

  it('matches a block without tokens by its first words only, whatever element it became', () => {
    const rule = describeBlock(el('<p>Share this article</p>'));
    expect(rule.tokens).toEqual([]);
    expect(matchesRule(el('<div>Share  this article</div>'), rule)).toBe(true);
    expect(matchesRule(el('<p>Share this article with a friend</p>'), rule)).toBe(false);
    expect(matchesRule(el('<p></p>'), { tag: 'p', tokens: [], text: '' })).toBe(false);
  });

  it('treats two descriptions of one block kind as the same rule', () => {
    const a = describeBlock(el('<div class="promo">Subscribe now</div>'));
    const b = describeBlock(el('<div class="promo">Another offer</div>'));
    expect(sameBlock(a, b)).toBe(true);
    expect(sameBlock(describeBlock(el('<p>One</p>')), describeBlock(el('<p>Two</p>')))).toBe(false);
  });
});
