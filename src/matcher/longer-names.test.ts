import { describe, expect, it } from 'vitest';
import { compileIndex } from '../knowledge/compile';
import type { KbRecord } from '../knowledge/types';
import { buildLookup } from './lookup';
import { findMentions, widestSpans } from './match';
import { insideLongerName, titleCaseBlocks } from './longer-names';
import { BLOCK_BREAK } from './normalize';
import { rec } from '../../tests/unit/support/records';

const records = [
  rec('chicago', 'Chicago', 'place'), rec('australia', 'Australia', 'country'), rec('jordan', 'Jordan', 'country'),
  rec('oman', 'Oman', 'country'), rec('japan', 'Japan', 'country'), rec('united-nations', 'United Nations', 'organization', ['UN']),
  rec('the-national', 'The National', 'organization', [{ text: 'The National', ambiguous: true, context: ['Abu Dhabi'] }]),
  rec('united-states-national-security-council', 'National Security Council', 'organization',
    [{ text: 'National Security Council', ambiguous: true, context: ['White House'] }]),
  rec('un-security-council', 'United Nations Security Council', 'organization', ['Security Council']),
  rec('san-francisco', 'San Francisco', 'place'),
];
const lookup = buildLookup(compileIndex(records));
const found = (text: string) => findMentions(text, lookup).map((m) => `${m.surface}=${records[m.entity]!.id}`);

describe('names inside longer names (issue #13)', () => {
  it('gives no card to a city or country inside a longer proper name', () => {
    expect(found('She curated a show at the Art Institute of Chicago last year.')).toEqual([]);
    expect(found('The Reserve Bank of Australia held rates.')).toEqual([]);
    expect(found('Tickets for the San Francisco Museum of Modern Art sold out.')).toEqual([]);
    expect(found('He joined the UN Development Programme in May.')).toEqual([]);
  });

  it('reads a French name whose "de" is elided before the place as one name', () => {
    expect(found("He won the Grand Prix d'Oman in 2000.")).toEqual([]);
    expect(found('He won the Grand Prix d’Oman in 2000.')).toEqual([]);
    // After a lower-case word the place keeps its card.
    expect(found("They served a dinner d'Oman.")).toEqual(['Oman=oman']);
  });

  it('still links the name after a title or in ordinary prose', () => {
    expect(found('The Prime Minister of Japan spoke.')).toEqual(['Japan=japan']);
    expect(found('In Chicago, voters queued early.')).toEqual(['Chicago=chicago']);
    expect(found('Chicago Mayor Brandon Johnson spoke.')).toEqual(['Chicago=chicago']);
  });

  it('never falls back to a shorter name inside a longer one the rules reject', () => {
    expect(found('The National Security Council met on Tuesday.')).toEqual([]);
    expect(found('The National Security Council met at the White House.')).toEqual(['National Security Council=united-states-national-security-council']);
  });

  it('reads a Title Case headline word by word', () => {
    expect(found(`Oman and Jordan Deepen Their Water Partnership${BLOCK_BREAK}The two signed a deal.`)).toEqual(['Oman=oman', 'Jordan=jordan']);
    const headline = titleCaseBlocks(`Oman and Jordan Deepen Their Water Partnership${BLOCK_BREAK}Michael Jordan visited Israel.`);
    expect(headline(0)).toBe(true);
    expect(headline(50)).toBe(false);
  });

  it('picks the widest of overlapping spans, then the leftmost', () => {
    expect(widestSpans([{ start: 0, end: 12 }, { start: 4, end: 29 }, { start: 30, end: 34 }])).toEqual([{ start: 4, end: 29 }, { start: 30, end: 34 }]);
    expect(widestSpans([{ start: 0, end: 5 }, { start: 3, end: 8 }])).toEqual([{ start: 0, end: 5 }]);
  });

  it('reads "of" after a person it does not know as where they are from, not as a longer name', () => {
    // A common given name and a surname before "of": a person, so the place keeps its card.
    expect(found("Audrey Marchetti of Japan's research agency led it.")).toEqual(['Japan=japan']);
    expect(found('Dr. Maria Oyelaran of Australia said so.')).toEqual(['Australia=australia']);
    // Three capitalised words, or no given name first: still a longer name.
    expect(found('George Mason University of Japan opened.')).toEqual([]);
    expect(found('The Kerrigan Institute of Japan opened.')).toEqual([]);
  });

  it('reads a part or a count opening a sentence before "of" as ordinary words', () => {
    expect(found('Parts of Japan lost power. Much of Australia sweltered.')).toEqual(['Japan=japan', 'Australia=australia']);
    expect(found("Two of Japan's oldest banks merged.")).toEqual(['Japan=japan']);
    // Mid-sentence, a capitalised word before "of" still starts a longer name.
    expect(found('She joined the Friends of Japan last year.')).toEqual([]);
  });

  it("reads an office word after a place as a body's name when a name follows, not a title", () => {
    expect(insideLongerName('Texas State Building Trades', 0, 5, new Set(), new Set())).toBe(true);
    expect(insideLongerName('China Foreign Ministry said', 0, 5, new Set(), new Set())).toBe(true);
    expect(insideLongerName('Texas State Senator Maria Lopez', 0, 5, new Set(), new Set())).toBe(false);
    expect(insideLongerName('Japan Finance Minister Kato', 0, 5, new Set(), new Set())).toBe(false);
    expect(insideLongerName('Texas State in May', 0, 5, new Set(), new Set())).toBe(false);
  });

  it('knows a name the index has at the next word is a neighbour, not a continuation', () => {
    const t = 'Oman Jordan talks';
    expect(insideLongerName(t, 0, 4, new Set([5]), new Set())).toBe(false);
    expect(insideLongerName(t, 0, 4, new Set(), new Set())).toBe(true);
  });
});

describe('surnames and forms of address (issue #12)', () => {
  const people: KbRecord[] = [
    { ...rec('bill-clinton', 'Bill Clinton', 'person', [{ text: 'Clinton', surname: true }]), honorifics: ['Mr'] },
    { ...rec('hillary-clinton', 'Hillary Clinton', 'person', [{ text: 'Clinton', surname: true }]), honorifics: ['Mrs', 'Ms'] },
  ];
  const look = buildLookup(compileIndex(people));
  const ids = (text: string) => findMentions(text, look).map((m) => `${m.surface}=${people[m.entity]!.id}`);

  it('a surname shared by two people goes to the one whose full name came last, none before either', () => {
    expect(ids('Clinton spoke first.')).toEqual([]);
    expect(ids('Bill Clinton and Hillary Clinton spoke. Clinton left.')).toEqual(['Bill Clinton=bill-clinton', 'Hillary Clinton=hillary-clinton', 'Clinton=hillary-clinton']);
  });

  it('"Mrs. Clinton" is never Bill Clinton, and "Mr Clinton" never Hillary', () => {
    expect(ids('Bill Clinton spoke. Mrs. Clinton was absent.')).toEqual(['Bill Clinton=bill-clinton']);
    expect(ids('Hillary Clinton and Bill Clinton spoke. Mr Clinton left.')).toEqual(['Hillary Clinton=hillary-clinton', 'Bill Clinton=bill-clinton', 'Clinton=bill-clinton']);
    expect(ids('Bill Clinton and Hillary Clinton spoke. Mrs. Clinton left.')).toEqual(['Bill Clinton=bill-clinton', 'Hillary Clinton=hillary-clinton', 'Clinton=hillary-clinton']);
  });
});

describe('abbreviations the text introduces (issues #13, #16)', () => {
  const bodies: KbRecord[] = [rec('world-food-programme', 'World Food Programme', 'organization')];
  const look = buildLookup(compileIndex(bodies));
  const ids = (text: string) => findMentions(text, look).map((m) => `${m.surface}@${m.start}=${bodies[m.entity]!.id}`);

  it('links later uses of an abbreviation introduced in brackets after a linked name', () => {
    const text = 'The World Food Programme (WFP) warned on Monday. The WFP said stocks were low; WFPs are not words.';
    expect(ids(text)).toEqual(['World Food Programme@4=world-food-programme', 'WFP@26=world-food-programme', 'WFP@53=world-food-programme']);
  });

  it('does nothing without the introduction', () => {
    expect(ids('The WFP said stocks were low.')).toEqual([]);
  });
});

describe('a name in a hyphenated compound (issue #13)', () => {
  const records = [rec('meta-platforms', 'Meta', 'organization'), rec('paris', 'Paris', 'place'), rec('russia', 'Russia', 'country'),
    rec('israel', 'Israel', 'country'), rec('hamas', 'Hamas', 'group'), rec('usb', 'USB', 'other')];
  const look = buildLookup(compileIndex(records));
  const ids = (text: string) => findMentions(text, look).map((m) => records[m.entity]!.id);

  it('is part of the compound beside a capitalised word that is no name', () => {
    expect(ids('A Meta-Analysis of the trials.')).toEqual([]);
    expect(ids('Shares of Paris-Orleans fell.')).toEqual([]);
  });

  it('keeps its card beside a modifier, a prefix, a variant letter or another name', () => {
    expect(ids('Paris-based and pro-Russia groups, Anti-Israel marches and the Israel-Hamas talks.')).toEqual(['paris', 'russia', 'israel', 'israel', 'hamas']);
    expect(ids('Meta-Owned apps and USB-C ports, Micro-USB too.')).toEqual(['meta-platforms', 'usb', 'usb']);
  });
});

describe('a place before "for" or "of" (issue #13)', () => {
  const records = [rec('germany', 'Germany', 'country'), rec('switzerland', 'Switzerland', 'country'), rec('royal-society', 'Royal Society', 'organization'), rec('canada', 'Canada', 'country')];
  const look = buildLookup(compileIndex(records));
  const ids = (text: string) => findMentions(text, look).map((m) => records[m.entity]!.id);

  it('starts no longer name: both places keep their cards', () => {
    expect(ids('He left Germany for Switzerland in 1919.')).toEqual(['germany', 'switzerland']);
  });

  it('while a body before "of" still starts another body\'s name', () => {
    expect(ids('The Royal Society of Canada met.')).toEqual([]);
  });
});

describe('a name inside code, a ticker or an address (issue #13)', () => {
  const records = [rec('api', 'API', 'other'), rec('nyse', 'NYSE', 'organization'), rec('crm', 'CRM', 'other'), rec('irs', 'IRS', 'organization'), rec('llama', 'Llama 3', 'other')];
  const look = buildLookup(compileIndex(records));
  const ids = (text: string) => findMentions(text, look).map((m) => records[m.entity]!.id);

  it('is part of the identifier or the ticker', () => {
    expect(ids('Set CLAUDE_API_KEY first; mail api@example.org.')).toEqual([]);
    expect(ids('Salesforce (NYSE:CRM) rose.')).toEqual(['nyse']);
  });

  it('keeps its card before a version or its own site', () => {
    expect(ids('File on IRS.gov with Llama 3.1 beside you.')).toEqual(['irs', 'llama']);
  });
});

