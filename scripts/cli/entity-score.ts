/**
 * Scores linked mentions against a hand-labelled page (issue #13). A prediction is right
 * when it overlaps a labelled mention and names the same Wikipedia article; every other
 * prediction is an error, sorted into a family by what it overlaps. A labelled mention is
 * found when a right prediction overlaps it. Pure; offsets are UTF-16 code units.
 */

export interface Label {
  start: number;
  end: number;
  text: string;
  title: string | null;
  type: string;
  trap?: string;
  link?: boolean;
}

/** `kind`: the record's type; "other" (products, works) is a kind the labels leave out, and
 *  "term" (ROI, PTSD) is not a name at all. */
export interface Prediction { start: number; end: number; title: string | null; surface: string; kind?: string }

/** 'unlabelled-other': a card for a product, work or concept where nothing is labelled: the
 *  labels never mark those kinds, so they cannot say whether it is right. */
export type ErrorFamily = `trap:${string}` | 'wrong-article' | 'not-linkable' | 'unlabelled-span' | 'unlabelled-other';

export interface PageScore {
  predicted: number;
  correct: number;
  /** Labelled mentions with an article that should get a card. */
  gold: number;
  found: number;
  trapHits: number;
  /** Terms explained where no name is labelled: glossary notes, not name links, so neither
   *  right nor wrong here and left out of `predicted` (a term on a labelled name is judged). */
  terms: number;
  errors: { family: ErrorFamily; surface: string; predicted: string | null; expected: string | null }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const linkable = (l: Label) => l.title !== null && l.link !== false;

export function scorePage(labels: readonly Label[], predictions: readonly Prediction[]): PageScore {
  const score: PageScore = { predicted: predictions.length, correct: 0, gold: labels.filter(linkable).length, found: 0, trapHits: 0, terms: 0, errors: [] };
  const foundLabels = new Set<Label>();
  for (const p of predictions) {
    const hit = labels.filter((l) => overlaps(l, p));
    const right = hit.find((l) => linkable(l) && l.title === p.title);
    if (right) {
      score.correct++;
      foundLabels.add(right);
      continue;
    }
    if (p.kind === 'term' && !hit.length) {
      score.predicted--;
      score.terms++;
      continue;
    }
    const trapped = hit.find((l) => l.trap);
    const family: ErrorFamily = trapped ? `trap:${trapped.trap}`
      : !hit.length ? (p.kind === 'other' ? 'unlabelled-other' : 'unlabelled-span')
      : hit.some(linkable) ? 'wrong-article' : 'not-linkable';
    if (trapped) score.trapHits++;
    score.errors.push({ family, surface: p.surface, predicted: p.title, expected: hit[0]?.title ?? null });
  }
  score.found = foundLabels.size;
  return score;
}

export interface Totals {
  pages: number; predicted: number; correct: number; gold: number; found: number; trapHits: number; terms: number; precision: number; recall: number; f1: number;
  /** Precision leaving out the cards the labels cannot judge ('unlabelled-other'). */
  precisionLabelledKinds: number;
  byFamily: Record<string, number>;
}

export function total(pages: readonly PageScore[]): Totals {
  const sum = (k: 'predicted' | 'correct' | 'gold' | 'found' | 'trapHits' | 'terms') => pages.reduce((s, p) => s + p[k], 0);
  const predicted = sum('predicted'), correct = sum('correct'), gold = sum('gold'), found = sum('found');
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? found / gold : 0;
  const byFamily: Record<string, number> = {};
  for (const e of pages.flatMap((p) => p.errors)) byFamily[e.family] = (byFamily[e.family] ?? 0) + 1;
  const judged = predicted - (byFamily['unlabelled-other'] ?? 0);
  return { pages: pages.length, predicted, correct, gold, found, trapHits: sum('trapHits'), terms: sum('terms'), precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precisionLabelledKinds: judged ? correct / judged : 0, byFamily };
}
