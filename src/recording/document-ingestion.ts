import { badUserInput } from '../errors.js';
import { readDocumentText, type DocumentText } from '../ingestion/document-text.js';
import { isConstraintViolation } from '../neo4j/errors.js';
import type { ChangeRow, RecordingRepository } from '../repositories/recording-repository.js';
import type { Author, Outcome, Recorder, Work } from './recorder.js';
import { datedProperties } from './document-recording.js';
import { ingestionInput, parseInput } from './recording-input.js';
import { newFactProperties, newId, nodeSnapshot, requireNode } from './recorded-facts.js';
import type { z } from 'zod';

export type IngestionInput = z.output<typeof ingestionInput>;

/** The same bytes were ingested before, as this document: the caller gets that one back. */
export class KnownDocument extends Error {
  constructor(readonly id: string) {
    super(`already ingested as ${id}`);
    this.name = 'KnownDocument';
  }
}

/**
 * `documentInlezen`, inside its transaction: a `Document` node with the metadata, and beside it the
 * text with its lines and passages. The text was read before the transaction began (reading a PDF
 * takes time); here only what must be atomic happens. Bytes already in the service are answered with
 * their document by `KnownDocument`, and nothing is written.
 */
export async function ingestDocument(work: Work, input: IngestionInput, text: DocumentText): Promise<Outcome> {
  const known = await work.store.documentWithHash(text.sha256);
  if (known?.active) throw new KnownDocument(known.id);
  if (known) {
    throw badUserInput(
      'invoer.bestand',
      `dit bestand is al ingelezen als ${known.id}, dat is ingetrokken; het kan niet opnieuw worden ingelezen`,
    );
  }
  if (input.vervangt) {
    const found = await work.store.lockNodes([input.vervangt]);
    requireNode(found, input.vervangt, 'invoer.vervangt', ['Document']);
  }
  const id = await newId(work, 'document', input.titel);
  const properties = {
    id,
    naam: input.titel,
    ...(input.datum && datedProperties(input.datum)),
    ...(input.afzender && { afzender: input.afzender }),
    ...(input.geadresseerde && { geadresseerde: input.geadresseerde }),
    ...(input.soort && { soort: input.soort }),
    ...(input.kenmerk && { kenmerk: input.kenmerk }),
    ...(input.beschrijving && { beschrijving: input.beschrijving }),
    ...(input.vervangt && { vervangt: input.vervangt }),
    bestandsnaam: input.bestandsnaam,
    mediatype: text.mediatype,
    ...newFactProperties(work),
  };
  await work.store.createNode('Document', properties);
  await work.store.writeText(id, text, text.passages);
  return {
    soort: 'VASTGELEGD',
    onderwerp: id,
    knooppunten: [id, ...(input.vervangt ? [input.vervangt] : [])],
    voor: null,
    na: {
      ...nodeSnapshot('Document', properties),
      sha256: text.sha256,
      aantalRegels: text.regels.length,
      aantalPassages: text.passages.length,
    },
  };
}

/** What `ingest` did: the document, whether it is new, and the change it recorded (none for known bytes). */
export interface IngestionResult {
  id: string;
  nieuw: boolean;
  change: ChangeRow | null;
  replayed: boolean;
}

/**
 * Ingests a file for the mutation and the command alike: checks the input, reads the text (refusing
 * what cannot be read, before anything is written), then records document, text and passages in one
 * transaction with its entry in the audit trail. Known bytes answer with their document, also when
 * another request stored the same bytes a moment earlier (the hash's constraint refused ours).
 */
export async function ingest(
  recorder: Recorder,
  repository: RecordingRepository,
  author: Author,
  args: { invoer: unknown; idempotentieSleutel?: string | null },
  maxBytes: number,
): Promise<IngestionResult> {
  const input = parseInput(ingestionInput, args.invoer, 'invoer');
  const text = await readDocumentText(
    Buffer.from(input.bestand, 'base64'),
    input.bestandsnaam,
    maxBytes,
    'invoer.bestand',
  );
  try {
    const { change, replayed } = await recorder.record('documentInlezen', author, args, (work) =>
      ingestDocument(work, input, text),
    );
    return { id: change.onderwerp, nieuw: !replayed, change, replayed };
  } catch (error) {
    const known =
      error instanceof KnownDocument
        ? error.id
        : isConstraintViolation(error, 'sha256')
          ? await repository.documentWithHash(text.sha256)
          : undefined;
    if (known === undefined) throw error;
    return { id: known, nieuw: false, change: null, replayed: false };
  }
}
