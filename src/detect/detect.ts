// Placeholder verdict until the detection module lands (issue #3): Readability's check only.
import { isProbablyReaderable } from '@mozilla/readability';

export interface Verdict {
  article: boolean;
  score: number;
  reasons: string[];
  /** The element holding the article body, where names are marked. */
  container?: Element;
}

export function detectArticle(doc: Document, _url: URL): Verdict {
  const article = isProbablyReaderable(doc);
  return { article, score: article ? 1 : 0, reasons: article ? ['readerable'] : [], container: doc.querySelector('article') ?? doc.body };
}
