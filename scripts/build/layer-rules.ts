/**
 * The layering rules of issue #17, as data. Direction: content/ (the page lifecycle) drives
 * the features and features never reach back; code that runs in web pages and the
 * extension's own pages stay apart; nothing a page loads may pull in the knowledge records.
 * Checked by scripts/build/check-layers.ts in `npm test` (`npm run lint:deps`).
 */

export interface Rule {
  name: string;
  /** Why the rule exists, printed with each violation. */
  why: string;
  /** Files the rule applies to (paths relative to the repo, forward slashes). */
  from: RegExp;
  /** Files under `from` the rule spares. */
  fromNot?: RegExp;
  /** A violation: an import matching this (repo files, `pkg:name`, `node:name`, `virtual:…`). */
  to: RegExp;
  /** Follow imports transitively from `from` (for "this bundle must never contain …"). */
  reachable?: boolean;
}

const TESTS = /\.test\.tsx?$/;
const FEATURES = /^src\/(detect|reader|matcher|annotate|cards|whoswho|knowledge|settings|glossary|schedule|page-ui|i18n|probes|platform)\//;

export const RULES: Rule[] = [
  {
    name: 'matcher-is-pure',
    why: 'the matcher is a function of text and the alias index: no DOM, UI, browser or lifecycle code',
    from: /^src\/matcher\//, fromNot: TESTS,
    to: /^src\/(annotate|cards|ui|page-ui|content|reader|detect|platform)\/|^pkg:(preact|dompurify|@floating-ui\/dom|webextension-polyfill)$/,
  },
  {
    name: 'features-do-not-import-the-lifecycle',
    why: 'content/ imports the features it drives, never the other way round',
    from: FEATURES, fromNot: TESTS,
    to: /^src\/content\//,
  },
  {
    name: 'page-bundles-never-reach-the-records',
    why: 'the content script and clean mode load in every page; the records stay in the background',
    from: /^src\/(content\/index|reader\/toggle)\.ts$/,
    to: /^src\/knowledge\/(gateway|load-files)\.ts$|^src\/knowledge\/data\/|^virtual:gloss-knowledge$/,
    reachable: true,
  },
  {
    name: 'page-code-and-extension-pages-apart',
    why: 'src/ui is the popup and options; code that runs in web pages lives in page-ui and the features',
    from: /^src\/(content|cards|whoswho|reader|annotate|page-ui)\//, fromNot: TESTS,
    to: /^src\/ui\//,
  },
  {
    name: 'background-has-no-ui',
    why: 'the background routes messages and serves records; it renders nothing',
    from: /^src\/background\//,
    to: /^src\/(ui|page-ui|cards|whoswho|reader|annotate|content)\/|^pkg:preact$/,
    reachable: true,
  },
  {
    name: 'browser-differences-in-platform',
    why: 'only platform/ talks to the extension API; everything else imports platform/browser',
    from: /^src\//, fromNot: /^src\/platform\/|\.test\.tsx?$/,
    to: /^pkg:webextension-polyfill$/,
  },
  {
    name: 'no-tests-from-src-or-scripts',
    why: 'production code and tools never depend on test code (test files beside the code may)',
    from: /^(src|scripts)\//, fromNot: TESTS,
    to: /^tests\//,
  },
  {
    name: 'node-only-code-stays-out-of-the-extension',
    why: 'Node built-ins belong to scripts and the knowledge build step, never to code that ships',
    from: /^src\//, fromNot: /^src\/knowledge\/(load-files|common-words)\.ts$|\.test\.tsx?$/,
    to: /^node:/,
  },
];
