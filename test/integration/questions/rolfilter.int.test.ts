import { describe, expect, it } from 'vitest';
import { askTheService, BRON_REGELS, citedLines, sorted, type Bron } from '../../support/questions.js';

/*
 * Questions asked with the `rolSoort:` filter on connections whose relations carry roles, over HTTP, through both
 * read paths: a root field for one node reads ahead in one statement, `node(id:)` goes through the loaders. Above
 * each test: the document (numbered as in test/support/questions.ts) and the line(s) in seeds/documenten/ that give
 * the answer; the sources of the relations found cite exactly those lines.
 */

const ask = askTheService();

type Edges = {
  totalCount: number;
  edges: Array<{ node: { id: string }; relatie: { rolSoort: string | null; bronnen: Bron[] } }>;
};
const ids = (connection: Edges) => sorted(connection.edges.map(({ node }) => node.id));
/** For each node of the connection, the lines its relation cites (see `citedLines`). */
const lines = (connection: Edges) =>
  Object.fromEntries(connection.edges.map(({ node, relatie }) => [node.id, citedLines(relatie.bronnen)]));
const EDGES = `totalCount edges { node { id } relatie { rolSoort bronnen { ${BRON_REGELS} } } }`;

describe('connections filtered by role kind', () => {
  // 001 r.471–473: "Bestuurlijk verantwoordelijk Minister Binnenlandse Zaken (Ollongren)"; r.475–477: "Ambtelijk DG
  // Chris Kuijpers"
  it('for Toekomstbestendig wonen, betrokkenen(rolSoort: [BESTUURLIJK]) is Ollongren and [AMBTELIJK] is Kuijpers, by either path', async () => {
    const query = `query ($id: ID!) {
      ahead: opgave(id: $id) {
        bestuurlijk: betrokkenen(rolSoort: [BESTUURLIJK]) { ${EDGES} }
        ambtelijk: betrokkenen(rolSoort: [AMBTELIJK]) { ${EDGES} }
        alle: betrokkenen(first: 100) { ${EDGES} }
      }
      loaded: node(id: $id) { ... on Opgave {
        bestuurlijk: betrokkenen(rolSoort: [BESTUURLIJK]) { ${EDGES} }
      } }
    }`;
    const { ahead, loaded } = await ask<{
      ahead: { bestuurlijk: Edges; ambtelijk: Edges; alle: Edges };
      loaded: { bestuurlijk: Edges };
    }>(query, { id: 'opgave:wonen' });
    expect(ids(ahead.bestuurlijk)).toEqual(['persoon:ollongren']);
    expect(ahead.bestuurlijk.totalCount).toBe(1);
    expect(ids(ahead.ambtelijk)).toEqual(['persoon:chris-kuijpers']);
    expect(loaded.bestuurlijk).toEqual(ahead.bestuurlijk);
    expect(lines(ahead.bestuurlijk)).toEqual({ 'persoon:ollongren': ['001 r.471–473'] });
    expect(lines(ahead.ambtelijk)).toEqual({ 'persoon:chris-kuijpers': ['001 r.475–477'] });
    // The filter leaves out what the unfiltered connection holds of other kinds, and nothing of its own kind.
    expect(ahead.bestuurlijk.totalCount).toBeLessThan(ahead.alle.totalCount);
    expect(ids(ahead.bestuurlijk)).toEqual(
      sorted(ahead.alle.edges.filter(({ relatie }) => relatie.rolSoort === 'BESTUURLIJK').map(({ node }) => node.id)),
    );
  });

  // 001 r.496–499: "Bestuurlijk verantwoordelijk Lid BAC Regionale Economie"; r.501–504: "Ambtelijk Regina Bouius
  // (IPO) en Erik Eijkelberg (EZK)"
  it('asking for two role kinds gives the relations of either, and only those', async () => {
    const { opgave } = await ask<{ opgave: { betrokkenen: Edges } }>(
      `{ opgave(id: "opgave:regionale-economie") {
         betrokkenen(rolSoort: [BESTUURLIJK, AMBTELIJK]) { ${EDGES} } } }`,
    );
    expect(ids(opgave.betrokkenen)).toEqual(['overleg:bac-re', 'persoon:erik-eijkelberg', 'persoon:regina-bouius']);
    expect(new Set(opgave.betrokkenen.edges.map(({ relatie }) => relatie.rolSoort))).toEqual(
      new Set(['BESTUURLIJK', 'AMBTELIJK']),
    );
    expect(lines(opgave.betrokkenen)).toEqual({
      'overleg:bac-re': ['001 r.496–499'],
      'persoon:erik-eijkelberg': ['001 r.501–504'],
      'persoon:regina-bouius': ['001 r.501–504'],
    });
  });

  // 001 r.471–473: "Bestuurlijk verantwoordelijk Minister Binnenlandse Zaken (Ollongren)"
  it('the filter works from the actor’s side too: Ollongren is bestuurlijk involved in Toekomstbestendig wonen', async () => {
    const { actor } = await ask<{ actor: { betrokkenBij: Edges } }>(
      `{ actor(id: "persoon:ollongren") { betrokkenBij(rolSoort: [BESTUURLIJK], first: 100) { ${EDGES} } } }`,
    );
    expect(ids(actor.betrokkenBij)).toContain('opgave:wonen');
    expect(actor.betrokkenBij.edges.every(({ relatie }) => relatie.rolSoort === 'BESTUURLIJK')).toBe(true);
    expect(lines(actor.betrokkenBij)['opgave:wonen']).toEqual(['001 r.471–473']);
  });

  // An empty list asks for no filter: 001 r.471–477, the wonen rows of the memo's table
  it('an empty list of role kinds filters nothing', async () => {
    const { opgave } = await ask<{ opgave: { leeg: Edges; alle: Edges } }>(
      `{ opgave(id: "opgave:wonen") {
         leeg: betrokkenen(rolSoort: [], first: 100) { ${EDGES} }
         alle: betrokkenen(first: 100) { ${EDGES} } } }`,
    );
    expect(opgave.leeg).toEqual(opgave.alle);
    expect(lines(opgave.leeg)).toMatchObject({
      'persoon:ollongren': ['001 r.471–473'],
      'persoon:chris-kuijpers': ['001 r.475–477'],
    });
  });
});
