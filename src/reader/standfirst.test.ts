import { describe, expect, it } from 'vitest';
import { articleHead, headlineOf, headlineTitle } from './article-head';
import { putBackStandfirst } from './standfirst';
import { blockText, normText } from './text';
import { paras, readabilityOutput, runReading, sentence } from '../../tests/unit/support/second-reading';

const TITLE = 'Night trains return to the valley line';
const SUMMARY = 'The sleeper service stopped in 2009; a group of rail workers spent six years bringing it back.';

const parse = (head: string, meta = '') => new DOMParser().parseFromString(`<html><head><title>${TITLE} | The Courier</title>${meta}</head>
  <body><div class="top"><div class="head"><h1>${TITLE}</h1>${head}</div></div><div class="body">${paras(8)}</div></body></html>`, 'text/html');

const run = (doc: Document, out = readabilityOutput(8)) => runReading(putBackStandfirst, doc, TITLE, out);

describe('putBackStandfirst', () => {
  it('puts a summary the page describes itself with at the start of the article', () => {
    const { added, lines } = run(parse(`<h2 class="title-second">${SUMMARY}</h2>`, `<meta name="description" content="${SUMMARY}">`));
    expect(added?.localName).toBe('p');
    expect(lines).toEqual([SUMMARY, ...Array.from({ length: 8 }, (_, i) => sentence(i))]);
  });

  it('takes a summary whose box the page names as one (dek, standfirst), without a description', () => {
    expect(run(parse(`<div class="article-dek"><p>${SUMMARY}</p></div>`)).lines[0]).toBe(SUMMARY);
    expect(run(parse(`<p class="ArticleStandfirst_root__x1">${SUMMARY}</p>`)).lines[0]).toBe(SUMMARY);
  });

  it('never takes a line the page gives no sign of being its summary, a byline, a link or a caption', () => {
    for (const head of [`<p>${SUMMARY}</p>`, `<p class="dek">By Anna Berg and Tom Hale, transport correspondents</p>`,
      `<p class="dek"><a href="/other/">${SUMMARY}</a></p>`, `<figure><img src="a.jpg"><figcaption class="summary">${SUMMARY}</figcaption></figure>`]) {
      expect(run(parse(head)).added, head).toBeNull();
    }
  });

  it('takes the summary alone, not a box holding it with the byline', () => {
    const { lines } = run(parse(`<div class="intro"><p>${SUMMARY}</p><div class="meta">By Anna Berg · 3 May</div></div>`, `<meta name="description" content="${SUMMARY}">`));
    expect(lines[0]).toBe(SUMMARY);
    expect(lines.join(' ')).not.toContain('Anna Berg');
  });

  it('adds nothing when the article already holds the summary', () => {
    const out = readabilityOutput(8);
    out.firstElementChild!.insertAdjacentHTML('afterbegin', `<p>${SUMMARY}</p>`);
    expect(run(parse(`<p class="standfirst">${SUMMARY}</p>`), out).added).toBeNull();
  });

  it('reads only the head: a summary-like line after the first kept paragraph is the body\'s business', () => {
    const doc = new DOMParser().parseFromString(`<html><body><h1>${TITLE}</h1><div class="body">${paras(8)}<p class="summary">${SUMMARY}</p></div></body></html>`, 'text/html');
    expect(run(doc).added).toBeNull();
  });
});

describe('headlineOf', () => {
  it('is the <h1> that says what the title says, not a logo in an <h1>', () => {
    const doc = new DOMParser().parseFromString(`<body><h1>The Courier</h1><h1>${TITLE}</h1></body>`, 'text/html');
    expect(headlineOf(doc, `${TITLE} | The Courier`)?.textContent).toBe(TITLE);
    expect(headlineOf(doc, 'Something else entirely happened today')).toBeNull();
  });

  it('is the first in page order: a paragraph styled and named as the title in a hero block, before a later <h1>', () => {
    const doc = new DOMParser().parseFromString(`<body><section class="hero"><p class="post-title h2">${TITLE}</p></section>
      <article><p>${sentence(1)}</p></article><div class="republish"><h1>${TITLE}</h1></div></body>`, 'text/html');
    expect(headlineOf(doc, TITLE)?.className).toBe('post-title h2');
  });

  it('is never a paragraph or an <h2> the page does not name as a title, nor a box holding the headline and more', () => {
    const doc = new DOMParser().parseFromString(`<body><h2>${TITLE}</h2><p>${TITLE}</p><div class="title-box"><h2 class="title">${TITLE} and a great deal more besides this</h2></div></body>`, 'text/html');
    expect(headlineOf(doc, TITLE)).toBeNull();
  });
});

describe('headlineTitle', () => {
  const doc = new DOMParser().parseFromString(`<body><h1>Night trains return to the valley line after fifteen years</h1><p>${sentence(1)}</p></body>`, 'text/html');
  const head = (title: string) => articleHead(doc, title, normText(sentence(1)));

  it('is the headline as the page shows it when the title words it otherwise (an SEO variant, the site\'s name)', () => {
    expect(headlineTitle(head('Night trains return to the valley line | The Courier'), 'Night trains return to the valley line | The Courier'))
      .toBe('Night trains return to the valley line after fifteen years');
  });

  it('keeps the title when the headline says the same words another way, or when there is no headline', () => {
    const curly = new DOMParser().parseFromString('<body><h1>The valley’s night trains are back</h1></body>', 'text/html');
    expect(headlineTitle(articleHead(curly, "The valley's night trains are back", ''), "The valley's night trains are back")).toBe("The valley's night trains are back");
    expect(headlineTitle(null, 'A title')).toBe('A title');
  });
});
