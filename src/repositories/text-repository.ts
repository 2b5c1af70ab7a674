import type { EntityRecord, RelationRecord } from '../graph/entity.js';
import { entityLabel } from '../graph/model.js';
import type { PageRequest } from '../graph/pagination.js';
import type { QueryRunner, TransactionRunner } from '../neo4j/database.js';
import {
  anyRelation,
  nodeProjection,
  relationProjection,
  toEntity,
  toRelation,
  type NodeRow,
  type RelationRow,
} from './cypher-fragments.js';

/**
 * The documents' texts, outside the knowledge graph: one `Documenttekst` per document with its
 * lines (a list of strings, so a range is a slice) and where its pages start, and one `Passage`
 * per paragraph, list item, table row or heading, in the full-text index `passagezoekindex`.
 * Neither carries `Entiteit`, so traversals and exports of the graph never walk into them.
 */

/** A document's text as stored: lines, the first line of each page, the hash of its bytes. */
export interface StoredText {
  sha256: string;
  mediatype: string;
  regels: readonly string[];
  paginaBegin: readonly number[];
}

/** A passage as stored and as `Passage` resolves it: `document` is the document's id. */
export interface PassageRecord {
  document: string;
  nummer: number;
  soort: string;
  regelVan: number;
  regelTot: number;
  pagina: number | null;
  tekst: string;
}

/** What the text of a document is, without its lines. */
export interface TextSummary {
  sha256: string;
  aantalRegels: number;
  aantalPaginas: number | null;
  aantalPassages: number;
}

/** Who wrote a text: the seed loader or the API; the seed loader replaces only its own. */
export type TextOrigin = 'seed' | 'api';

/**
 * Writes a document's text and passages in the caller's transaction. Passages with the same
 * document and number are replaced, so writing the same text again changes nothing.
 */
export async function writeText(
  tx: TransactionRunner,
  document: string,
  text: StoredText,
  passages: readonly Omit<PassageRecord, 'document'>[],
  herkomst: TextOrigin,
): Promise<void> {
  await tx.run(
    `MERGE (t:Documenttekst {document: $document})
     SET t.sha256 = $text.sha256, t.mediatype = $text.mediatype, t.regels = $text.regels,
         t.paginaBegin = $text.paginaBegin, t.herkomst = $herkomst
     WITH t
     OPTIONAL MATCH (p:Passage {document: $document}) DETACH DELETE p`,
    { document, text, herkomst },
  );
  await tx.run(
    `UNWIND $passages AS passage
     CREATE (p:Passage) SET p = passage, p.document = $document`,
    { document, passages: passages.map((passage) => ({ ...passage, pagina: passage.pagina ?? 0 })) },
  );
}

/** Removes the seed loader's texts of documents no longer in the seeds. */
export async function removeSeedTextsExcept(tx: TransactionRunner, documents: readonly string[]): Promise<void> {
  await tx.run(
    `MATCH (t:Documenttekst {herkomst: 'seed'}) WHERE NOT t.document IN $documents
     OPTIONAL MATCH (p:Passage {document: t.document})
     DETACH DELETE p, t`,
    { documents },
  );
}

/** The lines of each of these documents that has a text, in the caller's transaction. */
export async function linesOf(tx: TransactionRunner, documents: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await tx.run(
    'MATCH (t:Documenttekst) WHERE t.document IN $documents RETURN t.document AS document, t.regels AS regels',
    { documents: [...new Set(documents)] },
  );
  return new Map(rows.map((row) => [row.document as string, row.regels as string[]]));
}

/**
 * The document whose text has these bytes (by hash), in the caller's transaction, and whether it is
 * still in the graph (not retracted).
 */
export async function documentWithHash(
  tx: TransactionRunner,
  sha256: string,
): Promise<{ id: string; active: boolean } | undefined> {
  const [row] = await tx.run(
    `MATCH (t:Documenttekst {sha256: $sha256})
     OPTIONAL MATCH (d:${entityLabel} {id: t.document})
     RETURN t.document AS id, d IS NOT NULL AS active`,
    { sha256 },
  );
  return row && { id: row.id as string, active: row.active === true };
}

/** Reads of the documents' texts, their passages and the full-text search over them. */
export class TextRepository {
  constructor(private readonly database: QueryRunner) {}

  /** Hash, line and page counts of each of these documents that has a text. */
  async summaries(documents: readonly string[]): Promise<Map<string, TextSummary>> {
    const rows = await this.database.read<{ document: string; summary: TextSummary }>(
      'text summaries',
      `MATCH (t:Documenttekst) WHERE t.document IN $documents
       RETURN t.document AS document,
              {sha256: t.sha256, aantalRegels: size(t.regels),
               aantalPaginas: CASE size(t.paginaBegin) WHEN 0 THEN null ELSE size(t.paginaBegin) END,
               aantalPassages: COUNT { (p:Passage {document: t.document}) }} AS summary`,
      { documents },
    );
    return new Map(rows.map((row) => [row.document, row.summary]));
  }

  /** Lines `van` to `tot` (1-based, inclusive) of a document with the first line of each page. */
  async lines(
    document: string,
    van: number,
    tot: number,
  ): Promise<{ regels: string[]; paginaBegin: number[] } | undefined> {
    const [row] = await this.database.read<{ regels: string[]; paginaBegin: number[] }>(
      'document lines',
      'MATCH (t:Documenttekst {document: $document}) RETURN t.regels[$from..$to] AS regels, t.paginaBegin AS paginaBegin',
      { document, from: van - 1, to: tot },
    );
    return row;
  }

  /** Several line ranges at once (`document`, `van`, `tot`), each joined by line breaks; missing texts give "". */
  async lineRanges(ranges: ReadonlyArray<{ document: string; van: number; tot: number }>): Promise<string[]> {
    const rows = await this.database.read<{ index: number; tekst: string }>(
      'cited line ranges',
      `UNWIND range(0, size($ranges) - 1) AS index
       WITH index, $ranges[index] AS range
       OPTIONAL MATCH (t:Documenttekst {document: range.document})
       RETURN index, coalesce(reduce(text = null, line IN t.regels[(range.van - 1)..range.tot] |
                CASE WHEN text IS NULL THEN line ELSE text + '\n' + line END), '') AS tekst`,
      { ranges },
    );
    const texts = new Array<string>(ranges.length).fill('');
    for (const row of rows) texts[row.index] = row.tekst;
    return texts;
  }

  /** Up to `limit` of a document's passages in order, from passage `from` on. */
  async passages(document: string, from: number, limit: number): Promise<PassageRecord[]> {
    const rows = await this.database.read<{ passage: Record<string, unknown> }>(
      'document passages',
      `MATCH (p:Passage {document: $document}) WHERE p.nummer >= $from
       RETURN properties(p) AS passage ORDER BY p.nummer LIMIT toInteger($limit)`,
      { document, from, limit },
    );
    return rows.map((row) => passageRecord(row.passage));
  }

  /** The active documents that say they replace this one. */
  async replacementsOf(document: string): Promise<EntityRecord[]> {
    const rows = await this.database.read<{ node: NodeRow }>(
      'newer versions of a document',
      `MATCH (n:${entityLabel}:Document {vervangt: $document}) RETURN ${nodeProjection('n')} AS node ORDER BY n.id`,
      { document },
    );
    return rows.map((row) => toEntity(row.node));
  }

  /** Each active document that says it replaces another, with the one it replaces. */
  async replacements(): Promise<Map<string, string>> {
    const rows = await this.database.read<{ id: string; vervangt: string }>(
      'documents that replace others',
      `MATCH (n:${entityLabel}:Document) WHERE n.vervangt IS :: STRING NOT NULL
       RETURN n.id AS id, n.vervangt AS vervangt ORDER BY id`,
      {},
    );
    return new Map(rows.map((row) => [row.id, row.vervangt]));
  }

  /** The whole text (lines and the first line of each page) of each of these documents that has one. */
  async texts(documents: readonly string[]): Promise<Map<string, { regels: string[]; paginaBegin: number[] }>> {
    const rows = await this.database.read<{ document: string; regels: string[]; paginaBegin: number[] }>(
      'whole texts of documents',
      `MATCH (t:Documenttekst) WHERE t.document IN $documents
       RETURN t.document AS document, t.regels AS regels, t.paginaBegin AS paginaBegin`,
      { documents: [...new Set(documents)] },
    );
    return new Map(rows.map(({ document, ...text }) => [document, text]));
  }

  /**
   * Full-text search over the passages (index `passagezoekindex`, Dutch analyzer), best first.
   * `luceneQuery` must come from `buildPassageQuery`, which escapes the user's text.
   */
  async search(
    luceneQuery: string,
    documents: readonly string[] | undefined,
    page: PageRequest,
  ): Promise<{ total: number; items: Array<{ passage: PassageRecord; score: number }> }> {
    const [row] = await this.database.read<{
      total: number;
      items: Array<{ passage: Record<string, unknown>; score: number }>;
    }>(
      'full-text search in the texts',
      `CALL db.index.fulltext.queryNodes('passagezoekindex', $query) YIELD node AS p, score
       WHERE $documents IS NULL OR p.document IN $documents
       WITH p, score ORDER BY score DESC, p.document, p.nummer
       WITH collect({passage: properties(p), score: score}) AS found
       RETURN size(found) AS total, found[$offset..($offset + $limit)] AS items`,
      { query: luceneQuery, documents: documents ?? null, offset: page.offset, limit: page.limit },
    );
    return {
      total: row?.total ?? 0,
      items: (row?.items ?? []).map((item) => ({ passage: passageRecord(item.passage), score: item.score })),
    };
  }

  /**
   * The nodes and relations with a source in one of these documents, in one pass over each: the
   * caller picks those whose cited lines fall in a passage (graph/passage-search.ts).
   */
  async citing(documents: readonly string[]): Promise<{ nodes: EntityRecord[]; relations: RelationRecord[] }> {
    const [row] = await this.database.read<{ nodes: NodeRow[]; relations: RelationRow[] }>(
      'facts citing documents',
      `CALL () {
         MATCH (n:${entityLabel}) WHERE any(document IN n.bronDocument WHERE document IN $documents)
         RETURN collect(${nodeProjection('n')}) AS nodes
       }
       CALL () {
         MATCH ()-[r${anyRelation}]->() WHERE any(document IN r.bronDocument WHERE document IN $documents)
         RETURN collect(${relationProjection('r')}) AS relations
       }
       RETURN nodes, relations`,
      { documents: [...new Set(documents)] },
    );
    return { nodes: (row?.nodes ?? []).map(toEntity), relations: (row?.relations ?? []).map(toRelation) };
  }
}

function passageRecord(properties: Record<string, unknown>): PassageRecord {
  return {
    document: String(properties.document),
    nummer: Number(properties.nummer),
    soort: String(properties.soort),
    regelVan: Number(properties.regelVan),
    regelTot: Number(properties.regelTot),
    pagina: Number(properties.pagina) || null,
    tekst: String(properties.tekst),
  };
}
