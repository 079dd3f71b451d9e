import { afterEach, describe, expect, it, vi } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from './extract';

const URL_ = new URL('https://news.example/2025/10/01/story/');
const PARA = (i: number) => `<p>Paragraph ${i}: the council met on Tuesday to discuss the plan, and residents spoke for an hour about parking, deliveries and safety on the street.</p>`;
const page = (body: string) => new DOMParser().parseFromString(
  `<html><head><title>Council approves the plan | Courier</title></head><body>${body}</body></html>`, 'text/html');
const article = (extra = '') => page(`<article><h1>Council approves the plan</h1>${[1, 2, 3, 4, 5].map(PARA).join('')}${extra}</article>`);

afterEach(() => vi.restoreAllMocks());

describe('extractArticle', () => {
  it('never changes the page it reads', () => {
    const doc = article('<div class="sharedaddy"><p>Share.</p></div><p>Advertisement</p>');
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc, URL_);
    expect(r.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('sanitizes what Readability keeps', () => {
    const r = extractArticle(article('<p>Last <img src="x.png" onerror="alert(1)"> line <a href="javascript:alert(2)">link</a> with enough words to stay in the article body text here.</p><iframe src="https://evil.example/"></iframe><script>alert(3)</script>'), URL_);
    if (!r.ok) throw new Error(r.message);
    expect(r.html).not.toMatch(/onerror|javascript:|<iframe|<script|alert/);
    expect(r.html).toContain('<img');
  });

  it('leaves Gloss\'s own UI out of what it reads', () => {
    const doc = article();
    const host = doc.createElement('gloss-reader');
    host.textContent = 'Gloss view text that is not the page';
    doc.documentElement.append(host);
    const r = extractArticle(doc, URL_);
    expect(r.ok && r.text).not.toContain('Gloss view text');
  });

  it('turns an exception inside Readability into a clear failure', () => {
    vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => { throw new Error('boom'); });
    const r = extractArticle(article(), URL_);
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(!r.ok && r.message).toMatch(/went wrong.*boom/);
  });

  it('says so when there is no article at all', () => {
    vi.spyOn(Readability.prototype, 'parse').mockReturnValue(null);
    expect(extractArticle(article(), URL_)).toMatchObject({ ok: false, reason: 'not-article' });
    vi.restoreAllMocks();
    expect(extractArticle(page('<div id="app"></div>'), URL_)).toMatchObject({ ok: false });
  });
});
