import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './schema';
import { popupModel } from '../ui/popup/model';
import { initialStatus } from '../messages';

describe('underline modes (issue #16)', () => {
  it('keeps every, first and none, per site and in general, and refuses anything else', () => {
    const stored = { ...defaultSettings(), cards: { ...defaultSettings().cards, mentions: 'none' }, sites: { 'a.example': { underline: 'first', alwaysClean: true } } };
    const { settings, problems } = parseSettings(stored);
    expect(problems).toEqual([]);
    expect(settings.cards.mentions).toBe('none');
    expect(settings.sites['a.example']).toEqual({ underline: 'first', alwaysClean: true });
    const bad = parseSettings({ ...stored, sites: { 'a.example': { underline: 'sometimes' } } });
    expect(bad.problems).toEqual([{ kind: 'invalid', path: 'sites' }]);
  });

  it('the popup shows the site rule first, else the general setting', () => {
    const s = parseSettings({ ...defaultSettings(), sites: { 'a.example': { underline: 'none' } } }).settings;
    expect(popupModel(initialStatus('a.example'), s).underline).toBe('none');
    expect(popupModel(initialStatus('b.example'), s).underline).toBe('all');
  });
});
