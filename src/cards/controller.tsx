/**
 * Cards on a page: pointer, touch and keyboard input → hover intent → one card in a
 * shadow root, filled with the record the background hands over for that one name.
 */
import { render } from 'preact';
import type { CardRecord } from '../knowledge/types';
import { createShadowHost, type ShadowHost } from '../page-ui/shadow-host';
import { scrollBehavior } from '../page-ui/scroll';
import type { Mark, MarkIndex } from '../annotate/marks';
import { setHighlight } from '../platform/capabilities';
import { HIGHLIGHT_ACTIVE } from '../annotate/mark-css';
import { Card } from './Card';
import { CARD_CSS } from './card-css';
import { HoverIntent } from './intent';
import { lineRectNear, placeCard } from './placement';
import { activeName } from './active-name';
import { loadingAfter, loadingDelayMs } from './loading-card';
import { notePainted } from '../probes/paint';
import { extensionContextGone } from '../platform/browser';
import { toBackground } from '../platform/messaging';

export interface CardsOptions {
  signal: AbortSignal;
  /** Every annotated root's marks, page first then reading view. */
  indexes(): MarkIndex[];
  entityId(entity: number): string;
  onNotThis(surface: string, id: string): void;
  dwellMs: number;
  /** When the page says it was published (ISO): cards then speak of that date too (#16). */
  published?: string | null;
  /** The extension was reloaded or removed under this page: stop everything, quietly (#8). */
  onOrphaned?(): void;
}

export interface Cards {
  step(direction: 1 | -1): void;
  /** Scrolls to `mark`, highlights it and opens its card, as the keyboard does. */
  goTo(mark: Mark): void;
  /** Opens `mark`'s card beside `anchor` (a row of the who's-who panel) without scrolling. */
  preview(mark: Mark, anchor: Element): void;
  /** The pointer left what opened a preview: the card closes after the usual grace. */
  release(): void;
  close(): void;
  setDwell(ms: number): void;
  readonly openMark: Mark | null;
}

/** The innermost element at a point, looking into open shadow roots (the reading view). */
function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

export function startCards(opts: CardsOptions): Cards {
  const { signal } = opts;
  const doc = document;
  let host: ShadowHost | null = null;
  let wrap: HTMLDivElement | null = null;
  let pointerY: number | null = null;
  let stepAt = -1;
  let returnFocus: Element | null = null;
  const cache = new Map<string, CardRecord | null>();
  /** A card with its record has been painted on this page (src/cards/loading-card.ts). */
  let painted = false;

  const ensureHost = () => {
    if (host) return;
    host = createShadowHost('gloss-card', CARD_CSS, doc);
    wrap = doc.createElement('div');
    wrap.className = 'wrap';
    wrap.addEventListener('pointerenter', () => intent.enterCard());
    wrap.addEventListener('pointerleave', (e) => { if ((e as PointerEvent).pointerType !== 'touch') intent.leaveCard(); });
    wrap.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopPropagation(); intent.close(); } });
    host.root.append(wrap);
  };

  const active = activeName<Mark>((mark) => setHighlight(HIGHLIGHT_ACTIVE, mark ? [mark.range] : []));

  /** Set while a card previews a name beside something else than its mention. */
  let anchorEl: Element | null = null;
  const anchor = (mark: Mark) => () => (anchorEl ? anchorEl.getBoundingClientRect() : lineRectNear(mark.range.getClientRects(), pointerY));

  function paint(mark: Mark, record: CardRecord | null, loading: boolean, focus: boolean): Promise<void> {
    ensureHost();
    if (!wrap) return Promise.resolve();
    const id = opts.entityId(mark.entity);
    render(
      <Card record={record} surface={mark.surface} loading={loading} published={opts.published}
        onClose={() => intent.close()}
        onNotThis={() => { intent.close(); opts.onNotThis(mark.surface, id); }} />,
      wrap,
    );
    return placeCard(anchor(mark), wrap).then((ok) => {
      if (!ok || intent.shown !== mark) return;
      wrap!.classList.add('open');
      active.show(mark);
      if (focus) (wrap!.querySelector('.card') as HTMLElement | null)?.focus();
    });
  }

  async function show(mark: Mark, focus = false) {
    const card = () => wrap!.querySelector('.card') as HTMLElement | null;
    const id = opts.entityId(mark.entity);
    const cached = cache.get(id);
    if (cached !== undefined) { void paint(mark, cached, false, focus); card()?.setAttribute('tabindex', '-1'); return; }
    // The one record this card needs, from the background's knowledge gateway: asked first,
    // so the background looks it up while a first card paints its placeholder.
    const asked = toBackground({ type: 'kb/record', id }).catch(() => null);
    const arrivedInTime = loadingAfter(loadingDelayMs(!painted), () => { if (intent.shown === mark) void paint(mark, null, true, false); });
    const record = await asked;
    arrivedInTime();
    const arrived = performance.now();
    cache.set(id, record);
    if (intent.shown === mark) {
      // npm run bench: record arrival → card rendered and placed → painted (issue #7).
      void paint(mark, record, false, focus).then(() => notePainted('card', arrived));
      painted = true;
      card()?.setAttribute('tabindex', '-1');
    }
  }

  function hide() {
    anchorEl = null;
    active.clear();
    if (wrap) { wrap.classList.remove('open'); render(null, wrap); }
    host?.remove();
    host = null;
    wrap = null;
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  const intent = new HoverIntent<Mark>({ show: (m) => void show(m, keyboardOpen), hide });
  intent.dwellMs = opts.dwellMs;
  let keyboardOpen = false;

  const markAt = (x: number, y: number): Mark | null => {
    const el = deepElementFromPoint(doc, x, y);
    if (!el) return null;
    for (const index of opts.indexes()) {
      const m = index.hit(el, x, y);
      if (m) return m;
    }
    return null;
  };

  // A content script outlives its extension in Chromium (reloaded, updated, removed): the
  // first input after that stops it instead of opening a card that can no longer be filled.
  const orphaned = (): boolean => {
    if (!extensionContextGone()) return false;
    opts.onOrphaned?.();
    return true;
  };

  let frame = 0;
  let lastMove: PointerEvent | null = null;
  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    lastMove = e;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (orphaned()) return;
      const ev = lastMove!;
      if (host && ev.composedPath().includes(host.host)) return;
      // Over Gloss's own panels the pointer is not on the page's names (the reading view,
      // where names are marked too, is the exception).
      if (ev.composedPath().some((n) => n instanceof Element && n.localName.startsWith('gloss-') && n.localName !== 'gloss-reader')) return;
      pointerY = ev.clientY;
      keyboardOpen = false;
      intent.move(ev.clientX, ev.clientY, markAt(ev.clientX, ev.clientY));
    });
  };
  const onDown = (e: PointerEvent) => {
    if (orphaned()) return;
    if (host && e.composedPath().includes(host.host)) return;
    if (e.pointerType !== 'touch' && e.pointerType !== 'pen') { if (intent.shown) intent.close(); return; }
    const m = markAt(e.clientX, e.clientY);
    pointerY = e.clientY;
    keyboardOpen = false;
    if (m) intent.open(m);
    else intent.close();
  };
  const onKey = (e: KeyboardEvent) => { if (!orphaned() && e.key === 'Escape' && intent.shown) intent.close(); };
  const onScroll = () => {
    intent.scrolled();
    const m = intent.shown;
    if (m && wrap) void placeCard(anchor(m), wrap);
  };
  const listen = { capture: true, passive: true, signal } as const;
  doc.addEventListener('pointermove', onMove, listen);
  doc.addEventListener('pointerdown', onDown, listen);
  doc.addEventListener('keydown', onKey, { capture: true, signal });
  doc.addEventListener('scroll', onScroll, listen);
  signal.addEventListener('abort', () => { cancelAnimationFrame(frame); intent.close(); hide(); }, { once: true });

  return {
    get openMark() { return intent.shown; },
    close: () => intent.close(),
    setDwell: (ms) => { intent.dwellMs = ms; },
    step(direction) {
      if (orphaned()) return;
      const marks = opts.indexes().flatMap((i) => i.marks).filter((m) => !m.range.collapsed);
      if (!marks.length) return;
      stepAt = (stepAt + direction + marks.length) % marks.length;
      this.goTo(marks[stepAt]!);
    },
    preview(mark, el) {
      if (orphaned()) return;
      anchorEl = el;
      pointerY = null;
      keyboardOpen = false;
      intent.open(mark);
    },
    release: () => intent.leaveCard(),
    goTo(mark) {
      if (orphaned()) return;
      anchorEl = null;
      const marks = opts.indexes().flatMap((i) => i.marks);
      const at = marks.indexOf(mark);
      if (at >= 0) stepAt = at;
      const rect = mark.range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) {
        const scroller = (mark.range.startContainer.parentElement?.closest('.gloss-scroll') as HTMLElement | null);
        (scroller ?? doc.scrollingElement ?? doc.documentElement).scrollBy({ top: rect.top - innerHeight / 3, behavior: scrollBehavior() });
      }
      pointerY = null;
      keyboardOpen = true;
      // Inside a shadow root (a who's-who row, the reading view) the document only knows
      // the host, which cannot take focus back: remember the element itself.
      if (!returnFocus) {
        let active = doc.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        returnFocus = active;
      }
      intent.open(mark);
    },
  };
}
