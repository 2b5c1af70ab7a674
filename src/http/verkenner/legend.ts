// The legend in the controls, which is also the filter: a checkbox per kind of node (every kind the
// schema knows) and per relation type in the picture; unticked is left out of the picture.

import { h, swatch } from './dom.js';
import { colourOf, relatieLabel, soorten } from './graph.js';
import type { ViewState } from './url-state.js';

export interface LegendContext {
  /** A kind of node or a relation type ticked or unticked. */
  toggleSoort(soort: string, shown: boolean): void;
  toggleRelatie(type: string, shown: boolean): void;
  toggleKandidaten(shown: boolean): void;
}

/** Fills the legend of kinds (once: the kinds are the schema's) and returns how to show a state in it. */
export function createLegend(kinds: HTMLElement, relations: HTMLElement, context: LegendContext) {
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
    },
  };
}
