/**
 * Progress, minutes left and, for three headings or more, an outline with the current
 * section marked; `]` and `[` jump to the next and previous heading (issue #15).
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentHeading, HEADING_MARGIN, headingStep, minutesLeft, OUTLINE_MIN_HEADINGS, progress, type HeadingSpot } from './navigation';
import type { Translate } from './strings';
import { queryView } from './slotted';
import { scrollBehavior } from '../../page-ui/scroll';
import { OUTLINE_HEADINGS } from '../headings';

export interface NavigatorProps {
  t: Translate;
  /** The view's scrolling element, there once the view is mounted (read in the effect,
   *  after the first paint: Reader.tsx). */
  scroller: RefObject<HTMLElement | null>;
  minutes: number;
  /** Changes when the layout does (text size, width): headings are measured again. */
  layoutKey: string;
}

function measure(scroller: HTMLElement): HeadingSpot[] {
  const base = scroller.getBoundingClientRect().top - scroller.scrollTop;
  // Ids come with the extracted body (headings.ts: anchorHeadings); the view only reads.
  return queryView(scroller, `.body :is(${OUTLINE_HEADINGS})`).map((el, i) => ({
    id: el.id || `gloss-h-${i}`, text: (el.textContent ?? '').trim(), level: el.tagName === 'H3' ? 3 : 2, top: el.getBoundingClientRect().top - base,
  })).filter((h) => h.text);
}

export function Navigator({ t, scroller: ref, minutes, layoutKey }: NavigatorProps) {
  const [headings, setHeadings] = useState<HeadingSpot[]>([]);
  const [state, setState] = useState({ read: 0, at: -1 });

  useEffect(() => {
    const scroller = ref.current;
    if (!scroller) return;
    const controller = new AbortController();
    let spots = measure(scroller);
    setHeadings(spots);
    let frame = 0;
    const update = () => {
      frame = 0;
      setState({ read: progress(scroller.scrollTop, scroller.scrollHeight, scroller.clientHeight), at: currentHeading(spots, scroller.scrollTop, HEADING_MARGIN + 16) });
    };
    update();
    scroller.addEventListener('scroll', () => { frame ||= requestAnimationFrame(update); }, { passive: true, signal: controller.signal });
    window.addEventListener('resize', () => { spots = measure(scroller); setHeadings(spots); update(); }, { passive: true, signal: controller.signal });
    scroller.addEventListener('keydown', (e) => {
      if ((e.key !== ']' && e.key !== '[') || e.altKey || e.ctrlKey || e.metaKey) return;
      if ((e.target as Element | null)?.closest?.('input, select, textarea')) return;
      if (!spots.length) return;
      e.preventDefault();
      const to = spots[headingStep(spots, scroller.scrollTop, e.key === ']' ? 1 : -1)]!;
      scroller.scrollTo({ top: Math.max(0, to.top - HEADING_MARGIN), behavior: scrollBehavior() });
    }, { signal: controller.signal });
    return () => { controller.abort(); cancelAnimationFrame(frame); };
  }, [ref, layoutKey]);

  const pct = Math.round(state.read * 100);
  const left = minutesLeft(minutes, state.read);
  const go = (e: MouseEvent, h: HeadingSpot) => {
    e.preventDefault();
    ref.current?.scrollTo({ top: Math.max(0, h.top - HEADING_MARGIN), behavior: scrollBehavior() });
  };
  return (
    <>
      <div class="progress" role="progressbar" aria-label={t('Progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}
        aria-valuetext={t('MinutesLeft', String(left))}>
        <span style={{ width: `${pct}%` }} />
      </div>
      <p class="left" aria-hidden="true">{left > 0 ? t('MinutesLeft', String(left)) : ''}</p>
      {headings.length >= OUTLINE_MIN_HEADINGS && (
        <details class="outline" open>
          <summary>{t('Outline')}</summary>
          <nav aria-label={t('Outline')}>
            <ol>
              {headings.map((h, i) => (
                <li key={h.id} class={h.level === 3 ? 'sub' : undefined}>
                  <a href={`#${h.id}`} dir="auto" aria-current={i === state.at ? 'location' : undefined} onClick={(e) => go(e, h)}>{h.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        </details>
      )}
    </>
  );
}
