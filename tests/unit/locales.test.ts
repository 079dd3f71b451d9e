// Every UI string exists in every locale with the same placeholders, and every string
// the code asks for exists (issue #6). A missing string would show its key instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/knowledge/types';
import { reasonMessage } from '../../src/ui/popup/model';
import { STRINGS, labelKey } from '../../src/reader/view/strings';
import { BOILERPLATE_LABELS } from '../../src/reader/boilerplate';
import { DECLUTTER_RULES } from '../../src/reader/declutter-rules';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Catalog => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const langs = readdirSync(LOCALES).sort();
const catalogs = Object.fromEntries(langs.map((l) => [l, read(l)]));
const en = catalogs.en!;

/** $1…$9 used directly and $NAME$ placeholders, as a sorted signature. */
function placeholders(entry: Catalog[string]): string[] {
  const direct = entry.message.match(/\$[1-9]/g) ?? [];
  const named = (entry.message.match(/\$[A-Za-z0-9_@]+\$/g) ?? []).map((n) => {
    const content = entry.placeholders?.[n.slice(1, -1).toLowerCase()]?.content ?? '?';
    return `${n.toLowerCase()}=${content}`;
  });
  return [...direct, ...named].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

describe('locales', () => {
  it('include English, German and Arabic', () => {
    expect(langs).toEqual(expect.arrayContaining(['ar', 'de', 'en']));
  });

  it.each(langs.filter((l) => l !== 'en'))('%s has exactly the English keys', (lang) => {
    const keys = Object.keys(catalogs[lang]!);
    expect(Object.keys(en).filter((k) => !keys.includes(k)), 'missing').toEqual([]);
    expect(keys.filter((k) => !(k in en)), 'extra').toEqual([]);
  });

  it.each(langs)('%s uses the same placeholders as English in every message', (lang) => {
    const differ = Object.entries(catalogs[lang]!)
      .filter(([k, e]) => en[k] && placeholders(e).join() !== placeholders(en[k]!).join())
      .map(([k, e]) => `${k}: ${placeholders(e).join()} vs ${placeholders(en[k]!).join()}`);
    expect(differ).toEqual([]);
  });

  it.each(langs)('%s has valid names, no empty messages and no stray $', (lang) => {
    for (const [k, e] of Object.entries(catalogs[lang]!)) {
      expect(k, k).toMatch(/^[A-Za-z0-9_]+$/);
      expect(e.message.trim(), k).not.toBe('');
      // A "$" must start a substitution or be doubled; browsers drop anything else.
      expect(e.message.replace(/\$\$|\$[1-9]|\$[A-Za-z0-9_@]+\$/g, ''), k).not.toContain('$');
    }
  });

  it('has every string the code asks for', () => {
    const dirs = ['src/ui', 'src/glossary', 'src/cards', 'src/background', 'src/settings'].map((d) => join(ROOT, d));
    const asked = new Set<string>();
    for (const file of dirs.flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(m[1]!);
      // Message keys handed around as data: problem keys and label tables.
      for (const m of text.matchAll(/'((?:popup|opt|glossary|settings|shortcut|saveError|command|card)[A-Z][A-Za-z0-9_]*)'/g)) asked.add(m[1]!);
    }
    for (const type of ENTITY_TYPES) asked.add(`type_${type}`);
    // Every reason detection can give, as the popup looks it up (the declared type is data).
    const score = readFileSync(join(ROOT, 'src/detect/score.ts'), 'utf8');
    const reasons = [...score.matchAll(/\badd\(\s*-?[\d.]+\s*,\s*['`]([^'`]+)['`]\s*\)/g)].map((m) => m[1]!.replace(/\$\{[^}]+\}/, 'X'));
    expect(reasons.length).toBeGreaterThan(25);
    for (const r of reasons) asked.add(reasonMessage(r).key);
    // The reading view's strings (message name `reader` + key), and a string for every kind
    // of block "What was removed" can name.
    for (const key of Object.keys(STRINGS)) asked.add(`reader${key}`);
    const labels = [...BOILERPLATE_LABELS, ...DECLUTTER_RULES.map((r) => r.label)];
    expect(labels.filter((l) => !labelKey(l))).toEqual([]);
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(m[1]!);
    expect(asked.size).toBeGreaterThan(100);
    expect([...asked].filter((k) => !(k in en)).sort()).toEqual([]);
  });
});
