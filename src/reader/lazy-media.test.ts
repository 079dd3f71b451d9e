import { describe, expect, it } from 'vitest';
import { resolveLazyMedia } from './lazy-media';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('resolveLazyMedia', () => {
  it('puts data-src and data-lazy-src in place of a placeholder, whatever the file type', () => {
    const doc = page(`<img id="a" src="${GIF}" data-src="/charts/fares.svg"><img id="b" data-lazy-src="https://img.example/p/123?w=800">
      <img id="c" src="/assets/blank.gif" data-original="/photos/c.jpg">`);
    resolveLazyMedia(doc);
    expect(['a', 'b', 'c'].map((id) => doc.getElementById(id)!.getAttribute('src')))
      .toEqual(['/charts/fares.svg', 'https://img.example/p/123?w=800', '/photos/c.jpg']);
  });

  it('keeps a real picture in src, unless a lazy class marks it as a stand-in', () => {
    const doc = page('<img id="a" src="/photos/real.jpg" data-src="/photos/other.jpg"><img id="b" class="lazyload" src="/photos/tiny-blur.jpg" data-src="/photos/full.jpg">');
    resolveLazyMedia(doc);
    expect(doc.getElementById('a')!.getAttribute('src')).toBe('/photos/real.jpg');
    expect(doc.getElementById('b')!.getAttribute('src')).toBe('/photos/full.jpg');
  });

  it('resolves data-srcset on images and on a picture\'s sources, and drops a placeholder src beside it', () => {
    const doc = page(`<picture><source media="(min-width: 900px)" data-srcset="/w.png 1400w"><img id="p" data-src="/n.png"></picture>
      <img id="s" src="${GIF}" data-srcset="/a-480.png 480w, /a-960.png 960w" data-sizes="auto">`);
    resolveLazyMedia(doc);
    expect(doc.querySelector('source')!.getAttribute('srcset')).toBe('/w.png 1400w');
    expect(doc.getElementById('p')!.getAttribute('src')).toBe('/n.png');
    const s = doc.getElementById('s')!;
    expect([s.getAttribute('srcset'), s.hasAttribute('src'), s.getAttribute('sizes')]).toEqual(['/a-480.png 480w, /a-960.png 960w', false, '100vw']);
  });

  it('takes a <noscript> image in place of its placeholder, or on its own, as elements or as text', () => {
    const doc = page(`<figure><img src="${GIF}" data-lazy-src="/map.png"><noscript><img src="/map.png" alt="Map"></noscript><figcaption>Map</figcaption></figure>
      <div id="alone"></div>`);
    // Where scripts run, a page's <noscript> holds its markup as text.
    const raw = doc.createElement('noscript');
    raw.textContent = '<img src="/cabin.png" width="800" height="600" alt="Cabin">';
    doc.getElementById('alone')!.append(raw);
    resolveLazyMedia(doc);
    expect([...doc.querySelectorAll('figure img')].map((i) => i.getAttribute('src'))).toEqual(['/map.png']);
    expect(doc.querySelector('figure figcaption')).not.toBeNull();
    expect(doc.getElementById('alone')!.innerHTML).toBe('<img src="/cabin.png" width="800" height="600" alt="Cabin">');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('takes a <noscript> image in place of a blurred preview and the empty slot after it (Medium)', () => {
    const doc = page('<figure><div><div class="blur"><img src="https://cdn.example/max/60/a.png?q=20"></div><img width="1894"><noscript></noscript></div><figcaption>Leak</figcaption></figure>');
    doc.querySelector('noscript')!.textContent = '<img src="https://cdn.example/max/3788/a.png" width="1894">';
    resolveLazyMedia(doc);
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['https://cdn.example/max/3788/a.png']);
  });

  it('leaves tracking pixels and anything but a lone image in <noscript>', () => {
    const doc = page(`<noscript><img height="1" width="1" src="https://tracker.example/tr?id=1"></noscript>
      <noscript><img src="/x.png" style="display:none"></noscript><noscript>Please turn on JavaScript <img src="/y.png"></noscript>`);
    resolveLazyMedia(doc);
    expect(doc.querySelectorAll('noscript')).toHaveLength(3);
    expect(doc.body.querySelectorAll(':scope > img')).toHaveLength(0);
  });
});
