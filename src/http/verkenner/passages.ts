// Passages of the documents found by a search in the texts (`zoekInTeksten`): where each stands
// (document, lines, page), its text with the words found marked, and the nodes and relations whose
// sources cite lines inside it, each a button that adds and selects the node.

import type { TekstTreffer } from './api.js';
import { h, swatch, type Child } from './dom.js';
import { colourOf, relatieLabel } from './graph.js';
import type { PanelContext } from './panel.js';

/** The hits, best first, as the panel shows them. */
export function passagesView(
  found: { totaal: number; treffers: TekstTreffer[] },
  context: Pick<PanelContext, 'select' | 'nameOf'>,
): Child[] {
  if (found.treffers.length === 0) return [h('p', { text: 'Geen passage gevonden.' })];
  return [
    h('p', {
      'data-testid': 'passages-aantal',
      text:
        found.totaal > found.treffers.length
          ? `${found.totaal} passages; de ${found.treffers.length} beste:`
          : `${found.totaal} ${found.totaal === 1 ? 'passage' : 'passages'}:`,
    }),
    h(
      'ol',
      { className: 'passages', 'data-testid': 'passages' },
      found.treffers.map((treffer) => h('li', { 'data-testid': 'passage' }, passage(treffer, context))),
    ),
  ];
}

function passage(treffer: TekstTreffer, context: Pick<PanelContext, 'select' | 'nameOf'>): Child[] {
  const { document, regelVan, regelTot, pagina } = treffer.node;
  const regels = regelVan === regelTot ? `regel ${regelVan}` : `regels ${regelVan}–${regelTot}`;
  const knopen = treffer.knooppunten;
  return [
    h(
      'p',
      { className: 'vindplaats', 'data-testid': 'vindplaats' },
      `${document.naam}${document.datum ? ` (${document.datum})` : ''}, ${regels}`,
      pagina ? `, pagina ${pagina}` : '',
    ),
    h('blockquote', { 'data-testid': 'markering' }, marked(treffer.markering)),
    (knopen.length > 0 || treffer.relaties.length > 0) &&
      h('p', { className: 'vindplaats', text: 'Feiten die hier hun bron hebben:' }),
    knopen.length > 0 &&
      h(
        'ul',
        { className: 'zoekresultaten' },
        knopen.map((knoop) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                'data-testid': 'passage-knoop',
                'data-id': knoop.id,
                onClick: () => context.select(knoop.id),
              },
              swatch(colourOf(knoop.soort)),
              knoop.naam,
              ' ',
              h('span', { className: 'soortlabel', text: knoop.soort }),
            ),
          ),
        ),
      ),
    treffer.relaties.length > 0 &&
      h(
        'ul',
        { className: 'zoekresultaten' },
        treffer.relaties.map((relatie) =>
          h(
            'li',
            { 'data-testid': 'passage-relatie' },
            end(relatie.van, context),
            ` ${relatieLabel(relatie.type)} `,
            end(relatie.naar, context),
          ),
        ),
      ),
  ];
}

/** An end of a relation: a button that adds and selects the node. */
function end(id: string, context: Pick<PanelContext, 'select' | 'nameOf'>): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      className: 'link',
      'data-testid': 'passage-eind',
      'data-id': id,
      onClick: () => context.select(id),
    },
    context.nameOf(id),
  );
}

/** The passage's text with the words between `«` and `»` in `<mark>`: built as nodes, never as HTML. */
export function marked(markering: string): Child[] {
  return markering.split(/«([^»]*)»/).map((part, index) => (index % 2 === 1 ? h('mark', { text: part }) : part));
}
