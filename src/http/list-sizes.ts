import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  getArgumentValues,
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { evidencePerCandidate } from '../graph/crossover-candidates.js';
import { datedKinds } from '../graph/dates.js';
import { maxPlacesPerVersion } from '../ingestion/version-review.js';

/**
 * How many items each list field of the schema can return, for the cost limit (query-cost.ts).
 * A list with a page-size argument (`first`, `aantal`) or a list of ids (`ids`) is priced by that
 * argument; every other list field is priced here, at its real maximum: a bound the service keeps
 * (a `maxKnopen`, an input limit, a constant) or, for lists the graph's data bounds, the most the
 * model allows with room to grow. test/unit/query-cost.test.ts fails when a list field of the
 * schema has no price, so a new one cannot be forgotten.
 */

/** The largest arguments of the operation's traversals, which bound what they return. */
export interface TraversalBounds {
  /** `omgeving`: the largest `maxKnopen` and `stappen`. */
  neighbourhood: { maxNodes: number; steps: number };
  /** `pad`: the largest `maxStappen`. */
  path: { maxSteps: number };
}

type Bound = number | ((bounds: TraversalBounds) => number);

/** Arguments that price a list by themselves: a page size, or the ids asked for. */
export const sizingArguments = ['first', 'aantal', 'ids'] as const;

/** Bounds by field name, for the fields every node and relation has alike. */
const byFieldName: Record<string, Bound> = {
  // A connection's page size (its `first`) already multiplies what lies below its edges.
  edges: 1,
  // A recorded fact has at most 10 sources (recording-input.ts); a seeded one, fewer.
  bronnen: 10,
  varianten: 10,
  eigenschappen: 30,
};

/** Bounds of the other list fields, by `Type.field`. */
const byTypeAndField: Record<string, Bound> = {
  // Neighbourhood: at most maxKnopen nodes; each step fetches at most (maxKnopen + 1) * 4 relations.
  'Omgeving.knopen': ({ neighbourhood }) => neighbourhood.maxNodes,
  'Omgeving.verbindingen': ({ neighbourhood }) => neighbourhood.steps * (neighbourhood.maxNodes + 1) * 4,
  'Pad.knopen': ({ path }) => path.maxSteps + 1,
  'Pad.stappen': ({ path }) => path.maxSteps,
  // A node's dates: the main value and the variants of other documents (at most a handful).
  ...Object.fromEntries(datedKinds.map((kind) => [`${kind}.datums`, 10] as const)),
  'Bron.ook': 25,
  'Wijziging.knooppunten': 25,
  'CypherResultaat.kolommen': 100,
  // Analysts only; the rows are JSON values, each counted once.
  'CypherResultaat.rijen': 1_000,
  'CrossoverKandidaat.opgaven': 2,
  'CrossoverKandidaat.gedeclareerdeCrossovers': 25,
  'CrossoverKandidaat.bewijs': evidencePerCandidate,
  // One per opgave of the pair; the relations between the shared node and that opgave.
  'Bewijs.verbindingen': 2,
  'BewijsVerbinding.relaties': 10,
  // The ten opgaven, each possibly partner in several crossovers.
  'Opgave.crossoverPartners': 50,
  'CrossoverPartner.verbindingen': 25,
  'OpgaveInGebied.relaties': 25,
  'Samenkomst.deelgebieden': 100,
  'Samenkomst.ligtIn': 25,
  'Samenkomst.opgaven': 10,
  'Samenkomst.crossovers': 100,
  'Samenkomst.instrumenten': 250,
  'Samenkomst.actoren': 250,
  // Texts: a document's lines come at most 500 at a time; the facts citing one passage.
  'Document.regels': 500,
  'Document.vervangenDoor': 10,
  'TekstTrefferEdge.knooppunten': 50,
  'TekstTrefferEdge.relaties': 50,
  // The newest versions of a replaced document, and where a quote stands in one (version-review.ts).
  'TeHerzienBron.nieuweVersies': 10,
  'CitaatInVersie.plaatsen': maxPlacesPerVersion,
  // A knelpunt's route runs along a handful of bodies, each reached through a few relations.
  'Knelpunt.route': 10,
  'Escalatiestap.via': 10,
  // Progress: the statements of one thing, and an opgave's overview (the seeds hold far fewer).
  'Voortgang.tegenspraak': 25,
  'Voortgang.jongste': 10,
  'Bedragsom.bedragen': 250,
  // Groups of amounts: at most one per amount and opgave its fund reaches (108 amounts, each reaching at most one).
  'Query.bedragTotalen': 150,
  'Bedraggroep.bedragen': 150,
  // The relations of the ways from a group's funds to its opgave: a few each.
  'Bedraggroep.verbanden': 25,
  'Voortgangsoverzicht.mijlpalen': 200,
  'Voortgangsoverzicht.toezeggingen': 100,
  'Voortgangsoverzicht.perStatus': 6,
  'Voortgangsoverzicht.verlopen': 200,
  'Voortgangsoverzicht.doelen': 50,
  'Voortgangsoverzicht.openKnelpunten': 100,
  'Voortgangsoverzicht.rapportages': 50,
  'Voortgangsoverzicht.laatsteStanden': 50,
  // Regional initiatives: the ten or so liaisons follow, an input limit of 20 statements per list,
  // and the provinces of at most ten areas.
  'Voortgangsoverzicht.regionaleInitiatieven': 50,
  'RegionaalInitiatief.provincies': 12,
  'RegionaalInitiatief.vragenAanRijk': 20,
  'RegionaalInitiatief.gaatGoed': 20,
  'RegionaalInitiatief.kanBeter': 20,
};

/** The bound of a list field, or undefined when it has none (or is priced by its arguments). */
export function listBound(typeName: string, fieldName: string, bounds: TraversalBounds): number | undefined {
  const bound = byTypeAndField[`${typeName}.${fieldName}`] ?? byFieldName[fieldName];
  return typeof bound === 'function' ? bound(bounds) : bound;
}

/** Every list field of the schema that neither an argument nor this table prices, as `Type.field`. */
export function unpricedListFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      if (field.args.some((argument) => (sizingArguments as readonly string[]).includes(argument.name))) continue;
      if (listBound(type.name, field.name, largestTraversals) === undefined) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}

/** The largest traversals the API allows, which price a traversal whose arguments are unknown. */
export const largestTraversals: TraversalBounds = {
  neighbourhood: { maxNodes: 500, steps: 3 },
  path: { maxSteps: 6 },
};

/**
 * The largest `omgeving` and `pad` arguments in the operation, after defaults and variables, so
 * that their lists are priced by what was asked (the verkenner's `maxKnopen: 150` costs less than
 * 500). Several traversals in one operation are all priced at the largest.
 */
export function traversalBounds(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): TraversalBounds {
  const bounds: TraversalBounds = { neighbourhood: { maxNodes: 0, steps: 0 }, path: { maxSteps: 0 } };
  const typeInfo = new TypeInfo(schema);
  // The variables as execution sees them: with the operation's defaults where the caller sent none.
  let values = variables;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.OPERATION_DEFINITION](operation) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
        values = coerced.coerced ?? variables;
      },
      [Kind.FIELD](node) {
        const field = typeInfo.getFieldDef();
        const type = field && getNamedType(field.type).name;
        if (!field || (type !== 'Omgeving' && type !== 'Pad')) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, values);
        } catch {
          // Execution refuses such arguments with its own error; until then, price the largest.
          args = {};
        }
        if (type === 'Omgeving') {
          bounds.neighbourhood.maxNodes = Math.max(bounds.neighbourhood.maxNodes, Number(args.maxKnopen ?? 500));
          bounds.neighbourhood.steps = Math.max(bounds.neighbourhood.steps, Number(args.stappen ?? 3));
        } else {
          bounds.path.maxSteps = Math.max(bounds.path.maxSteps, Number(args.maxStappen ?? 6));
        }
      },
    }),
  );
  return bounds;
}
