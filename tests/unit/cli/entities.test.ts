import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateEntities, formatEntityEval } from '../../../scripts/cli/entities';
import { scorePage, total } from '../../../scripts/cli/entity-score';

const root = mkdtempSync(join(tmpdir(), 'gloss-entities-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A corpus page and its labels: `marks` are [surface, title] in text order. */
function page(id: string, text: string, marks: [string, string | null][], labels: string) {
  mkdirSync(join(root, 'corp', 'ground-truth'), { recursive: true });
  writeFileSync(join(root, 'corp', 'ground-truth', `${id}.json`), JSON.stringify({ ground_truth: { main_content: text } }));
  let from = 0;
  const mentions = marks.map(([surface, title]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: from, text: surface, title, type: 'place' };
  });
  writeFileSync(join(labels, `corp-${id}.json`), JSON.stringify({ corpus: 'corp', page: id, textLength: text.length,
    textSha256: createHash('sha256').update(text, 'utf8').digest('hex'), mentions }));
}

describe('evaluateEntities', () => {
  const labels = join(root, 'labels');
  mkdirSync(labels, { recursive: true });
  page('0001', 'Officials in Qatar met envoys from Egypt on Tuesday.', [['Qatar', 'Qatar'], ['Egypt', 'Egypt']], labels);
  page('0002', 'Farmers near Zzyzx Flats said Egypt was far away.', [['Zzyzx Flats', 'Zzyzx, California'], ['Egypt', 'Egypt']], labels);
  writeFileSync(join(labels, 'kb-tuned.json'), JSON.stringify({ pages: ['0001'] }));

  it('scores linked mentions against the labels, and the tuned pages apart from the others', () => {
    const e = evaluateEntities(labels, root);
    expect(e.pages).toBe(2);
    expect(e.gloss.gold).toBe(4);
    expect(e.gloss.found).toBe(3); // Zzyzx Flats has no record
    expect(e.gloss.precision).toBe(1);
    expect(e.split?.tuned.recall).toBe(1);
    expect(e.split?.heldOut.recall).toBe(0.5);
    expect(formatEntityEval(e)).toMatch(/other 1 pages \(names not looked at\): precision 1\.000, recall 0\.500/);
  });

  it('skips a page whose corpus text is not the one labelled', () => {
    const other = join(root, 'labels-changed');
    mkdirSync(other, { recursive: true });
    page('0003', 'Qatar and Egypt.', [['Qatar', 'Qatar']], other);
    writeFileSync(join(root, 'corp', 'ground-truth', '0003.json'), JSON.stringify({ ground_truth: { main_content: 'Qatar and Egypt!' } }));
    page('0004', 'Qatar again.', [['Qatar', 'Qatar']], other);
    const e = evaluateEntities(other, root);
    expect(e.pages).toBe(1);
    expect(e.skipped[0]).toMatch(/0003.*not the one labelled/);
  });
});

describe('scorePage', () => {
  const labels = [{ start: 0, end: 5, text: 'Qatar', title: 'Qatar', type: 'place' }];
  it('sets apart the cards for kinds the labels never mark, and judges precision without them too', () => {
    const s = scorePage(labels, [
      { start: 0, end: 5, title: 'Qatar', surface: 'Qatar', kind: 'country' },
      { start: 10, end: 17, title: 'ChatGPT', surface: 'ChatGPT', kind: 'other' },
      { start: 20, end: 25, title: 'Doha', surface: 'Doha', kind: 'place' },
    ]);
    expect(s.errors.map((e) => e.family)).toEqual(['unlabelled-other', 'unlabelled-span']);
    const t = total([s]);
    expect(t.precision).toBeCloseTo(1 / 3);
    expect(t.precisionLabelledKinds).toBeCloseTo(1 / 2);
  });

  it('counts a term on unlabelled text apart from name links, and judges a term that lands on a labelled name', () => {
    const s = scorePage(labels, [
      { start: 0, end: 5, title: 'Return on investment', surface: 'Qatar', kind: 'term' },
      { start: 30, end: 33, title: 'Return on investment', surface: 'ROI', kind: 'term' },
    ]);
    expect(s.terms).toBe(1);
    expect(s.predicted).toBe(1);
    expect(s.errors.map((e) => e.family)).toEqual(['wrong-article']);
    expect(total([s]).terms).toBe(1);
  });
});
