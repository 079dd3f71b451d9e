// Readability's check is asked only where it could change the verdict (issue #17, item 6):
// on a page the rest of the evidence already calls "not an article" it is left out, and the
// verdict and reasons are what asking it would have given.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isProbablyReaderable } from './readerable';
import { detectArticle, verdictOf } from './detect';
import { weigh } from './score';
import { readSignals } from './signals';

vi.mock('./readerable', async (original) => {
  const real = await original<typeof import('./readerable')>();
  return { isProbablyReaderable: vi.fn(real.isProbablyReaderable) };
});
const asked = vi.mocked(isProbablyReaderable);

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 7} word${i % 5}`).join(' ');

/** A discussion: long posts Readability's check passes, but user names on every post. */
const THREAD = `<html><head><title>Which tent for a wet week?</title></head><body><h1>Which tent for a wet week?</h1>
  ${Array.from({ length: 12 }, (_, i) => `<div class="post"><div class="user-card"><span class="avatar"></span><a class="member-name" href="/u/${i}">camper${i}</a></div>
  <p>${words(40, `reply${i}`)}</p><time>2 May</time><button>Reply</button><button>Quote</button></div>`).join('\n')}
</body></html>`;

/** A plain post at a slug address: the check's +1 decides it. */
const POST = `<html><head><title>Notes from a wet week under canvas</title></head><body><main><h1>Notes from a wet week under canvas</h1>
  <div class="entry">${Array.from({ length: 4 }, (_, i) => `<p>${words(30, `para${i}`)}</p>`).join('')}</div></main></body></html>`;

/** The verdict with the check always asked, as detection did before. */
function eager(html: string, url: URL) {
  const doc = parse(html);
  const { signals } = readSignals(doc, url);
  return verdictOf(weigh({ ...signals, readerable: isProbablyReaderable(doc) }));
}

describe('Readability\'s check in detection', () => {
  beforeEach(() => { asked.mockClear(); });

  it('is not asked where the rest of the evidence already says "not an article", and the verdict is the same', () => {
    const url = new URL('https://forum.example/search?q=tent');
    const before = eager(THREAD, url);
    expect(before.article).toBe(false);
    asked.mockClear();
    const v = detectArticle(parse(THREAD), url);
    expect(asked).not.toHaveBeenCalled();
    expect(v.article).toBe(before.article);
    expect(v.reasons).toEqual(before.reasons);
  });

  it('is asked where it can decide, and counts as before', () => {
    const url = new URL('https://camping.example/notes-from-a-wet-week-under-canvas');
    const before = eager(POST, url);
    asked.mockClear();
    const v = detectArticle(parse(POST), url);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(v).toMatchObject({ article: before.article, score: before.score, reasons: before.reasons });
  });
});
