// The legend and caption under an exported picture (PNG and SVG alike): a title, the date, what
// is shown and left out, the source (this service and its version) and the link that opens the
// same view. Laid out once here; svg.ts writes it as SVG, png.ts paints it on a canvas.

import { colourOf, relatieLabel, soorten } from './graph.js';
import { standBorder, standCounts, standValues } from './legend.js';
import { standLabel, TEGENSTRIJDIG } from './stand.js';
import type { ViewState } from './url-state.js';

/**
 * A legend entry: a kind of node (a swatch), a kind of line (a stroke, dashed for candidates) or a
 * status (a ring in the colour of the border it gives, dashed for contradicting statements).
 */
export interface LegendItem {
  naam: string;
  kleur: string;
  lijn?: 'doorgetrokken' | 'gestreept' | 'gestippeld';
  rand?: 'doorgetrokken' | 'gestreept';
}

/** The statuses of the nodes shown, in the legend's order, each as the ring its border shows. */
function standItems(nodes: cytoscape.NodeCollection): LegendItem[] {
  const counts = standCounts(nodes);
  const naam = (filter: 'zonderStanden' | 'zonderKnelpuntStatussen', value: string) =>
    filter === 'zonderKnelpuntStatussen'
      ? `knelpunt: ${standLabel(value)}`
      : value === TEGENSTRIJDIG
        ? standLabel(value)
        : `stand: ${standLabel(value)}`;
  return (['zonderStanden', 'zonderKnelpuntStatussen'] as const).flatMap((filter) =>
    standValues[filter]
      .filter((value) => counts[filter].has(value))
      .map((value) => {
        const border = standBorder(filter, value)!;
        return {
          naam: naam(filter, value),
          kleur: border.kleur,
          rand: border.gestreept ? ('gestreept' as const) : ('doorgetrokken' as const),
        };
      }),
  );
}

export interface Caption {
  titel: string;
  regels: string[];
  legenda: LegendItem[];
}

/** What the picture shows, for its caption. */
export function captionOf(cy: cytoscape.Core, state: ViewState, versie: string, datum: string, link: string): Caption {
  const shown = cy.elements(':visible');
  const kinds = new Set(shown.nodes().map((node) => node.data('soort') as string));
  const edges = shown.edges().toArray() as cytoscape.EdgeSingular[];
  const lines: LegendItem[] = [
    ...(edges.some((edge) => edge.data('type') === 'VERBINDT')
      ? [{ naam: 'crossover verbindt opgave', kleur: '#f08c5a', lijn: 'doorgetrokken' as const }]
      : []),
    ...(edges.some(
      (edge) => !edge.hasClass('kandidaat') && !edge.hasClass('samenkomst') && edge.data('type') !== 'VERBINDT',
    )
      ? [{ naam: 'andere relatie (pijl)', kleur: '#9aa3ad', lijn: 'doorgetrokken' as const }]
      : []),
    ...(edges.some((edge) => edge.hasClass('kandidaat'))
      ? [{ naam: 'kandidaat-crossover', kleur: '#0b7285', lijn: 'gestreept' as const }]
      : []),
    ...(edges.some((edge) => edge.hasClass('samenkomst'))
      ? [{ naam: 'komt samen in het gebied', kleur: '#9aa3ad', lijn: 'gestippeld' as const }]
      : []),
  ];
  const centre = state.gebied ? (cy.getElementById(state.gebied).data('naam') as string | undefined) : undefined;
  const leftOut = [
    ...state.zonderSoorten,
    ...state.zonderRelaties.map(relatieLabel),
    ...state.zonderStanden.map((value) => (value === TEGENSTRIJDIG ? standLabel(value) : `stand ${standLabel(value)}`)),
    ...state.zonderKnelpuntStatussen.map((value) => `knelpunt ${standLabel(value)}`),
    ...state.zonderKnelpuntSoorten.map((value) => `knelpunt ${standLabel(value)}`),
  ];
  const verborgen = state.verborgen.length;
  return {
    titel: centre ? `IBP-verkenner: wat samenkomt in ${centre}` : 'IBP-verkenner: opgavenkaart',
    regels: [
      `${datum} · ${shown.nodes().length} knooppunten, ${edges.length} verbindingen` +
        (leftOut.length > 0 ? ` · weggelaten: ${leftOut.join(', ')}` : '') +
        (verborgen > 0 ? ` · ${verborgen} verborgen` : ''),
      `Bron: IBP Graph ${versie}, kennisgraaf van het Interbestuurlijk Programma; elk feit met document en regels`,
      link,
    ],
    legenda: [
      ...soorten.filter((soort) => kinds.has(soort)).map((soort) => ({ naam: soort, kleur: colourOf(soort) })),
      ...standItems(shown.nodes()),
      ...lines,
    ],
  };
}

/** Where each part of a caption goes, in a band `width` wide at scale 1. */
export interface CaptionLayout {
  height: number;
  titel: { x: number; y: number; size: number };
  regels: Array<{ x: number; y: number; size: number; tekst: string }>;
  legenda: Array<LegendItem & { x: number; y: number }>;
}

export const CAPTION_FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';
const MARGIN = 16;
const ITEM_WIDTH = 230;
const ROW = 20;

/** The legend in columns as many as fit, then the title and lines; y is each text's baseline. */
export function layoutCaption(caption: Caption, width: number): CaptionLayout {
  const columns = Math.max(1, Math.floor((width - 2 * MARGIN) / ITEM_WIDTH));
  const top = MARGIN + 12;
  const legenda = caption.legenda.map((item, index) => ({
    ...item,
    x: MARGIN + (index % columns) * ITEM_WIDTH,
    y: top + Math.floor(index / columns) * ROW,
  }));
  const legendBottom = top + Math.ceil(caption.legenda.length / columns) * ROW;
  const titel = { x: MARGIN, y: legendBottom + 14, size: 16 };
  const regels = caption.regels.map((tekst, index) => ({ x: MARGIN, y: titel.y + 20 + index * 17, size: 12, tekst }));
  return { height: (regels.at(-1)?.y ?? titel.y) + MARGIN, titel, regels, legenda };
}
