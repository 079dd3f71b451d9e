/**
 * Every timing constant and budget in Gloss, with the reason for its value.
 * Hover values follow Wikipedia Page Previews' measured defaults (150 ms fetch, 500 ms
 * show, 300 ms hide) shortened where our data is local and needs no fetch.
 */
export const TIMING = {
  /** Detection waits for idle time, but not longer than this on a busy page. */
  detectIdleTimeoutMs: 2000,
  /** Longest slice of annotation work before yielding: under the 50 ms long-task line. */
  annotateSliceMs: 8,
  /** New content (live blogs, infinite scroll) is batched for this long before matching. */
  mutationBatchMs: 250,
  /** Pointer must rest on a name this long before a card shows: long enough to skip
   *  passing pointers, short enough to feel immediate (Page Previews uses 500 ms with a fetch). */
  hoverDwellMs: 300,
  /** Grace period after leaving a name or card; lets the pointer travel into the card. */
  hoverHideMs: 300,
  /** A pointer moving faster than this (px per ms) is travelling, not reading (10ten uses 0.5). */
  pointerTravelSpeed: 0.5,
  /** A fast pointer that then stays still this long is looked at again, as resting. */
  pointerSettleMs: 80,
  /** Hovers right after a scroll come from content moving under a still pointer. */
  scrollQuietMs: 200,
  /** Card fade; 0 under prefers-reduced-motion. */
  cardFadeMs: 150,
  /** After a page's first card, a card shows "Loading…" only when its record takes longer
   *  than this. A running background answers in about 4 ms and a woken one in about 25 ms
   *  (bench): a placeholder painted first flashed for a few ms and held the complete card
   *  back to the next frame (up to 16 ms more); src/cards/loading-card.ts. */
  cardLoadingAfterMs: 100,
  /** Reading-view settings (theme, size, width) are saved this long after the last click:
   *  a saved change restarts name marking on the page, so a run of A+ clicks saves once. */
  readerPrefsSaveMs: 800,
  /** The reading view's second list of what was removed re-reads the page: it waits for
   *  idle time after the view is painted, but no longer than this, so the list is there
   *  before a reader gets to its button. */
  readerIdleWorkMs: 1000,
  /** Past this many elements, clean mode first shows its view with "Preparing the clean
   *  view…" and reads the page after that frame is painted, then paints the article's
   *  beginning before the rest (issue #14, item 4). In the bench, the pages whose view
   *  took over 100 ms to paint had from about 900 elements up (wcxb-0272: 937 elements,
   *  175 ms; wcxb-4264: 1,757, over a second on a busy machine), and the 100,000-node
   *  hostile page took 3-4 s in Chromium, 8 s in Firefox; the demo and the fixture pages,
   *  under 800, open within a few frames and show the article at once (the page sees one
   *  element added). */
  readerProgressElements: 800,
  /** Text painted first on such a page: a few screens of reading, cheap to parse. */
  readerFirstScreenChars: 6000,
  /** The open popup asks its tab for status this often: name marking runs in idle slices
   *  after a toggle, so the count grows while the popup is open (#6). One small message. */
  popupStatusRefreshMs: 700,
  /** "Saved" stays announced in the options page this long after a change (#6). */
  savedNoticeMs: 2500,
  /** A saved article's Blob URL is revoked this long after its download starts: the browser
   *  reads the Blob after the click returns, and a URL revoked at once can fail the download
   *  (Firefox); kept longer, the copy would stay in memory for nothing (#15). */
  savedFileUrlMs: 10_000,
  /** Read aloud (#15): an empty voice list may still be filling this long. Chromium lists
   *  its voices some hundreds of ms after the first ask (up to about a second through
   *  speech-dispatcher); until then the player says it is looking instead of showing a
   *  Play button that would do nothing, or "no voice" that would be wrong. */
  voicesSettleMs: 1000,
  /** Read aloud keeps the sentence being read in view, except this long after the reader
   *  scrolled: their own scrolling wins. */
  readAloudScrollQuietMs: 3000,
} as const;

/** Budgets the benchmark reports as pass/fail (npm run bench), with why. */
export const BUDGETS = {
  /** Matching may cost at most this multiple of a plain tokenisation pass. */
  matcherVsTokenizeRatio: 4,
  /** Names on the same page with the grown knowledge base vs the 1,892 records of issue
   *  #12's start, and with a synthetic one 10× the shipped: pages must not pay for growth. */
  namesGrowthRatio: 1.2,
  namesScaledRatio: 2,
  /** Browsers flag tasks over 50 ms as long: they delay input. */
  longTaskMs: 50,
  /** Above this many marks only those near the viewport are registered as highlights:
   *  Chromium rebuilds every highlight's markers after any DOM change on the page and
   *  repaints their text, 17 ms a change with 1,078 marks against 1.2 ms with none. */
  highlightAllMarks: 200,
  /** The content script runs on every page: its initial chunk must stay small. Detection,
   *  settings and messaging fit; names, cards and clean mode load later (issue #17). */
  contentInitialGzipKb: 15,
  /** Main-thread script Gloss adds to a page that is not an article (median over pages):
   *  about what a minimal content script costs, since such a page gets detection only. */
  pageScriptOtherMs: 6,
  /** The same on article pages (median, and the 90th percentile): detection, reading the
   *  article's text and marking the names the background found. */
  pageScriptArticleMs: 12,
  pageScriptArticleP90Ms: 25,
  /** JS heap a tab gains (median over pages, after garbage collection). */
  heapOtherMb: 1,
  heapArticleMb: 2,
  /** One frame at 60 Hz from record arrival to painted card. */
  cardPaintMs: 16,
  /** Heap the demo tab may keep after 40 clean-mode toggles: a view or a clone of the page
   *  kept per toggle would be several times this. */
  toggleHeapGrowthMb: 2,
  /** Clean view: Gloss's own work from the toggle to the view ready to paint (extraction,
   *  second readings, sanitizing, building the view), as a multiple of Readability.parse
   *  alone on the same page in the same run, over the demo, fixtures and corpus pages
   *  (issue #14, item 4). The frame the browser waits for is not Gloss's and is left out;
   *  Gloss reads the page more than once (a second opinion, the prose root) and cleans
   *  what Readability keeps, so twice one parse on the median page, three times at p90. */
  cleanWorkVsReadabilityMedian: 2,
  cleanWorkVsReadabilityP90: 3,
  /** Toggle to first paint of the view at p90 over the same pages: within 100 ms the
   *  response feels immediate (RAIL); a large page paints its progress state by then. */
  cleanFirstPaintP90Ms: 100,
  /** A card's record from a service worker the browser had stopped (it stops idle ones
   *  after 30 s): the wake must not parse every record (issue #12, ADR 4). Median. */
  recordAfterWakeMs: 50,
  /** The same from a running background, a record not asked before. Median. */
  recordWarmMs: 5,
} as const;
