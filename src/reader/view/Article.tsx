/** The article itself: site, title, byline, date, reading time, then the sanitized body. */
import type { Extracted } from '../extract-types';
import { formatDate } from './prefs';
import type { Translate } from './strings';

export interface ArticleProps {
  article: Extracted;
  site: string;
  t: Translate;
  /** In-page links ("#note-1") scroll the view instead of changing the page's URL. */
  onInPageLink(id: string): void;
}

/** The id a link points to when it stays in this document, else null. */
export function inPageTarget(a: HTMLAnchorElement, pageUrl: string): string | null {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return decodeURIComponent(href.slice(1)) || null;
  try {
    const u = new URL(href, pageUrl);
    const here = new URL(pageUrl);
    return u.hash && u.origin + u.pathname + u.search === here.origin + here.pathname + here.search
      ? decodeURIComponent(u.hash.slice(1)) : null;
  } catch {
    return null;
  }
}

export function Article({ article, site, t, onInPageLink }: ArticleProps) {
  const date = formatDate(article.published, article.lang);
  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    const id = a && inPageTarget(a, location.href);
    if (!id) return;
    e.preventDefault();
    onInPageLink(id);
  };
  return (
    <div class="page">
      <article tabindex={-1} lang={article.lang ?? undefined} dir={article.dir} aria-labelledby="gloss-title">
        <header>
          <p class="site">{article.siteName ?? site}</p>
          <h1 class="title" id="gloss-title">{article.title}</h1>
          <p class="meta">
            {article.byline && <span class="byline">{article.byline}</span>}
            {date && <time dateTime={article.published ?? undefined}>{date}</time>}
            <span class="minutes">{t('Minutes', String(article.readingMinutes))}</span>
          </p>
        </header>
        {/* Parsed here from the sanitizer's output, never moved in as nodes: in Chromium,
            images and <details> moved from DOMPurify's document into the page ran handlers
            the sanitizer had already stripped (hostile suite, 2026-11-29). */}
        <div class="body" onClick={onClick} dangerouslySetInnerHTML={{ __html: article.html }} />
      </article>
    </div>
  );
}
