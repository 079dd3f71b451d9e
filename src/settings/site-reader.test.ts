import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './schema';

describe("a site's own reading-view look (issue #15)", () => {
  it('keeps valid per-site settings and replaces invalid fields with the general ones', () => {
    const d = defaultSettings();
    const stored = { ...d, reader: { ...d.reader, font: 'sans' }, sites: { 'a.example': { reader: { ...d.reader, font: 'mono', lineHeight: 9 } } } };
    const { settings, problems } = parseSettings(stored);
    expect(settings.sites['a.example']!.reader!.font).toBe('mono');
    expect(settings.sites['a.example']!.reader!.lineHeight).toBe(d.reader.lineHeight);
    expect(problems).toEqual([{ kind: 'invalid', path: 'sites.a.example.reader.lineHeight' }]);
    expect(parseSettings({ ...stored, sites: { 'a.example': { reader: 'mono' } } }).problems).toEqual([{ kind: 'invalid', path: 'sites' }]);
  });
});
