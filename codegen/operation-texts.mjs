/**
 * A graphql-codegen plugin: one constant per operation holding its file's exact text, typed with
 * the answer and variables that the typescript-operations plugin generates beside it.
 *
 * The exact text, not a printed one (as typed-document-node gives): the trusted documents are the
 * `.graphql` files as written (`npm run trusted-documents`), and a caller without credentials is
 * held to those texts, so the page must send the same characters. Each file therefore holds one
 * operation and every fragment it uses. (The loader's `rawSDL` is a reprint without comments, so the
 * file is read here.)
 */
import { readFileSync } from 'node:fs';

export function plugin(_schema, documents) {
  const constants = documents.map((file) => {
    const operations = file.document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
    if (operations.length !== 1 || !operations[0].name) {
      throw new Error(`${file.location}: expected exactly one named operation, found ${operations.length}.`);
    }
    const name = operations[0].name.value;
    const kind =
      operations[0].operation === 'query'
        ? 'Query'
        : operations[0].operation === 'mutation'
          ? 'Mutation'
          : 'Subscription';
    return `export const ${name} = ${JSON.stringify(readFileSync(file.location, 'utf8'))} as Operation<${name}${kind}, ${name}${kind}Variables>;`;
  });
  return [
    "/** An operation's exact text, typed with its answer and its variables. */",
    'export type Operation<Answer, Variables> = string & { readonly answer?: Answer; readonly variables?: Variables };',
    '',
    ...constants,
    '',
  ].join('\n');
}
