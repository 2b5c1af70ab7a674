// The side panel: the facts of what is selected, each with its sources (document, lines and
// the quoted sentence), built with `h` (dom.ts), never from HTML strings.

import type { Bewijs, Bron, KnoopDetails, Pad, Relatie, TekstTreffer } from './api.js';
import { fill, h, type Child } from './dom.js';
import { formatScore, relatieLabel, type GetekendeKandidaat } from './graph.js';
import { passagesView } from './passages.js';
import { enumLabel, standLabel } from './stand.js';

/** What the panel needs from the page. */
export interface PanelContext {
  nameOf(id: string): string;
  /** Selects an element of the drawing (and so shows it here). */
  select(id: string): void;
  /** The drawn nodes, in the order the keyboard list shows them. */
  visibleNodes(): cytoscape.NodeSingular[];
  expand(id: string): void;
  /** Whether the node's neighbours were added ("Omgeving uitbreiden"). */
  isExpanded(id: string): boolean;
  /** Takes the node's neighbours away again. */
  collapse(id: string): void;
  /** Leaves the node out of the picture. */
  hide(id: string): void;
  setVan(id: string): void;
  setNaar(id: string): void;
}

export type Panel = ReturnType<typeof createPanel>;

/** The panel's views, each replacing what the panel showed. */
export function createPanel(element: HTMLElement, context: PanelContext) {
  const show = (children: Child[]) => {
    fill(element, children);
    element.scrollTop = 0;
  };
  return {
    showWelcome: () => show(welcome(context)),
    showKnoop: (node: cytoscape.NodeSingular, details: Promise<KnoopDetails | null>) =>
      show(knoopView(node, details, context)),
    showRelatie: (edge: cytoscape.EdgeSingular) => show(relatieView(edge, context)),
    showKandidaat: (edge: cytoscape.EdgeSingular, bewijs: Promise<Bewijs | null>) =>
      show(kandidaatView(edge.data('kandidaat') as GetekendeKandidaat, bewijs, context)),
    showSamenkomst: (edge: cytoscape.EdgeSingular) => show(samenkomstView(edge, context)),
    showPad: (pad: Pad) => show(padView(pad, context)),
    showMessage: (title: string, text: string) => show([h('h2', { text: title }), h('p', { text })]),
    showPassages: (tekst: string, treffers: Promise<{ totaal: number; treffers: TekstTreffer[] }>) =>
      show([
        h('h2', { text: `In de teksten: “${tekst}”` }),
        loading(treffers, 'De teksten worden doorzocht…', 'Zoeken in de teksten lukte niet', (found) =>
          passagesView(found, context),
        ),
      ]),
  };
}

function welcome(context: PanelContext): Child[] {
  return [
    h('h2', { text: 'Verkennen' }),
    h(
      'p',
      {
        text: 'Klik op een opgave, crossover of verbinding voor de feiten en hun bronnen. Dubbelklik op een knooppunt om de omgeving uit te breiden. ',
      },
      'Doorgetrokken oranje lijnen zijn crossovers die de documenten noemen; gestreepte lijnen zijn kandidaat-crossovers (hoe breder, hoe sterker).',
    ),
    h(
      'p',
      {},
      'Vink in de legenda soorten knooppunten en relaties uit om ze te verbergen. Namen die elkaar zouden bedekken worden weggelaten; wijs een knooppunt aan of kies het om de naam te zien.',
    ),
    h('h3', { text: 'Sneltoetsen' }),
    h(
      'dl',
      { className: 'eigenschappen' },
      [
        ['Ctrl+Z', 'ongedaan maken'],
        ['Ctrl+Shift+Z, Ctrl+Y', 'opnieuw'],
        ['H of Delete', 'gekozen knooppunt verbergen (in de tekening)'],
        ['pijltjes, + en −, 0', 'verschuiven, zoomen, alles in beeld (in de tekening)'],
      ].map(([key, meaning]) => [h('dt', {}, h('kbd', { text: key })), h('dd', { text: meaning })]),
    ),
    elementList(context),
  ];
}

/** Every drawn node as a button: the keyboard's way into the drawing. */
function elementList(context: PanelContext): HTMLElement {
  const details = h('details', { className: 'in-beeld' }, h('summary', { text: 'Alle knooppunten in beeld' }));
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('ul')) return;
    const limit = 300;
    const nodes = context.visibleNodes();
    details.append(
      h(
        'ul',
        { className: 'knoplijst' },
        nodes.slice(0, limit).map((node) => h('li', {}, knoopButton(node.id(), context))),
      ),
    );
    if (nodes.length > limit)
      details.append(h('p', { text: `De eerste ${limit} van ${nodes.length}; zoek de rest op naam.` }));
  });
  return details;
}

function knoopButton(id: string, context: PanelContext): HTMLElement {
  return h(
    'button',
    { type: 'button', className: 'link', 'data-id': id, onClick: () => context.select(id) },
    context.nameOf(id),
  );
}

/** A part of the panel that waits for its data: "loading" until it came, then what `render` makes of it. */
function loading<T>(data: Promise<T>, waiting: string, failed: string, render: (value: T) => Child[]): HTMLElement {
  const body = h('div', { className: 'details', 'aria-busy': 'true' }, h('p', { text: waiting }));
  data
    .then((value) => fill(body, render(value)))
    .catch((error: unknown) =>
      body.replaceChildren(h('p', { className: 'fout', text: `${failed}: ${(error as Error).message}` })),
    )
    .finally(() => body.removeAttribute('aria-busy'));
  return body;
}

function knoopView(
  node: cytoscape.NodeSingular,
  details: Promise<KnoopDetails | null>,
  context: PanelContext,
): Child[] {
  const action = (testid: string, label: string, run: (id: string) => void) =>
    h('button', { type: 'button', 'data-testid': testid, onClick: () => run(node.id()) }, label);
  return [
    h('p', { className: 'soort', text: node.data('soort') as string }),
    h('h2', { 'data-testid': 'paneel-titel', text: node.data('naam') as string }),
    h('p', { className: 'id', text: node.id() }),
    h(
      'div',
      { className: 'acties' },
      context.isExpanded(node.id())
        ? action('inklappen', 'Omgeving inklappen', context.collapse)
        : action('omgeving', 'Omgeving uitbreiden', context.expand),
      action('verberg', 'Verbergen', context.hide),
      action('als-van', 'Pad van hier', context.setVan),
      action('als-naar', 'Pad naar hier', context.setNaar),
    ),
    loading(details, 'Bronnen laden…', 'Kon de gegevens niet laden', (knoop) => knoopDetails(knoop, context)),
    verbandenInBeeld(node, context),
  ];
}

function knoopDetails(knoop: KnoopDetails | null, context: PanelContext): Child[] {
  if (!knoop) return [h('p', { text: 'Dit knooppunt staat niet (meer) in de graaf.' })];
  const knelpunt = 'status' in knoop ? knoop : null;
  // An instrument no text gives a status is no milestone with an unknown one: no status shown.
  const voortgang =
    'voortgang' in knoop && (knoop.voortgang.aantalUitspraken > 0 || knoop.soort !== 'Instrument') ? knoop : null;
  const eigenschappen = [
    ...(voortgang
      ? [
          {
            naam: 'stand',
            waarde:
              standLabel(voortgang.voortgang.status) +
              (voortgang.voortgang.peildatum ? ` (per ${voortgang.voortgang.peildatum})` : ''),
          },
          ...(voortgang.voortgang.tegenstrijdig ? [{ naam: 'tegenstrijdig', waarde: 'ja: de uitspraken botsen' }] : []),
        ]
      : []),
    ...(knelpunt
      ? [
          { naam: 'status', waarde: enumLabel(knelpunt.status) },
          {
            naam: 'soort knelpunt',
            waarde: knelpunt.soortKnelpunt ? enumLabel(knelpunt.soortKnelpunt) : 'niet genoemd',
          },
          ...(knelpunt.schaal ? [{ naam: 'schaal', waarde: enumLabel(knelpunt.schaal) }] : []),
        ]
      : []),
    ...(knoop.afkorting ? [{ naam: 'afkorting', waarde: knoop.afkorting }] : []),
    ...knoop.eigenschappen,
  ];
  return [
    knoop.beschrijving && h('p', { text: knoop.beschrijving }),
    eigenschappen.length > 0 &&
      h(
        'dl',
        { className: 'eigenschappen', 'data-testid': 'eigenschappen' },
        eigenschappen.map((e) => [h('dt', { text: e.naam }), h('dd', { text: e.waarde })]),
      ),
    knelpunt && routeView(knelpunt.route, context),
    voortgang && standenView(voortgang),
    h('h3', { text: `Bronnen (${knoop.bronnen.length})` }),
    bronnenList(knoop.bronnen),
    knoop.varianten.length > 0 && [
      h('h3', { text: 'Wat andere documenten zeggen' }),
      h(
        'ul',
        { className: 'varianten' },
        knoop.varianten.map((v) => h('li', {}, h('p', { text: `${v.eigenschap}: ${v.waarde}` }), bron(v.bron))),
      ),
    ],
  ];
}

/**
 * The dated statements on how a milestone, commitment, goal or instrument stands, oldest first: its
 * history, each with its source; those that contradict each other are marked.
 */
function standenView(knoop: Extract<KnoopDetails, { voortgang: unknown }>): Child[] {
  const standen = knoop.standen.edges.map((edge) => edge.node);
  if (standen.length === 0) return [];
  const botsend = new Set(knoop.voortgang.tegenspraak.map((stand) => stand.id));
  return [
    h('h3', { text: `Geschiedenis van de stand (${standen.length})` }),
    h(
      'ol',
      { className: 'varianten', 'data-testid': 'standen' },
      standen.map((stand) =>
        h(
          'li',
          { 'data-status': stand.status },
          h(
            'p',
            {},
            h('strong', { text: standLabel(stand.status) }),
            stand.peildatum ? ` per ${stand.peildatum}` : '',
            botsend.has(stand.id) ? ' – in tegenspraak met een andere uitspraak' : '',
            stand.oordeel ? `: ${stand.oordeel}` : '',
          ),
          stand.bronnen.map(bron),
        ),
      ),
    ),
  ];
}

/** A knelpunt's way along the bodies, step by step; bodies of one step side by side. */
function routeView(route: Extract<KnoopDetails, { status: unknown }>['route'], context: PanelContext): Child[] {
  if (route.length === 0) return [];
  const steps = new Map<number, typeof route>();
  for (const stap of route) steps.set(stap.stap, [...(steps.get(stap.stap) ?? []), stap]);
  return [
    h('h3', { text: 'Route langs de overleggen' }),
    h(
      'ol',
      { className: 'route', 'data-testid': 'route' },
      [...steps.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, overleggen]) =>
          h(
            'li',
            {},
            overleggen.map(({ overleg }, index) => [
              index > 0 && ', ',
              h(
                'button',
                { type: 'button', className: 'link', 'data-id': overleg.id, onClick: () => context.select(overleg.id) },
                overleg.naam,
              ),
            ]),
          ),
        ),
    ),
  ];
}

/** The node's drawn edges, each a button that selects it (and so shows its sources). */
function verbandenInBeeld(node: cytoscape.NodeSingular, context: PanelContext): HTMLElement | null {
  const edges = node.connectedEdges(':visible');
  if (edges.empty()) return null;
  const items = edges.map((edge) => {
    const outgoing = edge.source().same(node);
    const other = outgoing ? edge.target() : edge.source();
    const wording = edge.hasClass('kandidaat')
      ? 'kandidaat-crossover met'
      : edge.hasClass('samenkomst')
        ? 'komt samen met'
        : (edge.data('label') as string);
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', className: 'link', onClick: () => context.select(edge.id()) },
        `${wording} ${outgoing ? '→' : '←'} ${other.data('naam')}`,
      ),
    );
  });
  return h(
    'section',
    {},
    h('h3', { text: `Verbanden in beeld (${edges.length})` }),
    h('ul', { className: 'verbanden' }, items),
  );
}

function relatieView(edge: cytoscape.EdgeSingular, context: PanelContext): Child[] {
  const relaties = edge.data('relaties') as Relatie[];
  return [
    h('p', { className: 'soort', text: 'Relatie' }),
    h('h2', { 'data-testid': 'paneel-titel', text: edge.data('label') as string }),
    endsOf(edge, context),
    relaties.map((relatie) =>
      h(
        'section',
        { className: 'relatie' },
        relatie.rol && h('p', {}, h('strong', { text: 'Rol: ' }), relatie.rol),
        relatie.onderwerp && h('p', {}, h('strong', { text: 'Onderwerp: ' }), relatie.onderwerp),
        h('h3', { text: `Bronnen (${relatie.bronnen.length})` }),
        bronnenList(relatie.bronnen),
      ),
    ),
  ];
}

function endsOf(edge: cytoscape.EdgeSingular, context: PanelContext): HTMLElement {
  return h(
    'p',
    { className: 'uiteinden' },
    knoopButton(edge.source().id(), context),
    ' → ',
    knoopButton(edge.target().id(), context),
  );
}

/** A candidate crossover; its evidence (`bewijs`, a promise) fills in when it has arrived. */
function kandidaatView(kandidaat: GetekendeKandidaat, bewijs: Promise<Bewijs | null>, context: PanelContext): Child[] {
  const [a, b] = kandidaat.opgaven.map((opgave) => context.nameOf(opgave.id));
  return [
    h('p', { className: 'soort', text: 'Kandidaat-crossover' }),
    h('h2', { 'data-testid': 'paneel-titel', text: `${a} + ${b}` }),
    h(
      'p',
      {},
      `Score ${formatScore(kandidaat.score)}. Deze opgaven delen knooppunten, maar de documenten noemen geen crossover tussen hen. `,
      'Elke gedeelde buur telt mee met 1/ln(graad): een zeldzame gedeelde regio weegt zwaarder dan een ministerie dat overal bij is.',
    ),
    loading(bewijs, 'Gedeelde knooppunten laden…', 'Kon het bewijs niet laden', (gedeeld) =>
      bewijsList(gedeeld, context),
    ),
  ];
}

function bewijsList(gedeeld: Bewijs | null, context: PanelContext): Child[] {
  if (!gedeeld) return [h('p', { text: 'Dit paar is geen kandidaat-crossover meer.' })];
  return [
    h('h3', { text: `Gedeeld (${gedeeld.length})` }),
    h(
      'ol',
      { className: 'bewijs' },
      gedeeld.map((bewijs) => bewijsItem(bewijs, context)),
    ),
  ];
}

function bewijsItem(bewijs: Bewijs[number], context: PanelContext): HTMLElement {
  const gedeeld = bewijs.gedeeld;
  return h(
    'li',
    {},
    h(
      'p',
      {},
      h('strong', { text: gedeeld.naam }),
      ` (${gedeeld.soort}, graad ${bewijs.graad}, gewicht ${formatScore(bewijs.gewicht)})`,
    ),
    bewijs.verbindingen.map((verbinding) =>
      h(
        'div',
        { className: 'verbinding' },
        h('p', {
          text: `${context.nameOf(verbinding.opgave.id)}: ${verbinding.relaties.map((r) => relatieLabel(r.type)).join(', dan ')}`,
        }),
        bronnenList(verbinding.relaties.flatMap((relatie) => relatie.bronnen)),
      ),
    ),
  );
}

function samenkomstView(edge: cytoscape.EdgeSingular, context: PanelContext): Child[] {
  return [
    h('p', { className: 'soort', text: 'Samenkomst' }),
    h('h2', {
      'data-testid': 'paneel-titel',
      text: `${edge.target().data('naam')} in ${edge.source().data('naam')}`,
    }),
    endsOf(edge, context),
    h('p', {
      text:
        'De stippellijn groepeert wat volgens samenkomst in dit gebied of een deelgebied samenkomt; ze is zelf geen feit uit de documenten. ' +
        'Kies het knooppunt en "Omgeving uitbreiden" voor de relaties met hun bronnen.',
    }),
  ];
}

function padView(pad: Pad, context: PanelContext): Child[] {
  return [
    h('p', { className: 'soort', text: 'Kortste pad' }),
    h('h2', {
      'data-testid': 'paneel-titel',
      text: `${pad.knopen[0]?.naam} → ${pad.knopen.at(-1)?.naam}`,
    }),
    h('p', { text: `${pad.lengte} ${pad.lengte === 1 ? 'stap' : 'stappen'}, elk met haar bron.` }),
    h(
      'ol',
      { className: 'stappen', 'data-testid': 'pad-stappen' },
      pad.stappen.map(({ relatie }) =>
        h(
          'li',
          {},
          h(
            'p',
            {},
            knoopButton(relatie.van, context),
            ` ${relatieLabel(relatie.type)} `,
            knoopButton(relatie.naar, context),
          ),
          relatie.rol && h('p', { text: `Rol: ${relatie.rol}` }),
          bronnenList(relatie.bronnen),
        ),
      ),
    ),
  ];
}

function bronnenList(bronnen: Bron[]): HTMLElement {
  if (bronnen.length === 0) return h('p', { text: 'Geen bron vermeld.' });
  return h(
    'ul',
    { className: 'bronnen' },
    bronnen.map((b) => h('li', {}, bron(b))),
  );
}

/** A source: the quoted sentence, then the document and the lines it stands on. */
function bron(b: Bron): HTMLElement {
  const regels = b.regelVan === b.regelTot ? `regel ${b.regelVan}` : `regels ${b.regelVan}–${b.regelTot}`;
  const datum = b.document.datum ? ` (${b.document.datum})` : '';
  return h(
    'figure',
    { className: 'bron' },
    h('blockquote', { 'data-testid': 'citaat', text: b.citaat }),
    h('figcaption', { text: `${b.document.naam}${datum}, ${regels}` }),
  );
}
