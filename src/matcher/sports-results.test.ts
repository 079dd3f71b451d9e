import { describe, expect, it } from 'vitest';
import { inSportsResult } from './sports-results';

const at = (t: string, name: string) => { const s = t.indexOf(name); return inSportsResult(t, s, s + name.length); };

describe('a country in a sports result', () => {
  it('is a team when the sentence reports a result and speaks of sport', () => {
    expect(at('Italy beat Portugal 2-1 in the World Cup qualifier.', 'Italy')).toBe(true);
    expect(at('Italy beat Portugal 2-1 in the World Cup qualifier.', 'Portugal')).toBe(true);
    expect(at('The hosts drew 1-1 with Spain in the league match.', 'Spain')).toBe(true);
    expect(at('England lost to India by six wickets.', 'England')).toBe(true);
  });

  it('stays a state without a sports word, or without a result', () => {
    expect(at('Israel defeated Egypt in 1967.', 'Egypt')).toBe(false);
    expect(at('Germany won approval for its budget.', 'Germany')).toBe(false);
    expect(at('Qatar hosted the World Cup in 2022.', 'Qatar')).toBe(false);
    expect(at('Prices rose 3-4 percent in France last year.', 'France')).toBe(false);
  });

  it('reads one sentence only', () => {
    expect(at('Spain played well. France signed the treaty after the World Cup.', 'France')).toBe(false);
  });
});
