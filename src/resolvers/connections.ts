import type { Resolvers } from '../generated/graphql.js';
import type { ConnectionPage, EdgeRecord } from '../graph/entity.js';
import { encodeCursor, pageInfo } from '../graph/pagination.js';
import { windowedKinds } from '../graph/dates.js';
import { gevondenDatum } from './datum.js';

/** Every connection type is a ConnectionPage and every edge an EdgeRecord; one set of resolvers serves all. */
const connection = {
  edges: (page: ConnectionPage) => page.edges,
  pageInfo: (page: ConnectionPage) => pageInfo(page.offset, page.edges.length, page.totalCount),
  totalCount: (page: ConnectionPage) => page.totalCount,
};

const edge = {
  cursor: (record: EdgeRecord) => encodeCursor(record.offset),
  node: (record: EdgeRecord) => record.node,
  relatie: (record: EdgeRecord) => record.relation ?? null,
};

export const connectionResolvers: Resolvers = {
  EntiteitConnection: connection,
  EntiteitEdge: edge,
  OpgaveConnection: connection,
  OpgaveEdge: edge,
  ThemaConnection: connection,
  ThemaEdge: edge,
  ActorConnection: connection,
  ActorEdge: edge,
  RegioConnection: connection,
  RegioEdge: edge,
  InstrumentConnection: connection,
  InstrumentEdge: edge,
  CrossoverConnection: connection,
  CrossoverEdge: edge,
  MijlpaalConnection: connection,
  MijlpaalEdge: edge,
  DocumentConnection: connection,
  DocumentEdge: edge,
  KnelpuntConnection: connection,
  KnelpuntEdge: edge,
  RegionaalInitiatiefConnection: connection,
  RegionaalInitiatiefEdge: edge,
  OverlegConnection: connection,
  OverlegEdge: edge,
  StandConnection: connection,
  StandEdge: edge,
  ToezeggingConnection: connection,
  ToezeggingEdge: edge,
  DoelConnection: connection,
  DoelEdge: edge,
  RapportageConnection: connection,
  RapportageEdge: edge,
  ActiviteitConnection: connection,
  ActiviteitEdge: edge,
  BedragConnection: connection,
  BedragEdge: edge,
  ZoekResultaatConnection: connection,
  ZoekResultaatEdge: { cursor: edge.cursor, node: edge.node, score: (record: EdgeRecord) => record.score ?? 0 },
  // The edges of the lists that take a date window say which date fell in it.
  ...(Object.fromEntries(windowedKinds.map((kind) => [`${kind}Edge`, { ...edge, gevondenDatum }])) as Resolvers),
};
