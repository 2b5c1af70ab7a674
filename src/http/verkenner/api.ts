// The explorer's only way to the data: the public GraphQL API of this same service. The operations
// are the .graphql files in operations/, sent as written: `npm run codegen` checks them against the
// schema and types their answers, and `npm run trusted-documents` puts them in the manifest, so the
// page works for callers without credentials when the service holds them to trusted documents.

import * as operations from './generated/operations.js';
import type {
  BronFragment as Bron,
  KandidaatMetBewijsFragment,
  Operation,
  VerkennerCrossoversQuery,
  VerkennerKandidatenQuery,
  VerkennerKnoopQuery,
  VerkennerOmgevingQuery,
  VerkennerOpgavenkaartQuery,
  VerkennerPadQuery,
  VerkennerSamenkomstQuery,
  VerkennerStandQuery,
  VerkennerZoekInTekstenQuery,
} from './generated/operations.js';

interface GraphqlResponse<Answer> {
  data?: Answer | null;
  errors?: Array<{ message: string }>;
}

/** Sends one operation; resolves to its data, rejects with the API's own error messages. */
export async function request<Answer, Variables>(
  operation: Operation<Answer, Variables>,
  variables: Variables,
): Promise<Answer> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: operation, variables }),
  });
  let body: GraphqlResponse<Answer>;
  try {
    body = (await response.json()) as GraphqlResponse<Answer>;
  } catch {
    throw new Error(`De dienst gaf geen leesbaar antwoord (HTTP ${response.status}).`);
  }
  if (body.errors && body.errors.length > 0) throw new Error(body.errors.map((error) => error.message).join(' '));
  if (!response.ok || !body.data) throw new Error(`De dienst antwoordde met HTTP ${response.status}.`);
  return body.data;
}

interface Page<Item> {
  edges: Array<{ node: Item }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Follows a Relay connection page by page, from the page after `after` (the first when null). */
async function collect<Answer, Item>(
  operation: Operation<Answer, { after: string | null | undefined }>,
  connectionOf: (answer: Answer) => Page<Item>,
  after: string | null = null,
): Promise<Item[]> {
  const items: Item[] = [];
  do {
    const connection = connectionOf(await request(operation, { after }));
    items.push(...connection.edges.map((edge) => edge.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return items;
}

export type Opgave = VerkennerOpgavenkaartQuery['opgaven']['edges'][number]['node'];
export type Crossover = VerkennerCrossoversQuery['crossovers']['edges'][number]['node'];
export type Kandidaat = VerkennerKandidatenQuery['crossoverKandidaten'][number];
export type Bewijs = KandidaatMetBewijsFragment['bewijs'];
export type Samenkomst = NonNullable<VerkennerSamenkomstQuery['samenkomst']>;
export type Omgeving = NonNullable<VerkennerOmgevingQuery['omgeving']>;
export type Pad = VerkennerPadQuery['pad'][number];
export type KnoopDetails = NonNullable<VerkennerKnoopQuery['node']>;
export type TekstTreffer = VerkennerZoekInTekstenQuery['zoekInTeksten']['edges'][number];
export type { BronFragment as Bron, RelatieFragment as Relatie, Soort } from './generated/operations.js';

/**
 * The opgaven map's nodes: the opgaven and the declared crossovers with the relations that join
 * them, in one request (more only when there are over 100 crossovers, as in a synthetic graph).
 */
export async function fetchOpgavenMap(): Promise<{ opgaven: Opgave[]; crossovers: Crossover[] }> {
  const data = await request(operations.VerkennerOpgavenkaart, { after: null });
  const more = data.crossovers.pageInfo.hasNextPage
    ? await collect(operations.VerkennerCrossovers, (answer) => answer.crossovers, data.crossovers.pageInfo.endCursor)
    : [];
  return {
    opgaven: data.opgaven.edges.map((edge) => edge.node),
    crossovers: [...data.crossovers.edges.map((edge) => edge.node), ...more],
  };
}

/**
 * The strongest candidate crossovers of the whole graph, without their evidence: enough to draw
 * them. The evidence of all twenty runs to megabytes in a large graph; `fetchKandidaatBewijs`
 * asks for one pair's when it is opened.
 */
export async function fetchKandidaten(): Promise<Kandidaat[]> {
  return (await request(operations.VerkennerKandidaten, {})).crossoverKandidaten;
}

/** The evidence of the candidate crossover between opgaven `a` and `b`; `null` when it is no candidate (any more). */
export async function fetchKandidaatBewijs(a: string, b: string): Promise<Bewijs | null> {
  const data = await request(operations.VerkennerKandidaatBewijs, { opgave: a });
  return (
    data.crossoverKandidaten.find((kandidaat) => kandidaat.opgaven.some((opgave) => opgave.id === b))?.bewijs ?? null
  );
}

export interface Gebied {
  id: string;
  naam: string;
}

/** Regions and provinces for the area chooser. */
export async function fetchGebieden(): Promise<{ regios: Gebied[]; provincies: Gebied[] }> {
  const [regios, provincies] = await Promise.all([
    collect(operations.VerkennerRegios, (answer) => answer.regios),
    collect(operations.VerkennerProvincies, (answer) => answer.actoren),
  ]);
  return { regios, provincies };
}

/** What comes together in a region or province; `null` when the area does not exist. */
export async function fetchSamenkomst(gebied: string): Promise<Samenkomst | null> {
  return (await request(operations.VerkennerSamenkomst, { gebied })).samenkomst;
}

/** Full-text search, best hit first. */
export async function search(tekst: string): Promise<Array<{ id: string; naam: string; soort: string }>> {
  return (await request(operations.VerkennerZoek, { tekst })).zoek.edges.map((edge) => edge.node);
}

/** The nodes and relations one step around a node; `null` when the node does not exist. */
export async function fetchOmgeving(id: string): Promise<Omgeving | null> {
  return (await request(operations.VerkennerOmgeving, { id })).omgeving;
}

/** The shortest path between two nodes, or `null` when there is none within the service's bound. */
export async function fetchPad(van: string, naar: string): Promise<Pad | null> {
  return (await request(operations.VerkennerPad, { van, naar })).pad[0] ?? null;
}

/** A node's own facts: description, sources, properties and disagreeing claims; `null` when it does not exist. */
export async function fetchKnoop(id: string): Promise<KnoopDetails | null> {
  const node = (await request(operations.VerkennerKnoop, { id })).node;
  // Every node is an Entiteit; an answer without a name would be another kind of Node.
  return node && 'naam' in node ? node : null;
}

/** The sources of the given nodes, asked for 100 at a time (the most `nodes` takes); a node not found has none. */
export async function fetchBronnen(ids: readonly string[]): Promise<Map<string, Bron[]>> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += 100) chunks.push(ids.slice(start, start + 100));
  const answers = await Promise.all(chunks.map((chunk) => request(operations.VerkennerBronnen, { ids: chunk })));
  const bronnen = new Map<string, Bron[]>();
  for (const node of answers.flatMap((answer) => answer.nodes)) {
    if (node && 'bronnen' in node) bronnen.set(node.id, node.bronnen);
  }
  return bronnen;
}

/** The service's version, as the caption of an exported picture names it. */
export async function fetchVersie(): Promise<string> {
  return (await request(operations.VerkennerDienst, {})).dienst.versie;
}

/** How the given nodes (at most 100) stand: see stand.ts. */
export async function fetchStand(ids: readonly string[]): Promise<VerkennerStandQuery['nodes']> {
  return (await request(operations.VerkennerStand, { ids: [...ids] })).nodes;
}

/** Passages of the documents that speak of `tekst`, best first, with the facts that cite them. */
export async function searchTeksten(tekst: string): Promise<{ totaal: number; treffers: TekstTreffer[] }> {
  const { totalCount, edges } = (await request(operations.VerkennerZoekInTeksten, { tekst })).zoekInTeksten;
  return { totaal: totalCount, treffers: edges };
}
