import { getNamedType, isAbstractType, isLeafType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { windowedKinds } from '../graph/dates.js';
import { actorLabels, endpointAllows, nodeLabels, relationTypes, type NodeLabel } from '../graph/model.js';
import { fixedSpec, type FieldRead } from './fields.js';
import { connectionTypes } from './look-ahead.js';
import { relationTypeName, type ReadModel } from './read-model.js';
import type { LabelFilter, RelationSpec } from './relation-spec.js';

/** Field resolvers written by hand, by GraphQL type and field. */
export type HandWrittenResolvers = Readonly<Record<string, object>>;

/**
 * Everything in which the read model and the SDL disagree, as sentences (empty when they agree):
 * every node kind and `Relatie` has a declaration; every declared field exists; every connection
 * field is declared as one, and follows relations that the graph model allows between its type and
 * the kinds its connection can hold; every other field is a scalar shown from a stored property or a
 * declared computed value; a connection with a date window reaches only kinds in `windowedKinds`
 * (graph/dates.ts), whose edges say which date matched; and exactly the computed fields have
 * hand-written resolvers.
 */
export function readModelProblems(
  schema: GraphQLSchema,
  model: ReadModel,
  handWritten: HandWrittenResolvers,
): string[] {
  const problems: string[] = [];
  for (const typeName of [...nodeLabels, relationTypeName]) {
    if (!model[typeName]) problems.push(`${typeName} has no entry in the read model`);
  }
  for (const [typeName, fields] of Object.entries(model)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      problems.push(`the read model declares ${typeName}, which is not an object type of the schema`);
      continue;
    }
    const definitions = type.getFields();
    for (const field of Object.keys(fields)) {
      if (!definitions[field])
        problems.push(`the read model declares ${typeName}.${field}, which the schema does not have`);
    }
    const resolvers = (handWritten[typeName] ?? {}) as Record<string, unknown>;
    for (const definition of Object.values(definitions)) {
      const coordinate = `${typeName}.${definition.name}`;
      const declared = fields[definition.name];
      problems.push(...fieldProblems(schema, coordinate, typeName, definition, declared));
      const written = typeof resolvers[definition.name] === 'function';
      if (declared?.kind === 'computed' && !written)
        problems.push(`${coordinate} is declared computed but has no resolver`);
      if (declared?.kind !== 'computed' && written) {
        problems.push(`${coordinate} has a hand-written resolver, but the read model derives it; declare it computed`);
      }
    }
  }
  return problems;
}

/** Throws one error that lists every problem, so a mistake in the read model stops the start. */
export function assertReadModel(schema: GraphQLSchema, model: ReadModel, handWritten: HandWrittenResolvers): void {
  const problems = readModelProblems(schema, model, handWritten);
  if (problems.length > 0) throw new Error(`The read model does not match the schema:\n- ${problems.join('\n- ')}`);
}

function fieldProblems(
  schema: GraphQLSchema,
  coordinate: string,
  typeName: string,
  definition: GraphQLField<unknown, unknown>,
  declared: FieldRead | undefined,
): string[] {
  const types = connectionTypes(definition);
  if (types && declared?.kind !== 'connection')
    return [`${coordinate} is a connection in the schema; declare the relations it follows`];
  if (!types && declared?.kind === 'connection')
    return [`${coordinate} is declared a connection, but the schema gives it no edges { node }`];
  if (!types && declared?.kind !== 'computed' && !isLeafType(getNamedType(definition.type))) {
    return [`${coordinate} is not a scalar, so it cannot show a stored property; declare it computed`];
  }
  if (!types || declared?.kind !== 'connection') return [];
  const problems: string[] = [];
  const filtersRoles = definition.args.some(({ name }) => name === roleKindArgument);
  if (filtersRoles !== (declared.refinedBy === 'rolSoort')) {
    problems.push(
      filtersRoles
        ? `${coordinate} takes ${roleKindArgument}: in the schema; declare it with byRoleKind`
        : `${coordinate} is declared byRoleKind, but the schema gives it no ${roleKindArgument}: argument`,
    );
  }
  const filtersDates = ['vanaf', 'tot'].every((argument) => definition.args.some(({ name }) => name === argument));
  if (filtersDates !== (declared.refinedBy === 'datum')) {
    problems.push(
      filtersDates
        ? `${coordinate} takes vanaf: and tot: in the schema; declare it with byDateWindow`
        : `${coordinate} is declared byDateWindow, but the schema gives it no vanaf: and tot: arguments`,
    );
  }
  const spec = fixedSpec(declared);
  if (!spec) return problems;
  const unwindowed = (spec.targets ?? ['any kind']).filter(
    (target) => !(windowedKinds as readonly string[]).includes(target),
  );
  if (declared.refinedBy === 'datum' && unwindowed.length > 0) {
    problems.push(`${coordinate} takes a date window, but reaches ${unwindowed.join(', ')}, not in windowedKinds`);
  }
  const possible = isAbstractType(types.node)
    ? schema.getPossibleTypes(types.node).map(({ name }) => name)
    : [types.node.name];
  return [
    ...problems,
    ...specProblems(coordinate, typeName as NodeLabel, spec, declared.knownMismatch ? undefined : possible),
  ];
}

/** The argument of a connection that keeps only relations of these role kinds. */
const roleKindArgument = 'rolSoort';

/**
 * A fixed spec must follow relations the graph model allows from this kind, to kinds the connection
 * can hold (`possible`; not checked when left out).
 */
function specProblems(
  coordinate: string,
  label: NodeLabel,
  spec: RelationSpec,
  possible?: readonly string[],
): string[] {
  const problems: string[] = [];
  const [near, far] = spec.direction === 'in' ? (['to', 'from'] as const) : (['from', 'to'] as const);
  for (const type of spec.types) {
    if (spec.direction !== 'both' && !endpointAllows(relationTypes[type][near], label)) {
      problems.push(`${coordinate} follows ${type}, which the graph model does not allow at a ${label}`);
    }
  }
  const reachable = nodeLabels.filter((kind) =>
    spec.types.some((type) => endpointAllows(relationTypes[type][far], kind)),
  );
  const held = spec.targets
    ? reachable.filter((kind) => spec.targets!.some((target) => targetIncludes(target, kind)))
    : reachable;
  for (const target of spec.targets ?? []) {
    if (!reachable.some((kind) => targetIncludes(target, kind)))
      problems.push(`${coordinate} asks for ${target}, which ${spec.types.join('/')} never reaches`);
  }
  const unfit = possible ? held.filter((kind) => !possible.includes(kind)) : [];
  if (unfit.length > 0)
    problems.push(`${coordinate} can reach ${unfit.join(', ')}, which its connection type cannot hold`);
  return problems;
}

function targetIncludes(target: LabelFilter, kind: NodeLabel): boolean {
  return target === kind || (target === 'Actor' && (actorLabels as readonly string[]).includes(kind));
}
