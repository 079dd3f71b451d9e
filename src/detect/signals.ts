/**
 * Everything detection looks at, read from the page in one go and kept as plain data, so
 * scoring (score.ts) is a pure function that tests and `npm run eval` can check on their own.
 */
import { isProbablyReaderable } from './readerable';
import { readMetadata, type PageMetadata } from './metadata';
import { walkBody, type BodyFacts } from './page-walk';
import { urlShape, type UrlShape } from './url-shape';

export type Layout = Omit<BodyFacts, 'bestParent' | 'articleBody' | 'jsonLd' | 'itemTypes' | 'itemDate' | 'itemAuthor' | 'relAuthor'>;

export interface Signals {
  url: UrlShape;
  meta: PageMetadata;
  /** Readability's own cheap check (long visible paragraphs). */
  readerable: boolean;
  layout: Layout;
}

/** What the container search needs besides the signals. */
export interface BodyAnchors { bestParent: Element | null; articleBody: Element | null }

/** Readability's check reads inline styles; jsdom (the CLI) throws on some it cannot parse
 *  (SCSS left in a style attribute). A browser never does; either way detection goes on. */
function readerable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

export function readSignals(doc: Document, url: URL): { signals: Signals; anchors: BodyAnchors } {
  const body = walkBody(doc.body ?? doc.documentElement);
  const { bestParent, articleBody, jsonLd: _j, itemTypes: _t, itemDate: _d, itemAuthor: _a, relAuthor: _r, ...layout } = body;
  return {
    signals: { url: urlShape(url), meta: readMetadata(doc, body), readerable: readerable(doc), layout },
    anchors: { bestParent, articleBody },
  };
}
