import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { datedKinds, windowedKinds } from '../../src/graph/dates.js';
import { readModel } from '../../src/read-model/read-model.js';
import { connectionResolvers } from '../../src/resolvers/connections.js';
import { handWrittenResolvers } from '../../src/resolvers/index.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs());
const fieldsOf = (name: string) => {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type.getFields();
};
/** The names of the types whose fields are read from the graph and carry `datums`, in the schema. */
const withDatums = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && 'datums' in type.getFields() && type.name in readModel)
  .map((type) => type.name)
  .sort();

describe('the dated kinds, declared once', () => {
  it('are exactly the node kinds whose type has datums, each read from its date and variants and resolved', () => {
    expect(withDatums).toEqual([...datedKinds].sort());
    const resolvers = handWrittenResolvers as Record<string, Record<string, unknown>>;
    for (const kind of datedKinds) {
      expect(readModel[kind], kind).toHaveProperty('datums');
      expect(resolvers[kind]?.datums, kind).toBeTypeOf('function');
    }
  });

  it('give every list of their nodes that takes a date window the found date on its edges, root or nested', () => {
    /** `Type.field` of every field whose list of nodes of a kind takes `vanaf:` and `tot:`, by that kind. */
    const windowed = new Map<string, string[]>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const kind = /^(\w+)Connection$/.exec(getNamedType(field.type).name)?.[1];
        const names = field.args.map((argument) => argument.name);
        if (!kind || !(kind in readModel) || !names.includes('vanaf') || !names.includes('tot')) continue;
        windowed.set(kind, [...(windowed.get(kind) ?? []), `${type.name}.${field.name}`]);
      }
    }
    expect([...windowed.keys()].sort()).toEqual([...windowedKinds].sort());
    expect(windowed.get('Stand')).toEqual(expect.arrayContaining(['Knelpunt.standen', 'Mijlpaal.standen']));
    for (const kind of windowedKinds) expect(fieldsOf(`${kind}Edge`), kind).toHaveProperty('gevondenDatum');
    const edgesWithFoundDate = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && 'gevondenDatum' in type.getFields())
      .map((type) => type.name.replace(/Edge$/, ''))
      .sort();
    expect(edgesWithFoundDate).toEqual([...windowedKinds].sort());
    const resolvers = connectionResolvers as Record<string, Record<string, unknown>>;
    for (const kind of windowedKinds) expect(resolvers[`${kind}Edge`]?.gevondenDatum, kind).toBeTypeOf('function');
  });
});
