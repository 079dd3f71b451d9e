// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { idOf, listInputs } from '../../../scripts/cli/inputs';
import { UserError } from '../../../scripts/cli/load';

let root: string;
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gloss-inputs-'));
  // <dir>/<id>/source.html with expected text and Readability's verdict
  write('folders/b-page/source.html', '<p>b</p>');
  write('folders/b-page/expected.html', '<p>b</p>');
  write('folders/b-page/expected-metadata.json', '{"readerable": false}');
  write('folders/a-page/source.html', '<p>a</p>');
  write('folders/a-page/expected.txt', 'a');
  write('folders/a-page/expected.html', '<p>a</p>');
  write('folders/not-a-page/readme.md', 'no source.html here');
  // <dir>/<id>.html | .htm | .html.gz | .txt with the project's labels
  write('files/news.html', '<p>n</p>');
  write('files/old.htm', '<p>o</p>');
  write('files/packed.html.gz', gzipSync('<p>p</p>'));
  write('files/notes.txt', 'Qatar');
  write('files/image.png', 'not a page');
  write('files/labels.json', JSON.stringify({ news: { article: true, type: 'article', url: 'https://example.org/news/story' }, old: { article: false } }));
  // WCXB
  write('wcxb/html/0002.html.gz', gzipSync('<p>2</p>'));
  write('wcxb/html/0001.html.gz', gzipSync('<p>1</p>'));
  write('wcxb/ground-truth/0001.json', JSON.stringify({ url: 'https://example.org/a/story', _internal: { page_type: { primary: 'article' } } }));
  write('wcxb/ground-truth/0002.json', JSON.stringify({ url: 'https://example.org/', _internal: { page_type: { primary: 'listing' } } }));
  mkdirSync(join(root, 'empty'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listInputs', () => {
  it('strips every page extension from ids', () => {
    expect(['a.html', 'b.htm', 'c.html.gz', 'd.txt', 'e.HTML'].map(idOf)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reads <id>/source.html folders in id order with their references and verdicts', () => {
    const pages = listInputs(join(root, 'folders'));
    expect(pages.map((p) => p.id)).toEqual(['a-page', 'b-page']);
    expect(pages[0]!.reference).toEqual({ kind: 'text', path: join(root, 'folders/a-page/expected.txt') });
    expect(pages[1]!.reference?.kind).toBe('html');
    expect(pages[1]!.label).toEqual({ article: false, source: 'readerable' });
    expect(pages[0]!.url).toMatch(/^file:/);
  });

  it('reads page files of every extension and the labels file, ignoring other files', () => {
    const pages = listInputs(join(root, 'files'));
    expect(pages.map((p) => `${p.id}:${p.kind}`)).toEqual(['news:html', 'notes:txt', 'old:html', 'packed:html']);
    expect(pages[0]!.label).toEqual({ article: true, source: 'labels', type: 'article' });
    expect(pages[0]!.url).toBe('https://example.org/news/story');
    expect(pages[2]!.url).toMatch(/^file:.*old\.htm$/);
    expect(pages[2]!.label).toEqual({ article: false, source: 'labels' });
    expect(pages[1]!.label).toBeUndefined();
  });

  it('reads the WCXB layout with each page URL and type', () => {
    const pages = listInputs(join(root, 'wcxb'));
    expect(pages.map((p) => p.id)).toEqual(['0001', '0002']);
    expect(pages[0]).toMatchObject({ url: 'https://example.org/a/story', label: { article: true, type: 'article' } });
    expect(pages[1]!.label).toEqual({ article: false, source: 'wcxb', type: 'listing' });
    expect(pages[1]!.groundTruth).toBe(join(root, 'wcxb/ground-truth/0002.json'));
  });

  it('takes a single file as one page', () => {
    expect(listInputs(join(root, 'files/packed.html.gz')).map((p) => p.id)).toEqual(['packed']);
  });

  it('turns a missing path, a wrong file type or an empty folder into a user error', () => {
    expect(() => listInputs(join(root, 'nope'))).toThrow(UserError);
    expect(() => listInputs(join(root, 'files/image.png'))).toThrow(/expected a \.html/);
    expect(() => listInputs(join(root, 'empty'))).toThrow(/no pages found/);
  });
});
