// Lines a page's widgets leave inside the story's box (issue #14, session 12; fixture
// widget-leftovers): each rule takes the widget's line and leaves a story sentence of the
// same shape, with the same words.
import { describe, expect, it } from 'vitest';
import { LIST_HEADING } from './teaser-list';
import { declutterWith, ruleById as rule } from '../../tests/unit/support/declutter';

const run = (ids: string[], body: string) => declutterWith(ids, body).split('\n');
const story = '<p>The orchard survey asks the same two hundred farms about their planting calendars every spring, and publishes the answers in May.</p>'.repeat(4);

describe('a byline\'s reading time set as a line of the body', () => {
  const r = rule('reading-time');
  it('goes: minutes and "read", alone or after a name', () => {
    for (const l of ['Bridgestone Team | 5 min read', '8 min read', 'By Ana Moreau · 12 minute read', 'Reading time: 4 minutes', 'Estimated reading time 6 min'])
      expect(r.text!.test(l), l).toBe(true);
  });
  it('leaves sentences about reading and times that are not a reading time', () => {
    for (const l of ['The report is a 40 min read, and worth it.', 'Prep time | 5 min', 'Cook – 20 minutes', 'Reading time for children rose by 5 minutes a day in the trial.'])
      expect(r.text!.test(l), l).toBe(false);
    const lines = run(['reading-time'], `${story}<p>Orchard team | 4 min read</p><p>Most of the growers said the survey took them 5 min to read and answer.</p>`);
    expect(lines).not.toContain('Orchard team | 4 min read');
    expect(lines).toContain('Most of the growers said the survey took them 5 min to read and answer.');
  });
});

describe('a widget\'s "Loading..." placeholder', () => {
  it('goes as a whole line with its dots; a sentence that starts with the word stays', () => {
    const lines = run(['loading-placeholder'], `${story}<p>Loading...</p><p>Loading …</p><p>Loading the young trees takes a morning.</p><h3>Loading</h3>`);
    expect(lines.filter((l) => /^loading/i.test(l))).toEqual(['Loading the young trees takes a morning.', 'Loading']);
  });
});

describe('"more like this" headings in other words', () => {
  it('are a related list\'s heading, for the heading rule and the teaser cards alike', () => {
    for (const h of ['Other posts you may enjoy', 'Articles you might like', 'What others are reading', 'Good articles to read together', 'People who viewed this item also viewed']) {
      expect(rule('related-heading').text!.test(h), h).toBe(true);
      expect(LIST_HEADING.test(h), h).toBe(true);
    }
  });
  it('never a sentence holding the same words', () => {
    for (const s of ['What others are reading into the vote is another matter.', 'Other posts you may enjoy less are the night shifts.', 'People who viewed this item also viewed the old mill, the guide said.'])
      expect(rule('related-heading').text!.test(s), s).toBe(false);
    const lines = run(['related-heading'], `${story}<h3>What others are reading</h3><ul><li><a href="/a">Cider press returns</a></li><li><a href="/b">Hedge laying at the show</a></li></ul>`);
    expect(lines.join('\n')).not.toMatch(/others are reading|Cider press/);
  });
});

describe('a newsletter\'s call to join', () => {
  it('goes with its link; a sentence about joining a newsletter\'s staff, with no link, stays', () => {
    const pitch = 'Join our mailing list! Get the farm newsletter every Friday, <a href="/join">join here</a>';
    const plain = 'She left the paper in 2019 to join the newsletter of the growers\' cooperative as its editor.';
    const lines = run(['newsletter-pitch'], `${story}<p>${pitch}</p><p>${plain}</p>`);
    expect(lines.join('\n')).not.toContain('Join our mailing list');
    expect(lines).toContain(plain);
  });
});
