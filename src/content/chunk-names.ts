/** Where the build writes the content script and clean mode's chunk (scripts/vite-content-script.ts). */
export const CONTENT_SCRIPT = 'assets/content.js';
export const READER_CHUNK = 'assets/reader.js';
