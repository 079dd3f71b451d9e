/**
 * Fonts the view needs, added to the page's FontFaceSet: Chromium does not load fonts
 * from @font-face rules inside a shadow root, so the view cannot declare them in its own
 * styles. Only the dyslexia font is added this way, only once it is chosen, and every face
 * added is taken out again when the view closes, so the page's `document.fonts` is left
 * as it was. The faces point at the extension's own files: nothing is fetched from the network.
 */
import type { ReaderFont } from '../../settings/schema';
import { DYSLEXIC_FACES, DYSLEXIC_FAMILY } from '../font-files';

export interface DocumentFonts {
  /** Adds the faces `font` needs, the first time it is chosen. */
  want(font: ReaderFont): void;
  /** Takes every face this view added out of the document again. */
  remove(): void;
}

/** `urlOf` turns a file in dist/ into the URL the page may load it from (runtime.getURL). */
export function documentFonts(doc: Document, urlOf: (file: string) => string): DocumentFonts {
  let added: FontFace[] = [];
  return {
    want(font) {
      if (font !== 'dyslexic' || added.length > 0 || typeof FontFace === 'undefined') return;
      // A URL source, not bytes: the browser fetches a weight only when text is set in it.
      added = DYSLEXIC_FACES.map((f) => new FontFace(DYSLEXIC_FAMILY, `url("${urlOf(f.file)}") format("woff2")`,
        { weight: f.weight, style: 'normal', display: 'swap' }));
      for (const face of added) doc.fonts.add(face);
    },
    remove() {
      for (const face of added) doc.fonts.delete(face);
      added = [];
    },
  };
}
