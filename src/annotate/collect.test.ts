import { describe, expect, it } from 'vitest';
import { createCollector, isSkipped } from './collect';

const read = (html: string) => {
  document.body.innerHTML = html;
  const c = createCollector(document.body);
  while (!c.step(() => false));
  return c.result().text;
};

describe('what name marking reads', () => {
  it('skips share and follow rows, whatever the site calls them', () => {
    const text = read('<p>Qatar hosted the talks.</p><div class="sharedaddy"><a>Facebook</a></div>'
      + '<ul class="post-share-links"><li>X</li></ul><div id="social_follow">YouTube</div><p>Egypt agreed.</p>');
    expect(text).toContain('Qatar hosted the talks.');
    expect(text).toContain('Egypt agreed.');
    expect(text).not.toMatch(/Facebook|YouTube|\bX\b/);
  });

  it('reads blocks whose names only resemble a widget', () => {
    document.body.innerHTML = '<div class="shareholder-letter">Berkshire</div><div class="socialism-history">Marx</div>';
    expect([...document.body.children].map(isSkipped)).toEqual([false, false]);
  });
});
