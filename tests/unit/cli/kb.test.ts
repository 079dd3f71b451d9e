// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { kbShow, kbStats, loadKb, mentionsIn } from '../../../scripts/cli/kb';
import { compileIndex } from '../../../src/knowledge/compile';
import type { KbRecord } from '../../../src/knowledge/types';
import { buildLookup } from '../../../src/matcher/lookup';

describe('the knowledge base from the CLI', () => {
  const kb = loadKb();

  it('finds names with offsets into the text as given, in UTF-16 units', () => {
    const text = '🌍 Talks: Qatar’s envoy met Egypt’s.';
    const mentions = mentionsIn(text, kb);
    expect(mentions.map((m) => m.entity.id)).toEqual(['qatar', 'egypt']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(mentions[0]!.start).toBe(text.indexOf('Qatar'));
  });

  it('treats each line as its own block: a name never runs across a line break', () => {
    const joined = mentionsIn('They flew to Saudi Arabia today.', kb).map((m) => m.entity.id);
    const split = mentionsIn('They flew to Saudi\nArabia today.', kb).map((m) => m.entity.id);
    expect(joined).toContain('saudi-arabia');
    expect(split).not.toContain('saudi-arabia');
  });

  it('counts entities, aliases and types, and the span of asOf dates', () => {
    const rec = (id: string, type: KbRecord['type'], asOf: string, aliases: string[]): KbRecord =>
      ({ id, name: id, type, aliases, description: 'd', background: 'One. Two.', asOf, wikipedia: id });
    const records = [rec('a', 'country', '2025-03', ['A1', 'A2']), rec('b', 'person', '2026-01', []), rec('c', 'country', '2024-11', ['C1'])];
    const index = compileIndex(records);
    // Three names and three aliases; two countries and a person; November 2024 to January 2026.
    expect(kbStats({ records, index, lookup: buildLookup(index) })).toEqual({
      entities: 3, aliases: 6, byType: { country: 2, person: 1 }, asOf: { min: '2024-11', max: '2026-01' },
    });
  });

  it('shows records by id, then by exact name or alias, then ignoring case', () => {
    expect(kbShow('qatar', kb).map((r) => r.id)).toEqual(['qatar']);
    expect(kbShow('Qatar', kb).map((r) => r.id)).toEqual(['qatar']);
    expect(kbShow('QATAR', kb).map((r) => r.id)).toEqual(['qatar']);
    expect(kbShow('no such name at all', kb)).toEqual([]);
  });
});
