/** The first words of a removed block, short enough for one line of the "What was removed" list. */
export const SAMPLE_CHARS = 60;

export function sampleOf(text: string, max = SAMPLE_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,.;:·|–—-]+$/, '') + '…';
}
