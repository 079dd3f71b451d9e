import { describe, expect, it } from 'vitest';
import { abbreviates } from './abbreviations';
import { findMentions } from './match';
import { buildLookup } from './lookup';
import { compileIndex } from '../knowledge/compile';
import { rec } from '../../tests/unit/support/records';


describe('abbreviates', () => {
  it('reads initials, with function words and hyphenated parts optional', () => {
    expect(abbreviates('FBI', 'Federal Bureau of Investigation')).toBe(true);
    expect(abbreviates('OECD', 'Organisation for Economic Co-operation and Development')).toBe(true);
    expect(abbreviates('SLF4J', 'Simple Logging Facade 4 Java')).toBe(true);
    expect(abbreviates('CMOs', 'collective management organisations')).toBe(true);
    expect(abbreviates('MSFT', 'Microsoft')).toBe(true);
  });

  it('refuses letters that are not the phrase\'s', () => {
    expect(abbreviates('ICAEW', 'Wales')).toBe(false);
    expect(abbreviates('WSL', 'Linux')).toBe(false);
    expect(abbreviates('FSB', 'Federal Security Service')).toBe(false);
    expect(abbreviates('PKK', "Kurdistan Workers' Party")).toBe(false);
  });
});

describe('a bracketed abbreviation the text spells out itself (issue #13)', () => {
  const records = [
    rec('federal-security-service', 'Federal Security Service', 'organization', ['FSB']),
    rec('financial-stability-board', 'Financial Stability Board', 'organization'),
    rec('african-national-congress', 'African National Congress', 'organization', ['ANC']),
    rec('world-health-organization', 'World Health Organization', 'organization', ['WHO']),
    rec('linux', 'Linux', 'other'),
  ];
  const look = buildLookup(compileIndex(records));
  const ids = (text: string) => findMentions(text, look).map((m) => `${m.surface}=${records[m.entity]!.id}`);

  it('is the linked name before it when its letters fit that name, on the whole page', () => {
    expect(ids('The Financial Stability Board (FSB) met. The FSB said more.')).toEqual([
      'Financial Stability Board=financial-stability-board', 'FSB=financial-stability-board', 'FSB=financial-stability-board']);
  });

  it('is nobody\'s when the words it spells are not its record\'s', () => {
    expect(ids('Headphones with active noise cancelling (ANC) cost more, and ANC drains batteries.')).toEqual([]);
  });

  it('stays its record\'s after the record\'s own name, or a spelling of it', () => {
    expect(ids('The Federal Security Service (FSB) detained him; the FSB said so.')).toEqual([
      'Federal Security Service=federal-security-service', 'FSB=federal-security-service', 'FSB=federal-security-service']);
    expect(ids('The World Health Organisation (WHO) warned, and the WHO asked for funds.')).toEqual([
      'WHO=world-health-organization', 'WHO=world-health-organization']);
  });

  it('is not carried to later uses from a name its letters do not fit', () => {
    expect(ids('Windows Subsystem for Linux (WSL) runs on laptops; WSL needs a build.')).toEqual([]);
  });
});
