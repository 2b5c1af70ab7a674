import { describe, expect, it } from 'vitest';
import { nodeLabels } from '../../src/graph/model.js';
import { connectionTreeCypher } from '../../src/repositories/connection-tree.js';
import { planOf } from '../support/look-ahead-probe.js';

/**
 * The Cypher the look-ahead generates for representative selections, pinned so that a change to a
 * statement's shape shows in review. Their answers are checked against the real Neo4j in
 * test/integration/look-ahead.int.test.ts.
 */
const cypherOf = (root: string, query: string) => connectionTreeCypher(planOf(root, query));

describe('the Cypher of a look-ahead', () => {
  it('one connection, nodes of a known kind: no labels, only the properties read', () => {
    const { cypher, parameters } = cypherOf(
      'opgave',
      `{ opgave(id: "opgave:klimaat") { trekkers(first: 5) { totalCount edges { node { naam } } } } }`,
    );
    expect(parameters).toEqual({ o0: 0, l0: 5, kinds: nodeLabels });
    expect(cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n0:Entiteit {id: id})
      CALL (n0) {
      MATCH (n0)<-[r1:TREKKER_VAN]-(m1:Entiteit)
      WHERE (m1:Actor)
      WITH r1, m1 ORDER BY toLower(m1.naam), m1.id
      WITH collect(m1) AS found1
      WITH size(found1) AS total1, found1[$o0..($o0 + $l0)] AS page1
      RETURN [total1, [item IN page1 | [head([label IN labels(item) WHERE label IN $kinds]), item.id, item.naam]]] AS c0
      }
      RETURN {labels: labels(n0), properties: properties(n0)} AS node, [c0] AS connections"
    `);
  });

  it('a connection whose nodes may be of several kinds carries the kind of each', () => {
    const { cypher } = cypherOf('opgave', `{ opgave(id: "opgave:klimaat") { regios { edges { node { id } } } } }`);
    expect(cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n0:Entiteit {id: id})
      CALL (n0) {
      MATCH (n0)-[r1:SPEELT_IN]->(m1:Entiteit)
      WHERE true
      WITH r1, m1 ORDER BY toLower(m1.naam), m1.id
      WITH collect(m1) AS found1
      WITH size(found1) AS total1, found1[$o0..($o0 + $l0)] AS page1
      RETURN [total1, [item IN page1 | [head([label IN labels(item) WHERE label IN $kinds]), item.id]]] AS c0
      }
      RETURN {labels: labels(n0), properties: properties(n0)} AS node, [c0] AS connections"
    `);
  });

  it('the relation of each edge, with only the relation properties read', () => {
    const { cypher } = cypherOf(
      'regio',
      `{ regio(id: "regio:food-valley") { opgaven { edges { node { id } relatie { type van naar onderwerp } } } } }`,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n0:Entiteit {id: id})
      CALL (n0) {
      MATCH (n0)<-[r1:SPEELT_IN]-(m1:Entiteit)
      WHERE (m1:Opgave)
      WITH r1, m1 ORDER BY m1.nummer IS NULL, m1.nummer, toLower(m1.naam), m1.id
      WITH collect({r: r1, m: m1}) AS found1
      WITH size(found1) AS total1, found1[$o0..($o0 + $l0)] AS page1
      RETURN [total1, [item IN page1 | [item.m.id, item.r.onderwerp]]] AS c0
      }
      RETURN {labels: labels(n0), properties: properties(n0)} AS node, [c0] AS connections"
    `);
  });

  it('a list in the order of the text sorts by the relation that lists, also when the query does not ask for it', () => {
    const { cypher } = cypherOf(
      'document',
      `{ document(id: "document:ibp-programmastart") { noemt { edges { node { id } } } } }`,
    );
    expect(cypher).toContain('MATCH (n0)-[r1:NOEMT]->(m1:Entiteit)');
    expect(cypher).toContain(
      'WITH r1, m1 ORDER BY r1.bronDocument[0], r1.bronRegelVan[0], r1.lijst, r1.positie IS NULL, r1.positie, toLower(m1.naam), m1.id\nWITH collect(m1) AS found1',
    );
  });

  it('verbanden in both directions names the ends from the relation itself', () => {
    const { cypher } = cypherOf(
      'thema',
      `{ thema(id: "thema:energie") { verbanden(typen: [THEMA_VAN, BETREFT]) { edges { node { naam } relatie { type van naar } } } } }`,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n0:Entiteit {id: id})
      CALL (n0) {
      MATCH (n0)-[r1:THEMA_VAN|BETREFT]-(m1:Entiteit)
      WHERE true
      WITH r1, m1 ORDER BY toLower(m1.naam), m1.id
      WITH collect({r: r1, m: m1}) AS found1
      WITH size(found1) AS total1, found1[$o0..($o0 + $l0)] AS page1
      RETURN [total1, [item IN page1 | [head([label IN labels(item.m) WHERE label IN $kinds]), item.m.id, item.m.naam, type(item.r), startNode(item.r).id, endNode(item.r).id]]] AS c0
      }
      RETURN {labels: labels(n0), properties: properties(n0)} AS node, [c0] AS connections"
    `);
  });

  it('two levels: the connections of each node on a page, in a nested subquery', () => {
    const { cypher, parameters } = cypherOf(
      'opgave',
      `{ opgave(id: "opgave:klimaat") { themas(first: 3) { edges { node { naam instrumenten(first: 2) { totalCount edges { node { naam } } } } } } } }`,
    );
    expect(parameters).toEqual({ o0: 0, l0: 3, o0_0: 0, l0_0: 2 });
    expect(cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n0:Entiteit {id: id})
      CALL (n0) {
      MATCH (n0)<-[r1:THEMA_VAN]-(m1:Entiteit)
      WHERE (m1:Thema)
      WITH r1, m1 ORDER BY toLower(m1.naam), m1.id
      WITH collect(m1) AS found1
      WITH size(found1) AS total1, found1[$o0..($o0 + $l0)] AS page1
      CALL (page1) {
      UNWIND range(0, size(page1) - 1) AS i1
      WITH i1, page1[i1] AS e1
      WITH i1, e1, e1 AS m1
      CALL (m1) {
      MATCH (m1)<-[r2:INSTRUMENT_VOOR]-(m2:Entiteit)
      WHERE (m2:Instrument)
      WITH r2, m2 ORDER BY toLower(m2.naam), m2.id
      WITH collect(m2) AS found2
      WITH size(found2) AS total2, found2[$o0_0..($o0_0 + $l0_0)] AS page2
      RETURN [total2, [item IN page2 | [item.id, item.naam]]] AS c0_0
      }
      RETURN collect([i1, e1.id, e1.naam, c0_0]) AS page1_
      }
      RETURN [total1, page1_] AS c0
      }
      RETURN {labels: labels(n0), properties: properties(n0)} AS node, [c0] AS connections"
    `);
  });

  it('a root list plans below each node on its page', () => {
    const { cypher } = cypherOf(
      'regios',
      `{ regios(first: 10) { edges { node { naam crossovers { totalCount } } } } }`,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n0:Entiteit {id: id})
      CALL (n0) {
      MATCH (n0)<-[r1:BETREFT]-(m1:Entiteit)
      WHERE (m1:Crossover)
      WITH r1, m1 ORDER BY toLower(m1.naam), m1.id
      WITH collect(m1) AS found1
      WITH size(found1) AS total1, found1[$o0..($o0 + $l0)] AS page1
      RETURN [total1, [item IN page1 | [item.id]]] AS c0
      }
      RETURN {labels: labels(n0), properties: properties(n0)} AS node, [c0] AS connections"
    `);
  });

  it('relations of some role kinds only: their rolSoort is a parameter', () => {
    const spec = { types: ['BETROKKEN_BIJ'], direction: 'in', targets: ['Actor'], roleKinds: ['bestuurlijk'] } as const;
    const plan = { connections: [{ spec, page: { offset: 0, limit: 20 }, relations: false, properties: ['id'] }] };
    const { cypher, parameters } = connectionTreeCypher(plan);
    expect(parameters).toEqual({ o0: 0, l0: 20, k0: ['bestuurlijk'], kinds: nodeLabels });
    expect(cypher).toContain('WHERE (m1:Actor) AND r1.rolSoort IN $k0');
  });

  it('a field that may read any property (eigenschappen) takes them all', () => {
    const { cypher } = cypherOf(
      'instrument',
      `{ instrument(id: "instrument:regio-deals") { ondertekenaars { edges { node { eigenschappen { naam waarde } } relatie { bronnen { citaat } } } } } }`,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n0:Entiteit {id: id})
      CALL (n0) {
      MATCH (n0)<-[r1:ONDERTEKENDE]-(m1:Entiteit)
      WHERE (m1:Actor)
      WITH r1, m1 ORDER BY toLower(m1.naam), m1.id
      WITH collect({r: r1, m: m1}) AS found1
      WITH size(found1) AS total1, found1[$o0..($o0 + $l0)] AS page1
      RETURN [total1, [item IN page1 | [head([label IN labels(item.m) WHERE label IN $kinds]), properties(item.m), item.r.bronCitaat, item.r.bronDocument, item.r.bronOokBij, item.r.bronOokCitaat, item.r.bronOokRegelTot, item.r.bronOokRegelVan, item.r.bronRegelTot, item.r.bronRegelVan, item.r.bronVindplaats]]] AS c0
      }
      RETURN {labels: labels(n0), properties: properties(n0)} AS node, [c0] AS connections"
    `);
  });
});
