/*
 * The Cypher of the two contenders that are not this service. For crossover candidates and paths
 * there is nothing to hand-write: both take the service's own queries, read from the repository
 * (which is given a runner that records instead of sending), so that all three run the same reads.
 * The other operations are written by hand here, as lean as a hand-written endpoint would be.
 */
import { relationTypeNames, type RelationType } from '../src/graph/model.js';
import type { GraphVersionSource, QueryRunner } from '../src/neo4j/database.js';
import { DiscoveryRepository } from '../src/repositories/discovery-repository.js';

/** Relation types a path follows by default: all but the document relations, as `pad` does. */
export const pathRelationTypes: RelationType[] = relationTypeNames.filter(
  (type) => !['BESPROKEN_IN', 'AFZENDER_VAN', 'GERICHT_AAN', 'VERWIJST_NAAR'].includes(type),
);

/** The repository's queries, in the order it sends them; each call answers with `answers[i]`. */
async function recordQueries(
  work: (repository: DiscoveryRepository) => Promise<unknown>,
  answers: unknown[][],
): Promise<string[]> {
  const texts: string[] = [];
  const recorder = {
    read: async (_name: string, cypher: string) => {
      texts.push(cypher);
      return answers[texts.length - 1] ?? [];
    },
  } as unknown as QueryRunner & GraphVersionSource;
  await work(new DiscoveryRepository(recorder, 0));
  return texts;
}

/** Replaces `from` in `text` exactly once, or fails: the service's query changed shape. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected "${from}" once in the service's query`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * `crossoverKandidaten`: the service's two queries (pairs, then their evidence) in one statement,
 * returning one map per candidate in the shape of the API's answer. Parameters: `opgave`, `area`,
 * `includeDeclared`, `limit`, `evidenceLimit`. Column `kandidaat`.
 */
export async function candidatesStatement(): Promise<string> {
  const pair = {
    a: { labels: ['Opgave'], properties: { id: 'a' } },
    b: { labels: ['Opgave'], properties: { id: 'b' } },
    score: 1,
    declared: [],
    evidence: ['z'],
  };
  const [pairs, evidence] = await recordQueries(
    (repository) => repository.candidates({ includeDeclared: false, limit: 1 }),
    [[pair]],
  );
  if (!pairs || !evidence) throw new Error('the service no longer reads candidates in two queries');
  const evidenceForPair = replaceOnce(
    evidence,
    'UNWIND $items AS item',
    'UNWIND [id IN evidenceIds | {a: a.properties.id, b: b.properties.id, id: id}] AS item',
  );
  return `CALL () {
${pairs}
}
WITH a, b, score, declared, evidence AS evidenceIds
CALL (a, b, evidenceIds) {
${evidenceForPair}
  ORDER BY degree, node.properties.id
}
WITH a, b, score, declared, collect({node: node, degree: degree, links: links}) AS evidence
ORDER BY score DESC, a.properties.id, b.properties.id
RETURN {
  opgaven: [{id: a.properties.id, naam: a.properties.naam}, {id: b.properties.id, naam: b.properties.naam}],
  score: score,
  gedeclareerd: size(declared) > 0,
  bewijs: [e IN evidence | {
    gedeeld: {id: e.node.properties.id, naam: e.node.properties.naam},
    graad: e.degree,
    gewicht: 1.0 / log(CASE WHEN e.degree < 2 THEN 2 ELSE e.degree END),
    verbindingen: [l IN e.links | {opgave: l.opgave, relaties: [r IN l.via | {type: r.type, bronCitaat: r.properties.bronCitaat}]}]
  }]
} AS kandidaat`;
}

/**
 * `pad`: the service's shortest-path query over the default relation types, returning one map per
 * path in the shape of the API's answer. Parameters: `from`, `to`, `limit`. Column `pad`.
 */
export async function pathStatement(maxHops: number): Promise<string> {
  const [paths] = await recordQueries(
    (repository) => repository.shortestPaths('a', 'b', pathRelationTypes, maxHops, 1),
    [],
  );
  if (!paths) throw new Error('the service no longer reads paths in one query');
  return `CALL () {
${paths}
}
RETURN {
  lengte: size(relations),
  knopen: [n IN nodes | {id: n.properties.id, naam: n.properties.naam}],
  stappen: [i IN range(0, size(relations) - 1) | {
    van: nodes[i].properties.id, naar: nodes[i + 1].properties.id,
    type: relations[i].type, bronCitaat: relations[i].properties.bronCitaat
  }]
} AS pad`;
}

/** A page of `limit` related nodes sorted as the service sorts them, with the total. */
function page(pattern: string, node: string, order: string, fields: string): string {
  return `COLLECT {
      MATCH ${pattern}
      WITH ${node} ORDER BY ${order}
      RETURN ${node} {${fields}}
    }`;
}

const byName = (n: string) => `toLower(${n}.naam), ${n}.id`;

/** The region profile: the region, its provinces, opgaven (with the relation's sources), instruments and crossovers. */
export const regionProfileCypher = `MATCH (g:Entiteit {id: $id}) WHERE g:Regio
WITH g,
  ${page('(g)-[:LIGT_IN]->(p:Entiteit)', 'p', byName('p'), '.id, .naam')} AS provincies,
  COLLECT {
      MATCH (g)<-[r:SPEELT_IN]-(o:Opgave)
      WITH o, r ORDER BY o.nummer IS NULL, o.nummer, ${byName('o')}
      RETURN {id: o.id, naam: o.naam, onderwerp: r.onderwerp, bronCitaat: r.bronCitaat, bronRegelVan: r.bronRegelVan, bronRegelTot: r.bronRegelTot}
    } AS opgaven,
  ${page('(g)<-[:INSTRUMENT_VOOR]-(i:Instrument)', 'i', byName('i'), '.id, .naam')} AS instrumenten,
  ${page('(g)<-[:BETREFT]-(c:Crossover)', 'c', byName('c'), '.id, .naam')} AS crossovers
RETURN g {.id, .naam, .beschrijving,
  provincies: {totalCount: size(provincies), items: provincies[..$first]},
  opgaven: {totalCount: size(opgaven), items: opgaven[..$first]},
  instrumenten: {totalCount: size(instrumenten), items: instrumenten[..$first]},
  crossovers: {totalCount: size(crossovers), items: crossovers[..$first]}
} AS regio`;

/**
 * An opgave with three levels of relations: its themes, their instruments, and who takes part in
 * those. Each level is collected whole (for its total) and then cut to a page, as the service does.
 */
export const opgaveThreeLevelsCypher = `MATCH (o:Entiteit {id: $id}) WHERE o:Opgave
CALL (o) {
  OPTIONAL MATCH (o)<-[:THEMA_VAN]-(t:Thema)
  WITH t ORDER BY ${byName('t')}
  WITH collect(t) AS themas
  CALL (themas) {
    UNWIND themas[..$first] AS t
    CALL (t) {
      OPTIONAL MATCH (t)<-[:INSTRUMENT_VOOR]-(i:Instrument)
      WITH i ORDER BY ${byName('i')}
      WITH collect(i) AS instrumenten
      CALL (instrumenten) {
        UNWIND instrumenten[..$first] AS i
        CALL (i) {
          OPTIONAL MATCH (i)<-[r:BETROKKEN_BIJ]-(a:Actor)
          WITH a, r ORDER BY ${byName('a')}
          WITH collect(CASE WHEN a IS NOT NULL THEN {id: a.id, naam: a.naam, rol: r.rol} END) AS betrokkenen
          RETURN {totalCount: size(betrokkenen), items: betrokkenen[..$first]} AS betrokkenen
        }
        RETURN collect({id: i.id, naam: i.naam, betrokkenen: betrokkenen}) AS items
      }
      RETURN {totalCount: size(instrumenten), items: items} AS instrumenten
    }
    RETURN collect({id: t.id, naam: t.naam, instrumenten: instrumenten}) AS items
  }
  RETURN {totalCount: size(themas), items: items} AS themas
}
RETURN {id: o.id, naam: o.naam, themas: themas} AS opgave`;

/** Full-text search: the total and the first page, best first. */
export const searchCypher = `CALL db.index.fulltext.queryNodes('zoekindex', $query) YIELD node AS n, score
WITH n, score ORDER BY score DESC, elementId(n)
WITH collect({id: n.id, naam: n.naam, score: score}) AS found
RETURN {totalCount: size(found), items: found[..$first]} AS zoek`;
