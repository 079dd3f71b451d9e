// The reader's "Always / Never remove blocks like this" rules at extraction, and "Restore" (issue #15, part 6).
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import type { BlockRule } from '../settings/schema';

const URL_ = new URL('https://news.example/2025/10/01/story/');
const PARA = (i: number) => `<p>Paragraph ${i}: the council met on Tuesday to discuss the plan, and residents spoke for an hour about parking, deliveries and safety on the street.</p>`;
const page = (extra: string) => new DOMParser().parseFromString(
  `<html><head><title>Council approves the plan | Courier</title></head><body><article><h1>Council approves the plan</h1>${PARA(1)}${PARA(2)}`
  + `<div class="sharedaddy"><p>Share.</p></div>${PARA(3)}${extra}${PARA(4)}${PARA(5)}</article></body></html>`, 'text/html');
const rule = (over: Partial<BlockRule>): BlockRule => ({ keep: false, tag: 'div', tokens: [], text: '', label: 'promotion', sample: '', ...over });

describe('a site\'s block rules at extraction', () => {
  it('removes blocks the reader always removes on the site, and says so', () => {
    const box = '<div class="court-box"><p>Court listings for the week: Monday, Tuesday</p></div>';
    const plain = extractArticle(page(box), URL_);
    expect(plain.ok && plain.text).toContain('Court listings');
    const r = extractArticle(page(box), URL_, undefined, [rule({ tokens: ['court-box'] })]);
    if (!r.ok) throw new Error(r.message);
    expect(r.text).not.toContain('Court listings');
    expect(r.removed).toContainEqual(expect.objectContaining({ label: 'promotion', by: 'rule:site-0' }));
  });

  it('keeps blocks the reader never removes on the site, where Gloss\'s own rules would', () => {
    const plain = extractArticle(page(''), URL_);
    if (!plain.ok) throw new Error(plain.message);
    const share = plain.removed.find((i) => i.sample === 'Share.')!;
    expect(share.block).toEqual({ tag: 'div', tokens: ['sharedaddy'], text: 'share.' });
    const r = extractArticle(page(''), URL_, undefined, [rule({ keep: true, ...share.block })]);
    if (!r.ok) throw new Error(r.message);
    expect(r.text.split('\n')).toContain('Share.');
    expect(r.removed.some((i) => i.sample === 'Share.')).toBe(false);
  });

  it('gives each removal the sanitized block and the text it followed, for Restore', () => {
    const r = extractArticle(page(''), URL_);
    if (!r.ok) throw new Error(r.message);
    const back = r.removed.find((i) => i.sample === 'Share.')!.restore!();
    // Readability unwrapped the share row's <div>: its paragraph is what the article had.
    expect(back.html).toBe('<p>Share.</p>');
    expect(back.after).toMatch(/safety on the street\.$/);
    expect('paragraph 2: the council met on tuesday to discuss the plan, and residents spoke for an hour about parking, deliveries and safety on the street.').toContain(back.after);
  });
});
