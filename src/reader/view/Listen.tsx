/**
 * Read aloud in the reading view (issue #15): a Listen button opens a small player; the
 * sentence being read is highlighted (CSS Highlight API, as names are) and kept in view
 * unless the reader has just scrolled. Stops when the view closes. Keys in the view:
 * `p` plays or pauses, `,` and `.` go to the previous or next paragraph.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { RATE_RANGE } from '../../settings/schema';
import { deleteHighlight, setHighlight, speechEngine } from '../../platform/capabilities';
import { sentencesOf, type Sentence } from '../listen/sentences';
import { Speaker, type SpeakerState } from '../listen/speaker';
import { spokenText } from '../listen/pronounce';
import type { ViewPrefs } from './prefs';
import type { Translate } from './strings';
import { queryView } from './slotted';
import { scrollBehavior } from '../../page-ui/scroll';
import { TIMING } from '../../timing';

export const READING_HIGHLIGHT = 'gloss-reading';
const BLOCKS = 'h1.title, .body :is(p, li, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, td, th)';
const MAX_VOICES = 60;
const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2].filter((r) => r >= RATE_RANGE.min && r <= RATE_RANGE.max);

interface Prepared { sentences: Sentence[]; blocks: Element[] }

function prepare(scroller: HTMLElement, lang: string | undefined): Prepared {
  const all = queryView(scroller, BLOCKS);
  // Only innermost blocks: a list item holding a paragraph is read once.
  const blocks = all.filter((b) => !all.some((o) => o !== b && b.contains(o)));
  return { blocks, sentences: sentencesOf(blocks.map((b) => b.textContent ?? ''), lang) };
}

/** The Range of [start, end) in `block`'s text. */
function rangeIn(block: Element, start: number, end: number): Range | null {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = block.ownerDocument.createRange();
  let at = 0;
  let started = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (!started && start < at + len) { range.setStart(n, start - at); started = true; }
    if (started && end <= at + len) { range.setEnd(n, end - at); return range; }
    at += len;
  }
  return null;
}

export interface ListenProps {
  t: Translate;
  /** The view's scrolling element, read in effects and handlers (there once mounted). */
  scroller: RefObject<HTMLElement | null>;
  lang: string | undefined;
  prefs: ViewPrefs;
  onPrefs(change: (current: ViewPrefs) => Partial<ViewPrefs>): void;
  /** Names' respellings for the voice (record `pronunciation`), asked when the player opens. */
  pronunciations?(): Promise<ReadonlyMap<string, string>>;
}

export function Listen({ t, scroller: view, lang, prefs, onPrefs, pronunciations }: ListenProps) {
  const forms = useRef<ReadonlyMap<string, string>>(new Map());
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<SpeakerState>({ playing: false, paused: false, at: 0 });
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  const speaker = useRef<{ s: Speaker; p: Prepared } | null>(null);
  const userScrolled = useRef(0);
  const engine = speechEngine();
  const button = useRef<HTMLButtonElement>(null);
  const onButton = () => { if (open) { speaker.current?.s.stop(); deleteHighlight(READING_HIGHLIGHT); } setOpen(!open); };
  // The view's names are marked by the time a reader opens the player; their respellings
  // arrive before the first sentence is usually spoken, and a late answer only means the
  // first names are read as written.
  useEffect(() => {
    if (!open || !pronunciations) return;
    let live = true;
    pronunciations().then((m) => { if (live) forms.current = m; }, () => undefined);
    return () => { live = false; };
  }, [open, pronunciations]);

  // Voices arrive asynchronously in Chromium (an empty list first, then "voiceschanged");
  // Firefox knows them at once. An empty list is believed only after TIMING.voicesSettleMs;
  // read before paint, so Firefox never shows the wait.
  useLayoutEffect(() => {
    if (!open || !engine) return;
    const read = (final: boolean) => {
      const found = engine.getVoices();
      if (found.length > 0 || final) setVoices(found);
    };
    const onChange = () => read(false);
    read(false);
    engine.addEventListener('voiceschanged', onChange);
    const settle = setTimeout(() => read(true), TIMING.voicesSettleMs);
    return () => { engine.removeEventListener('voiceschanged', onChange); clearTimeout(settle); };
  }, [open]);

  // Stop and forget when the view closes: a layout effect's cleanup runs as the view is
  // unmounted, not a frame later, so no highlight or voice outlives the view.
  useLayoutEffect(() => () => { speaker.current?.s.stop(); deleteHighlight(READING_HIGHLIGHT); }, []);

  useEffect(() => {
    const scroller = view.current;
    if (!scroller) return;
    const controller = new AbortController();
    const mark = () => { userScrolled.current = performance.now(); };
    for (const type of ['wheel', 'touchmove']) scroller.addEventListener(type, mark, { passive: true, signal: controller.signal });
    scroller.addEventListener('keydown', (e) => {
      if ((e.target as Element | null)?.closest?.('input, select, textarea') || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'p' && open) { e.preventDefault(); toggle(); } else if ((e.key === ',' || e.key === '.') && speaker.current) {
        e.preventDefault();
        speaker.current.s.step(e.key === '.' ? 1 : -1);
      } else if (['PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', ' ', 'Home', 'End'].includes(e.key)) mark();
    }, { signal: controller.signal });
    return () => controller.abort();
  }, [view, open]);

  const show = (st: SpeakerState) => {
    setState(st);
    const current = speaker.current;
    if (!current || !st.playing) { deleteHighlight(READING_HIGHLIGHT); return; }
    const sentence = current.p.sentences[st.at];
    const block = sentence && current.p.blocks[sentence.block];
    const range = block && rangeIn(block, sentence.start, sentence.end);
    if (!range) return;
    setHighlight(READING_HIGHLIGHT, [range]);
    const scroller = view.current;
    if (scroller && performance.now() - userScrolled.current > TIMING.readAloudScrollQuietMs) {
      const r = range.getBoundingClientRect();
      if (r.top < 80 || r.bottom > innerHeight - 60) scroller.scrollBy({ top: r.top - innerHeight / 3, behavior: scrollBehavior() });
    }
  };

  const ensure = () => {
    if (speaker.current || !engine || !view.current) return speaker.current;
    const p = prepare(view.current, lang);
    const s = new Speaker(engine, p.sentences, (text) => new SpeechSynthesisUtterance(spokenText(text, forms.current)), show, lang);
    s.rate = prefs.rate;
    s.voice = engine.getVoices().find((v) => v.name === prefs.voice) ?? null;
    speaker.current = { s, p };
    return speaker.current;
  };
  function toggle() { ensure()?.s.toggle(); }

  const noVoice = !engine || (voices !== null && voices.length === 0);
  const looking = !noVoice && voices === null;
  // The article's language first, and a list a reader can scan: espeak-ng alone offers
  // thousands of variants through speech-dispatcher.
  const base = (lang ?? 'en').slice(0, 2).toLowerCase();
  const matching = (voices ?? []).filter((v) => v.lang.toLowerCase().startsWith(base));
  const sorted = (matching.length ? matching : voices ?? []).slice(0, MAX_VOICES);
  const playing = state.playing && !state.paused;
  return (
    // Escape closes the player, not the view, and focus goes back to the Listen button.
    <span class="group listen" onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); onButton(); button.current?.focus(); } }}>
      <button type="button" ref={button} data-action="listen" aria-expanded={open} aria-controls="gloss-player" onClick={onButton}>{t('Listen')}</button>
      {open && (
        <div class="player" id="gloss-player" role="group" aria-label={t('Player')}>
          {noVoice ? <p class="warn" role="status" data-testid="no-voice">{t('NoVoice')}</p>
            : looking ? <p role="status" data-testid="voices-loading">{t('VoicesLoading')}</p> : (
            <>
              <button type="button" data-action="prev-paragraph" aria-label={t('PrevParagraph')} onClick={() => ensure()?.s.step(-1)}>⏮</button>
              <button type="button" data-action="play" aria-pressed={playing} onClick={toggle}>{playing ? t('Pause') : t('Play')}</button>
              <button type="button" data-action="next-paragraph" aria-label={t('NextParagraph')} onClick={() => ensure()?.s.step(1)}>⏭</button>
              <label>{t('Speed')}
                <select data-action="rate" value={String(prefs.rate)} onChange={(e) => {
                  const rate = Number((e.currentTarget as HTMLSelectElement).value);
                  speaker.current?.s.setRate(rate);
                  onPrefs(() => ({ rate }));
                }}>{RATES.map((r) => <option value={String(r)}>{`${r}×`}</option>)}</select>
              </label>
              <label>{t('Voice')}
                <select data-action="voice" value={prefs.voice} onChange={(e) => {
                  const voice = (e.currentTarget as HTMLSelectElement).value;
                  if (speaker.current) speaker.current.s.voice = sorted.find((v) => v.name === voice) ?? null;
                  onPrefs(() => ({ voice }));
                }}>
                  <option value="">{t('VoiceDefault')}</option>
                  {sorted.map((v) => <option value={v.name}>{`${v.name} (${v.lang})`}</option>)}
                </select>
              </label>
            </>
          )}
        </div>
      )}
    </span>
  );
}
