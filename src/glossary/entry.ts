/**
 * The user's own glossary entries (issue #6): what one entry holds and how a typed,
 * imported or stored entry is checked. Pure. Problems are message keys in _locales with
 * their substitutions, so every UI language can say what is wrong.
 */
import { ENTITY_TYPES, type EntityType } from '../knowledge/types';
import { normalizeAliasText, isWordChar } from '../matcher/normalize';

export interface GlossaryEntry {
  /** Stable within the glossary; the alias index calls it "user:" + id. */
  id: string;
  name: string;
  /** Other names the entry is known by on pages (the name itself is always matched). */
  aliases: string[];
  type: EntityType;
  description: string;
  background: string;
}

export type Draft = Omit<GlossaryEntry, 'id'>;

/** Sizes that keep a card readable and the stored glossary far below storage quotas. */
export const GLOSSARY_LIMITS = {
  name: 120, aliases: 20, description: 300, background: 2000, entries: 2000, fileBytes: 1_000_000,
} as const;

export const FIELDS = ['name', 'aliases', 'type', 'description', 'background'] as const;
export type Field = typeof FIELDS[number];

export interface Problem {
  /** Message name in public/_locales/<lang>/messages.json. */
  key: string;
  subs: string[];
  /** The field it is about, when there is one (the editor shows it there). */
  field?: Field;
}

/** Lower-cased, normalised form: two entries may not share it; shipped aliases with it are dropped. */
export function aliasKey(text: string): string {
  return normalizeAliasText(text).toLowerCase();
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
// Control characters other than whitespace have no place in a card (and hide text).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s: string) => s.replace(CONTROL, '');

function text(raw: unknown, field: Field, max: number, required: boolean, out: Problem[]): string {
  if (raw === undefined || raw === null || raw === '') {
    if (required) out.push({ key: 'glossaryErrRequired', subs: [field], field });
    return '';
  }
  if (typeof raw !== 'string') { out.push({ key: 'glossaryErrNotText', subs: [field], field }); return ''; }
  const value = field === 'background' ? clean(raw).trim() : collapse(clean(raw));
  if (!value && required) out.push({ key: 'glossaryErrRequired', subs: [field], field });
  if (value.length > max) out.push({ key: 'glossaryErrTooLong', subs: [field, String(max)], field });
  return value;
}

/** Problems that make a name unusable for matching (the matcher needs a word to start on). */
function nameProblems(name: string, field: Field): Problem[] {
  const norm = normalizeAliasText(name);
  if ([...norm].length < 2) return [{ key: 'glossaryErrAliasShort', subs: [name], field }];
  if (!isWordChar(norm[0])) return [{ key: 'glossaryErrAliasStart', subs: [name], field }];
  if (field === 'aliases' && norm.length > GLOSSARY_LIMITS.name)
    return [{ key: 'glossaryErrTooLong', subs: [field, String(GLOSSARY_LIMITS.name)], field }];
  return [];
}

/** Aliases may arrive as a list (JSON, the editor) or as one "a | b" cell (CSV). */
export function splitAliases(cell: string): string[] {
  return cell.split('|').map(collapse).filter(Boolean);
}

function aliases(raw: unknown, name: string, out: Problem[]): string[] {
  if (raw === undefined || raw === null || raw === '') return [];
  const list = typeof raw === 'string' ? splitAliases(raw) : raw;
  if (!Array.isArray(list) || !list.every((a) => typeof a === 'string')) {
    out.push({ key: 'glossaryErrAliasesList', subs: [], field: 'aliases' });
    return [];
  }
  const seen = new Set([aliasKey(name)]);
  const result: string[] = [];
  for (const a of list.map((x: string) => collapse(clean(x))).filter(Boolean)) {
    const problems = nameProblems(a, 'aliases');
    out.push(...problems);
    if (problems.length || seen.has(aliasKey(a))) continue;
    seen.add(aliasKey(a));
    result.push(a);
  }
  if (result.length > GLOSSARY_LIMITS.aliases)
    out.push({ key: 'glossaryErrTooManyAliases', subs: [String(GLOSSARY_LIMITS.aliases)], field: 'aliases' });
  return result;
}

function entityType(raw: unknown, out: Problem[]): EntityType {
  if (raw === undefined || raw === null || raw === '') return 'other';
  const value = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
  if (ENTITY_TYPES.includes(value as EntityType)) return value as EntityType;
  out.push({ key: 'glossaryErrType', subs: [String(raw), ENTITY_TYPES.join(', ')], field: 'type' });
  return 'other';
}

/**
 * Checks one entry's fields. Unknown fields are errors: a misspelt "descripton" would
 * otherwise be dropped without a word. Returns the cleaned draft when nothing is wrong.
 */
export function checkDraft(raw: Record<string, unknown>): { draft: Draft | null; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const key of Object.keys(raw))
    if (!(FIELDS as readonly string[]).includes(key) && key !== 'id')
      problems.push({ key: 'glossaryErrUnknownField', subs: [key, FIELDS.join(', ')] });
  const name = text(raw.name, 'name', GLOSSARY_LIMITS.name, true, problems);
  if (name) problems.push(...nameProblems(name, 'name'));
  const draft: Draft = {
    name,
    aliases: aliases(raw.aliases, name, problems),
    type: entityType(raw.type, problems),
    description: text(raw.description, 'description', GLOSSARY_LIMITS.description, true, problems),
    background: text(raw.background, 'background', GLOSSARY_LIMITS.background, false, problems),
  };
  return { draft: problems.length ? null : draft, problems };
}

/** A readable id from the name, unique among `taken` ("nadia-farouk", "nadia-farouk-2"). */
export function newId(name: string, taken: ReadonlySet<string>): string {
  const base = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'entry';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Every matchable form of an entry: its name and its aliases. */
export function formsOf(entry: Pick<Draft, 'name' | 'aliases'>): string[] {
  return [entry.name, ...entry.aliases];
}
