import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadSeeds } from '../../src/seeds/load-seeds.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';

/**
 * Loading newer seed files into a database that holds older ones (an operator's upgrade) loses
 * nothing recorded through the API: not on a node that got a new id, nor on one that is gone.
 */
const logger = createLogger('silent');
let neo4j: PrivateNeo4j;

beforeAll(async () => {
  neo4j = await startPrivateNeo4j({ seeded: true });
  // What older seed files left, and what callers recorded on it.
  await neo4j.database.write(
    'an older seeded graph with recorded facts',
    `MATCH (rob:Entiteit {id: 'organisatie:rob'}), (wonen:Entiteit {id: 'opgave:wonen'})
     CREATE (earlier:Entiteit:Organisatie:Actor {id: 'organisatie:regioburgemeesters', naam: 'regioburgemeesters', herkomst: 'seed'})
     CREATE (earlier)-[:BETROKKEN_BIJ {sleutel: 'organisatie:regioburgemeesters>BETROKKEN_BIJ>opgave:wonen', herkomst: 'api', rol: 'vastgelegd'}]->(wonen)
     CREATE (rob)-[:ONDERDEEL_VAN {sleutel: 'organisatie:rob>ONDERDEEL_VAN>organisatie:regioburgemeesters', herkomst: 'api'}]->(earlier)
     CREATE (earlier)-[:BETROKKEN_BIJ {sleutel: 'organisatie:regioburgemeesters>BETROKKEN_BIJ>opgave:klimaat', herkomst: 'seed'}]->(wonen)
     CREATE (gone:Entiteit:Organisatie:Actor {id: 'organisatie:opgeheven', naam: 'opgeheven', herkomst: 'seed'})
     CREATE (gone)-[:BETROKKEN_BIJ {sleutel: 'organisatie:opgeheven>BETROKKEN_BIJ>opgave:wonen', herkomst: 'api'}]->(wonen)
     CREATE (:Entiteit:Organisatie:Actor {id: 'organisatie:vergeten', naam: 'vergeten', herkomst: 'seed'})
     WITH 1 AS done
     MATCH (gemeenten:Entiteit {id: 'groep:gemeenten'}) SET gemeenten:Organisatie`,
    {},
  );
  await loadSeeds(neo4j.database, logger, { force: true });
});
afterAll(() => neo4j?.stop());

async function relationsOf(id: string) {
  return neo4j.database.read<{ van: string; type: string; naar: string; sleutel: string; herkomst: string }>(
    'relations of a node',
    `MATCH (n {id: $id})-[r]-() RETURN startNode(r).id AS van, type(r) AS type, endNode(r).id AS naar,
            r.sleutel AS sleutel, r.herkomst AS herkomst ORDER BY sleutel`,
    { id },
  );
}

describe('loading newer seed files over older ones', () => {
  it('moves what was recorded on an earlier id to the node that replaces it, with keys that follow', async () => {
    const recorded = (await relationsOf('groep:regioburgemeesters')).filter((r) => r.herkomst === 'api');
    expect(recorded).toEqual([
      {
        van: 'groep:regioburgemeesters',
        type: 'BETROKKEN_BIJ',
        naar: 'opgave:wonen',
        sleutel: 'groep:regioburgemeesters>BETROKKEN_BIJ>opgave:wonen',
        herkomst: 'api',
      },
      {
        van: 'organisatie:rob',
        type: 'ONDERDEEL_VAN',
        naar: 'groep:regioburgemeesters',
        sleutel: 'organisatie:rob>ONDERDEEL_VAN>groep:regioburgemeesters',
        herkomst: 'api',
      },
    ]);
    expect(await relationsOf('organisatie:regioburgemeesters')).toEqual([]);
  });

  it('keeps a vanished node that carries recorded facts as retracted, and removes one that carries none', async () => {
    const [kept] = await neo4j.database.read<{ labels: string[]; reden: string }>(
      'the vanished node',
      "MATCH (n {id: 'organisatie:opgeheven'}) RETURN labels(n) AS labels, n.reden AS reden",
      {},
    );
    expect(kept?.labels).toEqual(['Ingetrokken']);
    expect(kept?.reden).toBe('niet meer in de seedbestanden');
    expect((await relationsOf('organisatie:opgeheven')).map((r) => r.herkomst)).toEqual(['api']);
    const forgotten = await neo4j.database.read(
      'a node without recorded facts',
      "MATCH (n {id: 'organisatie:vergeten'}) RETURN n",
      {},
    );
    expect(forgotten).toEqual([]);
  });

  it('takes the old kind label off a node whose kind changed', async () => {
    const [row] = await neo4j.database.read<{ labels: string[] }>(
      'labels',
      "MATCH (n {id: 'groep:gemeenten'}) RETURN labels(n) AS labels",
      {},
    );
    expect(row?.labels.sort()).toEqual(['Actor', 'Entiteit', 'Groep']);
  });
});
