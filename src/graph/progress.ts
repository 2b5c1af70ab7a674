import { stringProperty, type EntityRecord } from './entity.js';
import { progressStatuses, type ProgressStatus } from './model.js';

/**
 * How something stands, derived from its status statements (`Stand`) without dropping any: the
 * status of the newest statements, and whether statements contradict each other. On a contradiction
 * nothing is chosen: the status is `onbekend` when the newest disagree, and the clashing statements
 * are listed.
 */
export interface Progress {
  status: ProgressStatus;
  /** The date the newest statements speak as of; null without statements. */
  asOf: string | null;
  contradictory: boolean;
  contradicting: EntityRecord[];
  newest: EntityRecord[];
  count: number;
}

/** Statuses that say the thing is still to come: a later one of these after `bereikt` contradicts it. */
const stillToCome: readonly ProgressStatus[] = ['gepland', 'uitgesteld'];

/** The status a statement states; a word outside the vocabulary counts as `onbekend`. */
export function statusOf(statement: EntityRecord): ProgressStatus {
  const word = stringProperty(statement, 'status');
  return (progressStatuses as readonly string[]).includes(word ?? '') ? (word as ProgressStatus) : 'onbekend';
}

/** The first day a statement speaks as of (its `datumVan`, else its `datum`), for ordering. */
function dayOf(statement: EntityRecord): string {
  return stringProperty(statement, 'datumVan') ?? stringProperty(statement, 'datum') ?? '';
}

export function progressOf(statements: readonly EntityRecord[]): Progress {
  if (statements.length === 0) {
    return { status: 'onbekend', asOf: null, contradictory: false, contradicting: [], newest: [], count: 0 };
  }
  const ordered = [...statements].sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.id.localeCompare(b.id));
  const newestDay = dayOf(ordered.at(-1)!);
  const newest = ordered.filter((statement) => dayOf(statement) === newestDay);
  const newestStatuses = new Set(newest.map(statusOf));
  const contradicting = new Set<EntityRecord>(newestStatuses.size > 1 ? newest : []);
  // A statement that calls something still to come after an earlier one said it was reached.
  ordered.forEach((later, index) => {
    if (!stillToCome.includes(statusOf(later))) return;
    const reached = ordered
      .slice(0, index)
      .filter((earlier) => statusOf(earlier) === 'bereikt' && dayOf(earlier) < dayOf(later));
    if (reached.length > 0) [...reached, later].forEach((statement) => contradicting.add(statement));
  });
  return {
    status: newestStatuses.size === 1 ? statusOf(newest[0]!) : 'onbekend',
    asOf: stringProperty(newest[0]!, 'datum') ?? newestDay,
    contradictory: contradicting.size > 0,
    contradicting: ordered.filter((statement) => contradicting.has(statement)),
    newest,
    count: statements.length,
  };
}

/** A status that closes a milestone or commitment: it is no longer overdue. */
const closed: readonly ProgressStatus[] = ['bereikt', 'vervallen'];

/**
 * Whether a milestone or commitment is overdue on `day` (an ISO day): the last day its date covers
 * (`datumTot`) lies before it, and its progress does not say it was reached or dropped.
 */
export function isOverdue(item: EntityRecord, progress: Progress, day: string): boolean {
  const lastDay = stringProperty(item, 'datumTot');
  return lastDay !== null && lastDay < day && !closed.includes(progress.status);
}

/** What `voortgang(opgave:)` shows: the opgave's milestones, commitments and the rest, with their statements. */
export interface ProgressOverview {
  opgave: EntityRecord;
  asOf: string;
  milestones: EntityRecord[];
  commitments: EntityRecord[];
  targets: EntityRecord[];
  openBottlenecks: EntityRecord[];
  reports: EntityRecord[];
  /** The status statements of each milestone and commitment, by its id. */
  statements: ReadonlyMap<string, EntityRecord[]>;
  /** The regional initiatives that concern the opgave, where the report shows them. */
  initiatives?: readonly EntityRecord[];
  /** The amounts whose fund reaches the opgave, where the report shows them. */
  amounts?: readonly EntityRecord[];
}

/** How many milestones and commitments have each status, in the vocabulary's order, leaving out zeros. */
export interface StatusCount {
  status: ProgressStatus;
  count: number;
}

export function countByStatus(overview: ProgressOverview): StatusCount[] {
  const counts = new Map<ProgressStatus, number>();
  for (const item of [...overview.milestones, ...overview.commitments]) {
    const { status } = progressOf(overview.statements.get(item.id) ?? []);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return progressStatuses
    .filter((status) => counts.has(status))
    .map((status) => ({ status, count: counts.get(status)! }));
}

/** The milestones and commitments overdue on the overview's day. */
export function overdueItems(overview: ProgressOverview): EntityRecord[] {
  return [...overview.milestones, ...overview.commitments].filter((item) =>
    isOverdue(item, progressOf(overview.statements.get(item.id) ?? []), overview.asOf),
  );
}

/** The newest statements over all milestones and commitments, newest first, at most `limit`. */
export function latestStatements(overview: ProgressOverview, limit = 10): EntityRecord[] {
  const all = [
    ...new Map([...overview.statements.values()].flat().map((statement) => [statement.id, statement])).values(),
  ];
  return all.sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || a.id.localeCompare(b.id)).slice(0, limit);
}
