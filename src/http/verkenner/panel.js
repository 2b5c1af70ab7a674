// The side panel: the facts of what is selected, each with its sources (document, lines and
// the quoted sentence). Everything is built as DOM nodes with text content, never as HTML
// strings, so names and quotes from the graph cannot inject markup.

import { SOORTEN, formatScore, relatieLabel } from './graph.js';

/** Creates an element; `props` holds a class, text, attributes and `onClick`. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') element.className = value;
    else if (key === 'text') element.textContent = value;
    else if (key === 'onClick') element.addEventListener('click', value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * The panel's views. `context` gives what the panel needs from the page: `nameOf(id)`,
 * `select(id)` to select an element of the drawing, and the node actions.
 */
export function createPanel(element, context) {
  const fill = (...children) => {
    element.replaceChildren(...children.filter((child) => child !== null));
    element.scrollTop = 0;
  };
  return {
    showWelcome: () => fill(...welcome(context)),
    showKnoop: (node, details) => fill(...knoopView(node, details, context)),
    showRelatie: (edge) => fill(...relatieView(edge, context)),
    showKandidaat: (edge, bewijs) => fill(...kandidaatView(edge.data('kandidaat'), bewijs, context)),
    showSamenkomst: (edge) => fill(...samenkomstView(edge, context)),
    showPad: (pad) => fill(...padView(pad, context)),
    showMessage: (title, text) => fill(h('h2', { text: title }), h('p', { text })),
  };
}

function welcome(context) {
  return [
    h('h2', { text: 'Verkennen' }),
    h(
      'p',
      {
        text: 'Klik op een opgave, crossover of verbinding voor de feiten en hun bronnen. Dubbelklik op een knooppunt om de omgeving uit te breiden. ',
      },
      'Doorgetrokken oranje lijnen zijn crossovers die de documenten noemen; gestreepte lijnen zijn kandidaat-crossovers (hoe breder, hoe sterker).',
    ),
    h('h3', { text: 'Legenda' }),
    legend(),
    elementList(context),
  ];
}

function legend() {
  const items = Object.values(SOORTEN).map(({ kleur, naam }) => {
    const swatch = h('span', { className: 'kleur', 'aria-hidden': 'true' });
    // A CSSOM property, not a style attribute: the page's CSP allows no inline styles.
    swatch.style.backgroundColor = kleur;
    return h('li', {}, swatch, naam);
  });
  const kandidaat = h('span', { className: 'kleur kandidaat-lijn', 'aria-hidden': 'true' });
  return h('ul', { className: 'legenda' }, items, h('li', {}, kandidaat, 'Kandidaat-crossover'));
}

/** Every drawn node as a button: the keyboard's way into the drawing. */
function elementList(context) {
  const details = h('details', { className: 'in-beeld' }, h('summary', { text: 'Alle knooppunten in beeld' }));
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('ul')) return;
    const limit = 300;
    const nodes = context.visibleNodes();
    const list = h(
      'ul',
      { className: 'knoplijst' },
      nodes.slice(0, limit).map((node) => h('li', {}, knoopButton(node.id(), context))),
    );
    details.append(list);
    if (nodes.length > limit)
      details.append(h('p', { text: `De eerste ${limit} van ${nodes.length}; zoek de rest op naam.` }));
  });
  return details;
}

function knoopButton(id, context) {
  return h(
    'button',
    { type: 'button', className: 'link', 'data-id': id, onClick: () => context.select(id) },
    context.nameOf(id),
  );
}

function knoopView(node, details, context) {
  const soort = node.data('soort');
  const body = h('div', { className: 'details', 'aria-busy': 'true' }, h('p', { text: 'Bronnen laden…' }));
  details
    .then((knoop) => body.replaceChildren(...knoopDetails(knoop)))
    .catch((error) =>
      body.replaceChildren(h('p', { className: 'fout', text: `Kon de gegevens niet laden: ${error.message}` })),
    )
    .finally(() => body.removeAttribute('aria-busy'));
  return [
    h('p', { className: 'soort', text: SOORTEN[soort]?.naam ?? soort }),
    h('h2', { 'data-testid': 'paneel-titel', text: node.data('naam') }),
    h('p', { className: 'id', text: node.id() }),
    h(
      'div',
      { className: 'acties' },
      h(
        'button',
        { type: 'button', 'data-testid': 'omgeving', onClick: () => context.expand(node.id()) },
        'Omgeving uitbreiden',
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'als-van', onClick: () => context.setVan(node.id()) },
        'Pad van hier',
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'als-naar', onClick: () => context.setNaar(node.id()) },
        'Pad naar hier',
      ),
    ),
    body,
    verbandenInBeeld(node, context),
  ];
}

function knoopDetails(knoop) {
  if (!knoop) return [h('p', { text: 'Dit knooppunt staat niet (meer) in de graaf.' })];
  const parts = [];
  if (knoop.beschrijving) parts.push(h('p', { text: knoop.beschrijving }));
  const eigenschappen = [
    ...(knoop.afkorting ? [{ naam: 'afkorting', waarde: knoop.afkorting }] : []),
    ...knoop.eigenschappen,
  ];
  if (eigenschappen.length > 0) {
    parts.push(
      h(
        'dl',
        { className: 'eigenschappen' },
        eigenschappen.map((e) => [h('dt', { text: e.naam }), h('dd', { text: e.waarde })]),
      ),
    );
  }
  parts.push(h('h3', { text: `Bronnen (${knoop.bronnen.length})` }), bronnenList(knoop.bronnen));
  if (knoop.varianten.length > 0) {
    parts.push(
      h('h3', { text: 'Wat andere documenten zeggen' }),
      h(
        'ul',
        { className: 'varianten' },
        knoop.varianten.map((v) => h('li', {}, h('p', { text: `${v.eigenschap}: ${v.waarde}` }), bron(v.bron))),
      ),
    );
  }
  return parts;
}

/** The node's drawn edges, each a button that selects it (and so shows its sources). */
function verbandenInBeeld(node, context) {
  const edges = node.connectedEdges(':visible');
  if (edges.empty()) return null;
  const items = edges.map((edge) => {
    const other = edge.source().same(node) ? edge.target() : edge.source();
    const wording = edge.hasClass('kandidaat')
      ? 'kandidaat-crossover met'
      : edge.hasClass('samenkomst')
        ? 'komt samen met'
        : edge.data('label');
    const arrow = edge.source().same(node) ? '→' : '←';
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', className: 'link', onClick: () => context.select(edge.id()) },
        `${wording} ${arrow} ${other.data('naam')}`,
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

function relatieView(edge, context) {
  const relaties = edge.data('relaties');
  return [
    h('p', { className: 'soort', text: 'Relatie' }),
    h('h2', { 'data-testid': 'paneel-titel', text: edge.data('label') }),
    endsOf(edge, context),
    ...relaties.map((relatie) =>
      h(
        'section',
        { className: 'relatie' },
        relatie.rol ? h('p', {}, h('strong', { text: 'Rol: ' }), relatie.rol) : null,
        relatie.onderwerp ? h('p', {}, h('strong', { text: 'Onderwerp: ' }), relatie.onderwerp) : null,
        h('h3', { text: `Bronnen (${relatie.bronnen.length})` }),
        bronnenList(relatie.bronnen),
      ),
    ),
  ];
}

function endsOf(edge, context) {
  return h(
    'p',
    { className: 'uiteinden' },
    knoopButton(edge.source().id(), context),
    ' → ',
    knoopButton(edge.target().id(), context),
  );
}

/** A candidate crossover; its evidence (`bewijs`, a promise) fills in when it has arrived. */
function kandidaatView(kandidaat, bewijs, context) {
  const [a, b] = kandidaat.opgaven.map((opgave) => opgave.id);
  const body = h('div', { className: 'details', 'aria-busy': 'true' }, h('p', { text: 'Gedeelde knooppunten laden…' }));
  bewijs
    .then((gedeeld) => body.replaceChildren(...bewijsList(gedeeld, context)))
    .catch((error) =>
      body.replaceChildren(h('p', { className: 'fout', text: `Kon het bewijs niet laden: ${error.message}` })),
    )
    .finally(() => body.removeAttribute('aria-busy'));
  return [
    h('p', { className: 'soort', text: 'Kandidaat-crossover' }),
    h('h2', { 'data-testid': 'paneel-titel', text: `${context.nameOf(a)} + ${context.nameOf(b)}` }),
    h(
      'p',
      {},
      `Score ${formatScore(kandidaat.score)}. Deze opgaven delen knooppunten, maar de documenten noemen geen crossover tussen hen. `,
      'Elke gedeelde buur telt mee met 1/ln(graad): een zeldzame gedeelde regio weegt zwaarder dan een ministerie dat overal bij is.',
    ),
    body,
  ];
}

function bewijsList(gedeeld, context) {
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

function bewijsItem(bewijs, context) {
  const gedeeld = bewijs.gedeeld;
  return h(
    'li',
    {},
    h(
      'p',
      {},
      h('strong', { text: gedeeld.naam }),
      ` (${SOORTEN[gedeeld.soort]?.naam ?? gedeeld.soort}, graad ${bewijs.graad}, gewicht ${formatScore(bewijs.gewicht)})`,
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

function samenkomstView(edge, context) {
  return [
    h('p', { className: 'soort', text: 'Samenkomst' }),
    h('h2', { 'data-testid': 'paneel-titel', text: `${edge.target().data('naam')} in ${edge.source().data('naam')}` }),
    endsOf(edge, context),
    h('p', {
      text:
        'De stippellijn groepeert wat volgens samenkomst in dit gebied of een deelgebied samenkomt; ze is zelf geen feit uit de documenten. ' +
        'Kies het knooppunt en "Omgeving uitbreiden" voor de relaties met hun bronnen.',
    }),
  ];
}

function padView(pad, context) {
  return [
    h('p', { className: 'soort', text: 'Kortste pad' }),
    h('h2', {
      'data-testid': 'paneel-titel',
      text: `${pad.knopen[0].naam} → ${pad.knopen[pad.knopen.length - 1].naam}`,
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
          relatie.rol ? h('p', { text: `Rol: ${relatie.rol}` }) : null,
          bronnenList(relatie.bronnen),
        ),
      ),
    ),
  ];
}

function bronnenList(bronnen) {
  if (bronnen.length === 0) return h('p', { text: 'Geen bron vermeld.' });
  return h(
    'ul',
    { className: 'bronnen' },
    bronnen.map((b) => h('li', {}, bron(b))),
  );
}

/** A source: the quoted sentence, then the document and the lines it stands on. */
function bron(b) {
  const regels = b.regelVan === b.regelTot ? `regel ${b.regelVan}` : `regels ${b.regelVan}–${b.regelTot}`;
  const datum = b.document.datum ? ` (${b.document.datum})` : '';
  return h(
    'figure',
    { className: 'bron' },
    h('blockquote', { 'data-testid': 'citaat', text: b.citaat }),
    h('figcaption', { text: `${b.document.naam}${datum}, ${regels}` }),
  );
}
