// The explorer's only way to the data: the public GraphQL API of this same service.
// Every fact the page shows comes with its sources, so the queries always ask for them.

const BRON = 'citaat regelVan regelTot document { naam datum }';
const RELATIE = `type van naar rol onderwerp bronnen { ${BRON} }`;
const KNOOP = 'id naam soort';
const KANDIDAAT = `opgaven { id } score
  bewijs { gedeeld { ${KNOOP} } graad gewicht verbindingen { opgave { id } relaties { ${RELATIE} } } }`;

/** Sends one operation; resolves to its data, rejects with the API's own error messages. */
export async function request(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`De dienst gaf geen leesbaar antwoord (HTTP ${response.status}).`);
  }
  if (body.errors && body.errors.length > 0) throw new Error(body.errors.map((error) => error.message).join(' '));
  if (!response.ok || !body.data) throw new Error(`De dienst antwoordde met HTTP ${response.status}.`);
  return body.data;
}

/** Follows a Relay connection page by page, from the page after `after` (the first when null). */
async function collect(query, field, variables = {}, after = null) {
  const nodes = [];
  do {
    const connection = (await request(query, { ...variables, after }))[field];
    nodes.push(...connection.edges.map((edge) => edge.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const CROSSOVERS = `crossovers(first: 100, after: $after) {
  edges { node { ${KNOOP} opgaven { edges { node { id } relatie { ${RELATIE} } } } } }
  pageInfo { hasNextPage endCursor }
}`;

/**
 * The opgaven map's nodes: the opgaven and the declared crossovers with the relations that join
 * them, in one request (more only when there are over 100 crossovers, as in a synthetic graph).
 */
export async function fetchOpgavenMap() {
  const data = await request(
    `query VerkennerOpgavenkaart($after: String) { opgaven { edges { node { ${KNOOP} nummer categorie } } } ${CROSSOVERS} }`,
    { after: null },
  );
  const more = data.crossovers.pageInfo.hasNextPage
    ? await collect(
        `query VerkennerCrossovers($after: String) { ${CROSSOVERS} }`,
        'crossovers',
        {},
        data.crossovers.pageInfo.endCursor,
      )
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
export async function fetchKandidaten() {
  const data = await request('query VerkennerKandidaten { crossoverKandidaten(first: 20) { opgaven { id } score } }');
  return data.crossoverKandidaten;
}

/** The evidence of the candidate crossover between opgaven `a` and `b`; `null` when it is no candidate (any more). */
export async function fetchKandidaatBewijs(a, b) {
  const data = await request(
    `query VerkennerKandidaatBewijs($opgave: ID!) { crossoverKandidaten(opgave: $opgave, first: 100) { ${KANDIDAAT} } }`,
    { opgave: a },
  );
  return (
    data.crossoverKandidaten.find((kandidaat) => kandidaat.opgaven.some((opgave) => opgave.id === b))?.bewijs ?? null
  );
}

/** Regions and provinces for the area chooser. */
export async function fetchGebieden() {
  const pageInfo = 'pageInfo { hasNextPage endCursor }';
  const [regios, provincies] = await Promise.all([
    collect(
      `query VerkennerRegios($after: String) { regios(first: 100, after: $after) { edges { node { id naam } } ${pageInfo} } }`,
      'regios',
    ),
    collect(
      `query VerkennerProvincies($after: String) { actoren(soort: [Provincie], first: 100, after: $after) { edges { node { id naam } } ${pageInfo} } }`,
      'actoren',
    ),
  ]);
  return { regios, provincies };
}

/** What comes together in a region or province; `null` when the area does not exist. */
export async function fetchSamenkomst(gebied) {
  const data = await request(
    `query VerkennerSamenkomst($gebied: ID!) {
      samenkomst(gebied: $gebied) {
        gebied { ${KNOOP} }
        deelgebieden { ${KNOOP} }
        ligtIn { ${KNOOP} }
        opgaven { opgave { ${KNOOP} } relaties { ${RELATIE} } }
        crossovers { ${KNOOP} opgaven { edges { node { id } relatie { ${RELATIE} } } } }
        instrumenten { ${KNOOP} }
        actoren { ${KNOOP} }
        kandidaten(first: 10) { ${KANDIDAAT} }
      }
    }`,
    { gebied },
  );
  return data.samenkomst;
}

/** Full-text search, best hit first. */
export async function search(tekst) {
  const data = await request(
    `query VerkennerZoek($tekst: String!) { zoek(tekst: $tekst, first: 10) { edges { node { ${KNOOP} } } } }`,
    { tekst },
  );
  return data.zoek.edges.map((edge) => edge.node);
}

/** The nodes and relations one step around a node; `null` when the node does not exist. */
export async function fetchOmgeving(id) {
  const data = await request(
    `query VerkennerOmgeving($id: ID!) {
      omgeving(id: $id, stappen: 1, maxKnopen: 150) {
        afgekapt
        knopen { ${KNOOP} }
        verbindingen { relatie { ${RELATIE} } }
      }
    }`,
    { id },
  );
  return data.omgeving;
}

/** The shortest path between two nodes, or `null` when there is none within the service's bound. */
export async function fetchPad(van, naar) {
  const data = await request(
    `query VerkennerPad($van: ID!, $naar: ID!) {
      pad(van: $van, naar: $naar, aantal: 1) { lengte knopen { ${KNOOP} } stappen { relatie { ${RELATIE} } } }
    }`,
    { van, naar },
  );
  return data.pad[0] ?? null;
}

/** A node's own facts: description, sources, properties and disagreeing claims. */
export async function fetchKnoop(id) {
  const data = await request(
    `query VerkennerKnoop($id: ID!) {
      node(id: $id) {
        ... on Entiteit {
          ${KNOOP} afkorting beschrijving
          bronnen { ${BRON} }
          eigenschappen { naam waarde }
          varianten { eigenschap waarde bron { ${BRON} } }
        }
      }
    }`,
    { id },
  );
  return data.node;
}
