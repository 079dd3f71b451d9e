/**
 * The part of the settings that names and cards depend on: all but the reading view's look
 * and the always-clean rule. The view saves its look a moment after each change (and as it
 * closes); that save used to mark every open tab's names again, closing an open card and,
 * while marking, ignoring the next-name key (seen in tests/e2e/a11y.e2e.ts, issue #15).
 */
import type { Settings } from './schema';

export function namesSettingsKey(s: Settings): string {
  const sites = Object.entries(s.sites)
    .map(([host, { reader: _look, alwaysClean: _clean, ...rule }]) => [host, rule] as const)
    .filter(([, rule]) => Object.values(rule).some((v) => v !== undefined))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ ...s, reader: null, sites });
}
