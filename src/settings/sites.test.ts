import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './schema';
import { addBlockRule, addExclusion, removeBlockRule, removeExclusion, removeSite, setSiteRule, sortedHosts } from './sites';

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

describe('block rules per site (issue #15, part 6)', () => {
  const share = { keep: false, tag: 'div', tokens: ['share-row'], text: 'share', label: 'share row', sample: 'Share' };
  const same = (a: { tokens: string[] }, b: { tokens: string[] }) => a.tokens.join() === b.tokens.join();

  it('adds a rule, replaces the decision about the same block, and drops the site when the last rule goes', () => {
    let s = addBlockRule(defaultSettings(), 'a.example', share, same);
    s = addBlockRule(s, 'a.example', { ...share, keep: true }, same);
    expect(s.sites['a.example']!.blocks).toEqual([{ ...share, keep: true }]);
    s = addBlockRule(s, 'a.example', { ...share, tokens: ['promo'] }, same);
    s = removeBlockRule(s, 'a.example', 0);
    expect(s.sites['a.example']!.blocks!.map((b) => b.tokens)).toEqual([['promo']]);
    expect(removeBlockRule(s, 'a.example', 0).sites).toEqual({});
    expect(removeBlockRule(setSiteRule(s, 'a.example', { noCards: true }), 'a.example', 0).sites).toEqual({ 'a.example': { noCards: true } });
  });

  it('keeps valid stored rules and drops a malformed one with a notice', () => {
    const stored = { ...defaultSettings(), sites: { 'a.example': { alwaysClean: true, blocks: [share, { keep: 'yes' }, { ...share, tokens: [], text: '' }] } } };
    const { settings, problems } = parseSettings(stored);
    expect(settings.sites['a.example']).toEqual({ alwaysClean: true, blocks: [share] });
    expect(problems).toEqual([{ kind: 'invalid', path: 'sites.a.example.blocks' }]);
  });
});
