/**
 * The reading view's styles, inside its shadow root (page CSS cannot reach in, ours cannot
 * leak out). Typography for long reading: a serif text face, ~1.6 line height, 58-84
 * characters a line, generous paragraph spacing. The print rules show the article alone.
 */
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_NAME, MARK_CSS } from '../../annotate/mark-css';

const THEMES = `
.gloss-scroll[data-theme="custom"] { --muted: color-mix(in srgb, var(--fg) 70%, var(--bg)); --accent: var(--fg);
  --rule: color-mix(in srgb, var(--fg) 18%, var(--bg)); --panel: color-mix(in srgb, var(--fg) 7%, var(--bg)); }
.gloss-scroll, .gloss-scroll[data-theme="light"] {
  --bg: #fbfaf7; --fg: #1d1d1f; --muted: #5f6066; --accent: #2f5d8a; --rule: #e4e1da; --panel: #f1efe9; }
.gloss-scroll[data-theme="sepia"] {
  --bg: #f4ecd8; --fg: #3b2f20; --muted: #6e5d45; --accent: #8a4b1c; --rule: #e0d3b5; --panel: #ebe0c6; }
.gloss-scroll[data-theme="dark"] {
  --bg: #1b1c1e; --fg: #e4e2de; --muted: #a4a6ab; --accent: #8ab4e8; --rule: #34363a; --panel: #26282b; }
@media (prefers-color-scheme: dark) {
  .gloss-scroll[data-theme="auto"] {
    --bg: #1b1c1e; --fg: #e4e2de; --muted: #a4a6ab; --accent: #8ab4e8; --rule: #34363a; --panel: #26282b; }
}`;

const LAYOUT = `
:host { all: initial; }
.gloss-scroll { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); color-scheme: light dark;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px;
  padding: 8px 16px; background: color-mix(in srgb, var(--bg) 92%, transparent); border-bottom: 1px solid var(--rule);
  backdrop-filter: blur(6px); font-size: 14px; }
.spacer { flex: 1; }
.gloss-scroll[dir="rtl"] .back .arrow { display: inline-block; transform: scaleX(-1); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.typo { position: absolute; top: calc(100% + 4px); inset-inline-end: 16px; z-index: 3; width: min(320px, calc(100vw - 32px));
  padding: 12px 14px; background: var(--bg); border: 1px solid var(--rule); border-radius: 8px; box-shadow: 0 6px 18px rgba(0,0,0,.18);
  display: grid; gap: 8px; font-size: 13.5px; }
.keep { position: absolute; top: calc(100% + 4px); inset-inline-end: 16px; z-index: 3; display: grid; gap: 6px; padding: 10px;
  background: var(--bg); border: 1px solid var(--rule); border-radius: 8px; box-shadow: 0 6px 18px rgba(0,0,0,.18); }
.typo label { display: grid; grid-template-columns: 9em minmax(0, 1fr); align-items: center; gap: 8px; }
.typo input[type="range"], .typo select { width: 100%; min-width: 0; box-sizing: border-box; }
.typo label.check { display: flex; gap: 8px; }
.player { position: absolute; top: calc(100% + 4px); inset-inline-start: 16px; z-index: 3; display: flex; flex-wrap: wrap; gap: 6px 10px;
  align-items: center; padding: 8px 12px; background: var(--bg); border: 1px solid var(--rule); border-radius: 8px;
  box-shadow: 0 6px 18px rgba(0,0,0,.18); font-size: 13.5px; max-width: calc(100vw - 32px); }
.player .warn { margin: 0; max-width: 36ch; color: var(--muted); }
::highlight(gloss-reading) { background-color: color-mix(in srgb, var(--accent) 28%, transparent); }
/* Text only: pictures go, and figures that hold nothing but a picture go with their captions
   (a figure holding a table or code stays). */
.gloss-scroll[data-images="off"] .body :is(img, picture, video, svg),
.gloss-scroll[data-images="off"] .body figure:has(img, picture, video, svg):not(:has(table, pre, blockquote)) { display: none; }
.typo .warn { margin: 0; color: #b3261e; font-size: 12.5px; }
.progress { position: sticky; top: 0; z-index: 2; height: 3px; margin-bottom: -3px; background: transparent; }
.progress span { display: block; height: 100%; background: var(--accent); transition: width .1s linear; }
.left { position: fixed; bottom: 10px; inset-inline-end: 14px; margin: 0; font-size: 12.5px; color: var(--muted); }
.outline { max-width: 72ch; margin: 12px auto 0; padding: 0 16px; font-size: 14px; }
.outline summary { cursor: pointer; color: var(--muted); }
.outline ol { list-style: none; margin: 6px 0; padding: 0; }
.outline li.sub { padding-inline-start: 14px; }
.outline a { display: block; padding: 3px 8px; border-inline-start: 2px solid transparent; color: var(--muted); text-decoration: none; }
.outline a:hover { color: var(--fg); }
.outline a[aria-current] { color: var(--fg); border-color: var(--accent); font-weight: 600; }
@media (min-width: 1180px) {
  .outline { position: fixed; top: 64px; inset-inline-start: 16px; width: 220px; max-height: calc(100vh - 120px); overflow: auto; margin: 0; padding: 0; }
}
/* Nothing in the view moves for a reader who asked for reduced motion, whatever is added later. */
@media (prefers-reduced-motion: reduce) { .gloss-scroll, .gloss-scroll * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
button, select { font: inherit; color: inherit; background: transparent; border: 1px solid var(--rule);
  border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button:hover, select:hover { background: var(--panel); }
button[aria-pressed="true"] { background: var(--panel); border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.group { display: inline-flex; gap: 4px; align-items: center; border: 0; margin: 0; padding: 0; }
.group legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.always { display: inline-flex; gap: 6px; align-items: center; color: var(--muted); }
.removed { max-width: 72ch; margin: 12px auto 0; padding: 12px 16px; background: var(--panel); border-radius: 8px; font-size: 14px; }
.removed ul { margin: 8px 0; padding-inline-start: 18px; }
.removed li { margin: 2px 0; }
.removed .what { font-weight: 600; }
.removed .sample, .removed .by { color: var(--muted); }
.removed .actions { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 10px; }
.removed .actions button { font-size: 12.5px; padding: 2px 8px; }
.removed .saved:empty { display: none; }
.page { box-sizing: border-box; max-width: calc(var(--measure, 68) * 1ch + 48px); margin: 0 auto; padding: 32px 24px 96px; }
article:focus { outline: none; }
.site { margin: 0 0 6px; color: var(--accent); font-size: 14px; letter-spacing: .04em; text-transform: uppercase; }
h1.title { margin: 0 0 12px; font: 700 2em/1.2 Georgia, "Iowan Old Style", "Noto Serif", "Noto Naskh Arabic", serif; }
.meta { margin: 0 0 28px; color: var(--muted); font-size: 14px; }
.meta > * + *::before { content: " · "; }
.body { font: var(--font-size, 19px)/var(--line-height, 1.65) var(--body-font, Georgia, "Iowan Old Style", Charter, "Noto Serif", "Noto Naskh Arabic", serif);
  letter-spacing: var(--letter-spacing, 0); word-spacing: var(--word-spacing, 0); text-align: var(--align, start);
  overflow-wrap: break-word; hyphens: auto; }
.body p, .body ul, .body ol, .body dl, .body table, .body pre, .body figure, .body blockquote { margin: 0 0 1.1em; }
.body h2, .body h3, .body h4, .body h5, .body h6 { font-family: system-ui, sans-serif; line-height: 1.3; margin: 1.6em 0 .5em; }
.body h2 { font-size: 1.3em; } .body h3 { font-size: 1.12em; } .body h4, .body h5, .body h6 { font-size: 1em; }
.body a { color: var(--accent); text-underline-offset: 2px; }
.body img, .body video, .body picture, .body svg { max-width: 100%; height: auto; }
.body figure { margin-inline: 0; }
.body figure :is(img, picture, video) { display: block; }
.body figcaption { color: var(--muted); font: 14px/1.45 system-ui, sans-serif; margin-top: 6px; }
.body blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); color: var(--muted); font-style: italic; }
.body ul, .body ol { padding-inline-start: 1.4em; }
.body li + li { margin-top: .3em; }
.body pre, .body code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
/* Code keeps its whitespace and its columns: none of the reader's spacing or justification. */
.body pre { overflow-x: auto; padding: 12px; background: var(--panel); border-radius: 6px; line-height: 1.45;
  white-space: pre; tab-size: 4; text-align: start; hyphens: none; }
.body pre, .body code { letter-spacing: normal; word-spacing: normal; }
.body .table-scroll { max-width: 100%; overflow-x: auto; margin: 0 0 1.1em; }
.body .table-scroll > table { margin: 0; }
.body table { border-collapse: collapse; font: 15px/1.45 system-ui, sans-serif; }
.body caption { caption-side: top; text-align: start; color: var(--muted); padding: 0 0 6px; }
.body th, .body td { border: 1px solid var(--rule); padding: 6px 10px; text-align: start; vertical-align: top; }
.body hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.failure { max-width: 60ch; margin: 15vh auto 0; padding: 24px; text-align: center; }
.failure h1 { font: 600 1.4em/1.3 system-ui, sans-serif; margin: 0 0 12px; }
.failure p { color: var(--muted); margin: 0 0 20px; }
/* The view itself answers the toggle at once; its words only if reading the page takes a
   while (an opacity animation, which the compositor runs while the page is being read). */
[data-state="preparing"] { animation: gloss-appear 150ms ease-out 100ms both; }
@keyframes gloss-appear { from { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { [data-state="preparing"] { animation-duration: 1ms; } }
@media (max-width: 600px) { .page { padding: 20px 16px 64px; } h1.title { font-size: 1.6em; } }
@media print {
  /* Black on white whatever the theme, the reader's own colours included (set inline). */
  .gloss-scroll { position: static; overflow: visible; background: #fff; color: #000;
    --fg: #000 !important; --bg: #fff !important; --muted: #444 !important; --accent: #000 !important;
    --rule: #bbb !important; --panel: #f3f3f3 !important; }
  .bar, .removed, .progress, .left, .outline, .player, .typo, .keep { display: none !important; }
  .page { max-width: none; padding: 0; }
  .body { font-size: 12pt; }
  .body a { color: inherit; }
  /* The address on paper, where it helps (print-links.ts decides which). */
  .body a[data-print-href]::after { content: " (" attr(data-print-href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  /* Pictures fit the page's width and height; tables and code show whole, not in a scroll box. */
  .body :is(img, picture, video, svg) { max-width: 100% !important; max-height: 85vh; width: auto; height: auto; object-fit: contain; }
  .body .table-scroll { overflow: visible; }
  .body pre { white-space: pre-wrap; overflow: visible; }
  .body figure, .body img, .body blockquote, .body pre, .body table { break-inside: avoid; }
  .body h2, .body h3, .body h4 { break-after: avoid; }
  /* Names' underlines and the sentence being read are for the screen. */
  ::highlight(${HIGHLIGHT_NAME}), ::highlight(${HIGHLIGHT_ACTIVE}), ::highlight(gloss-reading) {
    text-decoration: none !important; background-color: transparent !important; }
}`;

export const READER_CSS = THEMES + LAYOUT + MARK_CSS;

/**
 * Adopted by the page's document while the view is open: printing shows the article
 * alone (the view's host is the last child of <body>: ADR 3). An adopted sheet adds no node and is dropped on close.
 */
export const PRINT_PAGE_CSS = '@media print { body > :not(gloss-reader) { display: none !important; } }';
