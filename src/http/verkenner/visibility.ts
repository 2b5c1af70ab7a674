// What the reader left out of the picture (url-state.ts keeps it): kinds of node, relation types,
// single nodes, what stands so (stand.ts) and the candidate crossovers. Left out is only not shown: everything stays drawn
// where it is, so showing it again puts it back in its place, and a link replays the same steps.

import { leftOutByStand } from './stand.js';
import type { ViewState } from './url-state.js';

type Filters = Pick<
  ViewState,
  | 'kandidaten'
  | 'zonderSoorten'
  | 'zonderRelaties'
  | 'verborgen'
  | 'zonderStanden'
  | 'zonderKnelpuntStatussen'
  | 'zonderKnelpuntSoorten'
>;

/** Shows and hides the drawing's elements as the state says; an edge goes with either of its ends. */
export function applyVisibility(cy: cytoscape.Core, state: Filters): void {
  const soorten = new Set(state.zonderSoorten);
  const relaties = new Set(state.zonderRelaties);
  const verborgen = new Set(state.verborgen);
  cy.batch(() => {
    for (const node of cy.nodes().toArray()) {
      node.toggleClass(
        'verborgen',
        soorten.has(node.data('soort') as string) || verborgen.has(node.id()) || leftOutByStand(node, state),
      );
    }
    for (const edge of cy.edges().toArray()) {
      const hidden = edge.hasClass('kandidaat')
        ? !state.kandidaten
        : relaties.has(edge.data('type') as string) ||
          edge.source().hasClass('verborgen') ||
          edge.target().hasClass('verborgen');
      edge.toggleClass('verborgen', hidden);
    }
  });
}

/** Adds `value` to a sorted list, or takes it out: a filter's checkbox turned. */
export function toggled(list: readonly string[], value: string, include: boolean): string[] {
  const rest = list.filter((item) => item !== value);
  return include ? [...rest, value].sort() : rest;
}
