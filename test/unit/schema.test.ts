import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { enumValueOf, wordOf } from '../../src/graph/enum-words.js';
import { bottleneckKinds, bottleneckStatuses, roleKinds, scales } from '../../src/graph/model.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs());
const ownTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name),
);

/** Every place in a type that should carry a description, by its schema coordinate. */
function undocumented(type: GraphQLNamedType): string[] {
  const missing = type.description ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const argument of 'args' in field ? field.args : []) {
        if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name}:)`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the SDL', () => {
  it('documents every type, field and argument, so the IDE documents the API', () => {
    expect(ownTypes.flatMap(undocumented)).toEqual([]);
  });

  it('offers as RolSoort exactly the role kinds of the model, in upper case', () => {
    const rolSoort = schema.getType('RolSoort');
    if (!isEnumType(rolSoort)) throw new Error('RolSoort is not an enum');
    expect(rolSoort.getValues().map(({ name }) => name)).toEqual(roleKinds.map((kind) => kind.toUpperCase()));
  });

  it.each([
    ['KnelpuntSoort', bottleneckKinds],
    ['Schaal', scales],
    ['KnelpuntStatus', bottleneckStatuses],
  ] as const)('offers as %s exactly the words of the model, in upper case with underscores', (name, words) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    expect(type.getValues().map(({ name: value }) => value)).toEqual(words.map(enumValueOf));
    expect(type.getValues().map(({ name: value }) => wordOf(value))).toEqual(words);
  });
});
