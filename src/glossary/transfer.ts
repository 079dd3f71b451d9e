/**
 * Import and export of the glossary as JSON or CSV (issue #6). An import is checked in
 * full first and reports every problem with its line; with any problem, nothing changes.
 */
import { FIELDS, GLOSSARY_LIMITS, checkDraft, type Field, type GlossaryEntry, type Problem } from './entry';
import { mergeEntries, type Incoming, type LineProblem, type MergeResult } from './collection';
import { parseJsonWithLines, JsonSyntaxError, type ParsedJson } from './json-lines';
import { formatCsv, parseCsv } from './csv';

export type Format = 'json' | 'csv';
export const FILE_FORMAT = 'gloss-glossary';
export const FILE_VERSION = 1;

export type ImportResult =
  | { ok: true; entries: GlossaryEntry[]; added: number; updated: number }
  | { ok: false; problems: LineProblem[] };

/** By file name, else by the first character (a JSON file starts with [ or {). */
export function formatOf(fileName: string, text: string): Format {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|txt)$/i.test(fileName)) return 'csv';
  return /^\ufeff?\s*[[{]/.test(text) ? 'json' : 'csv';
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (line: number | null, p: Problem): LineProblem => ({ ...p, line });

function fromJson(text: string): { incoming: Incoming[]; problems: LineProblem[] } {
  let parsed: ParsedJson;
  try {
    parsed = parseJsonWithLines(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { incoming: [], problems: [at(e.line, { key: 'glossaryErrJsonSyntax', subs: [String(e.column)] })] };
    throw e;
  }
  const { value, where } = parsed;
  let list: unknown = value;
  if (isObj(value)) {
    const version = value.version;
    if (typeof version === 'number' && version > FILE_VERSION)
      return { incoming: [], problems: [at(1, { key: 'glossaryErrNewerFile', subs: [String(version)] })] };
    list = value.entries;
  }
  if (!Array.isArray(list)) return { incoming: [], problems: [at(1, { key: 'glossaryErrJsonShape', subs: [] })] };
  const incoming: Incoming[] = [];
  const problems: LineProblem[] = [];
  const items = where.get(list);
  list.forEach((item: unknown, i: number) => {
    if (!isObj(item)) { problems.push(at(items?.fields.get(String(i)) ?? null, { key: 'glossaryErrNotEntry', subs: [] })); return; }
    const place = where.get(item);
    const line = place?.line ?? null;
    const { draft, problems: found } = checkDraft(item);
    // A field's own line is the most precise place; the entry's line otherwise.
    for (const p of found) problems.push(at((p.field && place?.fields.get(p.field)) || line, p));
    if (draft) incoming.push({ draft, line });
  });
  return { incoming, problems };
}

function fromCsv(text: string): { incoming: Incoming[]; problems: LineProblem[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { incoming: [], problems: [at(parsed.line, parsed.problem)] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { incoming: [], problems: [] };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const problems: LineProblem[] = [];
  for (const c of columns)
    if (!(FIELDS as readonly string[]).includes(c)) problems.push(at(header.line, { key: 'glossaryErrCsvColumn', subs: [c, FIELDS.join(', ')] }));
  if (!columns.includes('name') || !columns.includes('description'))
    problems.push(at(header.line, { key: 'glossaryErrCsvHeader', subs: [] }));
  if (problems.length) return { incoming: [], problems };
  const incoming: Incoming[] = [];
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      problems.push(at(row.line, { key: 'glossaryErrCsvCells', subs: [String(row.cells.length), String(columns.length)] }));
      continue;
    }
    const raw = Object.fromEntries(columns.map((c, i) => [c as Field, row.cells[i]!]));
    const { draft, problems: found } = checkDraft(raw);
    problems.push(...found.map((p) => at(row.line, p)));
    if (draft) incoming.push({ draft, line: row.line });
  }
  return { incoming, problems };
}

/** Reads a whole file against the current glossary; `ok` only when every line is good. */
export function importGlossary(text: string, format: Format, existing: readonly GlossaryEntry[]): ImportResult {
  if (new TextEncoder().encode(text).length > GLOSSARY_LIMITS.fileBytes)
    return { ok: false, problems: [at(null, { key: 'glossaryErrFileTooBig', subs: [String(GLOSSARY_LIMITS.fileBytes / 1_000_000)] })] };
  const { incoming, problems } = format === 'json' ? fromJson(text) : fromCsv(text);
  if (!problems.length && !incoming.length) return { ok: false, problems: [at(null, { key: 'glossaryErrEmptyFile', subs: [] })] };
  // Clashes between good entries are still worth reporting alongside field problems.
  const merged: MergeResult = mergeEntries(existing, incoming);
  const all = [...problems, ...merged.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (all.length) return { ok: false, problems: all };
  return { ok: true, entries: merged.entries, added: merged.added, updated: merged.updated };
}

const exported = (e: GlossaryEntry) => ({ name: e.name, aliases: e.aliases, type: e.type, description: e.description, background: e.background });

export function exportJson(entries: readonly GlossaryEntry[]): string {
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, entries: entries.map(exported) }, null, 2) + '\n';
}

export function exportCsv(entries: readonly GlossaryEntry[]): string {
  return formatCsv([[...FIELDS], ...entries.map((e) => [e.name, e.aliases.join(' | '), e.type, e.description, e.background])]);
}
