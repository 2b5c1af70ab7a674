import { badUserInput } from '../errors.js';
import { dateSpan } from '../graph/dates.js';
import { wordOf } from '../graph/enum-words.js';
import { addLink } from './link-recording.js';
import { link } from './progress-recording.js';
import type { Outcome, Work } from './recorder.js';
import { agendaInput, bottleneckStatusInput, parseInput } from './recording-input.js';
import {
  checkSources,
  citedDocuments,
  newId,
  newNodeProperties,
  nodeSnapshot,
  relationSnapshot,
  requireNode,
  requireVersion,
} from './recorded-facts.js';

/**
 * The writes that follow a knelpunt after it was signalled: its status moves, and the bodies that put
 * it on their agenda. Both work on seeded and recorded knelpunten alike, and neither changes the
 * knelpunt itself: a move is a new dated statement, an agenda a new relation.
 */

/**
 * `knelpuntStatusWijzigen`: a dated, sourced statement (`Stand`) that the knelpunt now has this status,
 * and why. The latest statement gives the current status; the earlier ones stay as its history. The
 * caller names the status version it read (`Knelpunt.statusversie`), so two liaisons who move the same
 * knelpunt at once cannot both pass unseen: the later one is refused and reads again.
 */
export async function moveBottleneckStatus(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(bottleneckStatusInput, invoer, 'invoer');
  const found = await work.store.lockNodes([input.knelpunt, ...citedDocuments(input.bronnen)]);
  const bottleneck = requireNode(found, input.knelpunt, 'invoer.knelpunt', ['Knelpunt']);
  const before = await work.store.bottleneckStatusOf(bottleneck.id);
  requireVersion({ properties: { versie: before.version } }, input.versie, 'invoer.versie');
  const span = dateSpan(input.datum);
  if (!span) throw badUserInput('invoer.datum', `"${input.datum}" is geen datum`);
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const status = wordOf(input.status);
  const naam = `${String(bottleneck.properties.naam ?? bottleneck.id)}: ${status} (${input.datum})`;
  const id = await newId(work, 'stand', `${bottleneck.id.split(':')[1]}-${input.datum}`);
  const properties = {
    ...newNodeProperties(work, { id, naam, bronnen: input.bronnen }),
    status,
    vorigeStatus: before.status,
    datum: input.datum,
    datumVan: span.van,
    datumTot: span.tot,
    reden: input.reden,
    statusGrond: input.bronnen[0]!.citaat,
  };
  await work.store.createNode('Stand', properties);
  const links = [await link(work, id, 'STAND_VAN', bottleneck.id, input.bronnen)];
  return {
    soort: 'VASTGELEGD',
    onderwerp: id,
    knooppunten: [id, bottleneck.id],
    reden: input.reden,
    voor: { knelpunt: bottleneck.id, status: before.status, statusversie: before.version },
    na: nodeSnapshot('Stand', properties, links),
  };
}

/**
 * `knelpuntAgenderen`: the knelpunt is on this body's agenda from a date on (`BEHANDELD_IN` with
 * `vanaf`). Its route then starts there too, so `route` shows where it is now.
 */
export async function putOnAgenda(work: Work, invoer: unknown): Promise<Outcome> {
  const input = parseInput(agendaInput, invoer, 'invoer');
  const found = await work.store.lockNodes([input.knelpunt, input.overleg, ...citedDocuments(input.bronnen)]);
  requireNode(found, input.knelpunt, 'invoer.knelpunt', ['Knelpunt']);
  requireNode(found, input.overleg, 'invoer.overleg', ['Overleg']);
  await checkSources(input.bronnen, found, work, 'invoer.bronnen');
  const relation = await addLink(
    work,
    input.knelpunt,
    'BEHANDELD_IN',
    input.overleg,
    input.bronnen,
    input.toelichting,
    {
      field: 'invoer.overleg',
      properties: { vanaf: input.vanaf },
    },
  );
  return {
    soort: 'VASTGELEGD',
    onderwerp: relation.properties.sleutel as string,
    knooppunten: [input.knelpunt, input.overleg],
    voor: null,
    na: relationSnapshot(relation),
  };
}
