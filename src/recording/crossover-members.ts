import { badUserInput } from '../errors.js';
import type { EntityRecord } from '../graph/entity.js';
import { opgaveDesignations, namesOpgave } from '../graph/opgave-designations.js';
import type { Work } from './recorder.js';
import { checkSources, citedDocuments, type SourceInput } from './recorded-facts.js';
import type { crossoverEdit } from './recording-input.js';
import type { z } from 'zod';

/**
 * The opgaven of a crossover as the input names them: `opgaven` (all sharing the crossover's sources,
 * the kern given apart) or `leden` (each with its own sources and role). The fields say where in the
 * input each came from, so a refusal names the right one.
 */
export interface CrossoverMemberInput {
  opgave: string;
  kern: boolean;
  /** The member's own sources (`leden`); absent when it takes the crossover's. */
  bronnen?: readonly SourceInput[];
  /** The field naming the opgave. */
  field: string;
  /** The field whose sources must name the opgave. */
  sourcesField: string;
}

type MembersGiven = Pick<z.output<typeof crossoverEdit>, 'opgaven' | 'leden'>;

/** The members of the input, in its order; none when it names neither list. */
export function membersOf(input: MembersGiven): CrossoverMemberInput[] {
  if (input.leden) {
    return input.leden.map((member, index) => ({
      opgave: member.opgave,
      kern: member.rol === 'KERN',
      bronnen: member.bronnen,
      field: `invoer.leden[${index}].opgave`,
      sourcesField: `invoer.leden[${index}].bronnen`,
    }));
  }
  return (input.opgaven ?? []).map((opgave, index) => ({
    opgave,
    kern: false,
    field: `invoer.opgaven[${index}]`,
    sourcesField: 'invoer.bronnen',
  }));
}

/** The documents the members' own sources cite, to lock with the rest. */
export const memberDocuments = (members: readonly CrossoverMemberInput[]): string[] =>
  members.flatMap((member) => citedDocuments(member.bronnen));

/** Checks each member's own sources as any sources are checked (document exists, quote on its lines). */
export async function checkMemberSources(
  members: readonly CrossoverMemberInput[],
  found: ReadonlyMap<string, EntityRecord>,
  work: Work,
): Promise<void> {
  for (const member of members) {
    if (member.bronnen) await checkSources(member.bronnen, found, work, member.sourcesField);
  }
}

/** A `VERBINDT` about to get sources: the opgave, those sources, and the field to blame if they do not name it. */
export interface NamedCheck {
  opgave: string;
  bronnen: readonly SourceInput[];
  sourcesField: string;
}

/**
 * The crossover rule (seeds/MODEL.md, "Crossovers"): each `VERBINDT` carries a quote that names its
 * opgave, by one of the designations the seeds are held to, as whole words.
 */
export function requireNamed(checks: readonly NamedCheck[]): void {
  for (const { opgave, bronnen, sourcesField } of checks) {
    if (bronnen.some((bron) => namesOpgave(bron.citaat, opgave))) continue;
    const examples = (opgaveDesignations[opgave] ?? [])
      .slice(-2)
      .map((designation) => `'${designation}'`)
      .join(' of ');
    const how = examples ? ` met een aanduiding als ${examples}, als eigen woord(en)` : '';
    throw badUserInput(
      sourcesField,
      `geen citaat noemt de opgave ${opgave}${how}; een crossover verbindt alleen opgaven die een tekst noemt (geef zo nodig per opgave een bron in invoer.leden)`,
    );
  }
}

/**
 * On an edit: which `VERBINDT` gets which sources. `leden` give every member its own; otherwise new
 * `bronnen` go to every member, and without them a member that joins takes the crossover's stored
 * sources while the others keep theirs. `checked` lists the relations that get sources, for `requireNamed`.
 */
export function newMemberSources(
  given: readonly CrossoverMemberInput[] | null,
  current: readonly string[],
  bronnen: readonly SourceInput[] | null,
  stored: readonly SourceInput[],
): {
  of: (opgave: string) => readonly SourceInput[];
  renew: (opgave: string) => boolean;
  checked: NamedCheck[];
} {
  const members = given ?? current.map((opgave) => ({ opgave, field: 'invoer.id', sourcesField: 'invoer.bronnen' }));
  const checked: NamedCheck[] = [];
  const chosen = new Map<string, readonly SourceInput[]>();
  for (const member of members) {
    const own = 'bronnen' in member ? member.bronnen : undefined;
    const joins = !current.includes(member.opgave);
    const sources = own ?? bronnen ?? (joins ? stored : null);
    if (!sources) continue;
    chosen.set(member.opgave, sources);
    checked.push({
      opgave: member.opgave,
      bronnen: sources,
      sourcesField: own || bronnen ? member.sourcesField : member.field,
    });
  }
  return {
    of: (opgave) => chosen.get(opgave) ?? stored,
    renew: (opgave) => chosen.has(opgave),
    checked,
  };
}
