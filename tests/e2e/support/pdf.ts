/**
 * What a printed page holds, read back from the PDF the browser printed (Chromium through
 * Playwright, Firefox through WebDriver BiDi's print): its text, and how wide each picture
 * was drawn against the page. PDF.js (pdfjs-dist) parses it in Node.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedPdf {
  pages: number;
  /** All text, page after page, items joined by spaces. */
  text: string;
  /** Each picture drawn: its width and the page's, in points. */
  pictures: { width: number; pageWidth: number }[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

export async function readPdf(bytes: Uint8Array): Promise<PrintedPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const texts: string[] = [];
  const pictures: PrintedPdf['pictures'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    const [x0, , x1] = page.view as [number, number, number, number];
    // Pictures are drawn as a unit square under the current transform: its x scale is the width.
    const ops = await page.getOperatorList();
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: Matrix[] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.transform) ctm = multiply(ctm, ops.argsArray[i] as Matrix);
      else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject)
        pictures.push({ width: Math.hypot(ctm[0], ctm[1]), pageWidth: x1 - x0 });
    });
  }
  await doc.destroy();
  return { pages: doc.numPages, text: texts.join('\n'), pictures };
}

/** Text compared without the spaces, line breaks and soft hyphens a page layout adds. */
export const squeeze = (s: string) => s.replace(/[\u00ad\u2010]\s*|-\s+/g, '').replace(/\s+/g, '');
