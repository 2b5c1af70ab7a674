import { buildSchema, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { unpricedListFields } from '../../src/http/list-sizes.js';
import { estimateCost } from '../../src/http/query-cost.js';
import { documentTexts, ownDocuments } from '../../src/http/own-documents.js';
import { loadTypeDefs } from '../../src/server.js';
import { amplificationQuery } from '../support/amplification.js';

const schema = buildSchema(loadTypeDefs());
const defaultMaxCost = loadConfig({}).limits.maxCost;

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  return estimateCost(schema, document, operationOf(document), variables);
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  return document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
}

/** Every operation the service's own pages and IDE send, by name: the limit must let them through. */
const ownOperations = documentTexts(ownDocuments).map((text) => [operationOf(parse(text)).name!.value, text]);

describe('the cost limit prices what a query returns', () => {
  it('has a price for every list field of the schema', () => {
    expect(unpricedListFields(schema)).toEqual([]);
  });

  it("prices the probe's amplification query (D4) over the limit", () => {
    expect(costOf(amplificationQuery())).toBeGreaterThan(defaultMaxCost);
  });

  it('prices a neighbourhood by the nodes and steps asked for', () => {
    const query = (maxKnopen: number, stappen: number) =>
      `{ omgeving(id: "opgave:klimaat", stappen: ${stappen}, maxKnopen: ${maxKnopen}) { knopen { id } verbindingen { id } } }`;
    expect(costOf(query(500, 3))).toBeGreaterThan(costOf(query(150, 1)));
    expect(costOf(query(150, 1))).toBeGreaterThan(151 * 4);
  });

  it('prices sources at their bound, also without first', () => {
    const withSources = costOf('{ opgave(id: "opgave:klimaat") { bronnen { citaat tekst } } }');
    const without = costOf('{ opgave(id: "opgave:klimaat") { naam } }');
    expect(withSources - without).toBeGreaterThanOrEqual(10 * 2);
  });

  it('prices a traversal whose variables keep their defaults, as when a caller sends none', () => {
    const query =
      'query P($van: ID! = "ministerie:lnv", $n: Int = 20) { omgeving(id: $van, maxKnopen: $n) { knopen { id } } }';
    expect(costOf(query)).toBeLessThan(costOf(query, { n: 500 }));
  });

  it.each(ownOperations)('lets the service’s own operation %s through', (_name, text) => {
    const variables = {
      ...{ id: 'opgave:klimaat', opgave: 'opgave:klimaat', gebied: 'regio:food-valley', tekst: 'klimaat' },
      ...{ van: 'opgave:klimaat', naar: 'opgave:wonen' },
      // The verkenner asks the sources of at most 100 nodes at once.
      ids: Array.from({ length: 100 }, (_, index) => `regio:${index}`),
    };
    expect(costOf(text, variables)).toBeLessThanOrEqual(defaultMaxCost);
  });
});
