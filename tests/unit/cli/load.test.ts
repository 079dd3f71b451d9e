// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lightenHtml, loadHtml, readPageText, UserError } from '../../../scripts/cli/load';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-load-'));
  writeFileSync(join(dir, 'page.html.gz'), gzipSync('\uFEFF<p>zipped</p>'));
  writeFileSync(join(dir, 'blank.html'), ' \n ');
  writeFileSync(join(dir, 'bad.html.gz'), 'not gzip');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPageText', () => {
  it('gunzips .gz files and keeps the text exactly', () => {
    expect(readPageText(join(dir, 'page.html.gz'))).toBe('\uFEFF<p>zipped</p>');
  });
  it('reports missing, empty and corrupt files as user errors', () => {
    expect(() => readPageText(join(dir, 'missing.html'))).toThrow(UserError);
    expect(() => readPageText(join(dir, 'blank.html'))).toThrow(/is empty/);
    expect(() => readPageText(join(dir, 'bad.html.gz'))).toThrow(/not a valid gzip/);
  });
});

describe('lightenHtml', () => {
  it('empties styles and code scripts but keeps JSON-LD and every element', () => {
    const html = '<style media="x">a{b:c}</style><script>alert(1)</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>text</p>';
    expect(lightenHtml(html)).toBe('<style media="x"></style><script></script><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>text</p>');
  });
});

describe('loadHtml', () => {
  it('never hands stylesheets to jsdom\'s CSS parser, which throws on SCSS left in a page', () => {
    const html = '<style>.a { width: calc(100% - #{$gutter}); }</style><p>text</p>';
    const page = loadHtml(html, 'https://example.org/');
    expect(page.document.querySelector('style')!.textContent).toBe('');
    expect(page.document.styleSheets.length).toBeLessThanOrEqual(1);
    expect(page.document.body.textContent).toBe('text');
    page.close();
  });

  it('reads a page again without inline styles when jsdom cannot parse one', () => {
    const page = loadHtml('<p style="width: calc(100% - #{$gutter})">kept text</p><div style="display:none">x</div>', 'https://example.org/');
    expect(page.document.body.textContent).toBe('kept textx');
    expect(page.document.querySelector('[style]')).toBeNull();
    expect(page.warnings.join()).toMatch(/inline styles dropped/);
    page.close();
  });

  it('parses without running scripts, keeps the page URL and survives broken CSS', () => {
    const page = loadHtml('<html><head><style>.a { width: calc(100% - $gutter) } @media {</style></head><body onload="document.title=1"><p style="color: calc(1 +)">Hi</p><script>document.body.textContent = "ran"</script></body></html>', 'https://example.org/news/story');
    expect(page.document.body.textContent).toBe('Hi');
    expect(loadHtml('\uFEFF<p>x</p>', 'https://example.org/').document.body.innerHTML).toBe('<p>x</p>');
    expect(page.document.URL).toBe('https://example.org/news/story');
    expect(page.window.getComputedStyle).toBeTypeOf('function');
    page.close();
  });
});
