/**
 * A graphql-codegen plugin: the exact text of each operation, where the page and the trusted
 * documents both take it from. For a `.ts` output, one constant per operation typed with the answer
 * and variables that the typescript-operations plugin generates beside it; for a `.json` output, the
 * same texts as a manifest of trusted documents (`{ "<sha256>": "<text>" }`), which
 * `npm run trusted-documents` and the service read as the verkenner's own documents.
 *
 * The exact text, not a printed one (as typed-document-node gives): a caller without credentials is
 * held to the trusted documents, so the page must send the characters the manifest holds. (The
 * loader's `rawSDL` is a reprint without comments, so the files are read here.)
 *
 * Each file outside a `fragments` folder holds one named operation and the fragments only it uses.
 * Each file in a `fragments` folder holds one fragment that several operations share; it is no
 * document of its own. An operation's text is its file's text followed by the text of each shared
 * fragment it uses, directly or through another fragment, in the order of their names, joined by
 * newlines: one text whatever the order of the spreads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Kind, visit } from 'graphql';

export function plugin(_schema, documents, _config, info) {
  const operations = operationTexts(documents);
  return info?.outputFile?.endsWith('.json') ? manifestOf(operations) : constantsOf(operations);
}

/** Each operation's name, kind (`Query`, `Mutation`, `Subscription`) and exact text, in the files' order. */
export function operationTexts(documents) {
  const shared = sharedFragments(documents.filter((file) => isFragmentFile(file.location)));
  return documents
    .filter((file) => !isFragmentFile(file.location))
    .map((file) => {
      const operations = file.document.definitions.filter(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      );
      if (operations.length !== 1 || !operations[0].name) {
        throw new Error(`${file.location}: expected exactly one named operation, found ${operations.length}.`);
      }
      const kind = operations[0].operation[0].toUpperCase() + operations[0].operation.slice(1);
      const used = [...sharedFragmentsUsed(file, shared)].sort();
      const text = [readFileSync(file.location, 'utf8'), ...used.map((name) => shared.get(name).text)].join('\n');
      return { name: operations[0].name.value, kind, text };
    });
}

function isFragmentFile(location) {
  return basename(dirname(location)) === 'fragments';
}

/** The shared fragments by name, each with its file's text and its definition. */
function sharedFragments(files) {
  const shared = new Map();
  for (const file of files) {
    const [definition, ...rest] = file.document.definitions;
    if (definition?.kind !== Kind.FRAGMENT_DEFINITION || rest.length > 0) {
      throw new Error(`${file.location}: a file in fragments/ holds exactly one fragment and nothing else.`);
    }
    shared.set(definition.name.value, { text: readFileSync(file.location, 'utf8'), definition });
  }
  return shared;
}

/** The names of the shared fragments a file spreads, directly or through other fragments, except those it defines. */
function sharedFragmentsUsed(file, shared) {
  const own = new Set(
    file.document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => d.name.value),
  );
  const used = new Set();
  const pending = [file.document];
  while (pending.length > 0) {
    for (const name of spreadsIn(pending.pop())) {
      if (own.has(name) || used.has(name)) continue;
      const fragment = shared.get(name);
      if (!fragment)
        throw new Error(`${file.location}: the fragment ${name} is neither in the file nor in fragments/.`);
      used.add(name);
      pending.push(fragment.definition);
    }
  }
  return used;
}

function spreadsIn(node) {
  const names = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

function constantsOf(operations) {
  return [
    "/** An operation's exact text, typed with its answer and its variables. */",
    'export type Operation<Answer, Variables> = string & { readonly answer?: Answer; readonly variables?: Variables };',
    '',
    ...operations.map(
      ({ name, kind, text }) =>
        `export const ${name} = ${JSON.stringify(text)} as Operation<${name}${kind}, ${name}${kind}Variables>;`,
    ),
    '',
  ].join('\n');
}

/**
 * The texts as a flat manifest, keyed by their SHA-256 as documentHash (src/trusted-documents/manifest.ts)
 * computes it; the service checks every key against its text when it reads the manifest.
 */
function manifestOf(operations) {
  const entries = operations.map(({ text }) => [createHash('sha256').update(text, 'utf8').digest('hex'), text]);
  return `${JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`;
}
