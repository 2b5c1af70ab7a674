import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../generated/graphql.js';
import { nodeLabels } from '../graph/model.js';
import { assertReadModel } from '../read-model/check.js';
import { readModel } from '../read-model/read-model.js';
import { analyseQueries, JSON } from './analyse.js';
import { connectionResolvers } from './connections.js';
import { Crossover } from './crossover.js';
import { deriveResolvers } from './derived.js';
import { Dienst } from './dienst.js';
import { Document } from './document.js';
import { Actor, computedEntityFields, Entiteit, Node } from './entiteit.js';
import { Escalatiestap, Knelpunt, Stand } from './knelpunt.js';
import { initiativeOverviewFields, RegionaalInitiatief } from './regionaal-initiatief.js';
import { Datum, datums } from './datum.js';
import { datedKinds } from '../graph/dates.js';
import { Bedraggroep } from './bedraggroep.js';
import { Bedragsom, progressField, standStatus, StatusAantal, Voortgang, Voortgangsoverzicht } from './voortgang.js';
import { Mutation } from './mutation.js';
import { CrossoverPartner, Opgave } from './opgave.js';
import { Query } from './query.js';
import { Bron, BronDeel, Relatie, Variant } from './relatie.js';
import { Passage } from './tekst.js';
import {
  Bewijs,
  BewijsVerbinding,
  CrossoverKandidaat,
  GraafKnoop,
  GraafVerbinding,
  Omgeving,
  OpgaveInGebied,
  Pad,
  Samenkomst,
  Stap,
} from './verkenning.js';
import { Vastlegging, Wijziging, WijzigingConnection, WijzigingEdge, WijzigingResultaat } from './wijziging.js';

/** Every node kind computes the fields all nodes compute; some kinds compute more. */
const nodeTypes = {
  ...Object.fromEntries(nodeLabels.map((label) => [label, computedEntityFields])),
  Opgave,
  Crossover,
  Document,
  Mijlpaal: { ...computedEntityFields, voortgang: progressField },
  Knelpunt,
  Instrument: { ...computedEntityFields, voortgang: progressField },
  Toezegging: { ...computedEntityFields, voortgang: progressField },
  Doel: { ...computedEntityFields, voortgang: progressField },
  Stand: { ...computedEntityFields, ...Stand, status: standStatus },
  RegionaalInitiatief,
} as Resolvers;

/** Every dated kind answers `datums` as well (graph/dates.ts, `datedKinds`). */
const datedNodeTypes = Object.fromEntries(
  datedKinds.map((kind) => [kind, { ...(nodeTypes as Record<string, object>)[kind], datums }]),
) as Resolvers;

/**
 * The hand-written resolvers: root fields, computed fields, and the types that are not read from the
 * graph's nodes and relations. Everything else is derived from the read model.
 */
export const handWrittenResolvers: Resolvers = {
  Query: { ...Query, ...analyseQueries },
  JSON,
  Mutation,
  Dienst,
  Node,
  Entiteit,
  Actor,
  ...nodeTypes,
  ...datedNodeTypes,
  Relatie,
  CrossoverPartner,
  Escalatiestap,
  Voortgang,
  Bedragsom,
  Bedraggroep,
  StatusAantal,
  Voortgangsoverzicht: { ...Voortgangsoverzicht, ...initiativeOverviewFields },
  Datum,
  Bron,
  BronDeel,
  Variant,
  Passage,
  CrossoverKandidaat,
  Bewijs,
  BewijsVerbinding,
  Samenkomst,
  OpgaveInGebied,
  Pad,
  Stap,
  Omgeving,
  GraafKnoop,
  GraafVerbinding,
  WijzigingResultaat,
  Wijziging,
  Vastlegging,
  WijzigingConnection,
  WijzigingEdge,
  ...connectionResolvers,
};

/**
 * The service's resolvers for this schema: the read model checked against it (a mismatch stops the
 * start with a list of what is wrong), its resolvers derived, the hand-written ones beside them.
 */
export function createResolvers(schema: GraphQLSchema): Resolvers {
  assertReadModel(schema, readModel, handWrittenResolvers as Record<string, object>);
  const derived = deriveResolvers(schema, readModel);
  const resolvers: Record<string, object> = { ...handWrittenResolvers };
  for (const [type, fields] of Object.entries(derived)) resolvers[type] = { ...resolvers[type], ...fields };
  return resolvers as Resolvers;
}
