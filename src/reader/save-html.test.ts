import { describe, expect, it } from 'vitest';
import { articleHtmlFile, savedFileName, type SavedArticle, type SavedLabels } from './save-html';

const LABELS: SavedLabels = { source: 'Source', saved: (d) => `Saved ${d}`, picture: (alt) => (alt ? `Picture: ${alt}` : 'Picture') };
const ARTICLE: SavedArticle = {
  html: `<p>First <a href="/about/">about</a> and <a href="#fares">fares</a>.</p>
    <figure><img src="https://cdn.example/p/platform.png" alt="A sleeper at night" onerror="alert(1)"><figcaption>The 21:04. Photo: L. H.</figcaption></figure>
    <picture><source srcset="https://cdn.example/wide.png"><img src="/images/dining.png" alt=""></picture>
    <img data-src="x" srcset="https://cdn.example/a-480.png 480w, https://cdn.example/a-960.png 960w" alt="Couchettes">
    <img src="javascript:alert(2)" alt="bad">
    <script>alert(3)</script><p onclick="alert(4)" style="color:red">Text <b>bold</b></p>
    <div class="table-scroll" tabindex="0"><table><tr><td>NJ 467</td></tr></table></div>
    <pre><code>{ "a":  1 }</code></pre><iframe src="https://evil.example"></iframe><form><input></form>`,
  title: 'Night trains & "sleepers" <are back>',
  byline: 'Lena <Hartmann>',
  siteName: 'Rail & Route',
  published: '2026-03-14T06:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  source: 'https://www.railandroute.example/2026/03/sleepers/',
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('articleHtmlFile', () => {
  const html = articleHtmlFile(ARTICLE, LABELS, window, new Date('2026-12-06T12:00:00Z'));
  const doc = parse(html);

  it('is one HTML document with no script, no handler and no page style', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(doc.querySelectorAll('script, iframe, form, input, link, noscript')).toHaveLength(0);
    const attrs = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
    expect(attrs.filter((a) => a.startsWith('on') || a === 'style' || a.startsWith('data-') || a === 'tabindex')).toEqual([]);
    expect(html).not.toMatch(/alert|javascript:/);
    // Its only style is its own, and it loads nothing, even opened from disk.
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });

  it('turns every picture into a link to its file, kept with its caption', () => {
    expect(doc.querySelectorAll('img, picture, source, video')).toHaveLength(0);
    const links = [...doc.querySelectorAll('a.picture')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['https://cdn.example/p/platform.png', 'Picture: A sleeper at night'],
      ['https://www.railandroute.example/images/dining.png', 'Picture'],
      ['https://cdn.example/a-480.png', 'Picture: Couchettes'],
    ]);
    expect(doc.querySelector('figure a.picture + figcaption')!.textContent).toBe('The 21:04. Photo: L. H.');
  });

  it('states title, site, byline, date, source address and the day it was saved at the top, escaped', () => {
    expect(doc.title).toBe('Night trains & "sleepers" <are back>');
    expect(html).toContain('<title>Night trains &amp; "sleepers" &lt;are back&gt;</title>');
    expect(html).toContain('<h1>Night trains &amp; "sleepers" &lt;are back&gt;</h1>');
    const header = doc.querySelector('article > header')!;
    expect(header.querySelector('.site')!.textContent).toBe('Rail & Route');
    expect(header.querySelector('.byline')!.textContent).toBe('Lena <Hartmann>');
    expect(header.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-14T06:00:00.000Z');
    expect(header.querySelector('time')!.textContent).toBe('March 14, 2026');
    expect(header.querySelector('.source a')!.getAttribute('href')).toBe(ARTICLE.source);
    expect(header.textContent).toContain('Saved December 6, 2026');
    expect(doc.querySelector('meta[name="author"]')!.getAttribute('content')).toBe('Lena <Hartmann>');
  });

  it('keeps the text, tables and code, with links made absolute and in-page anchors as they were', () => {
    expect(doc.querySelector('pre')!.textContent).toBe('{ "a":  1 }');
    expect(doc.querySelector('.table-scroll table td')!.textContent).toBe('NJ 467');
    expect(doc.querySelector('a[href$="/about/"]')!.getAttribute('href')).toBe('https://www.railandroute.example/about/');
    expect(doc.querySelector('a[href="#fares"]')).not.toBeNull();
    expect(doc.body.textContent).toContain('Text bold');
  });

  it('lays a right-to-left article out right to left and leaves out what the page did not state', () => {
    const rtl = parse(articleHtmlFile({ ...ARTICLE, lang: 'ar', dir: 'rtl', byline: null, published: null, siteName: null }, LABELS, window));
    expect([rtl.documentElement.lang, rtl.documentElement.dir]).toEqual(['ar', 'rtl']);
    expect(rtl.querySelectorAll('.site, .byline, .meta')).toHaveLength(0);
  });
});

describe('savedFileName', () => {
  it('keeps the title without the characters file systems refuse', () => {
    expect(savedFileName('The sleepers are back: a year of night trains / "Alps"?')).toBe('The sleepers are back a year of night trains Alps.html');
    expect(savedFileName('...')).toBe('article.html');
    expect(savedFileName('x'.repeat(200))).toBe(`${'x'.repeat(80)}.html`);
  });
});
