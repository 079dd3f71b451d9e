import { describe, expect, it } from 'vitest';
import { migrateSettings, MIGRATIONS, type Migration } from './migrate';
import { defaultSettings, parseSettings, SETTINGS_VERSION } from './schema';

describe('settings migrations', () => {
  it('has a step from every older version to the current one', () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `step from ${v}`).toBeTypeOf('function');
  });

  it('walks a stored object through each step in order', () => {
    const steps: Record<number, Migration> = {
      1: (s) => ({ ...s, trail: [...(s.trail as string[]), 'one'] }),
      2: (s) => ({ ...s, trail: [...(s.trail as string[]), 'two'] }),
    };
    const { value, problems } = migrateSettings({ version: 1, trail: [] }, 3, steps);
    expect(value).toEqual({ version: 3, trail: ['one', 'two'] });
    expect(problems).toEqual([]);
  });

  it('reports a missing step instead of pretending', () => {
    const { problems } = migrateSettings({ version: 1 }, 3, { 1: (s) => s });
    expect(problems).toEqual([{ kind: 'version' }]);
  });

  it('treats settings without a version as version 0 (first development builds)', () => {
    const { settings, problems } = parseSettings({ enabled: false, cards: { dwellMs: 800 } });
    expect(problems).toEqual([]);
    expect(settings.enabled).toBe(false);
    expect(settings.cards.dwellMs).toBe(800);
    expect(settings.version).toBe(SETTINGS_VERSION);
  });

  it('keeps what it understands from a newer version and says so', () => {
    const { settings, problems } = parseSettings({ version: SETTINGS_VERSION + 4, enabled: false, future: { x: 1 } });
    expect(settings.enabled).toBe(false);
    expect(problems).toEqual([{ kind: 'newer', version: SETTINGS_VERSION + 4 }]);
  });

  it('falls back to defaults for unreadable values, naming each', () => {
    expect(parseSettings('garbage')).toEqual({ settings: defaultSettings(), problems: [{ kind: 'unreadable' }] });
    expect(parseSettings([1, 2]).problems).toEqual([{ kind: 'unreadable' }]);
    const { settings, problems } = parseSettings({
      version: SETTINGS_VERSION, cards: { dwellMs: -5, types: { person: 'yes', place: false } }, reader: { theme: 'neon' },
      sites: { 'a.com': { noCards: 'sure' } },
    });
    expect(problems).toEqual([
      { kind: 'invalid', path: 'cards.dwellMs' }, { kind: 'invalid', path: 'cards.types.person' },
      { kind: 'invalid', path: 'reader.theme' }, { kind: 'invalid', path: 'sites' },
    ]);
    expect(settings.cards.dwellMs).toBe(defaultSettings().cards.dwellMs);
    expect(settings.cards.types.person).toBe(true);
    expect(settings.cards.types.place).toBe(false);
    expect(settings.sites).toEqual({});
  });

  it('reports a version field that is not a number', () => {
    expect(parseSettings({ version: 'two', enabled: false })).toMatchObject({ settings: { enabled: false }, problems: [{ kind: 'version' }] });
  });

  it('finds nothing wrong with fresh defaults or with nothing stored', () => {
    expect(parseSettings(defaultSettings())).toEqual({ settings: defaultSettings(), problems: [] });
    expect(parseSettings(undefined).problems).toEqual([]);
  });
});
