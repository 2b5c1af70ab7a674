import type { RequestContext } from '../context.js';
import { badUserInput } from '../errors.js';
import type {
  BewijsResolvers,
  BewijsVerbindingResolvers,
  CrossoverKandidaatResolvers,
  GraafKnoopResolvers,
  GraafVerbindingResolvers,
  OmgevingResolvers,
  OpgaveInGebiedResolvers,
  PadResolvers,
  QueryResolvers,
  RelatieType,
  SamenkomstResolvers,
  StapResolvers,
} from '../generated/graphql.js';
import type { AnsweredCandidate, CandidateQuery } from '../graph/crossover-candidates.js';
import type { EntityRecord } from '../graph/entity.js';
import { relationTypeNames, type RelationType } from '../graph/model.js';
import { expandNeighbourhood, relationId } from '../graph/neighbourhood.js';
import { entityName } from './entiteit.js';
import { requireId } from './shared.js';

/**
 * Ranked candidate crossovers; `area` restricts them to opgaven that both link into it. A ranking
 * computed before the graph last changed may stand in while a new one is computed, unless the caller
 * asks for a current one (`actueel`) or sent bookmarks of a write that it must see.
 */
async function candidates(
  context: RequestContext,
  query: CandidateQuery,
  askedCurrent: boolean | null | undefined,
): Promise<AnsweredCandidate[]> {
  const current = (askedCurrent ?? false) || context.bookmarks.sentByCaller;
  const found = await context.repositories.discovery.candidates(query, { current });
  for (const opgave of found.opgaven) context.loaders.entity.prime(opgave.id, opgave);
  for (const candidate of found.candidates) {
    for (const evidence of candidate.evidence) context.loaders.entity.prime(evidence.shared.id, evidence.shared);
  }
  return found.candidates.map((candidate) => ({
    ...candidate,
    computedAt: found.computedAt,
    current: found.current,
  }));
}

function requireRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `moet tussen ${min} en ${max} liggen, niet ${value}`);
  }
  return value;
}

async function requireArea(context: RequestContext, argument: string, id: string): Promise<Set<string>> {
  const area = await context.repositories.discovery.areaIds(requireId(argument, id));
  if (!area) throw badUserInput(argument, `${id} bestaat niet`);
  return area;
}

async function loadEntity(context: RequestContext, id: string): Promise<EntityRecord> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new Error(`${id} vanished during the request`);
  return entity;
}

export const verkenningQueries: Pick<QueryResolvers, 'crossoverKandidaten' | 'samenkomst' | 'pad' | 'omgeving'> = {
  crossoverKandidaten: async (_root, args, context) => {
    const limit = requireRange('first', args.first ?? 20, 1, 100);
    const opgave = args.opgave ? requireId('opgave', args.opgave) : undefined;
    let area: Set<string> | undefined;
    if (args.regio) area = await requireArea(context, 'regio', args.regio);
    if (args.provincie) {
      const province = await requireArea(context, 'provincie', args.provincie);
      area = area ? new Set([...area].filter((id) => province.has(id))) : province;
    }
    return candidates(
      context,
      { opgave, area, includeDeclared: args.inclusiefGedeclareerd ?? false, limit },
      args.actueel,
    );
  },

  samenkomst: async (_root, { gebied }, context) => {
    const meeting = await context.repositories.discovery.meeting(requireId('gebied', gebied));
    if (!meeting) return null;
    for (const entity of [
      meeting.area,
      ...meeting.parts,
      ...meeting.within,
      ...meeting.crossovers,
      ...meeting.instruments,
      ...meeting.actors,
    ]) {
      context.loaders.entity.prime(entity.id, entity);
    }
    return meeting;
  },

  pad: async (_root, args, context) => {
    const from = requireId('van', args.van);
    const to = requireId('naar', args.naar);
    const maxHops = requireRange('maxStappen', args.maxStappen ?? 4, 1, 6);
    const limit = requireRange('aantal', args.aantal ?? 3, 1, 25);
    const avoided = new Set<string>(args.vermijdRelaties ?? []);
    const followed = (args.alleenRelaties?.length ? args.alleenRelaties : relationTypeNames).filter(
      (type) => !avoided.has(type),
    );
    if (followed.length === 0) throw badUserInput('vermijdRelaties', 'laat geen relatietype over om te volgen');
    const paths = await context.repositories.discovery.shortestPaths(
      from,
      to,
      followed as RelationType[],
      maxHops,
      limit,
    );
    for (const path of paths) for (const node of path.nodes) context.loaders.entity.prime(node.id, node);
    return paths;
  },

  omgeving: async (_root, args, context) => {
    const center = await context.loaders.entity.load(requireId('id', args.id));
    if (!center) return null;
    const steps = requireRange('stappen', args.stappen ?? 1, 1, 3);
    const maxNodes = requireRange('maxKnopen', args.maxKnopen ?? 150, 1, 500);
    const types = (args.relaties ?? []) as RelationType[];
    const found = await expandNeighbourhood(center, steps, maxNodes, (frontier, limit) =>
      context.repositories.discovery.neighbourhoodStep(frontier, types, limit),
    );
    for (const node of found.nodes) context.loaders.entity.prime(node.entity.id, node.entity);
    return found;
  },
};

export const CrossoverKandidaat: CrossoverKandidaatResolvers = {
  opgaven: (candidate, _args, context) => Promise.all(candidate.opgaven.map((id) => loadEntity(context, id))),
  score: (candidate) => candidate.score,
  gedeclareerd: (candidate) => candidate.declared.length > 0,
  gedeclareerdeCrossovers: (candidate, _args, context) =>
    Promise.all(candidate.declared.map((id) => loadEntity(context, id))),
  bewijs: (candidate) => candidate.evidence,
  berekendOp: (candidate) => candidate.computedAt.toISOString(),
  actueel: (candidate) => candidate.current,
};

export const Bewijs: BewijsResolvers = {
  gedeeld: (evidence) => evidence.shared,
  graad: (evidence) => evidence.degree,
  gewicht: (evidence) => evidence.weight,
  verbindingen: (evidence) => evidence.links,
};

export const BewijsVerbinding: BewijsVerbindingResolvers = {
  opgave: (link, _args, context) => loadEntity(context, link.opgave),
  relaties: (link) => link.via,
};

export const Samenkomst: SamenkomstResolvers = {
  gebied: (meeting) => meeting.area,
  deelgebieden: (meeting) => meeting.parts,
  ligtIn: (meeting) => meeting.within,
  opgaven: (meeting) => meeting.opgaven,
  crossovers: (meeting) => meeting.crossovers,
  instrumenten: (meeting) => meeting.instruments,
  actoren: (meeting) => meeting.actors,
  kandidaten: async (meeting, args, context) => {
    const area = await context.repositories.discovery.areaIds(meeting.area.id);
    return candidates(
      context,
      {
        area,
        includeDeclared: args.inclusiefGedeclareerd ?? false,
        limit: requireRange('first', args.first ?? 10, 1, 100),
      },
      args.actueel,
    );
  },
};

export const OpgaveInGebied: OpgaveInGebiedResolvers = {
  opgave: (item) => item.opgave,
  relaties: (item) => item.relations,
};

export const Pad: PadResolvers = {
  lengte: (path) => path.relations.length,
  knopen: (path) => path.nodes,
  stappen: (path) =>
    path.relations.map((relation, index) => ({ from: path.nodes[index]!, to: path.nodes[index + 1]!, relation })),
};

export const Stap: StapResolvers = {
  van: (step) => step.from,
  naar: (step) => step.to,
  relatie: (step) => step.relation,
};

export const Omgeving: OmgevingResolvers = {
  middelpunt: (found) => found.center,
  knopen: (found) => found.nodes,
  verbindingen: (found) => found.relations,
  afgekapt: (found) => found.truncated,
};

export const GraafKnoop: GraafKnoopResolvers = {
  id: (node) => node.entity.id,
  naam: (node) => entityName(node.entity),
  soort: (node) => node.entity.label,
  afstand: (node) => node.distance,
  entiteit: (node) => node.entity,
};

export const GraafVerbinding: GraafVerbindingResolvers = {
  id: (relation) => relationId(relation),
  bron: (relation) => relation.van,
  doel: (relation) => relation.naar,
  type: (relation) => relation.type as RelatieType,
  relatie: (relation) => relation,
};
