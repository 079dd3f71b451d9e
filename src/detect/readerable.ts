/**
 * Readability's cheap check, imported from its own file in @mozilla/readability. The
 * package's index is CommonJS and requires Readability.js too, which no bundler can drop:
 * importing from it put all of Readability (about 30 kB gzip) into the content script's
 * initial chunk, past its 40 kB budget (npm run bench, issue #7). Readability itself loads
 * only with clean mode.
 */
import isProbablyReaderableImpl from '@mozilla/readability/Readability-readerable.js';
import type { isProbablyReaderable as Typed } from '@mozilla/readability';

export const isProbablyReaderable: typeof Typed = isProbablyReaderableImpl;
