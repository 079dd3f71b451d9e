import { describe, expect, it } from 'vitest';
import { datedProblems, dateBefore, leaderAgreement } from './checks-dated';
import type { KbRecord } from './types';

const TODAY = '2026-12-06';
const base = {
  aliases: [], description: 'd', background: 'One. Two.', desk: 'politics' as const,
  sources: ['https://en.wikipedia.org/wiki/X'], checked: '2026-12-06',
};
const japan: KbRecord = {
  ...base, id: 'japan', name: 'Japan', type: 'country', wikipedia: 'Japan', asOf: '2025-10',
  leaders: [
    { kind: 'head-of-government', title: 'Prime Minister', name: 'Sanae Takaichi', id: 'sanae-takaichi', from: '2025-10', to: null },
    { kind: 'head-of-government', title: 'Prime Minister', name: 'Shigeru Ishiba', id: 'shigeru-ishiba', from: '2024-10', to: '2025-10' },
  ],
};
const takaichi: KbRecord = {
  ...base, id: 'sanae-takaichi', name: 'Sanae Takaichi', type: 'person', wikipedia: 'Sanae Takaichi', asOf: '2025-10',
  roles: [{ title: 'Prime Minister of Japan', of: 'japan', kind: 'head-of-government', from: '2025-10', to: null }],
};
const ishiba: KbRecord = {
  ...base, id: 'shigeru-ishiba', name: 'Shigeru Ishiba', type: 'person', wikipedia: 'Shigeru Ishiba', asOf: '2025-10',
  roles: [{ title: 'Prime Minister of Japan', of: 'japan', kind: 'head-of-government', from: '2024-10', to: '2025-10' }],
};

describe('dated checks', () => {
  it('compares partial dates at their common precision', () => {
    expect(dateBefore('2024-10', '2025')).toBe(true);
    expect(dateBefore('2025', '2025-10')).toBe(false);
    expect(dateBefore('2025-10', '2025')).toBe(false);
  });

  it('accepts well-formed records that agree with each other', () => {
    for (const r of [japan, takaichi, ishiba]) expect(datedProblems(r, TODAY)).toEqual([]);
    expect(leaderAgreement([japan, takaichi, ishiba])).toEqual([]);
  });

  it('rejects an unknown desk, missing sources, a future check and a bad date', () => {
    const p = datedProblems({ ...takaichi, desk: 'gossip' as never, sources: [], checked: '2027-01-01',
      roles: [{ title: 'PM', from: '2025-13', to: null }] }, TODAY).join('\n');
    expect(p).toMatch(/desk "gossip"/);
    expect(p).toMatch(/sources must list/);
    expect(p).toMatch(/in the future/);
    expect(p).toMatch(/from "2025-13"/);
  });

  it('rejects a source from a spam mirror or an invented-news site, with or without www', () => {
    const cites = (url: string) => datedProblems({ ...takaichi, sources: ['https://en.wikipedia.org/wiki/Sanae_Takaichi', url] }, TODAY).join('\n');
    expect(cites('https://eatsip365.com/some-story')).toMatch(/eatsip365\.com is a low-quality site/);
    expect(cites('https://www.wikiplanet.click/enciclopedia/en/Sanae_Takaichi')).toMatch(/low-quality site/);
    expect(cites('https://www.reuters.com/world/asia-pacific/x')).toBe('');
  });

  it('rejects a role that ends before it starts and an asOf older than a date inside', () => {
    const p = datedProblems({ ...ishiba, asOf: '2025-01' }, TODAY).join('\n');
    expect(p).toMatch(/asOf 2025-01 is older than 2025-10/);
    const q = datedProblems({ ...ishiba, roles: [{ title: 'PM', from: '2025-10', to: '2024-10' }] }, TODAY).join('\n');
    expect(q).toMatch(/ends \(2024-10\) before it starts/);
  });

  it('takes a death year before 1900 but not a malformed one', () => {
    const dead = { ...takaichi, roles: [], leaders: undefined, asOf: '2025-11' };
    expect(datedProblems({ ...dead, died: '1727-03' }, TODAY).join('\n')).not.toMatch(/died/);
    expect(datedProblems({ ...dead, died: '727' }, TODAY).join('\n')).toMatch(/died "727" is not YYYY-MM or YYYY/);
    expect(datedProblems({ ...dead, died: '1727-13' }, TODAY).join('\n')).toMatch(/is not YYYY-MM or YYYY/);
  });

  it('rejects a role still held by someone who died, and Mr with Ms', () => {
    const p = datedProblems({ ...takaichi, died: '2025-11', asOf: '2025-11', honorifics: ['Mr', 'Ms'] }, TODAY).join('\n');
    expect(p).toMatch(/still held, but the person died/);
    expect(p).toMatch(/mix Mr with/);
  });

  it('finds a country and a former leader who disagree (the Japan/Ishiba case)', () => {
    const stale: KbRecord = { ...ishiba, roles: [{ ...ishiba.roles![0]!, to: null }] };
    expect(leaderAgreement([japan, takaichi, stale]).join('\n')).toMatch(/shigeru-ishiba: holds head-of-government of japan/);
    const staleCountry: KbRecord = { ...japan, leaders: [{ ...japan.leaders![1]!, to: null }] };
    const p = leaderAgreement([staleCountry, takaichi, ishiba]).join('\n');
    expect(p).toMatch(/japan: names shigeru-ishiba as current head-of-government/);
    expect(p).toMatch(/sanae-takaichi: holds head-of-government of japan/);
  });

  it('rejects ids that name no record', () => {
    const p = leaderAgreement([{ ...takaichi, roles: [{ title: 'PM', of: 'nowhere', kind: 'head-of-government', from: '2025-10', to: null }] }]);
    expect(p.join('\n')).toMatch(/"nowhere", which has no record/);
  });
});
