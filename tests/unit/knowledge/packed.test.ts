import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../src/knowledge/compile';
import { INDEX_FILE, packKnowledge, packedGateway, shardFile, shardOf } from '../../../src/knowledge/packed';
import type { KbRecord } from '../../../src/knowledge/types';

const rec = (id: string, name: string): KbRecord => ({
  id, name, type: 'place', aliases: [], description: `${name}, a place`, background: `${name} is a place. It is named "${name}".`,
  asOf: '2026-12', wikipedia: name, desk: 'geography', sources: [`https://en.wikipedia.org/wiki/${name}`], checked: '2026-12-06',
} as KbRecord);

describe('packed knowledge (issue #12, item 8: a wake parses only what it is asked for)', () => {
  const records = Array.from({ length: 40 }, (_, k) => rec(`place-${k}`, `Place ${k}`)).concat(rec('zurich', 'Zürich'));
  const files = packKnowledge(records, compileIndex(records), 8);
  const reader = () => {
    const read: string[] = [];
    return { read, gateway: packedGateway(async (file) => { read.push(file); return JSON.parse(files.get(file)!); }, 8) };
  };

  it('writes the index and every record into exactly one shard, found again by its id', () => {
    expect([...files.keys()].sort()).toEqual([INDEX_FILE, ...Array.from({ length: 8 }, (_, n) => shardFile(n))].sort());
    for (const r of records) expect(Object.keys(JSON.parse(files.get(shardFile(shardOf(r.id, 8)))!))).toContain(r.id);
    expect(new Set(records.map((r) => shardOf(r.id, 8))).size).toBeGreaterThan(4);
  });

  it('answers a card from its one shard, the index only when names are asked for, each file read once', async () => {
    const { read, gateway } = reader();
    expect(await gateway.record('zurich')).toMatchObject({ id: 'zurich', name: 'Zürich', source: 'shipped' });
    expect(read).toEqual([shardFile(shardOf('zurich', 8))]);
    await Promise.all([gateway.record('zurich'), gateway.record('zurich')]);
    expect(read).toHaveLength(1);
    expect(await gateway.record('nowhere')).toBeNull();
    expect(await gateway.record('')).toBeNull();
    expect((await gateway.index()).entities.map((e) => e[0])).toContain('zurich');
    expect(read.filter((f) => f === INDEX_FILE)).toHaveLength(1);
  });

  it('tries a file again after a failed read', async () => {
    let fail = true;
    const gateway = packedGateway(async (file) => {
      if (fail) { fail = false; throw new Error('busy'); }
      return JSON.parse(files.get(file)!);
    }, 8);
    await expect(gateway.record('zurich')).rejects.toThrow('busy');
    expect(await gateway.record('zurich')).toMatchObject({ id: 'zurich' });
  });

  it('puts no method of Object.prototype forward as a record', async () => {
    const { gateway } = reader();
    expect(await gateway.record('constructor')).toBeNull();
    expect(await gateway.record('__proto__')).toBeNull();
  });
});
