import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inSportsResult, SPORT, SPORT_FAST, sportWordsFor } from './sports-results';

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

describe('the faster sports-word regex', () => {
  // Same answers as SPORT wherever the text holds neither "ſ" nor "K" (U+212A), the only
  // characters /iu folds onto an ASCII letter (issue #13 item 5).
  const same = (s: string) => expect(SPORT_FAST.test(s), JSON.stringify(s)).toBe(SPORT.test(s));

  it('reads every other character beside a sports word as SPORT does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (ch === '\u017f' || ch === '\u212a') continue;
      for (const s of [`${ch}cup`, `cup${ch}`, `Euro 20${ch}4`, `Copa Am${ch}rica`, `kick${ch}off`]) {
        if (SPORT_FAST.test(s) !== SPORT.test(s)) same(s);
      }
    }
  });

  it('folds case as SPORT does on every letter of its words', () => {
    const words = ['match', 'goals', 'quarter-finals', 'tournament', 'wickets', 'penalty', 'midfielder', 'volleyball', 'Olympics',
      'rugby', 'Six Nations', 'Copa América', 'kick-off', 'extra time', 'Test series', 'Africa Cup of Nations', 'Grand Slam', 'hockey', 'jazz'];
    const cased: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (ch !== '\u017f' && ch !== '\u212a' && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) cased.push(ch);
    }
    for (const w of words) {
      for (let k = 0; k < w.length; k++) {
        for (const ch of [...cased, w[k]!.toUpperCase(), w[k]!.toLowerCase()]) {
          const s = w.slice(0, k) + ch + w.slice(k + 1);
          if (SPORT_FAST.test(s) !== SPORT.test(s)) same(s);
        }
      }
    }
  });

  it('is used only on texts without those two characters', () => {
    expect(sportWordsFor('The Cup final.')).toBe(SPORT_FAST);
    expect(sportWordsFor('The Cup final at 300 \u212a.')).toBe(SPORT);
    expect(sportWordsFor('The \u017foccer match.')).toBe(SPORT);
    expect(SPORT.test('the \u017foccer final')).toBe(true);
    expect(SPORT_FAST.test('the \u017foccer final')).toBe(false);
    expect(inSportsResult('Italy beat Portugal 2-1 in the \u017foccer final.', 0, 5)).toBe(true);
  });

  it('agrees with SPORT on random text', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('cup', 'Cup', 'CUP', 'match', 'Euro 2024', 'semi-final', 'é', 'É', ' ', '-', 'ß', 'İ', 'ı'),
      fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }), (parts) => {
      const s = parts.join('').replace(/[\u017f\u212a]/g, '');
      expect(SPORT_FAST.test(s)).toBe(SPORT.test(s));
    }), { numRuns: 2000 });
  });
});
