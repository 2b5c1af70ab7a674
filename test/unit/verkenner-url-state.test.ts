import { describe, expect, it } from 'vitest';
import {
  formatState,
  highlightedPad,
  parseState,
  startState,
  type ViewState,
} from '../../src/http/verkenner/url-state.js';

const everything: ViewState = {
  gebied: 'regio:food-valley',
  steps: [
    { kind: 'knoop', id: 'regio:chemelot' },
    { kind: 'omgeving', id: 'regio:chemelot' },
    { kind: 'pad', van: 'ministerie:lnv', naar: 'regio:chemelot' },
  ],
  van: 'ministerie:lnv',
  naar: 'regio:chemelot',
  selectie: 'kandidaat:opgave:klimaat+opgave:wonen',
  kandidaten: false,
  zonderSoorten: ['Document', 'Persoon'],
  zonderRelaties: ['BESPROKEN_IN'],
  verborgen: ['organisatie:wur', 'gemeente:ede'],
  zonderStanden: ['BEREIKT', 'TEGENSTRIJDIG'],
  zonderKnelpuntStatussen: ['OPGELOST'],
  zonderKnelpuntSoorten: ['FISCAAL', 'NIET_GENOEMD'],
};

describe("the verkenner's address", () => {
  it('writes the start state as no fragment, and reads no fragment as the start state', () => {
    expect(formatState(startState)).toBe('');
    expect(parseState('')).toEqual(startState);
    expect(parseState('#')).toEqual(startState);
  });

  it('writes ids readably, steps in the order taken, and reads back what it wrote', () => {
    const fragment = formatState(everything);
    expect(fragment).toBe(
      '#gebied=regio:food-valley&knoop=regio:chemelot&omgeving=regio:chemelot' +
        '&pad=ministerie:lnv,regio:chemelot&van=ministerie:lnv&naar=regio:chemelot' +
        '&selectie=kandidaat:opgave:klimaat%2Bopgave:wonen&kandidaten=nee' +
        '&zonder-soort=Document,Persoon&zonder-relatie=BESPROKEN_IN&verborgen=organisatie:wur,gemeente:ede' +
        '&zonder-stand=BEREIKT,TEGENSTRIJDIG&zonder-knelpuntstatus=OPGELOST&zonder-knelpuntsoort=FISCAAL,NIET_GENOEMD',
    );
    expect(parseState(fragment)).toEqual(everything);
  });

  it('keeps steps in their order, each kind interleaved with the others', () => {
    const state = parseState('#omgeving=a:1&knoop=b:2&omgeving=b:2');
    expect(state.steps).toEqual([
      { kind: 'omgeving', id: 'a:1' },
      { kind: 'knoop', id: 'b:2' },
      { kind: 'omgeving', id: 'b:2' },
    ]);
  });

  it('reads an edge id with its escaped characters, and a literal plus as a plus', () => {
    expect(parseState('#selectie=a:1%3ELIGT_IN%3Eb:2').selectie).toBe('a:1>LIGT_IN>b:2');
    expect(parseState('#selectie=kandidaat:a:1+a:2').selectie).toBe('kandidaat:a:1+a:2');
  });

  it('leaves out what it cannot read: unknown keys, empty values, a path without two ends, bad escapes', () => {
    expect(parseState('#onbekend=x&gebied=&pad=a:1&pad=a:1,b:2,c:3&knoop=%E0%A4%A&van=a:1')).toEqual({
      ...startState,
      steps: [{ kind: 'knoop', id: '%E0%A4%A' }],
      van: 'a:1',
    });
  });

  it('reads the kinds left out in any order, sorted and without doubles; hidden nodes in the order hidden', () => {
    const state = parseState('#zonder-soort=Persoon,Document,,Persoon&verborgen=b:2,a:1&zonder-soort=Groep');
    expect(state.zonderSoorten).toEqual(['Document', 'Groep', 'Persoon']);
    expect(state.verborgen).toEqual(['b:2', 'a:1']);
    expect(state.zonderRelaties).toEqual([]);
  });

  it('highlights a path only while it is the last step', () => {
    expect(highlightedPad(everything)).toEqual({ kind: 'pad', van: 'ministerie:lnv', naar: 'regio:chemelot' });
    expect(highlightedPad({ ...everything, steps: [...everything.steps, { kind: 'knoop', id: 'x:1' }] })).toBe(
      undefined,
    );
  });
});
