/** Where the build writes the content script and clean mode's chunk (scripts/build/vite-content-script.ts). */
export const CONTENT_SCRIPT = 'assets/content.js';
export const READER_CHUNK = 'assets/reader.js';
/** How marked names look (annotate/mark-css.ts), as the manifest's content-script css. */
export const MARK_STYLES = 'assets/marks.css';
