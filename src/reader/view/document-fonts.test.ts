import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentFonts } from './document-fonts';
import { DYSLEXIC_FAMILY } from '../font-files';

/** jsdom has no CSS Font Loading API: a FontFace that records what it was given. */
class FakeFace {
  constructor(readonly family: string, readonly source: string, readonly descriptors: FontFaceDescriptors) {}
}

function fakeDocument() {
  const set = new Set<unknown>();
  return { doc: { fonts: { add: (f: unknown) => set.add(f), delete: (f: unknown) => set.delete(f) } } as unknown as Document, set };
}

describe('documentFonts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('adds nothing until the dyslexia font is chosen, then its two faces once, from the extension', () => {
    vi.stubGlobal('FontFace', FakeFace);
    const { doc, set } = fakeDocument();
    const fonts = documentFonts(doc, (file) => `chrome-extension://session-id/${file}`);
    for (const font of ['serif', 'sans', 'system', 'mono'] as const) fonts.want(font);
    expect(set.size).toBe(0);
    fonts.want('dyslexic');
    fonts.want('dyslexic');
    const faces = [...set] as FakeFace[];
    expect(faces.map((f) => [f.family, f.descriptors.weight])).toEqual([[DYSLEXIC_FAMILY, '400'], [DYSLEXIC_FAMILY, '700']]);
    expect(faces[0]!.source).toBe('url("chrome-extension://session-id/fonts/opendyslexic-latin-400-normal.woff2") format("woff2")');
  });

  it('takes every face it added out of the document again', () => {
    vi.stubGlobal('FontFace', FakeFace);
    const { doc, set } = fakeDocument();
    const pageOwn = {};
    set.add(pageOwn);
    const fonts = documentFonts(doc, (file) => file);
    fonts.want('dyslexic');
    expect(set.size).toBe(3);
    fonts.remove();
    expect([...set]).toEqual([pageOwn]);
    // Chosen again in a later view: added again.
    fonts.want('dyslexic');
    expect(set.size).toBe(3);
  });
});
