import { TIMING } from '../timing';

/** Card styles, inside the card's shadow root: page CSS cannot reach them. */
export const CARD_CSS = `
:host { all: initial; }
.wrap { position: fixed; top: 0; left: 0; z-index: 2147483647; will-change: opacity, transform; width: min(340px, calc(100vw - 16px));
  opacity: 0; transform: translateY(4px); transition: opacity ${TIMING.cardFadeMs}ms ease, transform ${TIMING.cardFadeMs}ms ease; }
.wrap.open { opacity: 1; transform: none; }
.card { box-sizing: border-box; padding: 14px 16px 12px; border-radius: 10px; background: #fdfcfa; color: #1d1d1f;
  border: 1px solid rgba(0,0,0,.08); box-shadow: 0 6px 16px rgba(20,20,30,.16), 0 1px 3px rgba(20,20,30,.10);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; text-align: start; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.type { font-size: 11px; letter-spacing: .06em; text-transform: uppercase; color: #8a6d3b; font-weight: 600; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; color: #666; padding: 2px 6px; border-radius: 4px; }
.close:hover, .close:focus-visible { background: rgba(0,0,0,.06); color: #111; }
.name { margin: 4px 0 2px; font: 600 18px/1.25 Georgia, "Iowan Old Style", "Noto Serif", serif; }
.desc { margin: 0 0 8px; color: #4a4a4f; font-size: 13.5px; }
.dated { margin: 6px 0 8px; padding: 6px 10px; border-inline-start: 3px solid #c9a45c; background: rgba(201,164,92,.10); border-radius: 4px; font-size: 13px; }
.dated p { margin: 0 0 2px; } .dated p:last-child { margin: 0; } .dated strong { font-weight: 600; }
.bg { margin: 0 0 10px; }
.muted { margin: 0; color: #666; }
.facts { margin: 0 0 10px; display: grid; gap: 2px; font-size: 12.5px; }
.facts div { display: flex; gap: 6px; }
.facts dt { color: #666; min-width: 84px; flex: none; }
.facts dd { margin: 0; }
.foot { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; padding-top: 8px; border-top: 1px solid rgba(0,0,0,.08); font-size: 12.5px; }
.asof { color: #666; }
.more { color: #2f5d8a; text-decoration: none; font-weight: 500; }
.more:hover, .more:focus-visible { text-decoration: underline; }
.notthis { all: unset; cursor: pointer; color: #666; margin-inline-start: auto; }
.notthis:hover, .notthis:focus-visible { color: #111; text-decoration: underline; }
:focus-visible { outline: 2px solid #2f5d8a; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #25262a; color: #ececec; border-color: rgba(255,255,255,.1); box-shadow: 0 6px 16px rgba(0,0,0,.5); }
  .type { color: #e0b96a; } .desc { color: #c4c4c8; } .muted, .asof, .facts dt, .notthis, .close { color: #a3a7ad; }
  .more { color: #8ab4e8; } .foot { border-color: rgba(255,255,255,.1); }
  .dated { background: rgba(224,185,106,.12); border-color: #e0b96a; }
  .notthis:hover, .close:hover { color: #fff; }
}
@media (prefers-reduced-motion: reduce) { .wrap { transition: none; transform: none; } }
`;
