/**
 * Per-site rules and "Not this …?" exclusions as pure updates of Settings (issue #6).
 * A rule with no flag left on is removed, so the options list shows only real rules.
 */
import { MAX_BLOCK_RULES_PER_SITE, type BlockRule, type Settings, type SiteRule } from './schema';

export function siteRule(settings: Settings, host: string): SiteRule {
  return settings.sites[host] ?? {};
}

export function setSiteRule(settings: Settings, host: string, patch: SiteRule): Settings {
  const rule: SiteRule = { ...settings.sites[host], ...patch };
  const sites = { ...settings.sites };
  if (Object.values(rule).some(Boolean)) sites[host] = rule;
  else delete sites[host];
  return { ...settings, sites };
}

export function removeSite(settings: Settings, host: string): Settings {
  const sites = { ...settings.sites };
  delete sites[host];
  return { ...settings, sites };
}

/** Undoes one "Not this …?" correction: the words link again on that site. */
export function removeExclusion(settings: Settings, host: string, surface: string): Settings {
  const left = (settings.exclusions[host] ?? []).filter((s) => s !== surface);
  const exclusions = { ...settings.exclusions };
  if (left.length) exclusions[host] = left;
  else delete exclusions[host];
  return { ...settings, exclusions };
}

export function addExclusion(settings: Settings, host: string, surface: string): Settings {
  const list = settings.exclusions[host] ?? [];
  if (list.includes(surface)) return settings;
  return { ...settings, exclusions: { ...settings.exclusions, [host]: [...list, surface] } };
}

/** Hosts in a stable, readable order: "www." ignored for sorting. */
export function sortedHosts(hosts: Iterable<string>): string[] {
  const key = (h: string) => h.replace(/^www\d*\./, '');
  return [...hosts].sort((a, b) => key(a).localeCompare(key(b)) || a.localeCompare(b));
}

/** Remembers a block decision for a site, replacing an earlier one about the same block kind. */
export function addBlockRule(settings: Settings, host: string, rule: BlockRule,
  same: (a: BlockRule, b: BlockRule) => boolean): Settings {
  const kept = (settings.sites[host]?.blocks ?? []).filter((r) => !same(r, rule));
  const blocks = [...kept, rule].slice(-MAX_BLOCK_RULES_PER_SITE);
  return { ...settings, sites: { ...settings.sites, [host]: { ...settings.sites[host], blocks } } };
}

/** Forgets the site's `index`-th block rule; a site left with no rule at all is dropped. */
export function removeBlockRule(settings: Settings, host: string, index: number): Settings {
  const rule = settings.sites[host];
  if (!rule?.blocks) return settings;
  const blocks = rule.blocks.filter((_, i) => i !== index);
  const { blocks: _old, ...rest } = rule;
  const next: SiteRule = blocks.length ? { ...rest, blocks } : rest;
  const sites = { ...settings.sites };
  if (Object.values(next).some(Boolean)) sites[host] = next;
  else delete sites[host];
  return { ...settings, sites };
}
