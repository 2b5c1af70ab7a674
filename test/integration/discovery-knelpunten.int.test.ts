import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/paths.js';
import { useOwnService } from '../support/own-service.js';
import { postGraphql } from '../support/service.js';

/**
 * Knelpunten as evidence for candidate crossovers, on a Neo4j of this file's own: a liaison signals
 * knelpunten that two opgaven share, or that two areas share, and the candidates show them. First, before
 * anything is written, the table of the strongest candidates in docs/discovery.md is checked against the
 * seeded graph.
 */

const own = useOwnService({ liaison: { role: 'liaison', subject: 'liaison-ontdekking' } });

async function ask<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const { body } = await postGraphql(own.service.baseUrl, { query, variables }, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

interface Kandidaat {
  opgaven: Array<{ id: string }>;
  score: number;
  bewijs: Array<{
    gedeeld: { id: string };
    gewicht: number;
    verbindingen: Array<{ opgave: { id: string }; relaties: Array<{ type: string; van: string; naar: string }> }>;
  }>;
}

async function kandidaat(a: string, b: string): Promise<Kandidaat | undefined> {
  const { crossoverKandidaten } = await ask<{ crossoverKandidaten: Kandidaat[] }>(
    `query ($opgave: ID!) { crossoverKandidaten(opgave: $opgave, inclusiefGedeclareerd: true, first: 100) {
       opgaven { id } score bewijs { gedeeld { id } gewicht verbindingen { opgave { id } relaties { type van naar } } } } }`,
    { opgave: a },
  );
  return crossoverKandidaten.find((candidate) => candidate.opgaven.some(({ id }) => id === b));
}

/** How each opgave reaches the shared node: the relation types, in order. */
const routes = (candidate: Kandidaat | undefined, shared: string) =>
  Object.fromEntries(
    candidate?.bewijs
      .find((evidence) => evidence.gedeeld.id === shared)
      ?.verbindingen.map((link) => [link.opgave.id, link.relaties.map(({ type }) => type)]) ?? [],
  );

/** A knelpunt recorded by a liaison, with a source checked at its lines (003 r.422). */
async function signaleer(naam: string, bij: string[]): Promise<string> {
  const { knelpuntSignaleren } = await ask<{ knelpuntSignaleren: { knooppunt: { id: string } } }>(
    `mutation ($invoer: KnelpuntInvoer!) { knelpuntSignaleren(invoer: $invoer) { knooppunt { id } } }`,
    {
      invoer: {
        naam,
        soort: 'WET_EN_REGELGEVING',
        bij,
        bronnen: [
          {
            document: 'document:ibp-programmastart',
            regelVan: 422,
            regelTot: 422,
            citaat: 'kan zo nodig belemmerende regelgeving worden aangepast',
          },
        ],
      },
    },
    own.token('liaison'),
  );
  return knelpuntSignaleren.knooppunt.id;
}

describe('the table of the strongest candidates in docs/discovery.md', () => {
  it('names the three strongest candidates of the seeded graph with their scores', async () => {
    const docs = readFileSync(fromProjectRoot('docs', 'discovery.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## The strongest candidates in the seeded graph'));
    const rows = [...section.matchAll(/^\| ([a-z ]+) \+ ([a-z ]+) \| (\d+\.\d\d) \|/gm)].map(([, a, b, score]) => ({
      pair: [a, b].map((name) => `opgave:${name!.replaceAll(' ', '-')}`).join(' + '),
      score: Number(score),
    }));
    const { crossoverKandidaten } = await ask<{ crossoverKandidaten: Kandidaat[] }>(
      '{ crossoverKandidaten(first: 3) { opgaven { id } score } }',
    );
    expect(rows).toEqual(
      crossoverKandidaten.map((candidate) => ({
        pair: candidate.opgaven.map(({ id }) => id).join(' + '),
        score: Math.round(candidate.score * 100) / 100,
      })),
    );
  });
});

describe('knelpunten as evidence for candidate crossovers', () => {
  it('a knelpunt two opgaven share is evidence for their pair, linked directly to each', async () => {
    const before = await kandidaat('opgave:migratie', 'opgave:schulden');
    const knelpunt = await signaleer('Knelpunt dat migratie en schulden delen', ['opgave:migratie', 'opgave:schulden']);
    const after = await kandidaat('opgave:migratie', 'opgave:schulden');
    expect(routes(after, knelpunt)).toEqual({
      'opgave:migratie': ['KNELPUNT_BIJ'],
      'opgave:schulden': ['KNELPUNT_BIJ'],
    });
    const weight = after!.bewijs.find((evidence) => evidence.gedeeld.id === knelpunt)!.gewicht;
    expect(after!.score - (before?.score ?? 0)).toBeCloseTo(weight, 9);
  });

  it('a knelpunt two areas share joins the opgaven that play in them (Eems-Dollard: klimaat; noordelijk plateau: vitaal platteland)', async () => {
    const before = await kandidaat('opgave:klimaat', 'opgave:vitaal-platteland');
    const knelpunt = await signaleer('Knelpunt in de Eems-Dollard en op het noordelijk plateau', [
      'regio:eems-dollard',
      'regio:noordelijk-plateau',
    ]);
    const after = await kandidaat('opgave:klimaat', 'opgave:vitaal-platteland');
    expect(routes(after, knelpunt)).toEqual({
      'opgave:klimaat': ['SPEELT_IN', 'KNELPUNT_BIJ'],
      'opgave:vitaal-platteland': ['SPEELT_IN', 'KNELPUNT_BIJ'],
    });
    const link = after!.bewijs
      .find((evidence) => evidence.gedeeld.id === knelpunt)!
      .verbindingen.find((verbinding) => verbinding.opgave.id === 'opgave:klimaat')!;
    expect(link.relaties.map(({ van, naar }) => [van, naar])).toEqual([
      ['opgave:klimaat', 'regio:eems-dollard'],
      [knelpunt, 'regio:eems-dollard'],
    ]);
    const weight = after!.bewijs.find((evidence) => evidence.gedeeld.id === knelpunt)!.gewicht;
    expect(after!.score - before!.score).toBeCloseTo(weight, 9);
  });

  it('a knelpunt of one opgave and of an area another plays in is evidence for the two (schulden; schaarstegebieden: wonen)', async () => {
    const knelpunt = await signaleer('Knelpunt van schulden in de schaarstegebieden', [
      'opgave:schulden',
      'regio:schaarstegebieden',
    ]);
    expect(routes(await kandidaat('opgave:schulden', 'opgave:wonen'), knelpunt)).toEqual({
      'opgave:schulden': ['KNELPUNT_BIJ'],
      'opgave:wonen': ['SPEELT_IN', 'KNELPUNT_BIJ'],
    });
  });

  it('a knelpunt of one area both opgaven play in does not count again beside that area (Achterhoek)', async () => {
    const knelpunt = await signaleer('Knelpunt in de Achterhoek', ['regio:achterhoek']);
    const candidate = await kandidaat('opgave:overkoepelend', 'opgave:vitaal-platteland');
    expect(candidate!.bewijs.map((evidence) => evidence.gedeeld.id)).toContain('regio:achterhoek');
    expect(candidate!.bewijs.map((evidence) => evidence.gedeeld.id)).not.toContain(knelpunt);
  });
});
