import { describe, expect, it } from 'vitest';
import { spokenText } from './pronounce';

const forms = new Map([['Mojtaba Khamenei', 'moj-TAH-bah kha-meh-NAY'], ['Khamenei', 'kha-meh-NAY']]);

describe('spokenText', () => {
  it('hands the voice the respelling of a whole name, the longest form first', () => {
    expect(spokenText('Mojtaba Khamenei was named leader; Khamenei spoke.', forms))
      .toBe('moj-TAH-bah kha-meh-NAY was named leader; kha-meh-NAY spoke.');
  });
  it('leaves words that only contain a form, and text without forms, as they are', () => {
    expect(spokenText('Khameneis and AntiKhamenei stay.', forms)).toBe('Khameneis and AntiKhamenei stay.');
    expect(spokenText('Nothing to change.', new Map())).toBe('Nothing to change.');
  });
});
