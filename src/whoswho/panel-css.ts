/** The who's-who panel's styles, inside its shadow root: page CSS cannot reach them. */
export const PANEL_CSS = `
:host { all: initial; }
.panel { position: fixed; inset-block: 0; inset-inline-end: 0; z-index: 2147483646; box-sizing: border-box;
  width: min(360px, 100vw); display: flex; flex-direction: column; background: #fdfcfa; color: #1d1d1f;
  border-inline-start: 1px solid rgba(0,0,0,.1); box-shadow: -8px 0 24px rgba(20,20,30,.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
header { display: flex; align-items: center; gap: 6px; padding: 12px 14px; border-bottom: 1px solid rgba(0,0,0,.08); }
h2 { margin: 0; flex: 1; font: 600 17px/1.2 Georgia, "Noto Serif", serif; white-space: nowrap; }
header { flex-wrap: wrap; }
.count { color: #666; font-size: 12px; }
button { font: inherit; color: inherit; }
.tool { all: unset; cursor: pointer; min-width: 24px; min-height: 24px; padding: 3px 8px; border-radius: 6px; font-size: 12.5px; color: #2f5d8a; text-align: center; }
.tool:hover, .tool:focus-visible { background: rgba(47,93,138,.1); }
.close { color: #666; font-size: 18px; line-height: 1; }
.body { overflow: auto; padding: 4px 0 16px; }
h3 { margin: 14px 14px 4px; font-size: 11px; letter-spacing: .06em; text-transform: uppercase; color: #8a6d3b; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 2px 8px; }
.row { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: 6px 8px; border-radius: 6px; min-height: 24px; }
.row:hover, .row:focus-visible { background: rgba(0,0,0,.05); }
.row:focus-visible { outline: 2px solid #2f5d8a; outline-offset: 1px; }
.name { font-weight: 600; } .n { color: #666; font-size: 12px; margin-inline-start: 6px; }
.desc { display: block; color: #4a4a4f; font-size: 13px; }
.first { display: block; color: #666; font-size: 12.5px; font-style: italic; margin-top: 2px; }
.status { margin: 6px 14px; color: #2d6a3e; font-size: 12.5px; min-height: 1em; }
@media (prefers-color-scheme: dark) {
  .panel { background: #25262a; color: #ececec; border-color: rgba(255,255,255,.1); }
  header { border-color: rgba(255,255,255,.1); } h3 { color: #e0b96a; } .desc { color: #c4c4c8; }
  .first, .count, .n, .close { color: #a3a7ad; } .tool { color: #8ab4e8; } .row:hover, .row:focus-visible { background: rgba(255,255,255,.06); }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
@media (max-width: 640px) { .panel { inset-block-start: auto; height: 70vh; width: 100vw; border-inline-start: 0; border-top: 1px solid rgba(0,0,0,.1); border-radius: 12px 12px 0 0; } }
`;
