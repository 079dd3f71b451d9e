// Properties of the matcher on random texts (issue #8): spans are in range, ordered,
// never overlapping, and their surface is exactly the text they cover.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../knowledge/compile';
import type { KbRecord } from '../knowledge/types';
import { buildLookup } from './lookup';
import { findMentions } from './match';

const names = ['Qatar', 'Saudi Arabia', 'Saudi', 'Abraham Accords', 'Jared Kushner', 'Jordan', 'Amman', 'MBS', 'Gaza Strip', 'Gaza'];
const records: KbRecord[] = names.map((name, i) => ({
  id: `e${i}`, name, type: 'place', description: 'd', background: 'b. c.', asOf: '2025-01', wikipedia: name,
  aliases: name === 'Jordan' ? [{ text: 'Jordan', ambiguous: true, context: ['Amman'] }]
    : name === 'Jared Kushner' ? [{ text: 'Kushner', surname: true }] : [],
}));
const lookup = buildLookup(compileIndex(records));

const piece = fc.oneof(
  fc.constantFrom(...names, 'Kushner', 'Kushner’s', 'the', ' ', '  ', '\u00a0', '\n', '.', ', ', '-', '’s', 'and', 'Michael'),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[\p{L}\p{M}\u0600-\u06ff ]{0,8}$/u),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('findMentions properties', () => {
  it('returns ordered, non-overlapping, in-range spans whose surface is the covered text', () => {
    fc.assert(fc.property(text, (t) => {
      const ms = findMentions(t, lookup);
      let last = 0;
      for (const m of ms) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(t.length);
        expect(t.slice(m.start, m.end)).toBe(m.surface);
        last = m.end;
      }
    }), { numRuns: 500 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(text, (t) => {
      expect(findMentions(t, lookup)).toEqual(findMentions(t, lookup));
    }), { numRuns: 200 });
  });
});
