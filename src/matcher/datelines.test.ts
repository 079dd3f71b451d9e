import { describe, expect, it } from 'vitest';
import { titleCaseDatelines } from './datelines';
import { BLOCK_BREAK } from './normalize';

const none = () => false;

describe('datelines in capitals (issue #13)', () => {
  it('writes a block-opening dateline as the place is named, keeping every offset', () => {
    const t = `NAIROBI, Kenya (Reuters) — The talks ended.${BLOCK_BREAK}RIO DE JANEIRO — Rain fell.${BLOCK_BREAK}ST. LOUIS (AP) - A storm.`;
    const out = titleCaseDatelines(t, none);
    expect(out).toBe(`Nairobi, Kenya (Reuters) — The talks ended.${BLOCK_BREAK}Rio de Janeiro — Rain fell.${BLOCK_BREAK}St. Louis (AP) - A storm.`);
    expect(out.length).toBe(t.length);
  });

  it('leaves capitals alone that are not a dateline', () => {
    // No dash after the place: a heading, a shout, an abbreviation opening a sentence.
    for (const t of ['SEE ALSO: more stories', 'NATO, the alliance, met.', 'BREAKING NEWS', 'He flew to NAIROBI — fast.']) {
      expect(titleCaseDatelines(t, none)).toBe(t);
    }
    // A one-word dateline the index knows in capitals is an abbreviation.
    expect(titleCaseDatelines('UN — The council met.', (w) => w === 'UN')).toBe('UN — The council met.');
    // A letter whose lower case is longer would move every later offset.
    expect(titleCaseDatelines('DİYARBAKIR — Rain.', none)).toBe('DİYARBAKIR — Rain.');
    expect(titleCaseDatelines('İSTANBUL — Rain.', none)).toBe('İstanbul — Rain.');
  });
});
