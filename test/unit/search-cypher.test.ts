import { execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { propertiesReadInList } from '../../src/read-model/look-ahead.js';
import { readModel } from '../../src/read-model/read-model.js';
import { searchCypher } from '../../src/repositories/search-repository.js';
import { schema } from '../support/look-ahead-probe.js';

/** The properties `zoek` reads of the nodes on its page for this query (no database needed). */
function propertiesOf(query: string): string[] | undefined {
  let properties: string[] | undefined | 'unresolved' = 'unresolved';
  const field = schema.getQueryType()!.getFields().zoek!;
  const resolve = field.resolve;
  field.resolve = (_root: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    properties = propertiesReadInList(readModel, info);
    return null;
  };
  try {
    void execute({ schema, document: parse(query) });
  } finally {
    field.resolve = resolve;
  }
  if (properties === 'unresolved') throw new Error('zoek was not resolved');
  return properties;
}

describe('the search statement', () => {
  it('counts every hit, and sorts and reads only the page (a top-k, not a sort of every hit)', () => {
    expect(searchCypher(['Opgave', 'Actor'], ['id', 'naam'])).toMatchInlineSnapshot(`
      "CALL db.index.fulltext.queryNodes('zoekindex', $query) YIELD node AS n, score
      WHERE (n:Opgave OR n:Actor)
      WITH collect({n: n, score: score}) AS found
      CALL (found) {
        UNWIND found AS hit
        WITH hit.n AS n, hit.score AS score ORDER BY score DESC, elementId(n) SKIP toInteger($offset) LIMIT toInteger($limit)
        RETURN collect({node: {labels: labels(n), properties: {id: n.id, naam: n.naam}}, score: score}) AS items
      }
      RETURN size(found) AS total, items"
    `);
  });

  it('reads every property of the nodes on the page when no selection is known', () => {
    expect(searchCypher(undefined)).toContain(
      'RETURN collect({node: {labels: labels(n), properties: properties(n)}, score: score}) AS items',
    );
  });
});

describe('what a search reads of the nodes on its page', () => {
  it('only the properties its selection reads, also in fragments on the kinds of node', () => {
    expect(
      propertiesOf(`{ zoek(tekst: "klimaat") { totalCount edges { score node { naam ... on Opgave { nummer } } } } }`),
    ).toEqual(['id', 'naam', 'nummer']);
  });

  it('only the id when it asks for no node', () => {
    expect(propertiesOf(`{ zoek(tekst: "klimaat") { totalCount edges { cursor } } }`)).toEqual(['id']);
  });

  it('every property when a selected field may read any of them', () => {
    expect(propertiesOf(`{ zoek(tekst: "klimaat") { edges { node { id eigenschappen { naam } } } } }`)).toBeUndefined();
  });
});
