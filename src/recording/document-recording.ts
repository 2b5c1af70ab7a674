import { badUserInput } from '../errors.js';
import { dateSpan } from '../graph/dates.js';
import type { Outcome, Work } from './recorder.js';
import { documentEdit, documentInput, parseInput } from './recording-input.js';
import {
  editProperties,
  newFactProperties,
  newId,
  nodeSnapshot,
  requireRecordedNode,
  requireVersion,
  sameName,
  withChanges,
} from './recorded-facts.js';

/**
 * `bronToevoegen`: a source outside the documents the service ships with (a letter, a web
 * page). Its text is not in the service, so facts cite it by quote and `vindplaats`, not lines.
 */
export async function recordDocument(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(documentInput, invoer, 'invoer');
  await refuseDuplicate(work, input.naam, input.url ?? null);
  const id = await newId(work, 'document', input.naam);
  const properties = {
    id,
    naam: input.naam,
    ...(input.url && { url: input.url }),
    ...(input.afzender && { afzender: input.afzender }),
    ...(input.beschrijving && { beschrijving: input.beschrijving }),
    ...(input.datum && datedProperties(input.datum)),
    ...newFactProperties(work),
  };
  await work.store.createNode('Document', properties);
  return {
    soort: 'VASTGELEGD',
    onderwerp: id,
    knooppunten: [id],
    voor: null,
    na: nodeSnapshot('Document', properties),
  };
}

/** `bronBewerken`. */
export async function editDocument(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(documentEdit, invoer, 'invoer');
  if ([input.naam, input.url, input.datum, input.afzender, input.beschrijving].every((value) => value == null)) {
    throw badUserInput('invoer', 'noemt niets om te wijzigen');
  }
  const found = await work.store.lockNodes([input.id]);
  const document = requireRecordedNode(found, input.id, 'invoer.id', ['Document']);
  requireVersion(document, input.versie, 'invoer.versie');
  if (input.naam || input.url) {
    await refuseDuplicate(work, input.naam ?? String(document.properties.naam), input.url ?? null, document.id);
  }
  const changes: Record<string, unknown> = {
    ...(input.naam && { naam: input.naam }),
    ...(input.url && { url: input.url }),
    ...(input.afzender && { afzender: input.afzender }),
    ...(input.beschrijving != null && { beschrijving: input.beschrijving || null }),
    ...(input.datum && datedProperties(input.datum)),
    ...editProperties(work, document),
  };
  await work.store.updateNode(document.id, changes);
  return {
    soort: 'BEWERKT',
    onderwerp: document.id,
    knooppunten: [document.id],
    voor: nodeSnapshot('Document', document.properties),
    na: nodeSnapshot('Document', withChanges(document.properties, changes)),
  };
}

/** A date and the days it covers, as the seeds store them (see graph/dates.ts). */
export function datedProperties(datum: string): Record<string, unknown> {
  const span = dateSpan(datum);
  return { datum, ...(span && { datumVan: span.van, datumTot: span.tot }) };
}

async function refuseDuplicate(work: Work, naam: string, url: string | null, self?: string): Promise<void> {
  const others = (await work.store.namesOf('Document')).filter((document) => document.id !== self);
  const sameUrl = url === null ? undefined : others.find((document) => document.url === url);
  if (sameUrl) throw badUserInput('invoer.url', `deze bron bestaat al: ${sameUrl.id}`);
  const named = others.find((document) => sameName(document.naam, naam));
  if (named) throw badUserInput('invoer.naam', `er is al een bron met deze naam: ${named.id}`);
}
