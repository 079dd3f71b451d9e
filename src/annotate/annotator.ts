/**
 * Annotates one root (the article container, or the reading view): reads its text in idle
 * slices, has the names in it found (by the background's warm matcher: `find`), and shows
 * them as highlights. Content added later is picked up in batches; since highlights change
 * no DOM, Gloss's own work never re-triggers it.
 */
import { firstMentions, type Mention } from '../matcher/mention';
import { runSliced } from '../schedule/slices';
import { TIMING } from '../timing';
import { createCollector, GLOSS_TAG_PREFIX, type Collected } from './collect';
import { MarkIndex, markBuilder, type HighlightLayer } from './marks';

export interface AnnotateOptions {
  /** The names in a text, with offsets into it. */
  find: (text: string) => Promise<Mention[]>;
  /** Whether a mention may be marked (entity types switched on, "Not this" corrections). */
  keep: (m: Mention) => boolean;
  /** Which mentions are marked at their entity's first appearance only (all of them when the
   *  reader chose "first mention", terms always). */
  firstOnly: (m: Mention) => boolean;
  /** Found and hoverable, but not underlined (issue #16: "no underlines"). */
  quiet?: boolean;
  layer: HighlightLayer;
  signal: AbortSignal;
  onUpdate?: (marks: MarkIndex) => void;
}

export interface Annotator {
  readonly index: MarkIndex;
  /** Resolves when the pass under way (if any) has finished. */
  settled(): Promise<void>;
  /** A pass is under way: what `settled()` waits for. */
  busy(): boolean;
  refresh(): void;
  stop(): void;
}

export function annotate(root: Element | ShadowRoot, opts: AnnotateOptions): Annotator {
  const controller = new AbortController();
  const signal = AbortSignal.any([opts.signal, controller.signal]);
  const doc = (root as Node).ownerDocument ?? document;
  let index = new MarkIndex([]);
  let running: Promise<void> | null = null;
  let dirty = false;
  let lastPassMs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function pass(): Promise<void> {
    const started = performance.now();
    // Reading and range building run in idle slices: on a 100,000-node page or a 1 MB
    // paragraph each is hundreds of milliseconds of work (issue #8). Matching happens
    // elsewhere, off the page's main thread.
    const collector = createCollector(root);
    await runSliced((timeUp) => collector.step(timeUp), signal);
    const collected: Collected = collector.result();
    let mentions = (await opts.find(collected.text)).filter(opts.keep);
    if (signal.aborted) return;
    mentions = firstMentions(mentions, opts.firstOnly);
    const builder = markBuilder(collected, mentions, doc);
    await runSliced((timeUp) => builder.step(timeUp), signal);
    const marks = builder.marks;
    if (signal.aborted) return;
    index = new MarkIndex(marks);
    if (!opts.quiet) opts.layer.set(api, marks.map((m) => m.range));
    opts.onUpdate?.(index);
    lastPassMs = performance.now() - started;
  }

  function schedule(): void {
    if (signal.aborted) return;
    if (running) { dirty = true; return; }
    running = pass()
      .catch((e) => { if (!signal.aborted) console.debug('[Gloss] annotation pass failed', e); })
      .finally(() => {
        running = null;
        if (dirty && !signal.aborted) {
          dirty = false;
          // Pages that rewrite themselves constantly get at most a pass per few of our own
          // pass durations: CPU stays bounded whatever the page does.
          clearTimeout(timer);
          timer = setTimeout(schedule, Math.max(TIMING.mutationBatchMs, lastPassMs * 4));
        }
      });
  }

  /** A change inside Gloss's own UI below `root` (a card, the reading view's host at the
   *  end of <body>): not the page's text, nothing to mark again. */
  const ours = (n: Node): boolean => {
    for (let e = n instanceof Element ? n : n.parentElement; e && e !== root; e = e.parentElement)
      if (e.tagName.startsWith(GLOSS_TAG_PREFIX)) return true;
    return false;
  };
  const glossNode = (n: Node) => n instanceof Element && n.tagName.startsWith(GLOSS_TAG_PREFIX);
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => !ours(r.target)
      && !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(glossNode)));
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(schedule, TIMING.mutationBatchMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  // The page-lifetime signal outlives this root (the reading view's article comes and goes
  // with every toggle): its listener must go with the root, or it keeps the root alive.
  const stopWithPage = () => api.stop();
  const api: Annotator = {
    get index() { return index; },
    settled: async () => { while (running) await running; },
    busy: () => running !== null,
    refresh: schedule,
    stop() {
      opts.signal.removeEventListener('abort', stopWithPage);
      controller.abort();
      observer.disconnect();
      clearTimeout(timer);
      opts.layer.clear(api);
      index = new MarkIndex([]);
    },
  };
  opts.signal.addEventListener('abort', stopWithPage, { once: true });
  schedule();
  return api;
}
