import { describe, expect, it } from 'vitest';
import { defaultSettings } from './schema';
import { addExclusion, removeExclusion, removeSite, setSiteRule, sortedHosts } from './sites';

describe('site rules', () => {
  it('adds, changes and drops a rule once no flag is left', () => {
    let s = setSiteRule(defaultSettings(), 'news.example', { noCards: true });
    expect(s.sites).toEqual({ 'news.example': { noCards: true } });
    s = setSiteRule(s, 'news.example', { alwaysClean: true });
    expect(s.sites['news.example']).toEqual({ noCards: true, alwaysClean: true });
    s = setSiteRule(setSiteRule(s, 'news.example', { noCards: false }), 'news.example', { alwaysClean: false });
    expect(s.sites).toEqual({});
  });

  it('never changes the settings it was given', () => {
    const before = setSiteRule(defaultSettings(), 'a.example', { noCards: true });
    const copy = structuredClone(before);
    removeSite(before, 'a.example');
    addExclusion(before, 'a.example', 'Jordan');
    expect(before).toEqual(copy);
  });

  it('undoes one "Not this" correction and keeps the others', () => {
    let s = addExclusion(addExclusion(defaultSettings(), 'a.example', 'Jordan'), 'a.example', 'Chad');
    expect(addExclusion(s, 'a.example', 'Chad')).toBe(s);
    s = removeExclusion(s, 'a.example', 'Jordan');
    expect(s.exclusions).toEqual({ 'a.example': ['Chad'] });
    expect(removeExclusion(s, 'a.example', 'Chad').exclusions).toEqual({});
  });

  it('sorts hosts ignoring www.', () => {
    expect(sortedHosts(['www.zeit.de', 'apnews.com', 'www.bbc.co.uk'])).toEqual(['apnews.com', 'www.bbc.co.uk', 'www.zeit.de']);
  });
});
