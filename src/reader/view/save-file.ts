/**
 * Writes the cleaned article to a file (issue #15, part 7) from the content script, with
 * no permission of its own: a Blob URL and an `<a download>` clicked inside the view's
 * shadow root (the page's DOM gains nothing), the URL revoked once the browser has read it.
 */
import { TIMING } from '../../timing';
import type { Extracted } from '../extract-types';
import { articleHtmlFile, savedFileName } from '../save-html';
import type { Translate } from './strings';

/** Offers `text` for download as `name`; `within` is an element of the view. */
export function downloadFile(text: string, name: string, type: string, within: Element): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = within.ownerDocument.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  // The click is the view's own business: the page's click listeners need not hear it.
  a.addEventListener('click', (e) => e.stopPropagation());
  within.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), TIMING.savedFileUrlMs);
  }
}

/** The article as the view shows it, as one self-contained HTML file (save-html.ts). */
export function savedArticle(article: Extracted, source: string, t: Translate, win: Window): { name: string; html: string } {
  const html = articleHtmlFile({
    html: article.html, title: article.title, byline: article.byline, siteName: article.siteName,
    published: article.published, lang: article.lang, dir: article.dir, source,
  }, { source: t('Source'), saved: (d) => t('SavedOn', d), picture: (alt) => (alt ? t('PictureOf', alt) : t('Picture')) }, win);
  return { name: savedFileName(article.title), html };
}

export function saveArticle(article: Extracted, t: Translate, within: Element): void {
  const doc = within.ownerDocument;
  const { name, html } = savedArticle(article, doc.location.href, t, doc.defaultView ?? window);
  downloadFile(html, name, 'text/html;charset=utf-8', within);
}
