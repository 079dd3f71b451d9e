import { describe, expect, it } from 'vitest';
import { captionFigures } from './captions';

function run(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  captionFigures(div);
  return div.innerHTML;
}

describe('captionFigures', () => {
  it('puts a caption set after a picture\'s box, and a credit after it, in a figure with the picture', () => {
    expect(run('<div class="image-embed"><img src="/cabin.png" alt="Cabin"></div><p class="image-caption">A cabin.</p><span class="photo-credit">Photo: L. H.</span><p>Text.</p>'))
      .toBe('<figure><div class="image-embed"><img src="/cabin.png" alt="Cabin"></div><figcaption>A cabin. Photo: L. H.</figcaption></figure><p>Text.</p>');
    expect(run('<a href="/full.png"><img src="/a.png"></a><p class="caption">Linked</p>'))
      .toBe('<figure><a href="/full.png"><img src="/a.png"></a><figcaption>Linked</figcaption></figure>');
    expect(run('<div class="wp-caption"><picture><img src="/a.png"></picture><p class="wp-caption-text">Caption</p></div>'))
      .toBe('<div class="wp-caption"><figure><picture><img src="/a.png"></picture><figcaption>Caption</figcaption></figure></div>');
  });

  it('leaves figures, captions after text, and blocks that only sound like captions', () => {
    const kept = ['<figure><img src="/a.png"><p class="caption">In a figure already</p></figure>',
      '<p>Some text <img src="/a.png"></p><p class="caption">After text</p>',
      '<div><img src="/a.png"><img src="/b.png"></div><p class="caption">Two pictures</p>',
      '<img src="/a.png"><p class="captioned-story">Not a caption</p>',
      '<img src="/a.png"><p class="caption"></p>'];
    for (const html of kept) expect(run(html)).toBe(html);
  });
});
