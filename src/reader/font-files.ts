/**
 * The font for readers with dyslexia (issue #15, part 3): OpenDyslexic from
 * @fontsource/opendyslexic (SIL OFL 1.1, public/ATTRIBUTION.md), Latin regular and bold
 * only. The build copies these files into dist/ and makes them, and nothing else of the
 * package, web-accessible (scripts/build/vite-content-script.ts): the page's document
 * fetches them, because the view's shadow root cannot load fonts of its own.
 */
export const DYSLEXIC_FAMILY = 'Gloss OpenDyslexic';

/** Where each weight lives in the package and in dist/. */
export const DYSLEXIC_FACES = [
  { weight: '400', from: 'files/opendyslexic-latin-400-normal.woff2', file: 'fonts/opendyslexic-latin-400-normal.woff2' },
  { weight: '700', from: 'files/opendyslexic-latin-700-normal.woff2', file: 'fonts/opendyslexic-latin-700-normal.woff2' },
] as const;

/** The package's licence travels with the font files, as the OFL asks. */
export const DYSLEXIC_LICENCE = { from: 'LICENSE', file: 'fonts/OpenDyslexic-OFL.txt' } as const;
