import { describe, expect, it } from 'vitest';
import { asText, sentenceAround, whosWho, type MentionSeen } from './model';

const block = 'Talks resumed in Doha on Monday. Qatar and Egypt carried messages between Israel and Hamas. Qatar said progress was slow.';
const at = (word: string, nth = 0) => { let i = -1; for (let k = 0; k <= nth; k++) i = block.indexOf(word, i + 1); return i; };
const seen = (entity: number, id: string, name: string, type: MentionSeen['type'], word: string, nth = 0): MentionSeen =>
  ({ entity, id, name, type, block, start: at(word, nth), end: at(word, nth) + word.length });

describe("who's who", () => {
  const list = whosWho([
    seen(1, 'doha', 'Doha', 'place', 'Doha'), seen(2, 'qatar', 'Qatar', 'country', 'Qatar'), seen(3, 'egypt', 'Egypt', 'country', 'Egypt'),
    seen(4, 'israel', 'Israel', 'country', 'Israel'), seen(5, 'hamas', 'Hamas', 'group', 'Hamas'), seen(2, 'qatar', 'Qatar', 'country', 'Qatar', 1),
  ]);

  it('groups entities in order of first mention and counts every mention', () => {
    expect(list.total).toBe(5);
    expect(list.groups.map((g) => [g.group, g.rows.map((r) => `${r.name}×${r.mentions}`)])).toEqual([
      ['places', ['Doha×1', 'Qatar×2', 'Egypt×1', 'Israel×1']],
      ['organisations', ['Hamas×1']],
    ]);
  });

  it('lists names only: a term explained in the text is not one of who is who', () => {
    const withTerm = whosWho([seen(1, 'doha', 'Doha', 'place', 'Doha'), seen(9, 'gross-domestic-product', 'Gross domestic product', 'term', 'progress')]);
    expect(withTerm.total).toBe(1);
    expect(withTerm.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(['doha']);
  });

  it('keeps the sentence of the first mention', () => {
    expect(list.groups[0]!.rows[1]!.firstSentence).toBe('Qatar and Egypt carried messages between Israel and Hamas.');
    expect(sentenceAround('No stop here at all', 3, 7)).toBe('No stop here at all');
    const long = `${'word '.repeat(100)}Qatar ${'word '.repeat(100)}.`;
    const cut = sentenceAround(long, long.indexOf('Qatar'), long.indexOf('Qatar') + 5);
    expect(cut.length).toBeLessThanOrEqual(242);
    expect(cut).toContain('Qatar');
  });

  it('copies as plain text or Markdown with what each is and its date', () => {
    const rows = list.groups[1]!.rows;
    rows[0]!.description = 'Palestinian Islamist group';
    rows[0]!.asOf = '2026-03';
    const labels = { title: "Who's who", groups: { people: 'People', places: 'Places', organisations: 'Organisations', events: 'Events' }, asOf: (m: string) => `(as of ${m})` };
    const md = asText({ groups: [list.groups[1]!], total: 1 }, labels, true);
    expect(md).toBe("## Who's who\n\n### Organisations\n- **Hamas** — Palestinian Islamist group (as of 2026-03)\n");
    expect(asText({ groups: [list.groups[1]!], total: 1 }, labels, false)).toBe("Who's who\n\nOrganisations\nHamas — Palestinian Islamist group (as of 2026-03)\n");
  });
});
