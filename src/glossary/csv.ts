/**
 * CSV for the glossary (RFC 4180: quoted fields, "" inside quotes, line breaks inside
 * quotes). Each row keeps the line it starts on, for error messages. Spreadsheets saved
 * in German and other locales separate with ";", so the header line decides.
 */
import type { Problem } from './entry';

export interface CsvRow { line: number; cells: string[] }

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; line: number; problem: Problem };

export function delimiterOf(headerLine: string): ',' | ';' {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** A spreadsheet runs a cell starting with one of these as a formula: exported cells get
 *  a leading apostrophe (CSV injection), which the import takes off again. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = delimiterOf(text.slice(0, text.search(/\r?\n|$/)));
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;

  const endCell = () => {
    cells.push(cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') { quoted = false; afterQuote = true; }
      else { if (c === '\n') line++; cell += c; }
      continue;
    }
    if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (afterQuote) {
      if (c !== ' ' && c !== '\t') return { ok: false, line, problem: { key: 'glossaryErrCsvAfterQuote', subs: [] } };
    } else if (c === '"' && cell.trim() === '') { quoted = true; quoteLine = line; cell = ''; }
    else cell += c;
  }
  if (quoted) return { ok: false, line: quoteLine, problem: { key: 'glossaryErrCsvQuote', subs: [] } };
  if (cell !== '' || cells.length) endRow();
  return { ok: true, rows };
}

function quote(cell: string, delimiter: string): string {
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((r) => r.map((c) => quote(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
