import { describe, expect, it, vi } from 'vitest';
import { compileIndex } from '../knowledge/compile';
import type { KbRecord } from '../knowledge/types';
import { nameFinder } from './names';

const rec = (id: string, name: string): KbRecord =>
  ({ id, name, type: 'country', aliases: [], description: 'd', background: 'One. Two.', asOf: '2026-01', wikipedia: name });

describe('the background name finder', () => {
  it('finds names with the index it was given and builds its lookup once per glossary', async () => {
    let index = compileIndex([rec('qatar', 'Qatar'), rec('egypt', 'Egypt')]);
    const gateway = { index: vi.fn(async () => index), record: vi.fn() };
    let key = 'empty';
    const finder = nameFinder(gateway, async () => key);
    const first = await finder.find('Qatar and Egypt met.');
    expect(first.mentions).toEqual([0, 5, 0, 10, 15, 1]);
    expect(first.entities).toEqual({ 0: ['qatar', 'Qatar', 'country'], 1: ['egypt', 'Egypt', 'country'] });
    await finder.find('Egypt again.');
    expect(gateway.index).toHaveBeenCalledTimes(1);

    // The user's glossary changed: a new index, and names it adds are found.
    index = compileIndex([rec('qatar', 'Qatar'), rec('egypt', 'Egypt'), rec('user:doha-forum', 'Doha Forum')]);
    key = 'one entry';
    expect((await finder.find('The Doha Forum opened.')).entities).toEqual({ 2: ['user:doha-forum', 'Doha Forum', 'country'] });
    expect(gateway.index).toHaveBeenCalledTimes(2);
  });
});
