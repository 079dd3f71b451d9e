import { describe, expect, it } from 'vitest';
import { delimiterOf, formatCsv, parseCsv } from './csv';

describe('CSV', () => {
  it('reads quoted cells, doubled quotes and line breaks inside quotes, with starting lines', () => {
    const text = 'name,description\r\n"Doe, Jane","She said ""hi""\nand left"\r\nPlain,row\n';
    const r = parseCsv(text);
    expect(r).toEqual({ ok: true, rows: [
      { line: 1, cells: ['name', 'description'] },
      { line: 2, cells: ['Doe, Jane', 'She said "hi"\nand left'] },
      { line: 4, cells: ['Plain', 'row'] },
    ] });
  });

  it('skips blank lines but keeps counting them', () => {
    const r = parseCsv('a,b\n\n\nc,d');
    expect(r.ok && r.rows.map((x) => x.line)).toEqual([1, 4]);
  });

  it('uses semicolons when the header does (spreadsheets in German)', () => {
    expect(delimiterOf('name;description;type')).toBe(';');
    const r = parseCsv('name;description\nMüller, Anna;Ärztin');
    expect(r.ok && r.rows[1]!.cells).toEqual(['Müller, Anna', 'Ärztin']);
  });

  it('says where an unclosed quote starts and where stray text follows a quote', () => {
    expect(parseCsv('name,description\nA,"never\nclosed\n')).toMatchObject({ ok: false, line: 2, problem: { key: 'glossaryErrCsvQuote' } });
    expect(parseCsv('name,description\nok,fine\n"A"x,b')).toMatchObject({ ok: false, line: 3, problem: { key: 'glossaryErrCsvAfterQuote' } });
  });

  it('round-trips anything, and defuses spreadsheet formulas on the way out', () => {
    const rows = [['name', 'description'], ['=HYPERLINK("http://x")', ' padded '], ['-1', 'a;b,"c"\nd'], ['@sum', '+x']];
    const text = formatCsv(rows);
    expect(text.split('\r\n')[1]!.startsWith(`"'=HYPERLINK`)).toBe(true);
    const back = parseCsv(text);
    expect(back.ok && back.rows.map((r) => r.cells)).toEqual(rows);
  });
});
