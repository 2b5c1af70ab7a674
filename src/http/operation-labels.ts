import { Kind, parse } from 'graphql';
import { documentTexts } from './own-documents.js';

/** The label of an operation without a name, and of a request that named no operation that could run. */
export const anonymousLabel = 'anonymous';
export const invalidLabel = 'invalid';
/** The label of every named operation once the budget of names is spent. */
export const otherLabel = 'other';

/** Names a label may take besides the known ones: enough for the front-ends in use, never unbounded. */
export const defaultNameBudget = 100;

const namePattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Operation names as metric labels, with a bounded number of values: each label value is a time
 * series in Prometheus, and a caller chooses the name. The service's own operations (the examples
 * and the verkenner's) always keep their name; other names are kept as they come, up to a budget,
 * and after that count as `other`. Only operations that were resolved get a name at all.
 */
export class OperationLabels {
  private readonly names: Set<string>;
  private learned = 0;

  constructor(
    known: Iterable<string>,
    private readonly budget: number = defaultNameBudget,
  ) {
    this.names = new Set(known);
  }

  /** `name` is the resolved operation's name (null: anonymous), `resolved` whether one was resolved at all. */
  label(name: string | null | undefined, resolved: boolean): string {
    if (!resolved) return invalidLabel;
    if (!name) return anonymousLabel;
    if (this.names.has(name)) return name;
    if (this.learned >= this.budget || !namePattern.test(name)) return otherLabel;
    this.learned += 1;
    this.names.add(name);
    return name;
  }
}

/** The operation names defined in the documents of these folders and manifests (see documentTexts). */
export function operationNamesIn(...paths: string[]): string[] {
  return documentTexts(paths).flatMap((text) =>
    parse(text).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
    ),
  );
}
