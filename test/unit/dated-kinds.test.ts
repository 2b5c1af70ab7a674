import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { datedKinds, windowedKinds } from '../../src/graph/dates.js';
import { readModel } from '../../src/read-model/read-model.js';
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

  it('give the lists with a date window a window on their root field and the found date on their edges', () => {
    const roots = schema.getQueryType()!.getFields();
    const rootOf: Record<(typeof windowedKinds)[number], string> = {
      Mijlpaal: 'mijlpalen',
      Toezegging: 'toezeggingen',
      Instrument: 'instrumenten',
    };
    for (const kind of windowedKinds) {
      const names = roots[rootOf[kind]]!.args.map((argument) => argument.name);
      expect(names, kind).toEqual(expect.arrayContaining(['vanaf', 'tot']));
      expect(fieldsOf(`${kind}Edge`), kind).toHaveProperty('gevondenDatum');
    }
    const edgesWithFoundDate = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && 'gevondenDatum' in type.getFields())
      .map((type) => type.name.replace(/Edge$/, ''))
      .sort();
    expect(edgesWithFoundDate).toEqual([...windowedKinds].sort());
  });
});
