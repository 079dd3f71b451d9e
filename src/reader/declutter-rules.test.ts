// Every declutter rule is backed by a fixture page where Readability alone keeps the clutter
// and Gloss removes it (issue #3: "a fix comes with the fixture that shows it").
import { existsSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { DECLUTTER_RULES } from './declutter-rules';
import { declutter, markClutter } from './declutter';
import { extractArticle } from './extract';
import { blockText } from './text';
import { labelKey } from './view/strings';
import { LIST_HEADING } from './teaser-list';
import { declutterWith, ruleById as rule } from '../../tests/unit/support/declutter';

const page = (slug: string) => new DOMParser().parseFromString(
  readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), 'text/html');
const URL_ = new URL('https://fixtures.gloss.invalid/page/');

it('rule ids are unique and every rule says why in reader words', () => {
  const ids = DECLUTTER_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of DECLUTTER_RULES) {
    expect(r.label.length, r.id).toBeGreaterThan(3);
    expect(!!(r.classOrId || r.text || r.matches), r.id).toBe(true);
    // The view shows the label in the reader's language (strings.ts and the locales).
    expect(labelKey(r.label), r.id).toBeDefined();
  }
});

describe.each(DECLUTTER_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has an example fixture with expected text', () => {
    expect(existsSync(`tests/fixtures/pages/${rule.example}/source.html`)).toBe(true);
    expect(existsSync(`tests/fixtures/pages/${rule.example}/expected.txt`)).toBe(true);
  });

  it('removes, on its example, clutter that Readability alone keeps', () => {
    const result = extractArticle(page(rule.example), URL_);
    if (!result.ok) throw new Error(result.message);
    const mine = result.removed.filter((r) => r.by === `rule:${rule.id}`);
    expect(mine.length, `rule ${rule.id} never fired on ${rule.example}`).toBeGreaterThan(0);
    const alone = new Readability<Element>(page(rule.example), { serializer: (n) => n as Element }).parse();
    const aloneText = alone?.content ? blockText(alone.content) : '';
    for (const item of mine) {
      const firstLine = item.sample.replace(/…$/, '').split(' · ')[0]!;
      expect(aloneText, `Readability alone should keep "${firstLine}"`).toContain(firstLine);
      expect(result.text).not.toContain(firstLine);
    }
  });
});

describe('leftover lines are told from story sentences (issue #14)', () => {
  it('a dateline needs a date, a gallery counter numbers, stray code its comment marks', () => {
    expect(rule('dateline-repeat').text!.test('PUBLISHED: 07:15, 2 March 2026 | UPDATED: 09:40, 2 March 2026')).toBe(true);
    expect(rule('dateline-repeat').text!.test('Published in the Brooklyn Daily Eagle')).toBe(false);
    expect(rule('gallery-counter').text!.test('3 of 12')).toBe(true);
    expect(rule('gallery-counter').text!.test('One of the twelve')).toBe(false);
    expect(rule('stray-code').text!.test('/* .promo { display: none } */')).toBe(true);
    expect(rule('stray-code').text!.test('A slash and a star: /* in C')).toBe(false);
  });

  it('"Read more:" goes only when the rest is mostly a link', () => {
    const r = rule('inline-promo');
    expect(r.text!.test('Read more: Quay car park to charge from June')).toBe(true);
    expect(r.minLinkShare).toBeGreaterThan(0.5);
    expect(r.text!.test('Read more about the repairs in the report.')).toBe(false);
  });

  it('a headline in brackets is a promotion only as a whole line of link', () => {
    const r = rule('bracketed-link');
    expect(r.text!.test('[Bardo museum houses amazing Roman treasures]')).toBe(true);
    expect(r.text!.test('[sic] The mayor wrote it that way.')).toBe(false);
    expect(r.minLinkShare).toBeGreaterThanOrEqual(0.8);
  });

  it('the same cue in brackets and in the page\'s language', () => {
    const r = rule('inline-promo');
    for (const line of ['[Read: Why the museum reopened]', 'Lire aussi : Les critiques de la CNIL', 'Lesen Sie auch: Der Hafen wird größer', 'Čtěte také: Praha schválila rozpočet'])
      expect(r.text!.test(line), line).toBe(true);
    expect(r.text!.test('Lire le rapport complet avant lundi')).toBe(false);
  });

  it('a category line needs its label and its links; a copyright line its notice', () => {
    const cat = rule('category-line');
    expect(cat.text!.test('Posted in News Release')).toBe(true);
    expect(cat.text!.test('Filed under: Health, Research')).toBe(true);
    expect(cat.minLinkShare).toBeGreaterThanOrEqual(0.5);
    expect(cat.text!.test('Posted in 1998, the letter never arrived.')).toBe(true); // the words match; the links decide
    const copy = rule('copyright-line');
    expect(copy.text!.test('Copyright © 2025 WABC-TV. All Rights Reserved.')).toBe(true);
    expect(copy.text!.test('© 2026 Northfield University. All rights reserved.')).toBe(true);
    expect(copy.text!.test('Copyright law reserves all rights to the author, the court said.')).toBe(false);
  });
});

describe('widget text left between paragraphs (issue #14)', () => {
  it('a share row is two or more network names and nothing else', () => {
    const r = rule('share-networks');
    for (const line of ['SMS Facebook Twitter Email', 'Facebook Twitter Email', 'Share: Facebook · X · LinkedIn']) expect(r.text!.test(line), line).toBe(true);
    for (const line of ['Facebook', 'Email the council before Friday', 'Twitter and Facebook both refused to comment.']) expect(r.text!.test(line), line).toBe(false);
  });

  it('network names in a table are data, not a share row', () => {
    const story = 'Which networks suit which trade, as the survey of three hundred small firms across the county found them this year.';
    const doc = new DOMParser().parseFromString(`<div id="r"><p>${story}</p><table><tr><td>News and media</td><td>X, Facebook</td></tr></table><p>Facebook, Twitter, Email</p></div>`, 'text/html');
    const root = doc.getElementById('r')!;
    declutter(root, DECLUTTER_RULES.filter((r) => r.id === 'share-networks'));
    expect(blockText(root)).toBe(`${story}\nNews and media X, Facebook`);
  });

  it('an advert\'s scroll label, a caption toggle', () => {
    expect(rule('advert-label').text!.test('Advertisement. Scroll to continue reading.')).toBe(true);
    expect(rule('advert-label').text!.test('Continue reading the main story')).toBe(true);
    expect(rule('advert-label').text!.test('Scroll to continue reading the report, the mayor said.')).toBe(false);
    expect(rule('gallery-counter').text!.test('Show Caption')).toBe(true);
    expect(rule('gallery-counter').text!.test('Show captions to the judges')).toBe(false);
  });
});

describe('newsletter pitches between paragraphs (issue #14)', () => {
  const r = DECLUTTER_RULES.find((x) => x.id === 'newsletter-pitch')!;
  it('need the word newsletter, a call to sign up and a link', () => {
    expect(r.text!.test("Love movies? USA TODAY's Watch Party newsletter has the best picks, delivered to your inbox. Sign up now.")).toBe(true);
    expect(r.text!.test('The parish newsletter reported the vote on Sunday.')).toBe(false);
    expect(r.text!.test('Subscribers to the newsletter had complained for months.')).toBe(false);
    expect(r.minLinkShare).toBeGreaterThan(0);
  });
});

describe('lines a site sets after a story (issue #14)', () => {
  it('where it first appeared, a follow row, the comment form\'s small print, a gallery\'s count', () => {
    expect(rule('syndication-note').text!.test('This article originally appeared on The Atlantic.')).toBe(true);
    expect(rule('syndication-note').text!.test('This article was reprinted on Wired.com.')).toBe(true);
    expect(rule('syndication-note').text!.test('The story first appeared in a letter to the council, which rejected it.')).toBe(false);
    expect(rule('syndication-note').text!.test('Originally published in March 2022. Last updated on December 4, 2025.')).toBe(false);
    expect(rule('follow-line').text!.test('Follow Backchannel: Twitter |Facebook')).toBe(true);
    expect(rule('follow-line').text!.test('Follow the river north for two miles.')).toBe(false);
    for (const line of ['Pin this for later!', 'PIN FOR LATER', 'Stay connected with me!', 'Join the Facebook group– https://www.facebook.com/TalkingHomeRenovations']) {
      expect(rule('follow-line').text!.test(line), line).toBe(true);
    }
    for (const line of ['Pin the blame on the weather.', 'Stay connected to the grid during the outage.', 'Join the queue at the town hall.', 'They joined the Facebook group in 2019 to plan the protest.']) {
      expect(rule('follow-line').text!.test(line), line).toBe(false);
    }
    const signOff = 'Catch up on our in-depth coverage of tech and tools, and follow us on Facebook, Instagram, Twitter and TikTok to stay up to date.';
    expect(rule('follow-sentence').text!.test(signOff)).toBe(true);
    expect(rule('follow-sentence').text!.test('Residents were told to follow us on Facebook for updates on the flood.')).toBe(false);
    expect(rule('follow-sentence').text!.test('The council, which posts on Facebook and Instagram, said it would follow the advice.')).toBe(false);
    expect(rule('comment-line').text!.test('By posting a comment, you consent to have your personally identifiable information collected.')).toBe(true);
    expect(rule('gallery-counter').text!.test('Gallery: Xbox One X screenshots | 9 Photos')).toBe(true);
    expect(rule('gallery-counter').text!.test('Gallery: the town hall opens its doors again')).toBe(false);
  });
});

describe('paywall boxes (issue #14)', () => {
  it('go when named so and pitching a subscription; a body classed "paywall" stays', () => {
    const story = 'The harbour ferry returns to its full timetable next week, with extra crossings at weekends and a later last boat.';
    const doc = new DOMParser().parseFromString(`<body><div id="r"><p>${story}</p><p>${story}</p><p>${story}</p><div class="paywall"><p>The ferry at the quay in March.</p></div>`
      + '<div class="restricted-content"><p>This story is for subscribers.</p><p>Already have an account? Log in</p></div></div></body>', 'text/html');
    const rules = DECLUTTER_RULES.filter((r) => r.id === 'paywall-box');
    markClutter(doc, rules);
    const root = doc.getElementById('r')!;
    declutter(root, rules);
    expect(blockText(root)).toBe(`${story}\n${story}\n${story}\nThe ferry at the quay in March.`);
  });
});

describe('a text rule judges lines, never a phrase inside a sentence (issue #14)', () => {
  it('leaves a linked "published …" phrase in its sentence', () => {
    const doc = new DOMParser().parseFromString('<div id="r"><p>The study, <a href="/j">published January 24 in Psychiatry Research</a>, included 89 patients with anxiety.</p><p>Published: 24 January 2026</p></div>', 'text/html');
    const root = doc.getElementById('r')!;
    declutter(root, DECLUTTER_RULES.filter((r) => r.id === 'dateline-repeat'));
    expect(blockText(root)).toBe('The study, published January 24 in Psychiatry Research, included 89 patients with anxiety.');
  });
});

describe('most-read lists (issue #14)', () => {
  it('take the heading only with the list of links after it', () => {
    const doc = new DOMParser().parseFromString('<div id="r"><p>Long enough story text that stays in place whatever happens next, about a library.</p><h3>Trending</h3><p>Trending is a word this story uses.</p></div>', 'text/html');
    const root = doc.getElementById('r')!;
    declutter(root, DECLUTTER_RULES.filter((r) => r.id === 'trending-heading'));
    expect(root.textContent).toContain('Trending');
  });
});

describe('navigation the page marks as such (issue #14)', () => {
  it('goes when it is mostly links; a <nav> holding sentences, or the whole text, stays', () => {
    const story = 'The allotment society meets on the first Sunday of the month to share seeds, tools and advice about the season.';
    const doc = new DOMParser().parseFromString(`<body><div id="r"><p>${story}</p><p>${story}</p><p>${story}</p>`
      + '<div role="navigation"><a href="/">Home</a> <a href="/clubs/">Clubs</a> <a href="/login/">Sign in</a></div>'
      + '<nav class="note">Paths marked in green on the map are open all year, the rest close in winter. <a href="/map/">Map</a></nav></div></body>', 'text/html');
    const rules = DECLUTTER_RULES.filter((r) => r.id === 'nav-block');
    markClutter(doc, rules);
    const root = doc.getElementById('r')!;
    declutter(root, rules);
    expect(blockText(root)).toBe(`${story}\n${story}\n${story}\nPaths marked in green on the map are open all year, the rest close in winter. Map`);
    // A page that is a menu and nothing else keeps it: clutter is a small part of a page.
    const menu = new DOMParser().parseFromString('<body><div id="r"><nav><a href="/a">Chapter one: the river</a> <a href="/b">Chapter two: the mill</a></nav><p>Short.</p></div></body>', 'text/html');
    markClutter(menu, rules);
    const menuRoot = menu.getElementById('r')!;
    declutter(menuRoot, rules);
    expect(blockText(menuRoot)).toContain('Chapter one');
  });
});

describe('a site menu at full size, or the banner around it (issue #14)', () => {
  const story = 'The ferry to the island runs twice a day in summer and once on winter weekdays, weather allowing, from the old pier.';
  const rules = DECLUTTER_RULES.filter((r) => r.id === 'nav-block' || r.id === 'site-menu');
  const links = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/timetables/route-${i}/">Timetable for route ${i}, all stops</a></li>`).join('');
  const run = (body: string) => {
    const doc = new DOMParser().parseFromString(`<body><div id="r">${body}</div></body>`, 'text/html');
    markClutter(doc, rules);
    const root = doc.getElementById('r')!;
    declutter(root, rules);
    return blockText(root);
  };
  const prose = `<p>${story}</p>`.repeat(40);

  it('takes a menu longer than a nav-block may be when it is mostly links', () => {
    const text = run(`<nav aria-label="Contents"><ol>${links(120)}</ol></nav>${prose}`);
    expect(text).not.toContain('Timetable for route');
    expect(text).toContain(story);
  });

  it('takes the page banner that holds a menu, with the lines around the menu', () => {
    const text = run(`<header><ul><li><a href="/access/">Accessibility statement</a></li><li><a href="/login/">Sign in</a></li></ul><nav>${links(6)}</nav></header>${prose}`);
    expect(text).not.toMatch(/Accessibility statement|Sign in|Timetable/);
  });

  it('leaves the story\'s own header (its headline), a header inside the article, and a long <nav> of prose', () => {
    const own = run(`<header><h1>Ferries in winter</h1><nav><a href="/">Home</a> <a href="/travel/">Travel</a></nav></header>${prose}`);
    expect(own).toContain('Ferries in winter');
    const inside = run(`<article><header><a href="/travel/">Travel</a> <a href="/ferries/">Ferries</a><nav>${links(3)}</nav></header>${prose}</article>`);
    expect(inside).toContain('Travel Ferries');
    const wrapped = run(`<nav>${`<p>${story} <a href="/map/">Map</a></p>`.repeat(30)}</nav>${prose}`);
    expect(wrapped.split('\n').filter((l) => l.startsWith('The ferry')).length).toBe(70);
  });

  it('never takes a menu that is what the page is: less than a short story would be left (issue #14)', () => {
    // A help centre's hub: the page's banner holds its sections, each a link with its blurb,
    // and two lines stand beside it.
    const hub = Array.from({ length: 12 }, (_, i) => `<li><a href="/help/topic-${i}/"><b>Topic ${i}</b><p>Guides, answers and videos for topic ${i}.</p></a></li>`).join('');
    const text = run(`<p>Find help for every part of the service: the guides our team writes, the answers of other users, and the videos.</p><p>Pick a topic to begin; each opens its own page.</p><header><nav><ul>${hub}</ul></nav></header>`);
    expect(text).toContain('Guides, answers and videos for topic 11.');
    // The same menu beside a story goes.
    expect(run(`<header><nav><ul>${hub}</ul></nav></header>${`<p>${story}</p>`.repeat(5)}`)).not.toContain('Topic 3');
  });
});

describe('the lines around a forum post and a story (issue #14)', () => {
  it('a poster\'s figures need two of the forum\'s fields, each with a short value', () => {
    const r = rule('poster-stats');
    expect(r.text!.test('Posts: 116 Threads: 23 Joined: Feb 2019')).toBe(true);
    expect(r.text!.test('Messages: 1,204 Reaction score: 3.2k')).toBe(true);
    expect(r.text!.test('Posts: 116')).toBe(false);
    expect(r.text!.test('Posts: the committee read every one of them before it voted')).toBe(false);
  });

  it('the heading lines and the teaser cards\' headings read one list of words (list-headings.ts)', () => {
    // Each of these was known to one of the two lists only, before they were made one.
    for (const h of ['Most read posts', 'Trending articles', 'Popular posts', 'Latest posts']) {
      expect(rule('trending-heading').text!.test(h), h).toBe(true);
      expect(LIST_HEADING.test(h), h).toBe(true);
    }
    for (const h of ['Related reading', 'More news like this']) {
      expect(rule('related-heading').text!.test(h), h).toBe(true);
      expect(LIST_HEADING.test(h), h).toBe(true);
    }
    expect(rule('trending-heading').text!.test('Most read by the jury, the letter was')).toBe(false);
  });

  it('a "similar threads" or "you might also like…" heading is a related list\'s', () => {
    const r = rule('related-heading');
    for (const h of ['Similar threads', 'You might also like...', 'You may also like…']) expect(r.text!.test(h), h).toBe(true);
    expect(r.text!.test('Similar threads of thought run through both books')).toBe(false);
    expect(rule('trending-heading').text!.test('Trending searches')).toBe(true);
  });

  it('an author box goes with its long bio; a long paragraph in a box named otherwise stays', () => {
    const bio = 'Tamsin Okafor has covered the council for the paper since 2019 and before that reported on farming and the countryside for a regional weekly, where she learnt to read a planning application.';
    const story = 'The council approved the plan in January after a two-year trial on six shelters along the ring road, where the planted roofs stayed green.';
    const doc = new DOMParser().parseFromString(`<body><div id="r">${`<p>${story}</p>`.repeat(6)}`
      + `<div class="author-bio"><p>${bio}</p></div><div class="note-box"><p>${bio}</p></div></div></body>`, 'text/html');
    const rules = DECLUTTER_RULES.filter((x) => x.id === 'author-box');
    markClutter(doc, rules);
    const root = doc.getElementById('r')!;
    declutter(root, rules);
    expect(blockText(root).split('\n').filter((l) => l === bio).length).toBe(1);
  });

  it('an author box is known by its BEM names too ("hero-author--bio")', () => {
    const r = rule('author-box');
    for (const c of ['hero-author--bio', 'post-author__bio', 'author_bio']) expect(r.classOrId!.test(c), c).toBe(true);
    expect(r.classOrId!.test('authority-biology')).toBe(false);
  });
});

describe('a site\'s controls and pop-ups (issue #14)', () => {
  const run = declutterWith;
  const story = '<p>The ferry to the island runs twice a day in summer and once on winter weekdays, weather allowing, from the old pier.</p>'.repeat(4);

  it('a control label goes only as a whole line of link', () => {
    expect(rule('control-label').text!.test('Add to cart')).toBe(true);
    expect(rule('control-label').text!.test('Sign in to see your orders from last year')).toBe(false);
    const text = run(['control-label'], `<p><a href="/login">Sign in</a></p>${story}<h2>Sign in</h2><p>To <a href="/login">sign in</a>, use the card.</p><table><tr><td><a href="/c">Contact us</a></td></tr></table>`);
    expect(text.split('\n').filter((l) => /sign in/i.test(l))).toEqual(['Sign in', 'To sign in, use the card.']);
    expect(text).toContain('Contact us');
  });

  it('a forum\'s post buttons go as whole lines of link; the same words in a post or as plain text stay', () => {
    const r = rule('forum-controls');
    for (const l of ['Reply with quote', 'Report', 'Start new topic', 'Reply to this topic', 'Quote', 'Watch thread']) expect(r.text!.test(l), l).toBe(true);
    expect(r.text!.test('Report back after the bake')).toBe(false);
    const text = run(['forum-controls'], `<ul><li><a href="/posting?quote=1"><span>Reply with quote</span></a></li><li><a href="/report?p=1">Report</a></li></ul>${story}`
      + `<p>I will <a href="/report?p=2">report</a> back.</p><p>Report</p><div class="actions"><a href="/new">Start new topic</a></div>`);
    expect(text).not.toMatch(/Reply with quote|Start new topic/);
    expect(text.split('\n').filter((l) => /report/i.test(l))).toEqual(['I will report back.', 'Report']);
  });

  it('an affiliate disclosure goes when it is named one and says what is earned', () => {
    const r = rule('disclosure-line');
    for (const l of ['DISCLOSURE: If you buy through affiliate links, I may earn a small commission.',
      'Disclosure: As an Affiliate Marketer, I earn from qualifying purchases.', 'As an Amazon Associate I earn from qualifying purchases.',
      '⚠️ Affiliate disclosure: we are paid a commission on sales through our links.']) expect(r.text!.test(l), l).toBe(true);
    for (const l of ['Disclosure: the author owns shares in the company.', 'The new disclosure rules mean affiliates must say what they earn.',
      'Disclosure']) expect(r.text!.test(l), l).toBe(false);
  });

  it('a pop-up goes when the page names it so; a long section named so stays', () => {
    const long = `<div class="pop-up-section">${story}${story}</div>`;
    const text = run(['popup-box'], `${story}<div class="pop-up-offer"><p>Ten per cent off this weekend only.</p></div>${long}`);
    expect(text).not.toMatch(/Ten per cent/);
    expect(text.split('\n').length).toBe(12);
  });
});
