import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase, recordProblems, sentenceCount, slugify } from './checks';
import type { KbRecord } from './types';

const good: KbRecord = {
  id: 'qatar', name: 'Qatar', type: 'country', aliases: ['State of Qatar'],
  description: 'Gas-rich emirate on the Persian Gulf', background: 'One. Two.', asOf: '2025-06', wikipedia: 'Qatar',
};
const lists = { commonWords: new Set(['turkey', 'may']), requiredTitles: [], requiredSurfaces: [] as [string, string][] };
const run = (...records: KbRecord[]) => checkKnowledgeBase(records.map((record, i) => ({ record, where: `l${i}` })), lists);

describe('knowledge-base checks', () => {
  it('accepts a well-formed record', () => expect(run(good)).toEqual([]));

  it('slugs Wikipedia titles into ids', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify('Radosław Sikorski')).toBe('radoslaw-sikorski');
    expect(slugify('Washington, D.C.')).toBe('washington-d-c');
  });

  it('counts sentences', () => expect(sentenceCount('He left in 2019. She came. "Yes," they said.')).toBe(3));

  it('rejects limits, markup, URLs and a bad asOf', () => {
    const p = recordProblems({ ...good, description: 'x'.repeat(91), background: 'See <b>this</b> at https://x.org. Ok.', asOf: '2025' });
    expect(p.join('\n')).toMatch(/description is 91/);
    expect(p.join('\n')).toMatch(/markup or a URL/);
    expect(p.join('\n')).toMatch(/asOf/);
  });

  it('lets a brand named by its address say its own name, and no other address', () => {
    const brand = { ...good, id: 'booking-com', wikipedia: 'Booking.com', name: 'Booking.com', description: 'Travel site', background: 'Booking.com sells hotel rooms. It belongs to a group.' };
    expect(recordProblems(brand).join('\n')).not.toMatch(/URL/);
    expect(recordProblems({ ...brand, background: 'Booking.com sells rooms. See expedia.com too.' }).join('\n')).toMatch(/background contains markup or a URL/);
  });

  it('rejects duplicate ids and titles, and an unflagged shared alias', () => {
    const other = { ...good, id: 'qatar-2', wikipedia: 'Qatar 2', name: 'Qatar' };
    const problems = run(good, good, other).join('\n');
    expect(problems).toMatch(/duplicate id/);
    expect(problems).toMatch(/duplicate Wikipedia title/);
    expect(problems).toMatch(/alias "Qatar" is shared/);
  });

  it('lets one plain reading share its form with readings that need context, and no more', () => {
    const festival: KbRecord = { ...good, id: 'doha-festival', wikipedia: 'Doha Festival', name: 'Doha Festival', aliases: [{ text: 'Qatar', ambiguous: true, context: ['festival'] }] };
    expect(run(good, festival)).toEqual([]);
    const person: KbRecord = { ...festival, id: 'al-qatar', wikipedia: 'Al Qatar', name: 'Ali Qatar', aliases: [{ text: 'Qatar', surname: true }] };
    expect(run(good, person).join('\n')).toMatch(/alias "Qatar" is shared/);
    const plainFestival: KbRecord = { ...festival, aliases: ['Qatar'] };
    expect(run(good, plainFestival).join('\n')).toMatch(/alias "Qatar" is shared/);
  });

  it('requires a common-word alias to say how it is read', () => {
    const bird: KbRecord = { ...good, id: 'turkey', name: 'Turkey', wikipedia: 'Turkey', aliases: [] };
    expect(run(bird).join('\n')).toMatch(/common English word/);
    expect(run({ ...bird, aliases: [{ text: 'Turkey', ambiguous: true, context: ['Ankara'] }] })).toEqual([]);
  });

  it('reports missing coverage', () => {
    const problems = checkKnowledgeBase([{ record: good, where: 'l0' }],
      { ...lists, requiredTitles: ['Egypt'], requiredSurfaces: [['Doha', 'Qatar']] });
    expect(problems).toEqual(['coverage: no record for "Egypt"', 'coverage: demo name "Doha" is not an alias of "Qatar"']);
  });
});
