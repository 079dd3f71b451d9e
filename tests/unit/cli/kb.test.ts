// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { kbShow, kbStats, loadKb, mentionsIn } from '../../../scripts/cli/kb';

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
    const s = kbStats(kb);
    expect(s.entities).toBe(kb.records.length);
    expect(s.aliases).toBe(kb.index.aliases.length);
    expect(Object.values(s.byType).reduce((a, b) => a + b, 0)).toBe(s.entities);
    expect(s.asOf.min! <= s.asOf.max!).toBe(true);
  });

  it('shows records by id, then by exact name or alias, then ignoring case', () => {
    expect(kbShow('qatar', kb).map((r) => r.id)).toEqual(['qatar']);
    expect(kbShow('Qatar', kb).map((r) => r.id)).toEqual(['qatar']);
    expect(kbShow('QATAR', kb).map((r) => r.id)).toEqual(['qatar']);
    expect(kbShow('no such name at all', kb)).toEqual([]);
  });
});
