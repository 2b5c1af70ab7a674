/*
 * Type definitions for the Neo4j GraphQL Library over the same graph: the labels, relation types
 * and properties of src/graph/model.ts that the benchmark's operations read. Every node type also
 * carries the label `Entiteit`, so that a lookup by id uses the service's unique index on
 * `Entiteit.id` (without it the library would scan a label). Relations keep their sources as the
 * parallel lists the graph stores (`bronCitaat`, ...). Crossover candidates and paths have no
 * generated equivalent: they are `@cypher` fields running the service's own Cypher.
 */

export function neo4jGraphqlTypeDefs(statements: { candidates: string; path: string }): string {
  return /* GraphQL */ `
type Opgave @node(labels: ["Opgave", "Entiteit"]) {
  id: ID!
  naam: String!
  nummer: Int
  categorie: String
  themas: [Thema!]! @relationship(type: "THEMA_VAN", direction: IN)
  regios: [Entiteit!]! @relationship(type: "SPEELT_IN", direction: OUT, properties: "SpeeltIn")
  instrumenten: [Instrument!]! @relationship(type: "INSTRUMENT_VOOR", direction: IN)
}

type Thema @node(labels: ["Thema", "Entiteit"]) {
  id: ID!
  naam: String!
  instrumenten: [Instrument!]! @relationship(type: "INSTRUMENT_VOOR", direction: IN)
}

type Instrument @node(labels: ["Instrument", "Entiteit"]) {
  id: ID!
  naam: String!
  betrokkenen: [Actor!]! @relationship(type: "BETROKKEN_BIJ", direction: IN, properties: "BetrokkenBij")
}

type Regio @node(labels: ["Regio", "Entiteit"]) {
  id: ID!
  naam: String!
  beschrijving: String
  provincies: [Entiteit!]! @relationship(type: "LIGT_IN", direction: OUT)
  opgaven: [Opgave!]! @relationship(type: "SPEELT_IN", direction: IN, properties: "SpeeltIn")
  instrumenten: [Instrument!]! @relationship(type: "INSTRUMENT_VOOR", direction: IN)
  crossovers: [Crossover!]! @relationship(type: "BETREFT", direction: IN)
}

type Crossover @node(labels: ["Crossover", "Entiteit"]) {
  id: ID!
  naam: String!
}

type Actor @node(labels: ["Actor", "Entiteit"]) {
  id: ID!
  naam: String!
}

"""Any node; the full-text index zoekindex covers them all."""
type Entiteit
  @node(labels: ["Entiteit"])
  @fulltext(indexes: [{ indexName: "zoekindex", queryName: "zoekEntiteiten", fields: ["naam", "afkorting", "beschrijving"] }]) {
  id: ID!
  naam: String!
  afkorting: String
  beschrijving: String
}

type SpeeltIn @relationshipProperties {
  onderwerp: String
  bronCitaat: [String!]
  bronRegelVan: [Int!]
  bronRegelTot: [Int!]
}

type BetrokkenBij @relationshipProperties {
  rol: String
}

type KandidaatOpgave {
  id: ID!
  naam: String!
}

type KandidaatRelatie {
  type: String!
  bronCitaat: [String!]
}

type KandidaatVerbinding {
  opgave: ID!
  relaties: [KandidaatRelatie!]!
}

type KandidaatBewijs {
  gedeeld: KandidaatOpgave!
  graad: Int!
  gewicht: Float!
  verbindingen: [KandidaatVerbinding!]!
}

type Kandidaat {
  opgaven: [KandidaatOpgave!]!
  score: Float!
  gedeclareerd: Boolean!
  bewijs: [KandidaatBewijs!]!
}

type PadStap {
  van: ID!
  naar: ID!
  type: String!
  bronCitaat: [String!]
}

type Pad {
  lengte: Int!
  knopen: [KandidaatOpgave!]!
  stappen: [PadStap!]!
}

type Query {
  crossoverKandidaten(opgave: ID, area: [ID!], includeDeclared: Boolean!, limit: Int!, evidenceLimit: Int!): [Kandidaat!]!
    @cypher(statement: """
${statements.candidates}
""", columnName: "kandidaat")
  pad(from: ID!, to: ID!, limit: Int!): [Pad!]!
    @cypher(statement: """
${statements.path}
""", columnName: "pad")
}
`;
}
