import { describe, expect, it } from 'vitest';
import type { EntityRecord, RelationRecord } from '../../src/graph/entity.js';
import type { RouteStep } from '../../src/graph/escalation-route.js';
import { progressReport, reportMarkdown } from '../../src/graph/progress-report.js';
import { progressOverview } from '../support/progress-overview.js';
import {
  bottleneckStatusInput,
  initiativeInput,
  parseInput,
  reportInput,
} from '../../src/recording/recording-input.js';
import { Escalatiestap, Stand } from '../../src/resolvers/knelpunt.js';

/** The pure parts of the liaisons' writes: their inputs, how a report shows an initiative, and route dates. */

const source = { document: 'document:ibp-een-jaar', regelVan: 9, regelTot: 9, citaat: 'Veel opgaven legden' };
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { extensions } = error as { extensions: Record<string, unknown> };
    return { code: extensions.code, argument: extensions.argument };
  }
  throw new Error('expected a refusal');
};

describe('the input of the liaisons’ writes', () => {
  const move = {
    knelpunt: 'knelpunt:x',
    status: 'OPGELOST',
    datum: '2019-Q2',
    reden: 'Gehoord.',
    versie: 1,
    bronnen: [source],
  };

  it('wants a reason, a date as precise as the source and a version for a status move', () => {
    expect(parseInput(bottleneckStatusInput, move, 'invoer')).toMatchObject({ status: 'OPGELOST', datum: '2019-Q2' });
    expect(refusal(() => parseInput(bottleneckStatusInput, { ...move, reden: '  ' }, 'invoer'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'invoer.reden',
    });
    expect(refusal(() => parseInput(bottleneckStatusInput, { ...move, versie: 0 }, 'invoer'))).toMatchObject({
      argument: 'invoer.versie',
    });
    expect(refusal(() => parseInput(bottleneckStatusInput, { ...move, status: 'KLAAR' }, 'invoer'))).toMatchObject({
      argument: 'invoer.status',
    });
  });

  it('refuses an initiative that names an opgave twice or an ask twice, and a report counted zero times a year', () => {
    const initiative = { naam: 'Groene Cirkels', gebieden: ['provincie:zuid-holland'], bronnen: [source] };
    expect(
      refusal(() =>
        parseInput(
          initiativeInput,
          { ...initiative, opgaven: [{ opgave: 'opgave:a' }, { opgave: 'opgave:a' }] },
          'invoer',
        ),
      ),
    ).toMatchObject({ argument: 'invoer.opgaven' });
    expect(
      refusal(() => parseInput(initiativeInput, { ...initiative, vragenAanRijk: ['Geld', 'Geld'] }, 'invoer')),
    ).toMatchObject({ argument: 'invoer.vragenAanRijk' });
    const report = {
      naam: 'Verslag',
      door: ['koepel:vng'],
      aan: ['organisatie:tweede-kamer'],
      over: ['opgave:a'],
      bronnen: [source],
    };
    expect(refusal(() => parseInput(reportInput, { ...report, perJaar: 0 }, 'invoer'))).toMatchObject({
      argument: 'invoer.perJaar',
    });
  });
});

describe('the progress report of an opgave with regional initiatives', () => {
  const overview = progressOverview({ id: 'opgave:klimaat', label: 'Opgave', properties: { naam: 'Klimaat' } });
  const initiative: EntityRecord = {
    id: 'regionaalinitiatief:energieke-veenkolonien',
    label: 'RegionaalInitiatief',
    properties: {
      naam: 'Energieke Veenkoloniën',
      vragenAanRijk: ['Ruimte op het net', 'Een regeling voor warmtenetten'],
      bronDocument: ['document:ibp-een-jaar'],
      bronRegelVan: [9],
      bronRegelTot: [9],
      bronCitaat: ['Veel opgaven legden in 2018 afspraken vast'],
      bronVindplaats: [''],
    },
  };

  it('lists each initiative with its asks to the Rijk and its source as a footnote', () => {
    const markdown = reportMarkdown(progressReport({ ...overview, initiatives: [initiative] }, new Map()));
    expect(markdown).toContain(
      '## Regionale initiatieven\n\n- Energieke Veenkoloniën; vraagt het Rijk: Ruimte op het net; Een regeling voor warmtenetten[^1]\n',
    );
    expect(markdown).toContain('[^1]: document:ibp-een-jaar, r. 9: "Veel opgaven legden in 2018 afspraken vast"');
  });

  it('says so when liaisons follow none, and leaves the section out when the overview does not look', () => {
    expect(reportMarkdown(progressReport({ ...overview, initiatives: [] }, new Map()))).toContain(
      '## Regionale initiatieven\n\nLiaisons volgen hier geen regionaal initiatief.\n',
    );
    expect(reportMarkdown(progressReport(overview, new Map()))).not.toContain('Regionale initiatieven');
  });
});

describe('a knelpunt followed by liaisons', () => {
  const body: EntityRecord = { id: 'overleg:x', label: 'Overleg', properties: {} };
  const agenda = (vanaf?: string): RelationRecord => ({
    type: 'BEHANDELD_IN',
    van: 'knelpunt:x',
    naar: 'overleg:x',
    properties: vanaf ? { vanaf } : {},
  });
  const vanaf = (via: RelationRecord[]) =>
    (Escalatiestap.vanaf as (step: RouteStep) => string | null)({ step: 1, body, via });

  it('is on a body’s agenda since the latest date a liaison gave, and since no date when the documents put it there', () => {
    expect(vanaf([agenda('2019-03-14'), agenda('2019-05-01'), agenda()])).toBe('2019-05-01');
    expect(vanaf([agenda()])).toBeNull();
  });

  it('has a status in a statement only when the statement is about a knelpunt', () => {
    const stand = (properties: Record<string, unknown>): EntityRecord => ({
      id: 'stand:x',
      label: 'Stand',
      properties,
    });
    const status = Stand.knelpuntStatus as (stand: EntityRecord) => string | null;
    expect(status(stand({ status: 'opgelost', vorigeStatus: 'gesignaleerd' }))).toBe('OPGELOST');
    expect(status(stand({ status: 'bereikt' }))).toBeNull();
  });
});
