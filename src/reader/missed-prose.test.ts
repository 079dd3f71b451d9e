import { describe, expect, it } from 'vitest';
import { putBackMissedProse } from './missed-prose';
import { proseRoot } from './prose-root';
import { blockText, normText } from './text';

const sentence = (n: number) => `Paragraph ${n} of the story runs long enough to count as prose, with a clause or two and more than eighty characters: number ${n}.`;
const paras = (from: number, count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('');
const parse = (body: string) => new DOMParser().parseFromString(`<html><head><title>T</title></head><body>${body}</body></html>`, 'text/html');

/** A page whose lead sits in a header block of its own, before the body's sections. */
const page = (lead: string, extra = '') => parse(`<div class="notice"><div><div><div><p>${sentence(500)}</p></div></div></div></div>
  <div class="wrap"><div class="page-header"><section>${lead}</section>${extra}</div><div class="page-body" id="body">${paras(0, 14)}</div></div>`);

/** Readability's output holding the body's paragraphs from..to-1. */
function output(from: number, to: number): Element {
  return parse(`<div id="out">${paras(from, to - from)}</div>`).getElementById('out')!;
}

const run = (doc: Document, out: Element) => putBackMissedProse(out, normText(out.textContent ?? ''), proseRoot(doc));

describe('putBackMissedProse', () => {
  it('puts a lead paragraph left out of the pick back at its place, before the rest', () => {
    const out = output(0, 14);
    const added = run(page(`<p>${sentence(100)}</p>`), out);
    expect(normText(added)).toBe(normText(sentence(100)));
    expect(blockText(out).split('\n')).toEqual([sentence(100), ...Array.from({ length: 14 }, (_, i) => sentence(i))]);
  });

  it('puts a paragraph missed inside the body back after the text it followed', () => {
    const out = output(0, 14);
    out.querySelectorAll('p')[5]!.remove();
    run(page(''), out);
    expect(blockText(out).split('\n')).toEqual(Array.from({ length: 14 }, (_, i) => sentence(i)));
  });

  it('leaves a pick that holds under half of the prose alone (another reading is asked for)', () => {
    const out = output(0, 6);
    expect(run(page(`<p>${sentence(100)}</p>`), out)).toBe('');
    expect(out.querySelectorAll('p')).toHaveLength(6);
  });

  it('never takes a card linking elsewhere, a disclosure, text far from the article, nor the same text twice', () => {
    const out = output(0, 14);
    const card = `<a href="/other/"><p>${sentence(300)}</p></a>`;
    const disclosure = `<div class="affiliate-disclaimer"><p>${sentence(301)}</p></div>`;
    const commission = `<p>We may earn commission from links on this page, but we only recommend products we have tested ourselves.</p>`;
    run(page(`<p>${sentence(100)}</p><p>${sentence(100)}</p>${commission}`, card + disclosure), out);
    const text = blockText(out);
    expect(text).toContain(sentence(100));
    expect(text).not.toContain(sentence(300));
    expect(text).not.toContain(sentence(301));
    expect(text).not.toContain('We may earn commission');
    expect(text).not.toContain(sentence(500));
    expect(text.split(sentence(100))).toHaveLength(2);
  });

  it('leaves out the next story after the article: its own headline, nothing of the article after it (issue #14)', () => {
    const next = `<div class="item"><h3>Council to decide on new cycle lanes</h3><div>${paras(400, 3)}</div></div>`;
    const doc = parse(`<main><article><div>${paras(0, 10)}</div></article><section>${next}</section></main>`);
    const out = output(0, 10);
    run(doc, out);
    expect(blockText(out)).not.toContain(sentence(400));
  });

  it('still puts back the last sections of a page, whose headings are a few words, not a headline', () => {
    const doc = parse(`<main><article><div>${paras(0, 10)}</div></article><section><div class="item"><h3>Data lake consulting</h3><div>${paras(400, 3)}</div></div></section></main>`);
    const out = output(0, 10);
    run(doc, out);
    expect(blockText(out)).toContain(sentence(400));
  });

  it('still puts back a section missed in the middle, whose heading the pick lacks', () => {
    const doc = parse(`<div class="wrap"><div class="page-body">${paras(0, 7)}<div class="sec"><h3>The second half</h3><p>${sentence(200)}</p></div>${paras(7, 7)}</div></div>`);
    const out = output(0, 14);
    run(doc, out);
    expect(blockText(out)).toContain(sentence(200));
  });

  it('counts only what would go back against its cap: a row of linked cards does not stop a lost opening (issue #14)', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<a href="/guide/${i}/"><p>${sentence(300 + i)}</p></a>`).join('');
    const out = output(0, 14);
    const added = run(page(`<p>${sentence(100)}</p>`, `<div class="topic-cards">${cards}</div>`), out);
    expect(normText(added)).toBe(normText(sentence(100)));
    expect(blockText(out)).not.toContain(sentence(300));
  });

  it('puts a lead caption set after its picture\'s box back with the picture, as one figure', () => {
    const out = output(0, 14);
    run(page(`<div class="pic"><img data-src="lead.jpg" alt=""></div><p class="pic-caption">${sentence(100)}</p>`), out);
    expect(out.querySelector('figure img')?.getAttribute('src')).toBe('lead.jpg');
    expect(normText(out.querySelector('figure figcaption')?.textContent ?? '')).toBe(normText(sentence(100)));
  });

  it('does nothing on a page without enough prose to judge', () => {
    const doc = parse(`<p>${sentence(1)}</p>`);
    const out = output(1, 1);
    expect(run(doc, out)).toBe('');
  });
});
