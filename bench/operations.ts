/*
 * The fixed set of operations, each as this service's GraphQL, the Neo4j GraphQL Library's
 * GraphQL and a raw Cypher endpoint, asking for the same data. Ids differ by graph: the seeded
 * graph's real ones, or the synthetic graph's hubs (`npm run generate`).
 */
import { buildSearchQuery } from '../src/graph/search-query.js';

export interface GraphqlRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The raw Cypher server's statements, by name (see raw-cypher-server.ts). */
export type RawStatement = 'regioprofiel' | 'opgave' | 'zoek' | 'kandidaten' | 'pad';

export interface Operation {
  key: RawStatement;
  /** What it asks, for the results table. */
  title: string;
  ours: GraphqlRequest;
  library: GraphqlRequest;
  /** How the library answers it. */
  libraryHow: string;
  raw: { statement: RawStatement; parameters: Record<string, unknown> };
  /** A short account of an answer, to check that the three contenders found the same. */
  summarize: { ours(data: Json): string; library(data: Json): string; raw(rows: Json[]): string };
}

/** Parsed JSON answers; the summaries read them by known shape. */
export type Json = any;

/** Operation names whose statements get the traversal timeout, as the service's discovery queries do. */
export const discoveryOperations = new Set(['Kandidaten', 'Pad']);

export type Graph = 'seed' | 'synthetisch';

/** What an operation is asked about: the ids, the search text and the opgave candidates are limited to (null: all). */
export interface Question {
  regio: string;
  opgave: string;
  van: string;
  naar: string;
  tekst: string;
  kandidatenVan: string | null;
}

/** The single-operation tables ask one fixed question per graph. */
const fixedQuestions: Record<Graph, Question> = {
  seed: {
    regio: 'regio:food-valley',
    opgave: 'opgave:klimaat',
    van: 'ministerie:lnv',
    naar: 'regio:chemelot',
    tekst: 'klimaat',
    kandidatenVan: null,
  },
  synthetisch: {
    regio: 'regio:synthetisch-100',
    opgave: 'opgave:synthetisch-1',
    van: 'ministerie:synthetisch-4',
    naar: 'regio:synthetisch-5000',
    tekst: 'klimaat',
    kandidatenVan: null,
  },
};
const page = 20;
const candidateCount = 5;
export const pathMaxHops = 4;
const pathCount = 3;

const counts = (parts: Record<string, number>) =>
  Object.entries(parts)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function operations(graph: Graph): Operation[] {
  return operationsFor(fixedQuestions[graph]);
}

/** The five operations, each asking `question`. */
export function operationsFor(question: Question): Operation[] {
  const id = question;
  const searchText = question.tekst;
  const lucene = buildSearchQuery(searchText);
  return [
    {
      key: 'regioprofiel',
      title: `region profile: \`regio(id: "${id.regio}")\` with its provinces, opgaven (and the sources of each link), instruments, crossovers`,
      ours: {
        operationName: 'Regioprofiel',
        query: `query Regioprofiel($id: ID!) {
  regio(id: $id) {
    id naam beschrijving
    provincies { totalCount edges { node { id naam } } }
    opgaven { totalCount edges { node { id naam } relatie { onderwerp bronnen { citaat regelVan regelTot } } } }
    instrumenten { totalCount edges { node { id naam } } }
    crossovers { totalCount edges { node { id naam } } }
  }
}`,
        variables: { id: id.regio },
      },
      library: {
        operationName: 'Regioprofiel',
        query: `query Regioprofiel($id: ID!) {
  regios(where: { id: { eq: $id } }) {
    id naam beschrijving
    provinciesConnection(first: ${page}, sort: [{ node: { naam: ASC } }]) { totalCount edges { node { id naam } } }
    opgavenConnection(first: ${page}, sort: [{ node: { nummer: ASC } }]) {
      totalCount edges { properties { onderwerp bronCitaat bronRegelVan bronRegelTot } node { id naam } }
    }
    instrumentenConnection(first: ${page}, sort: [{ node: { naam: ASC } }]) { totalCount edges { node { id naam } } }
    crossoversConnection(first: ${page}, sort: [{ node: { naam: ASC } }]) { totalCount edges { node { id naam } } }
  }
}`,
        variables: { id: id.regio },
      },
      libraryHow: 'generated connections',
      raw: { statement: 'regioprofiel', parameters: { id: id.regio, first: page } },
      summarize: {
        ours: ({ regio }) =>
          counts({
            provincies: regio.provincies.totalCount,
            opgaven: regio.opgaven.totalCount,
            instrumenten: regio.instrumenten.totalCount,
            crossovers: regio.crossovers.totalCount,
          }),
        library: ({ regios: [regio] }) =>
          counts({
            provincies: regio.provinciesConnection.totalCount,
            opgaven: regio.opgavenConnection.totalCount,
            instrumenten: regio.instrumentenConnection.totalCount,
            crossovers: regio.crossoversConnection.totalCount,
          }),
        raw: ([{ regio }]) =>
          counts({
            provincies: regio.provincies.totalCount,
            opgaven: regio.opgaven.totalCount,
            instrumenten: regio.instrumenten.totalCount,
            crossovers: regio.crossovers.totalCount,
          }),
      },
    },
    {
      key: 'opgave',
      title: `opgave with three levels of relations: \`opgave(id: "${id.opgave}")\`, its themes, their instruments, who takes part in those (${page} a level)`,
      ours: {
        operationName: 'OpgaveDrieNiveaus',
        query: `query OpgaveDrieNiveaus($id: ID!) {
  opgave(id: $id) {
    id naam
    themas { totalCount edges { node { id naam
      instrumenten { totalCount edges { node { id naam
        betrokkenen { totalCount edges { node { id naam } relatie { rol } } }
      } } }
    } } }
  }
}`,
        variables: { id: id.opgave },
      },
      library: {
        operationName: 'OpgaveDrieNiveaus',
        query: `query OpgaveDrieNiveaus($id: ID!) {
  opgaves(where: { id: { eq: $id } }) {
    id naam
    themasConnection(first: ${page}, sort: [{ node: { naam: ASC } }]) { totalCount edges { node { id naam
      instrumentenConnection(first: ${page}, sort: [{ node: { naam: ASC } }]) { totalCount edges { node { id naam
        betrokkenenConnection(first: ${page}, sort: [{ node: { naam: ASC } }]) { totalCount edges { properties { rol } node { id naam } } }
      } } }
    } } }
  }
}`,
        variables: { id: id.opgave },
      },
      libraryHow: 'generated connections',
      raw: { statement: 'opgave', parameters: { id: id.opgave, first: page } },
      summarize: {
        ours: ({ opgave }) =>
          threeLevels(
            opgave.themas.totalCount,
            opgave.themas.edges.map((e: Json) => e.node.instrumenten),
            (i: Json) => i.edges.map((e: Json) => e.node.betrokkenen.totalCount),
          ),
        library: ({ opgaves: [opgave] }) =>
          threeLevels(
            opgave.themasConnection.totalCount,
            opgave.themasConnection.edges.map((e: Json) => e.node.instrumentenConnection),
            (i: Json) => i.edges.map((e: Json) => e.node.betrokkenenConnection.totalCount),
          ),
        raw: ([{ opgave }]) =>
          threeLevels(
            opgave.themas.totalCount,
            opgave.themas.items.map((t: Json) => t.instrumenten),
            (i: Json) => i.items.map((x: Json) => x.betrokkenen.totalCount),
          ),
      },
    },
    {
      key: 'zoek',
      title: `search: \`zoek(tekst: "${searchText}", first: ${page})\`, total and first page (the library: its \`@fulltext\` query on the same index, with the Lucene query the service builds)`,
      ours: {
        operationName: 'Zoek',
        query: `query Zoek($tekst: String!) { zoek(tekst: $tekst, first: ${page}) { totalCount edges { score node { id naam } } } }`,
        variables: { tekst: searchText },
      },
      library: {
        operationName: 'Zoek',
        query: `query Zoek($phrase: String!) {
  zoekEntiteiten(phrase: $phrase, first: ${page}, sort: [{ score: DESC }]) { totalCount edges { score node { id naam } } }
}`,
        variables: { phrase: lucene },
      },
      libraryHow: '`@fulltext`',
      raw: { statement: 'zoek', parameters: { query: lucene, first: page } },
      summarize: {
        ours: ({ zoek }) => `${zoek.totalCount} hits, first ${zoek.edges[0]?.node.id}`,
        library: ({ zoekEntiteiten }) => `${zoekEntiteiten.totalCount} hits, first ${zoekEntiteiten.edges[0]?.node.id}`,
        raw: ([{ zoek }]) => `${zoek.totalCount} hits, first ${zoek.items[0]?.id}`,
      },
    },
    {
      key: 'pad',
      title: `path: \`pad(van: "${id.van}", naar: "${id.naar}", maxStappen: ${pathMaxHops})\`, each step with its relation and sources`,
      ours: {
        operationName: 'Pad',
        query: `query Pad($van: ID!, $naar: ID!) {
  pad(van: $van, naar: $naar, maxStappen: ${pathMaxHops}, aantal: ${pathCount}) {
    lengte knopen { id naam } stappen { van { id } naar { id } relatie { type bronnen { citaat } } }
  }
}`,
        variables: { van: id.van, naar: id.naar },
      },
      library: {
        operationName: 'Pad',
        query: `query Pad($from: ID!, $to: ID!) {
  pad(from: $from, to: $to, limit: ${pathCount}) { lengte knopen { id naam } stappen { van naar type bronCitaat } }
}`,
        variables: { from: id.van, to: id.naar },
      },
      libraryHow: '`@cypher`, the same Cypher as ours',
      raw: { statement: 'pad', parameters: { from: id.van, to: id.naar, limit: pathCount } },
      summarize: {
        ours: ({ pad }) => paths(pad),
        library: ({ pad }) => paths(pad),
        raw: (rows) => paths(rows.map((row) => row.pad)),
      },
    },
    {
      key: 'kandidaten',
      title: `candidate crossovers: \`crossoverKandidaten(first: ${candidateCount})\` with their evidence and its sources`,
      ours: {
        operationName: 'Kandidaten',
        query: `query Kandidaten($opgave: ID) {
  crossoverKandidaten(opgave: $opgave, first: ${candidateCount}) {
    opgaven { id naam } score gedeclareerd
    bewijs { gedeeld { id naam } graad gewicht verbindingen { opgave { id } relaties { type bronnen { citaat } } } }
  }
}`,
        variables: { opgave: question.kandidatenVan },
      },
      library: {
        operationName: 'Kandidaten',
        query: `query Kandidaten($opgave: ID) {
  crossoverKandidaten(opgave: $opgave, area: null, includeDeclared: false, limit: ${candidateCount}, evidenceLimit: 25) {
    opgaven { id naam } score gedeclareerd
    bewijs { gedeeld { id naam } graad gewicht verbindingen { opgave relaties { type bronCitaat } } }
  }
}`,
        variables: { opgave: question.kandidatenVan },
      },
      libraryHow: '`@cypher`, the same Cypher as ours',
      raw: {
        statement: 'kandidaten',
        parameters: {
          opgave: question.kandidatenVan,
          area: null,
          includeDeclared: false,
          limit: candidateCount,
          evidenceLimit: 25,
        },
      },
      summarize: {
        ours: ({ crossoverKandidaten }) => candidates(crossoverKandidaten),
        library: ({ crossoverKandidaten }) => candidates(crossoverKandidaten),
        raw: (rows) => candidates(rows.map((row) => row.kandidaat)),
      },
    },
  ];
}

function threeLevels(themes: number, instrumentPages: Json[], actorTotals: (page: Json) => number[]): string {
  return counts({
    themas: themes,
    instrumenten: sum(instrumentPages.map((page) => page.totalCount)),
    betrokkenen: sum(instrumentPages.flatMap(actorTotals)),
  });
}

function candidates(list: Json[]): string {
  return list
    .map(
      (c) =>
        `${c.opgaven.map((o: Json) => o.id.replace(/^opgave:/, '')).join('+')} ${c.score.toFixed(2)} (${c.bewijs.length})`,
    )
    .join(', ');
}

function paths(list: Json[]): string {
  return `${list.length} of ${[...new Set(list.map((p) => p.lengte))].join('/')} steps`;
}
