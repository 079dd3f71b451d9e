// @vitest-environment node
// The project's reference set itself (issue #14): well-formed everywhere; its pages
// present in the shared corpora wherever those are (development and CI machines).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPORA, indexProblems, readIndex, referenceInputs } from '../../../scripts/cli/reference-set';

const SET = resolve(import.meta.dirname, '../../fixtures/reference-set');
const CORPUS_ROOT = resolve(import.meta.dirname, '../../../../shared/corpus');
const entries = readIndex(SET);

describe('the reference set', () => {
  it('is a well-formed index with a reference text for every page', () => {
    expect(indexProblems(JSON.parse(readFileSync(join(SET, 'index.json'), 'utf8')), SET)).toEqual([]);
  });

  it('holds at least 60 pages, about half from each corpus, no page twice', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    for (const corpus of CORPORA) expect(entries.filter((e) => e.corpus === corpus).length).toBeGreaterThanOrEqual(25);
    expect(new Set(entries.map((e) => `${e.corpus}/${e.page}`)).size).toBe(entries.length);
  });

  it('gives each reference a title line, a body and no leftover markup', () => {
    for (const e of entries) {
      const lines = readFileSync(join(SET, `${e.id}.txt`), 'utf8').split('\n').filter((l) => l.trim());
      expect(lines.length, e.id).toBeGreaterThanOrEqual(3);
      expect(lines.join(' ').length, e.id).toBeGreaterThan(500);
      // Embeds' fallback markup ("<a href=…>") is page source, not text a reader sees.
      expect(lines.filter((l) => /<\/?(a|p|div|span|img|br|iframe|script|style)\b[^>]*>/i.test(l)), e.id).toEqual([]);
    }
  });
});

describe.skipIf(!existsSync(CORPUS_ROOT))('the reference set against ../shared/corpus', () => {
  it('finds every page file', () => {
    const missing = entries.filter((e) => !existsSync(join(CORPUS_ROOT, e.corpus, e.page)));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('takes WCXB pages only from its article pages', () => {
    for (const e of entries.filter((x) => x.corpus === 'wcxb-dev')) {
      const id = e.page.replace(/^html\/|\.html\.gz$/g, '');
      const truth = JSON.parse(readFileSync(join(CORPUS_ROOT, 'wcxb-dev', 'ground-truth', `${id}.json`), 'utf8'));
      expect(truth._internal.page_type.primary, e.id).toBe('article');
    }
  });

  it('becomes eval inputs that score the header with the body', () => {
    const inputs = referenceInputs(SET, CORPUS_ROOT);
    expect(inputs).toHaveLength(entries.length);
    expect(inputs.every((i) => i.reference?.header === true)).toBe(true);
  });
});
