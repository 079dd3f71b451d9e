/** A verdict as the popup and the lifecycle see it, from weighed evidence (score.ts). */
import { THRESHOLD, type Evidence } from './score';

export interface Verdict {
  article: boolean;
  /** The evidence minus the threshold: above zero means article; further from zero, more certain. */
  score: number;
  /** Short reasons a reader understands, strongest first, those that carried the verdict. */
  reasons: string[];
  /** The element holding the article body, where names are marked. */
  container?: Element;
}

/** Enough reasons for the popup to explain the verdict without a wall of text. */
const MAX_REASONS = 4;

export function verdictOf(evidence: readonly Evidence[]): Omit<Verdict, 'container'> {
  const score = Math.round((evidence.reduce((sum, e) => sum + e.weight, 0) - THRESHOLD) * 10) / 10;
  const article = score > 0;
  const reasons = evidence
    .filter((e) => (article ? e.weight > 0 : e.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_REASONS)
    .map((e) => e.reason);
  return { article, score, reasons };
}

