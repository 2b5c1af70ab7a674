import type { ProgressOverview } from '../../src/graph/progress.js';

/** The progress overview of an opgave on 14 February 2019 with nothing in it but what `parts` gives. */
export function progressOverview(
  opgave: ProgressOverview['opgave'],
  parts: Partial<ProgressOverview> = {},
): ProgressOverview {
  return {
    opgave,
    asOf: '2019-02-14',
    milestones: [],
    commitments: [],
    targets: [],
    openBottlenecks: [],
    reports: [],
    statements: new Map(),
    ...parts,
  };
}
