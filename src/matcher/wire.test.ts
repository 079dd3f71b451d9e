import { describe, expect, it } from 'vitest';
import { packMentions, unpackMentions, type EntityRow } from './wire';

const entities: EntityRow[] = [['qatar', 'Qatar', 'country'], ['hamas', 'Hamas', 'group']];

describe('mentions on the wire', () => {
  it('round-trips mentions and names only the entities used', () => {
    const text = 'Qatar and Hamas; Qatar again.';
    const mentions = [
      { start: 0, end: 5, entity: 0, surface: 'Qatar' }, { start: 10, end: 15, entity: 1, surface: 'Hamas' },
      { start: 17, end: 22, entity: 0, surface: 'Qatar' },
    ];
    const packed = packMentions(mentions, entities);
    expect(packed.mentions).toEqual([0, 5, 0, 10, 15, 1, 17, 22, 0]);
    expect(Object.keys(packed.entities)).toEqual(['0', '1']);
    expect(unpackMentions(text, structuredClone(packed))).toEqual(mentions);
  });

  it('drops offsets that do not fit the text the page holds', () => {
    expect(unpackMentions('short', { mentions: [0, 5, 0, 3, 40, 0, 4, 2, 0], entities: {} }))
      .toEqual([{ start: 0, end: 5, entity: 0, surface: 'short' }]);
  });
});
