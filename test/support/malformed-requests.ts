import {
  astFromValue,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A request a client could send by mistake, and what is wrong with it. */
export interface MalformedRequest {
  name: string;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
}

/** A value of the wrong kind for an input type: as JSON (for variables) and as a GraphQL literal. */
interface WrongValue {
  what: string;
  value: unknown;
  literal: string;
}

/**
 * For every root field of the schema, the mistakes a client makes with its arguments: each argument
 * given a literal of the wrong type, required arguments left out, and the same through variables
 * (forgotten, mistyped, out of range, null where a value is required, and null sent to a variable
 * whose default stands in for a required argument). Every other argument gets a valid value, so each
 * request holds one mistake. None of them can run: each must be refused before execution.
 */
export function malformedRequests(schema: GraphQLSchema): MalformedRequest[] {
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) => fieldMistakes(operation, field)),
  );
}

/** The root field of each request, for grouping: `Query.opgave`. */
export function rootFieldOf(request: MalformedRequest): string {
  return request.name.split(':')[0]!;
}

function fieldMistakes(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): MalformedRequest[] {
  const root = operation === 'query' ? 'Query' : 'Mutation';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const required = field.args.filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined);
  const requests: MalformedRequest[] = [];
  const add = (what: string, query: string, variables?: Record<string, unknown>) =>
    requests.push({ name: `${root}.${field.name}: ${what}`, body: { query, ...(variables && { variables }) } });

  const call = (argumentTexts: string[]) =>
    `${operation} { ${field.name}${argumentTexts.length ? `(${argumentTexts.join(', ')})` : ''}${selection} }`;
  /** `field(a: <literal>, ...)` with the other required arguments filled in validly. */
  const inline = (argument: GraphQLArgument, literal: string) =>
    call([
      ...required.filter((other) => other !== argument).map((other) => `${other.name}: ${sampleLiteral(other.type)}`),
      `${argument.name}: ${literal}`,
    ]);
  /** The operation with every argument passed as a variable of the argument's own type. */
  const withVariables =
    field.args.length === 0
      ? undefined
      : `${operation} Fout(${field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ')}) ` +
        `{ ${field.name}(${field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ')})${selection} }`;
  const validVariables = (except: GraphQLArgument) =>
    Object.fromEntries(
      required.filter((argument) => argument !== except).map((argument) => [argument.name, sample(argument.type)]),
    );

  if (required.length > 0) {
    add('required arguments left out', call([]));
    add('variables forgotten', withVariables!);
    add('variables an empty object', withVariables!, {});
  }
  for (const argument of field.args) {
    for (const wrong of wrongValues(argument.type)) {
      add(`${argument.name} as ${wrong.what}`, inline(argument, wrong.literal));
      add(`variable $${argument.name} as ${wrong.what}`, withVariables!, {
        ...validVariables(argument),
        [argument.name]: wrong.value,
      });
    }
    if (isNonNullType(argument.type)) {
      add(`variable $${argument.name} null`, withVariables!, { ...validVariables(argument), [argument.name]: null });
      // A nullable variable with a default may stand in for a required argument; null then reaches
      // the argument itself, which only execution (or a check before it) can refuse.
      const defaulted =
        `${operation} Fout($${argument.name}: ${String(argument.type.ofType)} = ${sampleLiteral(argument.type)}) ` +
        `{ ${field.name}(${[
          ...required
            .filter((other) => other !== argument)
            .map((other) => `${other.name}: ${sampleLiteral(other.type)}`),
          `${argument.name}: $${argument.name}`,
        ].join(', ')})${selection} }`;
      add(`defaulted variable $${argument.name} null`, defaulted, { [argument.name]: null });
    }
  }
  return requests;
}

/** A valid value of the type, to fill in the arguments a request does not get wrong. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return 'opgave:klimaat';
    case 'JSON':
      return {};
    default:
      return 'klimaat';
  }
}

function sampleLiteral(type: GraphQLInputType): string {
  return print(astFromValue(sample(type), type)!);
}

/** Values a client may send by mistake for the type: the wrong kind, out of range, or shaped wrongly. */
function wrongValues(type: GraphQLInputType): WrongValue[] {
  if (isNonNullType(type)) return wrongValues(type.ofType);
  if (isListType(type)) {
    const item = type.ofType;
    return [
      ...wrongValues(item)
        .slice(0, 1)
        .map((wrong) => ({ what: `a list of ${wrong.what}`, value: [wrong.value], literal: `[${wrong.literal}]` })),
      ...(isNonNullType(item) ? [{ what: 'a list holding null', value: [null], literal: '[null]' }] : []),
    ];
  }
  if (isEnumType(type)) {
    const first = type.getValues()[0]!.name;
    return [
      { what: 'an unknown enum value', value: 'BESTAAT_NIET', literal: 'BESTAAT_NIET' },
      // Quoted in a literal; a number in variables (where enum values are strings).
      { what: 'a string or number, not an enum value', value: 5, literal: JSON.stringify(first) },
    ];
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const valid = sample(type) as Record<string, unknown>;
    const objectLiteral = (value: Record<string, unknown>, extra?: [string, string]) =>
      `{ ${[
        ...Object.entries(value).map(([name, fieldValue]) => {
          const fieldType = type.getFields()[name]!.type;
          return `${name}: ${print(astFromValue(fieldValue, fieldType)!)}`;
        }),
        ...(extra ? [`${extra[0]}: ${extra[1]}`] : []),
      ].join(', ')} }`;
    return [
      { what: 'a number instead of an object', value: 5, literal: '5' },
      {
        what: 'an object with an unknown field',
        value: { ...valid, bestaatNiet: 1 },
        literal: objectLiteral(valid, ['bestaatNiet', '1']),
      },
      ...(Object.keys(valid).length > 0 ? [{ what: 'an empty object', value: {}, literal: '{}' }] : []),
      ...fields.flatMap((field) =>
        wrongValues(field.type)
          .slice(0, 1)
          .map((wrong) => ({
            what: `an object whose ${field.name} is ${wrong.what}`,
            value: { ...valid, [field.name]: wrong.value },
            literal: objectLiteral(Object.fromEntries(Object.entries(valid).filter(([name]) => name !== field.name)), [
              field.name,
              wrong.literal,
            ]),
          })),
      ),
    ];
  }
  if (!isScalarType(type)) return [];
  switch (type.name) {
    case 'Int':
      return [
        { what: 'text', value: 'x', literal: '"x"' },
        { what: 'a number past 32 bits', value: 2 ** 40, literal: String(2 ** 40) },
        { what: 'a fraction', value: 1.5, literal: '1.5' },
      ];
    case 'Float':
      return [
        { what: 'text', value: 'x', literal: '"x"' },
        { what: 'a boolean', value: true, literal: 'true' },
      ];
    case 'Boolean':
      return [
        { what: 'text', value: 'ja', literal: '"ja"' },
        { what: 'a number', value: 1, literal: '1' },
      ];
    case 'ID':
      return [
        { what: 'a boolean', value: true, literal: 'true' },
        { what: 'a fraction', value: 1.5, literal: '1.5' },
        { what: 'an object', value: { id: 'opgave:klimaat' }, literal: '{ id: "opgave:klimaat" }' },
      ];
    case 'String':
      return [
        { what: 'a number', value: 5, literal: '5' },
        { what: 'an object', value: { tekst: 'x' }, literal: '{ tekst: "x" }' },
      ];
    default:
      // JSON takes any value.
      return [];
  }
}
