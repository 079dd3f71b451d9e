// Every declutter rule is backed by a fixture page where Readability alone keeps the clutter
// and Gloss removes it (issue #3: "a fix comes with the fixture that shows it").
import { existsSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { DECLUTTER_RULES } from './declutter-rules';
import { declutter } from './declutter';
import { extractArticle } from './extract';
import { blockText } from './text';

const page = (slug: string) => new DOMParser().parseFromString(
  readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), 'text/html');
const URL_ = new URL('https://fixtures.gloss.invalid/page/');

it('rule ids are unique and every rule says why in reader words', () => {
  const ids = DECLUTTER_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of DECLUTTER_RULES) {
    expect(r.label.length, r.id).toBeGreaterThan(3);
    expect(!!(r.classOrId || r.text), r.id).toBe(true);
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
  const rule = (id: string) => DECLUTTER_RULES.find((r) => r.id === id)!;
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
});

describe('most-read lists (issue #14)', () => {
  it('take the heading only with the list of links after it', () => {
    const doc = new DOMParser().parseFromString('<div id="r"><p>Long enough story text that stays in place whatever happens next, about a library.</p><h3>Trending</h3><p>Trending is a word this story uses.</p></div>', 'text/html');
    const root = doc.getElementById('r')!;
    declutter(root, DECLUTTER_RULES.filter((r) => r.id === 'trending-heading'));
    expect(root.textContent).toContain('Trending');
  });
});
