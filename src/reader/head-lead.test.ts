import { describe, expect, it } from 'vitest';
import { articleHead } from './article-head';
import { putBackLeadLines, soleHeadlineHead } from './head-lead';
import { blockText, normText } from './text';
import { paras, readabilityOutput, runReading, sentence } from '../../tests/unit/support/second-reading';

const TITLE = 'Harbour ferry season tickets';
const LEAD = 'Cross the harbour as often as you like for a whole season, on every boat of the line.';
const SECOND = 'Tickets are sent by post within three days and work on the night boats too.';

const parse = (head: string) => new DOMParser().parseFromString(`<html><head><title>${TITLE} | Harbour Lines</title></head>
  <body><section class="hero"><div class="hero__inner"><h1>${TITLE}</h1>${head}</div></section><div class="body">${paras(6)}</div></body></html>`, 'text/html');

const run = (doc: Document, out = readabilityOutput(6)) => runReading(putBackLeadLines, doc, TITLE, out);

describe('putBackLeadLines', () => {
  it('puts the sentences under the headline at the start, in page order', () => {
    const { added, lines } = run(parse(`<div class="hero__text"><div>${LEAD}</div></div><p>${SECOND}</p>`));
    expect(normText(added)).toBe(normText(`${LEAD} ${SECOND}`));
    expect(lines.slice(0, 3)).toEqual([LEAD, SECOND, sentence(0)]);
  });

  it('never takes a byline, a date, a price, a caption, a link, a button or a rating', () => {
    for (const head of [
      '<p>By Anna Berg and Tom Hale, who have sailed the harbour line for years.</p>',
      '<div class="post-date">Published on the fourth of May, two thousand and twenty-six.</div>',
      '<div class="hero__price">From £120 per person for the whole of the season.</div>',
      `<figure><img src="a.jpg"><figcaption>${LEAD}</figcaption></figure>`,
      `<p class="photo-caption">${LEAD}</p>`,
      `<div class="lead-image"><img src="a.jpg"></div><div>${LEAD}</div>`,
      `<p><a href="/tickets/">${LEAD}</a></p>`,
      `<button type="button">${LEAD}</button>`,
      '<div class="hero__rating">Rated 4.9 out of 5 by more than three hundred riders.</div>',
    ]) {
      expect(run(parse(head)).added, head).toBe('');
    }
  });

  it('takes sentences, not labels: a line without a sentence\'s end stays out', () => {
    expect(run(parse('<div>Season tickets for every boat of the harbour line</div>')).added).toBe('');
  });

  it('takes nothing from a head of many such lines: a feed of teasers is not a lead', () => {
    const teasers = [1, 2, 3, 4].map((n) => `<div class="card">Teaser ${n} says something about another story on the site.</div>`).join('');
    expect(run(parse(teasers)).added).toBe('');
  });

  it('adds nothing the article already holds', () => {
    const out = readabilityOutput(6);
    out.firstElementChild!.insertAdjacentHTML('afterbegin', `<p>${LEAD}</p>`);
    expect(run(parse(`<div>${LEAD}</div>`), out).added).toBe('');
  });

  it('reads only the head: a sentence after the first kept paragraph is the body\'s business', () => {
    const doc = new DOMParser().parseFromString(`<html><body><h1>${TITLE}</h1><div class="body">${paras(6)}<div>${LEAD}</div></div></body></html>`, 'text/html');
    expect(run(doc).added).toBe('');
  });

  it('reads the head under a page\'s one <h1> when the headline does not say the title', () => {
    const page = (h1s: string) => new DOMParser().parseFromString(`<html><head><title>Ferries, buses and trams | Harbour Lines</title></head>
      <body><section class="hero">${h1s}<div>${LEAD}</div></section><div class="body">${paras(6)}</div></body></html>`, 'text/html');
    const out = readabilityOutput(6);
    const kept = normText(out.textContent ?? '');
    const head = soleHeadlineHead(page('<h1>Season tickets</h1>'), kept);
    expect(head && putBackLeadLines(out, head, kept, 'Ferries, buses and trams')).toBe(` ${normText(LEAD)}`);
    expect(blockText(out).split('\n')[0]).toBe(LEAD);
    // Two <h1>s, or an <h1> that is the site's logo link, name no page's offer.
    expect(soleHeadlineHead(page('<h1>Season tickets</h1><h1>Day tickets</h1>'), kept)).toBeNull();
    expect(soleHeadlineHead(page('<h1><a href="/">Harbour Lines</a></h1>'), kept)).toBeNull();
  });
});
