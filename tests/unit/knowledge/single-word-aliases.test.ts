// @vitest-environment node
// Issue #12: every one-word alias is listed with how it is kept from misleading; a new one
// must show up in src/knowledge/coverage/single-word-aliases.txt, and so in review.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reasonFor, singleWordAliases } from '../../../scripts/cli/single-word-aliases';
import { commonEnglishWords } from '../../../src/knowledge/common-words';
import { loadRecords } from '../../../src/knowledge/load-files';

describe('one-word aliases', () => {
  it('the reviewed list names every one-word alias of the knowledge base, with its reason', () => {
    const listed = readFileSync('src/knowledge/coverage/single-word-aliases.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(listed).toEqual(singleWordAliases(loadRecords(), commonEnglishWords()));
  });

  it('gives the reason the matcher acts on', () => {
    const common = new Set(['turkey', 'chad']);
    expect(reasonFor('Kushner', { text: 'Kushner', surname: true }, common)).toMatch(/only after the full name/);
    expect(reasonFor('Georgia', { text: 'Georgia', ambiguous: true, context: ['tbilisi'] }, common)).toMatch(/context \(tbilisi\)/);
    expect(reasonFor('NATO', { text: 'NATO' }, common)).toMatch(/abbreviation/);
    expect(reasonFor('Chad', { text: 'Chad' }, common)).toMatch(/common word/);
    expect(reasonFor('Abuja', { text: 'Abuja' }, common)).toMatch(/distinctive/);
  });
});
