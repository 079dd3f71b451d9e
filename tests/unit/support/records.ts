/** A knowledge-base record with only what the matcher reads: name, type and aliases. */
import type { KbRecord } from '../../../src/knowledge/types';

export const rec = (id: string, name: string, type: KbRecord['type'], aliases: KbRecord['aliases'] = []): KbRecord => ({
  id, name, type, aliases, description: 'd', background: 'b. c.', asOf: '2025-01', wikipedia: name,
});
