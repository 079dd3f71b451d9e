/**
 * The settings users can change, their defaults and validation. Stored in storage.sync
 * (storage.local when sync is unavailable) under one versioned key.
 */
import { ENTITY_TYPES, type EntityType } from '../knowledge/types';
import { migrateSettings, type SettingsProblem } from './migrate';

export type { SettingsProblem } from './migrate';

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

export type ReaderTheme = 'auto' | 'light' | 'sepia' | 'dark' | 'custom';
/** 'dyslexic': OpenDyslexic, shipped in the extension and loaded only when chosen (#15). */
export type ReaderFont = 'serif' | 'sans' | 'system' | 'mono' | 'dyslexic';
export type ReaderAlign = 'start' | 'justify';
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans', 'system', 'mono', 'dyslexic'];
/** Typography ranges (issue #15): line height as a multiple, spacing in em. */
export const LINE_HEIGHT_RANGE = { min: 1.2, max: 2.4 } as const;
export const LETTER_SPACING_RANGE = { min: 0, max: 0.15 } as const;
export const WORD_SPACING_RANGE = { min: 0, max: 0.5 } as const;
/** Read-aloud speed, as speechSynthesis takes it. */
export const RATE_RANGE = { min: 0.5, max: 2 } as const;
const HEX = /^#[0-9a-f]{6}$/i;
export type ReaderWidth = 'narrow' | 'normal' | 'wide';

export interface SiteRule {
  /** Open clean mode on every article of this site. */
  alwaysClean?: boolean;
  /** Never mark names or show cards on this site. */
  noCards?: boolean;
  /** How names are underlined on this site, in place of the general setting (#16). */
  underline?: Underline;
  /** The reading view's look on this site, when the reader asked to keep it per site (#15). */
  reader?: Settings['reader'];
  /** "Always remove" / "Never remove blocks like this on this site" (#15, part 6). */
  blocks?: BlockRule[];
}

/**
 * A reader's decision about one kind of block on a site, as remembered from "What was
 * removed". Described by the block's stable class and id tokens when it has any (the
 * site's template names it the same on every article), else by its first words; see
 * reader/block-rules.ts for why and how it is matched.
 */
export interface BlockRule {
  keep: boolean;
  /** Element name, lower-case ("div", "aside"). */
  tag: string;
  /** Class and id tokens, lower-case, without ones that change per page (digits). */
  tokens: string[];
  /** The block's first words, lower-case and single-spaced; matched only when `tokens` is empty. */
  text: string;
  /** How the view named it ("share row") and its first words, for the options page. */
  label: string;
  sample: string;
}
export const MAX_BLOCK_RULES_PER_SITE = 50;

const isBlockRule = (v: unknown): v is BlockRule => isObj(v) && typeof v.keep === 'boolean' && typeof v.tag === 'string'
  && /^[a-z][a-z0-9-]{0,30}$/.test(v.tag) && Array.isArray(v.tokens) && v.tokens.length <= 20
  && v.tokens.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 60)
  && typeof v.text === 'string' && v.text.length <= 200 && typeof v.label === 'string' && v.label.length <= 100
  && typeof v.sample === 'string' && v.sample.length <= 200 && (v.tokens.length > 0 || v.text.length > 0);

/** Underline every mention, only the first of each name, or none (names still found, cards still open). */
export type Underline = 'all' | 'first' | 'none';
export const UNDERLINES: readonly Underline[] = ['all', 'first', 'none'];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Master switch: off stops detection work, marks and cards everywhere. */
  enabled: boolean;
  cards: {
    enabled: boolean;
    dwellMs: number;
    mentions: Underline;
    types: Record<EntityType, boolean>;
  };
  reader: {
    theme: ReaderTheme; fontSize: number; width: ReaderWidth;
    font: ReaderFont; lineHeight: number; letterSpacing: number; wordSpacing: number; align: ReaderAlign;
    /** Text and background when the theme is 'custom'. */
    colors: { fg: string; bg: string };
    /** Off: the view shows text only, no pictures (issue #15). */
    images: boolean;
    /** Read aloud: the voice's name ('' for the browser's default) and speed. */
    voice: string;
    rate: number;
  };
  /** Per-site rules keyed by host name. */
  sites: Record<string, SiteRule>;
  /** "Not this …?" corrections: per host, alias surfaces that no longer link there. */
  exclusions: Record<string, string[]>;
}

export const DWELL_RANGE = { min: 100, max: 2000 } as const;
export const FONT_SIZE_RANGE = { min: 14, max: 28 } as const;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    cards: {
      enabled: true,
      dwellMs: 300,
      mentions: 'all',
      types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
    },
    reader: {
      theme: 'auto', fontSize: 19, width: 'normal', font: 'serif', lineHeight: 1.65, letterSpacing: 0, wordSpacing: 0,
      align: 'start', colors: { fg: '#1d1d1f', bg: '#fbfaf7' }, images: true, voice: '', rate: 1,
    },
    sites: {},
    exclusions: {},
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a stored value into valid settings: older versions are migrated first, then
 * anything unknown or malformed falls back to its default; `problems` says what was
 * replaced so the popup and options can show a notice (issue #6).
 */
export function parseSettings(stored: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const d = defaultSettings();
  if (stored === undefined) return { settings: d, problems: [] };
  const { value: raw, problems } = migrateSettings(stored, SETTINGS_VERSION);
  if (!isObj(raw)) return { settings: d, problems };
  const pick = <T>(path: string, value: unknown, ok: (v: unknown) => boolean, fallback: T): T => {
    if (value === undefined) return fallback;
    if (ok(value)) return value as T;
    problems.push({ kind: 'invalid', path });
    return fallback;
  };
  const bool = (v: unknown) => typeof v === 'boolean';
  const cards = isObj(raw.cards) ? raw.cards : {};
  const types = isObj(cards.types) ? cards.types : {};
  const s: Settings = {
    version: SETTINGS_VERSION,
    enabled: pick('enabled', raw.enabled, bool, d.enabled),
    cards: {
      enabled: pick('cards.enabled', cards.enabled, bool, d.cards.enabled),
      dwellMs: pick('cards.dwellMs', cards.dwellMs,
        (v) => typeof v === 'number' && v >= DWELL_RANGE.min && v <= DWELL_RANGE.max, d.cards.dwellMs),
      mentions: pick('cards.mentions', cards.mentions, (v) => UNDERLINES.includes(v as Underline), d.cards.mentions),
      types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, pick(`cards.types.${t}`, types[t], bool, true)])) as Record<EntityType, boolean>,
    },
    reader: readerPrefs(raw.reader, d.reader, 'reader', pick),
    sites: pick('sites', raw.sites, (v) => isObj(v) && Object.values(v).every((r) => isObj(r)
      && Object.entries(r).every(([k, x]) => (k === 'underline' ? UNDERLINES.includes(x as Underline) : k === 'reader' ? isObj(x)
        : k === 'blocks' ? Array.isArray(x) : bool(x)))), d.sites),
    exclusions: pick('exclusions', raw.exclusions, (v) => isObj(v) && Object.values(v).every((l) => Array.isArray(l)
      && l.every((x) => typeof x === 'string')), d.exclusions),
  };
  // A site's own reading-view settings, each field checked like the general ones.
  for (const [host, rule] of Object.entries(s.sites))
    if (rule.reader) s.sites[host] = { ...rule, reader: readerPrefs(rule.reader, s.reader, `sites.${host}.reader`, pick) };
  // A site's block rules, each checked; a malformed one is dropped, the others stay.
  for (const [host, rule] of Object.entries(s.sites)) {
    if (!rule.blocks) continue;
    const good = rule.blocks.filter(isBlockRule).slice(0, MAX_BLOCK_RULES_PER_SITE);
    if (good.length !== rule.blocks.length) problems.push({ kind: 'invalid', path: `sites.${host}.blocks` });
    const { blocks: _all, ...rest } = rule;
    s.sites[host] = good.length ? { ...rest, blocks: good } : rest;
  }
  return { settings: s, problems };
}

type Pick = <T>(path: string, value: unknown, ok: (v: unknown) => boolean, fallback: T) => T;

/** The reading view's settings from stored `raw`, field by field, `fallback` where invalid. */
function readerPrefs(raw: unknown, fallback: Settings['reader'], at: string, pick: Pick): Settings['reader'] {
  const r = isObj(raw) ? raw : {};
  const d = fallback;
  const inRange = (range: { min: number; max: number }) => (v: unknown) => typeof v === 'number' && v >= range.min - 1e-9 && v <= range.max + 1e-9;
  return {
    theme: pick(`${at}.theme`, r.theme, (v) => ['auto', 'light', 'sepia', 'dark', 'custom'].includes(v as string), d.theme),
    fontSize: pick(`${at}.fontSize`, r.fontSize, inRange(FONT_SIZE_RANGE), d.fontSize),
    width: pick(`${at}.width`, r.width, (v) => ['narrow', 'normal', 'wide'].includes(v as string), d.width),
    font: pick(`${at}.font`, r.font, (v) => READER_FONTS.includes(v as ReaderFont), d.font),
    lineHeight: pick(`${at}.lineHeight`, r.lineHeight, inRange(LINE_HEIGHT_RANGE), d.lineHeight),
    letterSpacing: pick(`${at}.letterSpacing`, r.letterSpacing, inRange(LETTER_SPACING_RANGE), d.letterSpacing),
    wordSpacing: pick(`${at}.wordSpacing`, r.wordSpacing, inRange(WORD_SPACING_RANGE), d.wordSpacing),
    align: pick(`${at}.align`, r.align, (v) => v === 'start' || v === 'justify', d.align),
    images: pick(`${at}.images`, r.images, (v) => typeof v === 'boolean', d.images),
    voice: pick(`${at}.voice`, r.voice, (v) => typeof v === 'string' && v.length < 200, d.voice),
    rate: pick(`${at}.rate`, r.rate, inRange(RATE_RANGE), d.rate),
    colors: pick(`${at}.colors`, r.colors, (v) => isObj(v) && HEX.test(String(v.fg)) && HEX.test(String(v.bg)), d.colors),
  };
}
