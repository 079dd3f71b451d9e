import type { TestPage } from '../../../scripts/browsers/launch';

/** Centre of the first line box of the first marked name reading `text`, scrolled into view. */
export async function markCentre(page: TestPage, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted: string) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-name');
    const range = reg && [...reg].find((r) => r.toString().replace(/\s+/g, ' ') === wanted);
    if (!range) return null;
    const el = range.startContainer.parentElement!;
    el.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text);
}

/** A card showing its record (not the brief "loading" card before the record arrives). */
export const cardWithRecord = () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('.wrap.open .card[data-entity]');
export const cardEntity = () =>
  document.querySelector('gloss-card')?.shadowRoot?.querySelector('.wrap.open .card')?.getAttribute('data-entity') ?? null;
export const noCard = () => !document.querySelector('gloss-card');
