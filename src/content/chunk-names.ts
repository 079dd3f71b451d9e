/** Where the build writes the content script, the names and clean-mode chunks (scripts/build/vite-content-script.ts). */
export const CONTENT_SCRIPT = 'assets/content.js';
export const READER_CHUNK = 'assets/reader.js';
export const NAMES_CHUNK = 'assets/names.js';
/** How marked names look (annotate/mark-css.ts), as the manifest's content-script css. */
export const MARK_STYLES = 'assets/marks.css';
