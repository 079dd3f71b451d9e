import { describe, expect, it } from 'vitest';
import { compileIndex } from '../knowledge/compile';
import type { KbRecord } from '../knowledge/types';
import { buildLookup } from './lookup';
import { findMentions } from './match';
import { rec } from '../../tests/unit/support/records';


const records: KbRecord[] = [
  rec('jared-kushner', 'Jared Kushner', 'person', [{ text: 'Kushner', surname: true }]),
  rec('charles-kushner', 'Charles Kushner', 'person', [{ text: 'Kushner', surname: true }]),
  rec('benjamin-netanyahu', 'Benjamin Netanyahu', 'person', [{ text: 'Netanyahu', surname: true, safe: true }]),
  rec('theresa-may', 'Theresa May', 'person', [{ text: 'May', surname: true }]),
  rec('saudi-arabia', 'Saudi Arabia', 'country'),
  rec('georgetown', 'Georgetown', 'place', [{ text: 'Georgetown', ambiguous: true, context: ['guyana'] }]),
  rec('georgetown-university', 'Georgetown University', 'organization'),
  rec('guyana', 'Guyana', 'country'),
  rec('jordan', 'Jordan', 'country', [{ text: 'Jordan', ambiguous: true, context: ['israel', 'Amman'] }]),
  rec('israel', 'Israel', 'country'),
  rec('turkey', 'Turkey', 'country', [{ text: 'Turkey', ambiguous: true, context: ['israel', 'Ankara'] }, 'Türkiye']),
  rec('qatar', 'Qatar', 'country'),
  rec('china', 'China', 'country', [{ text: 'China', caseSensitive: true }]),
  rec('mohammed-bin-salman', 'Mohammed bin Salman', 'person', ['MBS']),
  rec('mary-lou-mcdonald', 'Mary Lou McDonald', 'person'),
  rec('mcdonald-s', "McDonald's", 'organization'),
];
const common = new Set(['may', 'turkey', 'china', 'chase']);
const lookup = buildLookup(compileIndex(records, { commonWord: (w) => common.has(w) }));
const ids = (text: string) => findMentions(text, lookup).map((m) => `${m.surface}=${records[m.entity]!.id}`);
/** `ids` over a small index of the test's own records. */
const finder = (own: KbRecord[]) => {
  const look = buildLookup(compileIndex(own));
  return (text: string) => findMentions(text, look).map((m) => `${m.surface}=${own[m.entity]!.id}`);
};

describe('findMentions', () => {
  it('prefers the longest alias at the leftmost position', () => {
    expect(ids('She studied at Georgetown University in the capital.')).toEqual(['Georgetown University=georgetown-university']);
    expect(ids('Officials in Saudi Arabia said so.')).toEqual(['Saudi Arabia=saudi-arabia']);
  });

  it('gives a form two places share to the one the page speaks for more often, none on a tie', () => {
    const places: KbRecord[] = [
      rec('new-york-city', 'New York City', 'place', [{ text: 'New York', ambiguous: true, context: ['Brooklyn', 'Manhattan'] }]),
      rec('new-york-state', 'New York State', 'place', [{ text: 'New York', ambiguous: true, context: ['Rochester', 'Albany'] }]),
    ];
    const found = finder(places);
    expect(found('A Brooklyn show, a Brooklyn bar and a Rochester gallery.\u2029She lives in New York.')).toEqual(['New York=new-york-city']);
    expect(found('A Brooklyn show and a Rochester gallery. She lives in New York.')).toEqual([]);
    expect(found('Albany and Rochester voted.\u2029She lives in New York.')).toEqual(['New York=new-york-state']);
    // The page leans to the city, but this paragraph holds the state's context: no card here.
    expect(found(`Brooklyn bars, Brooklyn parks and Manhattan.\u2029A Rochester gallery in New York sold out.`)).toEqual([]);
  });

  it('lets a reading that needs context take a plain form only where its paragraph speaks for it', () => {
    const own: KbRecord[] = [
      rec('venice', 'Venice', 'place'),
      rec('venice-film-festival', 'Venice Film Festival', 'event', [{ text: 'Venice', ambiguous: true, context: ['Locarno', 'film festival'] }]),
    ];
    const found = finder(own);
    expect(found('Scouts from Venice and Locarno came.')).toEqual(['Venice=venice-film-festival']);
    expect(found('She lives in Venice.')).toEqual(['Venice=venice']);
    // The festival's context is elsewhere on the page, not in this paragraph: neither reading.
    expect(found('She lives in Venice.\u2029The film festival opens soon.')).toEqual([]);
    // The city named plainly elsewhere on the page, by a form of its own, keeps the form.
    const cityNamed = finder([rec('venice', 'Venice', 'place', ['Venezia']), own[1]!]);
    expect(cityNamed('Venezia floods. Scouts from Venice and Locarno came.')).toEqual(['Venezia=venice', 'Venice=venice']);
  });

  it('finds a context phrase wherever it stands as whole words, also beside letters outside the BMP', () => {
    const bands: KbRecord[] = [rec('the-band', 'The Band', 'organization', [{ text: 'Band', ambiguous: true, context: ['Big Pink', 'roots rock'] }])];
    const found = finder(bands);
    expect(found('Music from Big Pink came first. Band played on.')).toEqual(['Band=the-band']);
    expect(found('Music from Big Pinkish skies. Band played on.')).toEqual([]);
    expect(found('Music from Big pink. Band played on.')).toEqual([]);
    // "𝐀" is one letter in two code units: the scan reads "𝐀Big" as one word, so the phrase's
    // first word is not on the page; once it is, the phrase is searched by code unit, as
    // before the scan kept its words' places, and counts after the letter too.
    expect(found('Music 𝐀Big Pink. Band played on.')).toEqual([]);
    expect(found('A Big night. Music 𝐀Big Pink. Band played on.')).toEqual(['Band=the-band']);
    expect(found('A Big night. Music 𝐀Big Pinks. Band played on.')).toEqual([]);
    expect(found('Roots rock, a roots rock revival. Band played on.')).toEqual(['Band=the-band']);
  });

  it('reads a place after a personal title as part of a name, and only after a whole title word', () => {
    const found = finder([rec('georgia', 'Georgia', 'country')]);
    for (const title of ['Mr', 'Mr.', 'Captain', 'Lieutenant', 'Sheikh']) expect(found(`They met ${title} Georgia there.`), title).toEqual([]);
    // Not titles: lower case, a comma between, a letter outside ASCII glued before it.
    for (const other of ['captain', 'Mr,', '𝐀Mr']) {
      expect(found(`They met ${other} Georgia there.`), other).toEqual(['Georgia=georgia']);
    }
  });

  it('counts a lower-case context word written with the capital that opens a sentence, only there', () => {
    const firms: KbRecord[] = [rec('alphabet-inc', 'Alphabet', 'organization', [{ text: 'Alphabet', ambiguous: true, context: ['shares'] }])];
    const found = finder(firms);
    expect(found('Shares in Alphabet rose.')).toEqual(['Alphabet=alphabet-inc']);
    expect(found('The Shares Trust wrote about Alphabet.')).toEqual([]);
  });

  it("reads a common word's possessive opening a sentence as the name ('China's ministry')", () => {
    expect(ids("China's foreign ministry responded.")).toEqual(["China=china"]);
    // Without the possessive the sentence's capital still says nothing.
    expect(ids('China is on the table.')).toEqual([]);
  });

  it('finds a person written with a middle initial the record does not hold, then their surname', () => {
    const people: KbRecord[] = [
      rec('elizabeth-warren', 'Elizabeth Warren', 'person', [{ text: 'Warren', surname: true }]),
      rec('port-elizabeth', 'Port Elizabeth', 'place'),
    ];
    const found = finder(people);
    expect(found('Elizabeth A. Warren spoke. Warren left.')).toEqual(['Elizabeth A. Warren=elizabeth-warren', 'Warren=elizabeth-warren']);
    // Only between a person's two names, and only one capital letter with its full stop.
    expect(found('Elizabeth AB. Warren spoke.')).toEqual([]);
    expect(found('Port E. Elizabeth is a typo.')).toEqual([]);
  });

  it("reads a company's legal form after its name as that company, not a longer unknown name", () => {
    const firms: KbRecord[] = [rec('shopify', 'Shopify', 'organization'), rec('chubb', 'Chubb', 'organization'), rec('texas', 'Texas', 'place')];
    const found = finder(firms);
    expect(found('Shopify Inc. reported. Chubb Ltd Group paid out.')).toEqual(['Shopify=shopify', 'Chubb=chubb']);
    // Only a company's: "Texas Group" is some other body named after the state.
    expect(found('Texas Group met.')).toEqual([]);
    expect(found('Shopify Payments grew.')).toEqual([]);
  });

  it("reads a known person's possessive as theirs, not as a firm named after a surname", () => {
    expect(ids("Mary Lou McDonald spoke. McDonald's party won four seats.")).toEqual(['Mary Lou McDonald=mary-lou-mcdonald']);
    expect(ids("Mary Lou McDonald spoke. McDonald’s party won.")).toEqual(['Mary Lou McDonald=mary-lou-mcdonald']);
    expect(ids("McDonald's sold more burgers.")).toEqual(["McDonald's=mcdonald-s"]);
  });

  it('finds names across NBSP, line breaks and curly possessives', () => {
    expect(ids('Talks with Mohammed\u00a0bin\nSalman ended. Kushner’s firm too.')).toEqual(['Mohammed\u00a0bin\nSalman=mohammed-bin-salman']);
    expect(ids('Jared Kushner met aides. Kushner’s firm grew.')).toEqual(['Jared Kushner=jared-kushner', 'Kushner=jared-kushner']);
  });

  it('gives offsets into the original text', () => {
    const text = 'Le  dirigeant\u00a0Benjamin  Netanyahu parla.';
    const [m] = findMentions(text, lookup);
    expect(text.slice(m!.start, m!.end)).toBe('Benjamin  Netanyahu');
  });

  it('links a surname only after its full name, however distinctive (issue #12)', () => {
    expect(ids('Kushner spoke first.')).toEqual([]);
    expect(ids('Netanyahu spoke first.')).toEqual([]);
    expect(ids('Benjamin Netanyahu spoke. Netanyahu left.')).toEqual(['Benjamin Netanyahu=benjamin-netanyahu', 'Netanyahu=benjamin-netanyahu']);
    expect(ids('Charles Kushner arrived. Later Kushner left.')).toEqual(['Charles Kushner=charles-kushner', 'Kushner=charles-kushner']);
  });

  it('does not take the month May for Theresa May', () => {
    expect(ids('In May the talks resumed.')).toEqual([]);
    expect(ids('May came after April.')).toEqual([]);
  });

  it('needs context for ambiguous names and ignores them inside longer names', () => {
    expect(ids('Jordan scored 40 points.')).toEqual([]);
    expect(ids('Michael Jordan visited Israel.')).toEqual(['Israel=israel']);
    expect(ids('Israel and Jordan signed a treaty.')).toEqual(['Israel=israel', 'Jordan=jordan']);
    expect(ids('The king flew home to Amman, the capital of Jordan.')).toEqual(['Jordan=jordan']);
  });

  it('does not read the bird as the country', () => {
    expect(ids('Turkey is the centrepiece of the holiday meal.')).toEqual([]);
    expect(ids('We roasted a Turkey.')).toEqual([]);
    expect(ids('Turkey and Israel restored ties.')).toEqual(['Turkey=turkey', 'Israel=israel']);
  });

  it('keeps a common word at a sentence start only when the entity is named elsewhere', () => {
    expect(ids('China plates are fragile.')).toEqual([]);
    expect(ids('China said no. Trade with China fell.')).toEqual(['China=china', 'China=china']);
  });

  it('is case-sensitive for names', () => {
    expect(ids('a qatar b')).toEqual([]);
    expect(ids('a mbs b')).toEqual([]);
  });

  it("reads the name after a known body's 'of' as part of the longer name, in a headline too", () => {
    const find = finder([
      rec('national-gallery', 'National Gallery', 'organization'),
      rec('ireland', 'Ireland', 'country'),
      rec('dublin', 'Dublin', 'place'),
    ]);
    expect(find('Jellett and Hone: The Art of Friendship, National Gallery of Ireland, Dublin')).toEqual(['Dublin=dublin']);
    expect(find('The loan went to the National Gallery of Ireland in Dublin.')).toEqual(['Dublin=dublin']);
    expect(find('The National Gallery lent two works to Ireland.')).toEqual(['National Gallery=national-gallery', 'Ireland=ireland']);
  });

  it('skips a one-word name glued to another capitalised word', () => {
    expect(ids('He flew Qatar Airways to Doha.')).toEqual([]);
    expect(ids('Benjamin Netanyahu spoke. Under President Netanyahu-like rule.')).toEqual(['Benjamin Netanyahu=benjamin-netanyahu', 'Netanyahu=benjamin-netanyahu']);
  });

  it('reads a period\'s adjective before a place as the place in that period, not a longer name', () => {
    expect(ids('The streets of Georgian Qatar were narrow.')).toEqual(['Qatar=qatar']);
    expect(ids('The streets of Postwar Qatar were narrow.')).toEqual(['Qatar=qatar']);
    // Any other capitalised word still begins a longer name; and only places are read so.
    expect(ids('The streets of Doha Qatar were narrow.')).toEqual([]);
    expect(ids('The rise of MBS.')).toEqual(['MBS=mohammed-bin-salman']);
    expect(ids('The rise of Modern MBS.')).toEqual([]);
  });
});

describe('createLookupBuilder', () => {
  it('gives the same lookup when built in the smallest slices as in one go', async () => {
    const { createLookupBuilder } = await import('./lookup');
    const many = Array.from({ length: 700 }, (_, i) => rec(`place-${i}`, `Place Number ${i}`, 'place', [`PN${i}`]));
    const index = compileIndex([...records, ...many], { commonWord: (w) => common.has(w) });
    const builder = createLookupBuilder(index);
    let slices = 0;
    while (!builder.step(() => true)) slices++;
    const sliced = builder.result();
    const whole = buildLookup(index);
    expect([...sliced.exact.entries()]).toEqual([...whole.exact.entries()]);
    expect([...sliced.folded.entries()]).toEqual([...whole.folded.entries()]);
    expect(slices).toBeGreaterThan(2);
  });
});
