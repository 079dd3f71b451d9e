/**
 * How marked names look in the page. The build ships this as the content script's
 * manifest stylesheet (scripts/build/vite-content-script.ts): the browser adds it before the page
 * is first styled, pages cannot see it in their style sheets, and Firefox takes it away
 * with the extension when Gloss is removed. The reading view adopts it in its shadow root.
 */
export const HIGHLIGHT_NAME = 'gloss-name';
export const HIGHLIGHT_ACTIVE = 'gloss-name-active';

export const MARK_CSS = `
::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted; text-decoration-thickness: 1.5px; text-decoration-color: color-mix(in srgb, currentColor 55%, transparent); }
::highlight(${HIGHLIGHT_ACTIVE}) { background-color: color-mix(in srgb, Highlight 35%, transparent); }
`;
