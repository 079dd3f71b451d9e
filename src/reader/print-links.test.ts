import { describe, expect, it } from 'vitest';
import { markPrintedLinks, printedAddress } from './print-links';

const PAGE = new URL('https://www.railandroute.example/2026/03/sleepers/');

describe('printedAddress', () => {
  it('writes links to other sites short', () => {
    expect(printedAddress('https://www.nightjet.com/en', PAGE)).toBe('nightjet.com/en');
    expect(printedAddress('https://www.europeansleeper.eu/', PAGE)).toBe('europeansleeper.eu');
    expect(printedAddress('http://example.org:8080/a?b=1', PAGE)).toBe('example.org:8080/a?b=1');
  });

  it('leaves out in-page anchors, this site, other schemes, long addresses and addresses the text already says', () => {
    expect(printedAddress('#fares', PAGE)).toBeNull();
    expect(printedAddress('/tickets/', PAGE)).toBeNull();
    expect(printedAddress('https://railandroute.example/about/', PAGE)).toBeNull();
    expect(printedAddress('mailto:desk@example.org', PAGE)).toBeNull();
    expect(printedAddress('javascript:void(0)', PAGE)).toBeNull();
    expect(printedAddress('https://www.oebb.at/en/angebote-ermaessigungen/sparschiene-tickets/nightjet', PAGE)).toBeNull();
    expect(printedAddress('https://example.org/report', PAGE, 'example.org/report')).toBeNull();
    expect(printedAddress('http://[bad', PAGE)).toBeNull();
  });
});

describe('markPrintedLinks', () => {
  it('marks only the links worth printing', () => {
    const body = document.createElement('div');
    body.innerHTML = '<a href="https://www.nightjet.com/en">Nightjet</a> <a href="#fares">fares</a> <a href="/x">x</a>';
    markPrintedLinks(body, PAGE);
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('data-print-href'))).toEqual(['nightjet.com/en', null, null]);
  });
});
