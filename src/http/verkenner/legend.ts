// The legend in the controls, which is also the filter: a checkbox per kind of node (every kind the
// schema knows), per relation type in the picture, and per status and kind of knelpunt in the
// picture (with the colour of the border it gives); unticked is left out of the picture.

import { h, swatch } from './dom.js';
import { colourOf, relatieLabel, soorten } from './graph.js';
import {
  knelpuntSoortWaarden,
  knelpuntStatusKleuren,
  knelpuntStatusWaarden,
  standKleuren,
  standLabel,
  standWaarden,
  TEGENSTRIJDIG,
  TEGENSTRIJDIG_KLEUR,
  type StandData,
} from './stand.js';
import type { ViewState } from './url-state.js';

/** The status filters: each a list in the state, a key of the node's data, and its values in order. */
export type StandFilter = 'zonderStanden' | 'zonderKnelpuntStatussen' | 'zonderKnelpuntSoorten';

export interface LegendContext {
  /** A kind of node or a relation type ticked or unticked. */
  toggleSoort(soort: string, shown: boolean): void;
  toggleRelatie(type: string, shown: boolean): void;
  toggleKandidaten(shown: boolean): void;
  /** A status (or kind of knelpunt) ticked or unticked. */
  toggleStand(filter: StandFilter, value: string, shown: boolean): void;
}

const standTestIds: Record<StandFilter, string> = {
  zonderStanden: 'filter-stand',
  zonderKnelpuntStatussen: 'filter-knelpuntstatus',
  zonderKnelpuntSoorten: 'filter-knelpuntsoort',
};

/** Where the status filters are listed. */
export interface StandLists {
  standen: HTMLElement;
  knelpuntStatussen: HTMLElement;
  knelpuntSoorten: HTMLElement;
}

/** A ring in a status's colour: the border it gives a node; set through the CSSOM, as the CSP asks. */
export function ring(colour: string, dashed = false): HTMLSpanElement {
  const element = h('span', { className: dashed ? 'kleur ring gestreept' : 'kleur ring', 'aria-hidden': 'true' });
  element.style.borderColor = colour;
  return element;
}

/** The values of each status filter, in the order the legend and the caption list them. */
export const standValues: Record<StandFilter, readonly string[]> = {
  zonderStanden: standWaarden,
  zonderKnelpuntStatussen: knelpuntStatusWaarden,
  zonderKnelpuntSoorten: knelpuntSoortWaarden,
};

/**
 * The border a status gives a node: its colour, dashed for contradicting statements; none for a kind
 * of knelpunt, which the border does not show.
 */
export function standBorder(filter: StandFilter, value: string): { kleur: string; gestreept: boolean } | null {
  switch (filter) {
    case 'zonderStanden':
      return value === TEGENSTRIJDIG
        ? { kleur: TEGENSTRIJDIG_KLEUR, gestreept: true }
        : { kleur: standKleuren[value as keyof typeof standKleuren], gestreept: false };
    case 'zonderKnelpuntStatussen':
      return { kleur: knelpuntStatusKleuren[value as keyof typeof knelpuntStatusKleuren], gestreept: false };
    case 'zonderKnelpuntSoorten':
      return null;
  }
}

/**
 * The values of each status filter among these nodes (the legend's: all drawn; the caption's: those in
 * view), with how many nodes stand so.
 */
export function standCounts(nodes: cytoscape.NodeCollection): Record<StandFilter, Map<string, number>> {
  const counts: Record<StandFilter, Map<string, number>> = {
    zonderStanden: new Map(),
    zonderKnelpuntStatussen: new Map(),
    zonderKnelpuntSoorten: new Map(),
  };
  const count = (filter: StandFilter, value: string | undefined) => {
    if (value !== undefined) counts[filter].set(value, (counts[filter].get(value) ?? 0) + 1);
  };
  for (const node of nodes.toArray()) {
    const data = node.data() as StandData;
    count('zonderStanden', data.stand);
    if (data.tegenstrijdig) count('zonderStanden', TEGENSTRIJDIG);
    count('zonderKnelpuntStatussen', data.knelpuntStatus);
    count('zonderKnelpuntSoorten', data.knelpuntSoort);
  }
  return counts;
}

/** Fills the legend of kinds (once: the kinds are the schema's) and returns how to show a state in it. */
export function createLegend(kinds: HTMLElement, relations: HTMLElement, stands: StandLists, context: LegendContext) {
  const checkbox = (testId: string, value: string, onChange: (shown: boolean) => void) => {
    const input = h('input', { type: 'checkbox', 'data-testid': testId, 'data-waarde': value, checked: true });
    input.addEventListener('change', () => onChange(input.checked));
    return input;
  };
  kinds.replaceChildren(
    ...soorten.map((soort) =>
      h(
        'li',
        {},
        h(
          'label',
          {},
          checkbox('filter-soort', soort, (shown) => context.toggleSoort(soort, shown)),
          swatch(colourOf(soort)),
          soort,
        ),
      ),
    ),
    h(
      'li',
      {},
      h(
        'label',
        {},
        checkbox('toon-kandidaten', 'kandidaten', (shown) => context.toggleKandidaten(shown)),
        h('span', { className: 'kleur kandidaat-lijn', 'aria-hidden': 'true' }),
        'Kandidaat-crossover',
      ),
    ),
  );

  const standSections: Array<{ filter: StandFilter; list: HTMLElement }> = [
    { filter: 'zonderStanden', list: stands.standen },
    { filter: 'zonderKnelpuntStatussen', list: stands.knelpuntStatussen },
    { filter: 'zonderKnelpuntSoorten', list: stands.knelpuntSoorten },
  ];
  const sample = (filter: StandFilter, value: string) => {
    const border = standBorder(filter, value);
    return border && ring(border.kleur, border.gestreept);
  };

  /**
   * Lists the statuses and kinds of knelpunt in the picture (and those left out), in the schema's
   * order, each with how many nodes stand so; rebuilt, a list keeps the keyboard's place.
   */
  function showStands(state: ViewState, cy: cytoscape.Core): void {
    const counts = standCounts(cy.nodes());
    for (const { filter, list } of standSections) {
      const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
      const shown = standValues[filter].filter((value) => counts[filter].has(value) || state[filter].includes(value));
      list.replaceChildren(
        ...(shown.length === 0
          ? [h('li', { className: 'uitleg', text: 'Niets in beeld.' })]
          : shown.map((value) => {
              const input = checkbox(standTestIds[filter], value, (on) => context.toggleStand(filter, value, on));
              input.checked = !state[filter].includes(value);
              return h(
                'li',
                {},
                h(
                  'label',
                  {},
                  input,
                  sample(filter, value),
                  `${standLabel(value)} (${counts[filter].get(value) ?? 0})`,
                ),
              );
            })),
      );
      if (focused?.dataset.waarde)
        list.querySelector<HTMLElement>(`input[data-waarde="${CSS.escape(focused.dataset.waarde)}"]`)?.focus();
    }
  }

  return {
    /** Ticks what the state shows, and lists the relation types drawn (and those left out) with their number. */
    show(state: ViewState, cy: cytoscape.Core): void {
      for (const input of kinds.querySelectorAll<HTMLInputElement>('input[data-testid="filter-soort"]'))
        input.checked = !state.zonderSoorten.includes(input.dataset.waarde!);
      kinds.querySelector<HTMLInputElement>('input[data-testid="toon-kandidaten"]')!.checked = state.kandidaten;

      const counts = new Map<string, number>(state.zonderRelaties.map((type) => [type, 0]));
      for (const edge of cy.edges().toArray()) {
        const type = edge.data('type') as string | undefined;
        if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
      }
      // Rebuilt, the list keeps the keyboard's place: the checkbox that had focus has it again.
      const focused = relations.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
      relations.replaceChildren(
        ...[...counts.keys()].sort().map((type) => {
          const input = checkbox('filter-relatie', type, (shown) => context.toggleRelatie(type, shown));
          input.checked = !state.zonderRelaties.includes(type);
          return h('li', {}, h('label', {}, input, `${relatieLabel(type)} (${counts.get(type)})`));
        }),
      );
      if (focused?.dataset.waarde)
        relations.querySelector<HTMLElement>(`input[data-waarde="${CSS.escape(focused.dataset.waarde)}"]`)?.focus();
      showStands(state, cy);
    },
  };
}
