/** What the popup and other parts learn about a tab's page. */
export interface PageStatus {
  host: string;
  /** Detection verdict; null until detection has run. */
  article: boolean | null;
  score: number;
  reasons: string[];
  readerOpen: boolean;
  /** Why clean mode could not open, in words for the reader. */
  readerError?: string;
  /** Distinct names marked on the page (0 when cards are off). */
  names: number;
  cardsEnabled: boolean;
}

export function initialStatus(host: string): PageStatus {
  return { host, article: null, score: 0, reasons: [], readerOpen: false, names: 0, cardsEnabled: false };
}
