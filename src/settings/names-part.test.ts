import { describe, expect, it } from 'vitest';
import { defaultSettings } from './schema';
import { namesSettingsKey } from './names-part';

describe('namesSettingsKey', () => {
  const base = defaultSettings();
  const key = namesSettingsKey(base);

  it('ignores the reading view\'s look and the always-clean rule, in general and per site', () => {
    expect(namesSettingsKey({ ...base, reader: { ...base.reader, theme: 'dark', fontSize: 24 } })).toBe(key);
    expect(namesSettingsKey({ ...base, sites: { 'a.example': { reader: base.reader, alwaysClean: true } } })).toBe(key);
  });

  it('changes with anything names and cards read', () => {
    expect(namesSettingsKey({ ...base, enabled: false })).not.toBe(key);
    expect(namesSettingsKey({ ...base, cards: { ...base.cards, mentions: 'first' } })).not.toBe(key);
    expect(namesSettingsKey({ ...base, sites: { 'a.example': { noCards: true } } })).not.toBe(key);
    expect(namesSettingsKey({ ...base, sites: { 'a.example': { underline: 'none', reader: base.reader } } })).not.toBe(key);
    expect(namesSettingsKey({ ...base, exclusions: { 'a.example': ['Qatar'] } })).not.toBe(key);
  });
});
