import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from './entry';
import { exportCsv, exportJson, formatOf, importGlossary } from './transfer';

const farouk: GlossaryEntry = {
  id: 'nadia-farouk', name: 'Nadia Farouk', aliases: ['N. Farouk'], type: 'person',
  description: 'Gulf correspondent of The Meridian Ledger', background: '',
};

describe('glossary import', () => {
  it('imports a JSON list and reports what was added and updated', () => {
    const text = JSON.stringify([
      { name: 'Nadia Farouk', description: 'Now the paper’s Gulf editor', aliases: ['Farouk'] },
      { name: 'Meridian Ledger', aliases: ['The Meridian Ledger'], type: 'Organization', description: 'A news site' },
    ], null, 2);
    const r = importGlossary(text, 'json', [farouk]);
    expect(r).toMatchObject({ ok: true, added: 1, updated: 1 });
    if (!r.ok) return;
    expect(r.entries.map((e) => e.id)).toEqual(['nadia-farouk', 'meridian-ledger']);
    expect(r.entries[0]!.description).toBe('Now the paper’s Gulf editor');
    expect(r.entries[1]!.type).toBe('organization');
  });

  it('accepts its own export format and round-trips JSON and CSV', () => {
    const entries: GlossaryEntry[] = [farouk, { id: 'qe', name: 'quantitative easing', aliases: ['QE'], type: 'other',
      description: 'Central banks buying bonds, "to ease" credit', background: 'Line one.\nLine two, with a comma.' }];
    for (const [text, format] of [[exportJson(entries), 'json'], [exportCsv(entries), 'csv']] as const) {
      const r = importGlossary(text, format, []);
      expect(r.ok, format).toBe(true);
      if (r.ok) expect(r.entries.map(({ id: _, ...e }) => e), format).toEqual(entries.map(({ id: _, ...e }) => e));
    }
  });

  it('reports every problem of a JSON file with its line, and returns no entries', () => {
    const text = [
      '[',                                              // 1
      '  { "name": "Good One", "description": "fine" },', // 2
      '  { "name": "X",',                                // 3
      '    "description": "too short a name" },',        // 4
      '  { "name": "Missing Description" },',           // 5
      '  { "name": "Typo", "descripton": "oops", "description": "d" },', // 6
      '  { "name": "Bad Type", "type": "planet", "description": "d" },', // 7
      '  "just a string",',                             // 8
      '  { "name": "Good One", "description": "again" }', // 9
      ']',
    ].join('\n');
    const r = importGlossary(text, 'json', []);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.key])).toEqual([
      [3, 'glossaryErrAliasShort'],
      [5, 'glossaryErrRequired'],
      [6, 'glossaryErrUnknownField'],
      [7, 'glossaryErrType'],
      [8, 'glossaryErrNotEntry'],
      [9, 'glossaryErrDuplicateName'],
    ]);
    expect(r.problems.find((p) => p.line === 9)!.subs).toEqual(['Good One', '2']);
    expect('entries' in r).toBe(false);
  });

  it('reports a JSON syntax error at its line', () => {
    const r = importGlossary('[\n {"name": "A", "description": "b"},\n {"name": "C" "description": "d"}\n]', 'json', []);
    expect(r).toMatchObject({ ok: false, problems: [{ line: 3, key: 'glossaryErrJsonSyntax', subs: ['15'] }] });
  });

  it('reports CSV header, row and cell problems with their lines', () => {
    expect(importGlossary('nom,description\nA,b', 'csv', [])).toMatchObject({
      ok: false, problems: [{ line: 1, key: 'glossaryErrCsvColumn' }, { line: 1, key: 'glossaryErrCsvHeader' }] });
    const csv = 'name,aliases,description\nGood Name,,ok\n"Two\nLines",,"fine"\nShort,,\nA,,b,extra\n';
    const r = importGlossary(csv, 'csv', []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.line, p.key])).toEqual([[5, 'glossaryErrRequired'], [6, 'glossaryErrCsvCells']]);
  });

  it('refuses a name another entry already uses, with both names', () => {
    const r = importGlossary(JSON.stringify([{ name: 'Ledger', aliases: ['N. Farouk'], description: 'd' }]), 'json', [farouk]);
    expect(r).toMatchObject({ ok: false, problems: [{ key: 'glossaryErrAliasTaken', subs: ['N. Farouk', 'Nadia Farouk'] }] });
  });

  it('refuses an empty, a wrongly shaped, a newer or an oversized file', () => {
    expect(importGlossary('[]', 'json', [])).toMatchObject({ ok: false, problems: [{ key: 'glossaryErrEmptyFile' }] });
    expect(importGlossary('{"name": "A"}', 'json', [])).toMatchObject({ ok: false, problems: [{ key: 'glossaryErrJsonShape' }] });
    expect(importGlossary('{"version": 9, "entries": []}', 'json', [])).toMatchObject({ ok: false, problems: [{ key: 'glossaryErrNewerFile' }] });
    expect(importGlossary('x'.repeat(1_000_001), 'csv', [])).toMatchObject({ ok: false, problems: [{ key: 'glossaryErrFileTooBig' }] });
  });

  it('tells the format by name, else by content', () => {
    expect(formatOf('mine.CSV', '[')).toBe('csv');
    expect(formatOf('mine.json', 'a,b')).toBe('json');
    expect(formatOf('clipboard', '\ufeff  [')).toBe('json');
    expect(formatOf('clipboard', 'name,description')).toBe('csv');
  });
});
