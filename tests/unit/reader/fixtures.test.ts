// Clean mode on pages written for the project (issue #3, parts 2 and 6): each page's clean
// text is exactly its expected.txt, and no clean text holds a clutter line.
import { readFileSync, lstatSync, realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/reader/extract';
import { detectArticle } from '../../../src/detect/detect';
import { cleanFixtures, expectedText, fixture, PAGE_URL, parsePage } from './load';

/** The clutter lines the issue names: none may appear as a line of any clean text. */
const CLUTTER_LINES = [/^weather\b/i, /^live markets\b/i, /^skip to (main )?content$/i, /^share\.?$/i, /^click to share/i,
  /^leave a reply$/i, /^exit mobile version$/i, /^advertisement$/i, /\buses? cookies\b/i, /^related$/i];

/** As the extension extracts: with detection's container as the second opinion. */
function extractLikeTheView(doc: Document) {
  return extractArticle(doc, PAGE_URL, detectArticle(doc, PAGE_URL).container);
}

describe.each(cleanFixtures())('clean fixture %s', (slug) => {
  const result = extractLikeTheView(fixture(slug));

  it('extracts exactly the expected text', () => {
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text).toBe(expectedText(slug));
  });

  it('keeps no clutter line', () => {
    const lines = result.ok ? result.text.split('\n') : [];
    for (const line of lines) for (const clutter of CLUTTER_LINES) expect(line, slug).not.toMatch(clutter);
  });
});

describe('the demo article', () => {
  const source = readFileSync('demo/index.html', 'utf8');
  const page = parsePage(source);
  const result = extractLikeTheView(parsePage(source));
  if (!result.ok) throw new Error(`demo did not extract: ${result.message}`);
  const lines = result.text.split('\n');

  it('is the page its fixture links to (one demo page, not a copy that can drift)', () => {
    expect(lstatSync('tests/fixtures/pages/demo/source.html').isSymbolicLink()).toBe(true);
    expect(realpathSync('tests/fixtures/pages/demo/source.html')).toBe(realpathSync('demo/index.html'));
  });

  it('keeps the title, every body paragraph and every section heading', () => {
    expect(result.title).toBe('Why the Gulf\'s Mediators Keep Returning to the Abraham Accords');
    const body = [...page.querySelectorAll('.entry-content > p, .entry-content blockquote p, .entry-content h2')]
      .map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(body.length).toBeGreaterThan(12);
    for (const p of body) expect(lines).toContain(p);
  });

  it('shows none of the clutter', () => {
    for (const bad of ['Weather', 'Live Markets', 'Skip to content', 'Share.', 'Click to share', 'Leave A Reply',
      'Exit mobile version', 'Advertisement', 'Get the Middle East briefing', 'Our editors', 'Red Sea shipping',
      'Related', 'cookies', 'Most read', 'Subscribe']) expect(result.text).not.toContain(bad);
  });

  it('lists what was removed in reader words', () => {
    const labels = new Set(result.removed.map((r) => r.label));
    for (const label of ['site navigation', 'share row', 'comment form', 'cookie banner', 'newsletter box',
      'related posts', 'Exit mobile version link', 'skip link', 'sidebar', 'site footer']) expect(labels).toContain(label);
    const share = result.removed.find((r) => r.label === 'share row');
    expect(share?.sample).toMatch(/^Share\./);
  });

  it('states byline, site, date, language, direction and reading time', () => {
    expect(result).toMatchObject({ byline: 'Nadia Farouk', siteName: 'The Meridian Ledger', lang: 'en-US', dir: 'ltr' });
    expect(result.published).toBe('2025-09-15T08:30:00.000Z');
    expect(result.readingMinutes).toBe(3);
    expect(result.html).toContain('<figure');
    expect(result.html).toContain('<blockquote');
  });
});

describe('fixture titles and direction', () => {
  it('drops a site name joined to the title with an en dash', () => {
    const r = extractArticle(fixture('comment-reply'), PAGE_URL);
    expect(r.ok && r.title).toBe('A weekend walking the old salt road');
  });

  it('lays an Arabic page out right to left', () => {
    const r = extractArticle(fixture('rtl-article'), PAGE_URL);
    expect(r.ok && r.dir).toBe('rtl');
    expect(r.ok && r.lang).toBe('ar');
  });

  it('refuses a page with too little text, clearly', () => {
    const r = extractArticle(fixture('too-short'), PAGE_URL);
    expect(r).toMatchObject({ ok: false, reason: 'too-short' });
    expect(!r.ok && r.message).toMatch(/too little text/);
  });
});
