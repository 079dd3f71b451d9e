/**
 * The knowledge base's quality gate (issue #4): schema, limits, uniqueness, alias hygiene
 * and coverage. Pure: takes records and word lists, returns problems as sentences.
 */
import { datedProblems, leaderAgreement } from './checks-dated.ts';
import { normalizeAlias } from './compile.ts';
import { ENTITY_TYPES, type KbRecord } from './types.ts';

const FIELDS = new Set(['id', 'name', 'type', 'aliases', 'description', 'background', 'asOf', 'wikipedia', 'facts', 'related',
  'desk', 'sources', 'checked', 'roles', 'leaders', 'changes', 'died', 'honorifics', 'pronunciation']);
const ALIAS_FIELDS = new Set(['text', 'caseSensitive', 'ambiguous', 'context', 'surname', 'safe']);

export const LIMITS = { description: 90, background: 450, minSentences: 2, maxSentences: 4 } as const;

export interface Located { record: KbRecord; where: string }
export interface CoverageLists {
  /** Lower-case common English words: a bare alias equal to one must say how it is read. */
  commonWords: ReadonlySet<string>;
  /** Wikipedia titles that must all be present (UN members and observers). */
  requiredTitles: readonly string[];
  /** [surface, title] pairs: the demo article's names. */
  requiredSurfaces: readonly [string, string][];
  /** YYYY-MM-DD; a record cannot have been checked after it. Defaults to the clock. */
  today?: string;
}

export function slugify(title: string): string {
  const LETTERS: Record<string, string> = { 'ı': 'i', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd' };
  return title.replace(/[ıøØłŁđĐßæÆœþð]/g, (c) => LETTERS[c] ?? c).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘'(])/u).filter((s) => s.trim()).length;
}

const MARKUP_OR_URL = /<[a-z/!]|&[a-z]+;|https?:|www\.|\.(com|org|net)\b/i;

export function recordProblems(r: KbRecord): string[] {
  const p: string[] = [];
  for (const k of ['id', 'name', 'type', 'description', 'background', 'asOf', 'wikipedia'] as const)
    if (typeof r[k] !== 'string' || !r[k].trim()) p.push(`missing ${k}`);
  if (p.length) return p;
  for (const k of Object.keys(r)) if (!FIELDS.has(k)) p.push(`unknown field "${k}"`);
  if (r.id !== slugify(r.wikipedia)) p.push(`id should be "${slugify(r.wikipedia)}" (slug of its Wikipedia title)`);
  if (!ENTITY_TYPES.includes(r.type)) p.push(`unknown type "${r.type}"`);
  if (r.description.length > LIMITS.description) p.push(`description is ${r.description.length} characters (max ${LIMITS.description})`);
  if (r.background.length > LIMITS.background) p.push(`background is ${r.background.length} characters (max ${LIMITS.background})`);
  const n = sentenceCount(r.background);
  if (n < LIMITS.minSentences || n > LIMITS.maxSentences) p.push(`background has ${n} sentences (2 to 4)`);
  // A brand named by its address ("Booking.com") may say its own name; no other address.
  for (const [field, text] of [['description', r.description], ['background', r.background], ['name', r.name]] as const)
    if (MARKUP_OR_URL.test(text.split(r.name).join(' '))) p.push(`${field} contains markup or a URL`);
  if (!/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(r.asOf)) p.push(`asOf "${r.asOf}" is not YYYY-MM`);
  if (!Array.isArray(r.aliases)) p.push('aliases is not a list');
  else for (const raw of r.aliases) {
    const a = normalizeAlias(raw);
    if (typeof a.text !== 'string' || !a.text.trim()) { p.push('an alias has no text'); continue; }
    if (a.text !== a.text.trim() || /\s{2,}/.test(a.text)) p.push(`alias "${a.text}" has stray spaces`);
    for (const k of Object.keys(a)) if (!ALIAS_FIELDS.has(k)) p.push(`alias "${a.text}": unknown field "${k}"`);
    if (typeof raw === 'string' && raw === r.name) p.push(`alias "${raw}" repeats the name`);
    if (a.ambiguous && !a.context?.length) p.push(`ambiguous alias "${a.text}" has no context hints`);
    if (a.safe && !a.surname) p.push(`alias "${a.text}" is safe but not a surname`);
  }
  if (r.facts && Object.values(r.facts).some((v) => typeof v !== 'string' || MARKUP_OR_URL.test(v)))
    p.push('facts must be plain strings');
  return p;
}

/** Every alias text (with the name) of a record, with its spec. */
function aliasesOf(r: KbRecord) {
  const specs = (r.aliases ?? []).map(normalizeAlias);
  const named = specs.find((a) => a.text === r.name) ?? { text: r.name };
  return [named, ...specs.filter((a) => a !== named)];
}

export function checkKnowledgeBase(items: readonly Located[], lists: CoverageLists): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const titles = new Map<string, string>();
  const byAlias = new Map<string, { r: KbRecord; ambiguous: boolean; surname: boolean }[]>();

  const today = lists.today ?? new Date().toISOString().slice(0, 10);
  for (const { record: r, where } of items) {
    for (const p of recordProblems(r)) problems.push(`${where} ${r.id ?? '?'}: ${p}`);
    if (r.checked !== undefined) for (const p of datedProblems(r, today)) problems.push(`${where} ${r.id}: ${p}`);
    if (ids.has(r.id)) problems.push(`${where} ${r.id}: duplicate id (also ${ids.get(r.id)})`);
    ids.set(r.id, where);
    if (titles.has(r.wikipedia)) problems.push(`${where} ${r.id}: duplicate Wikipedia title "${r.wikipedia}" (also ${titles.get(r.wikipedia)})`);
    titles.set(r.wikipedia, where);
    for (const a of aliasesOf(r)) {
      const list = byAlias.get(a.text) ?? [];
      list.push({ r, ambiguous: !!a.ambiguous && !!a.context?.length, surname: !!a.surname });
      byAlias.set(a.text, list);
      const bare = a.text.toLowerCase();
      if (!a.text.includes(' ') && lists.commonWords.has(bare) && a.caseSensitive !== true && !a.ambiguous && !a.surname)
        problems.push(`${where} ${r.id}: alias "${a.text}" is a common English word; mark it "caseSensitive": true or ambiguous with context`);
      if (a.caseSensitive === false && lists.commonWords.has(bare))
        problems.push(`${where} ${r.id}: alias "${a.text}" is a common English word and cannot be case-insensitive`);
    }
    for (const rel of r.related ?? []) if (rel === r.id) problems.push(`${where} ${r.id}: related to itself`);
  }
  for (const [text, owners] of byAlias) {
    // Surnames are resolved by the full name seen on the page, so they may be shared. One
    // plain reading may stand beside readings that need context: it is the form's default,
    // and another wins only where its context stands in the same paragraph (matcher).
    const plain = owners.filter((o) => !o.ambiguous && !o.surname).length;
    if (owners.length > 1 && (plain > 1 || (plain === 1 && owners.some((o) => o.surname))))
      problems.push(`alias "${text}" is shared by ${owners.map((o) => o.r.id).join(', ')}: mark it ambiguous with context hints on each`);
  }
  for (const { record: r, where } of items)
    for (const rel of r.related ?? []) if (!ids.has(rel)) problems.push(`${where} ${r.id}: related id "${rel}" has no record`);
  problems.push(...leaderAgreement(items.map((i) => i.record)));
  for (const title of lists.requiredTitles)
    if (!titles.has(title)) problems.push(`coverage: no record for "${title}"`);
  for (const [surface, title] of lists.requiredSurfaces) {
    const owners = byAlias.get(surface) ?? [];
    if (!owners.some((o) => o.r.wikipedia === title)) problems.push(`coverage: demo name "${surface}" is not an alias of "${title}"`);
  }
  return problems;
}
