import type { BackgroundAnswers } from './background.ts';
/** The shapes of the browser figures (bench/results.json "browser"). */
import type { BenchPage } from './pages.ts';
import type { TaskFigure, TraceFigures } from './trace.ts';

/** Said of a page whose own main thread never frees up: no figure of Gloss's can be taken. */
export const PAGE_HUNG = 'the page itself never went idle';

export interface Repeats { load: number; reader: number; cards: number }
/** DOM changes the page makes of its own per page-change figure: enough to average out frames. */
export const PAGE_CHANGES = 30;
export const DEFAULT_REPEATS: Repeats = { load: 3, reader: 5, cards: 6 };

export interface LoadRun {
  /** CDP Performance TaskDuration over the run. */
  taskMs: number;
  /** Sum of the page main thread's tasks in the trace. */
  mainThreadMs: number;
  /** Sampled time with extension code on the stack (0 without the extension). */
  extensionJsMs: number;
  /** V8 compiling the extension's scripts, from trace events (not in extensionJsMs). */
  extensionCompileMs?: number;
  heapBytes: number;
  /** Tasks over BUDGETS.longTaskMs in the trace, with the extension's share of each. */
  longTasks: TaskFigure[];
  /** The same as the page's own PerformanceObserver('longtask') saw them (durations). */
  observedLongTasks: number[];
  windowMs: number;
}

/** Where a traced interaction's main-thread time went. */
export type Phases = Omit<TraceFigures, 'longTasks'>;
export const phases = ({ longTasks: _, ...rest }: TraceFigures): Phases => rest;

export interface ExtensionLongTask extends TaskFigure { run: number }

export interface PageFigures {
  id: string;
  group: BenchPage['group'];
  url: string;
  article: boolean | null;
  /** The corpus's label where there is one, else Gloss's own verdict. */
  kind: 'article' | 'other';
  names: number;
  with: LoadRun[];
  without: LoadRun[];
  /** Median sampled time in extension code during load: the content script's main-thread time. */
  extensionJsMs: number;
  /** Median V8 compile of the extension's scripts per load (trace events; not in extensionJsMs). */
  extensionCompileMs?: number;
  /** Median main-thread task time (trace) with and without the extension. */
  mainThreadWithMs: number;
  mainThreadWithoutMs: number;
  /** Median CDP TaskDuration with minus without (includes style and layout the extension causes). */
  extensionTaskMs: number;
  heapAddedBytes: number;
  /** Long tasks in runs with the extension that the extension caused (see causedByExtension). */
  extensionLongTasks: ExtensionLongTask[];
  longestWithMs: number;
  longestWithoutMs: number;
  /** Clean view, per open: `openMs` toggle → first paint; `workMs` Gloss's own work from the
   *  toggle to the view ready to paint (no frame waits), `phasesMs` its medians by phase;
   *  `ratio` median work / median Readability.parse alone. `trace` breaks down the second
   *  (traced) open. */
  reader: { openMs: number[]; workMs: number[]; phasesMs: Record<string, number>; readabilityMs: number[]; ratio: number;
    error?: string; longTasksMs: number[]; trace?: Phases };
  /** One DOM change of the page's own: style + layout + paint per change, with and
   *  without the extension (pages with names marked only). */
  pageChange?: { withMs: number; withoutMs: number };
  /** Cards: `trace` sums the phases over all the cards opened. */
  cards: { paintMs: number[]; nextFrameMs: number[]; trace?: Phases };
  /** The demo page only: heap after garbage collection before and after many clean-mode
   *  toggles, so a view or a document clone kept per toggle shows. */
  toggles?: { count: number; heapGrowthBytes: number };
  error?: string;
}

export interface BrowserFigures {
  chromium: string;
  repeats: Repeats;
  pages: PageFigures[];
  /** Records answered by the background after a wake and warm (background.ts). */
  background?: BackgroundAnswers | { error: string };
}

