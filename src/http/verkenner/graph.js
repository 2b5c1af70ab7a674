// The drawing: one Cytoscape.js instance, its style (a colour per kind of node), the helpers
// that add API results to it without duplicates, and the layouts.

/** Colour and Dutch name per node kind (soort); the legend and the style both read this. */
export const SOORTEN = {
  Opgave: { kleur: '#1d4f91', naam: 'Opgave' },
  Crossover: { kleur: '#d9480f', naam: 'Crossover' },
  Thema: { kleur: '#4c9be8', naam: 'Thema' },
  Regio: { kleur: '#2b8a3e', naam: 'Regio' },
  Provincie: { kleur: '#5c940d', naam: 'Provincie' },
  Gemeente: { kleur: '#8fbf3f', naam: 'Gemeente' },
  Waterschap: { kleur: '#1098ad', naam: 'Waterschap' },
  Instrument: { kleur: '#7048e8', naam: 'Instrument' },
  Ministerie: { kleur: '#c92a2a', naam: 'Ministerie' },
  Koepel: { kleur: '#e67700', naam: 'Koepel' },
  Organisatie: { kleur: '#f0a800', naam: 'Organisatie' },
  Overleg: { kleur: '#ae3ec9', naam: 'Overleg' },
  Persoon: { kleur: '#868e96', naam: 'Persoon' },
  Mijlpaal: { kleur: '#e64980', naam: 'Mijlpaal' },
  Document: { kleur: '#495057', naam: 'Document' },
};

/** `SPEELT_IN` reads as "speelt in": the relation types are Dutch already. */
export function relatieLabel(type) {
  return type.toLowerCase().replace(/_/g, ' ');
}

const OPGAVE_CIRKEL = 330;

function style() {
  const perSoort = Object.entries(SOORTEN).map(([soort, { kleur }]) => ({
    selector: `node[soort = "${soort}"]`,
    style: { 'background-color': kleur },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 22,
        height: 22,
        'font-family': 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
        'font-size': 12,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Below this on-screen size labels are skipped: unreadable anyway, and costly in big graphs.
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...perSoort,
    {
      selector: 'node[soort = "Opgave"]',
      style: { shape: 'round-rectangle', width: 46, height: 46, 'font-size': 14, 'font-weight': 'bold', 'text-max-width': 170 },
    },
    { selector: 'node[soort = "Crossover"]', style: { shape: 'diamond', width: 26, height: 26, 'text-max-width': 130 } },
    { selector: 'node.middelpunt', style: { width: 54, height: 54, 'font-size': 15, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa3ad',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#9aa3ad',
        'arrow-scale': 0.8,
        'font-size': 10,
        color: '#1a1a1a',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[type = "VERBINDT"]', style: { 'line-color': '#f08c5a', width: 2.5, 'target-arrow-shape': 'none' } },
    {
      selector: 'edge.kandidaat',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [7, 5],
        'line-color': '#0b7285',
        'target-arrow-shape': 'none',
        width: 'mapData(score, 0, 4, 1.5, 9)',
        opacity: 0.75,
      },
    },
    { selector: 'edge.samenkomst', style: { 'line-style': 'dotted', 'line-color': '#c3c9cf', 'target-arrow-shape': 'none', width: 1.5 } },
    { selector: '.verborgen', style: { display: 'none' } },
    { selector: 'edge:selected, edge.pad', style: { label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#111111' } },
    { selector: 'edge:selected', style: { 'line-color': '#111111', 'target-arrow-color': '#111111', opacity: 1, 'z-index': 20 } },
    { selector: 'node.pad', style: { 'border-width': 5, 'border-color': '#e8590c' } },
    { selector: 'edge.pad', style: { 'line-color': '#e8590c', 'target-arrow-color': '#e8590c', width: 5, opacity: 1, 'z-index': 10 } },
    { selector: '.gedimd', style: { opacity: 0.18 } },
  ];
}

/** Creates the drawing in the given element. */
export function createGraph(container) {
  return cytoscape({ container, style: style(), minZoom: 0.05, maxZoom: 4, selectionType: 'single', boxSelectionEnabled: false });
}

/** Adds a node unless it is there already; returns the node either way. */
export function addKnoop(cy, knoop, position) {
  const existing = cy.getElementById(knoop.id);
  if (existing.nonempty()) return existing;
  const label = knoop.nummer ? `${knoop.nummer}. ${knoop.naam}` : knoop.naam;
  // A copy: Cytoscape keeps the object it is given as the node's own position.
  return cy.add({ group: 'nodes', data: { ...knoop, label }, position: { ...(position ?? viewportCentre(cy)) } });
}

/**
 * Adds a relation as an edge keyed by its ends and type, so the same fact reached through
 * the map, a neighbourhood or a path is drawn once. Two relations of one type between the
 * same pair (each from another document) share the edge and both keep their sources.
 * Returns the edge, or an empty collection when an end is not drawn.
 */
export function addRelatie(cy, relatie) {
  if (cy.getElementById(relatie.van).empty() || cy.getElementById(relatie.naar).empty()) return cy.collection();
  const id = `${relatie.van}>${relatie.type}>${relatie.naar}`;
  const existing = cy.getElementById(id);
  if (existing.nonempty()) {
    const relaties = existing.data('relaties');
    if (!relaties.some((known) => sameRelatie(known, relatie))) relaties.push(relatie);
    return existing;
  }
  return cy.add({
    group: 'edges',
    data: { id, source: relatie.van, target: relatie.naar, type: relatie.type, label: relatieLabel(relatie.type), relaties: [relatie] },
  });
}

function sameRelatie(a, b) {
  const key = (relatie) => [relatie.rol, relatie.onderwerp, ...relatie.bronnen.map((bron) => `${bron.regelVan}:${bron.citaat}`)].join('|');
  return key(a) === key(b);
}

/**
 * A candidate crossover: a dashed edge between two opgaven, as wide as its score is high.
 * Returns an empty collection when an opgave is not drawn.
 */
export function addKandidaat(cy, kandidaat) {
  const [a, b] = kandidaat.opgaven.map((opgave) => opgave.id);
  if (cy.getElementById(a).empty() || cy.getElementById(b).empty()) return cy.collection();
  return cy.add({
    group: 'edges',
    classes: 'kandidaat',
    data: { id: `kandidaat:${a}+${b}`, source: a, target: b, score: kandidaat.score, label: `kandidaat ${formatScore(kandidaat.score)}`, kandidaat },
  });
}

export function formatScore(score) {
  return score.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function viewportCentre(cy) {
  const extent = cy.extent();
  return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
}

/** Runs a layout and resolves when it has stopped; fCoSE is loaded first if need be. */
export async function runLayout(elements, options) {
  if (options.name === 'fcose') await loadFcose();
  const layout = elements.layout(options);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  return stopped;
}

let fcoseLoading;

/**
 * Loads fCoSE and the two libraries under it (320 kB of script together). The first views are
 * laid out without them, so the page loads them after it has drawn: each UMD build finds the
 * one before it as a global and fCoSE registers itself with Cytoscape.
 */
export function loadFcose() {
  fcoseLoading ??= Promise.all(
    ['layout-base', 'cose-base', 'cytoscape-fcose'].map(
      (name) =>
        new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.src = `/verkenner/lib/${name}.js`;
          // Downloaded side by side, run in this order.
          script.async = false;
          script.onload = resolve;
          script.onerror = () => reject(new Error(`${name}.js kon niet worden geladen.`));
          document.head.append(script);
        }),
    ),
  ).catch((error) => {
    fcoseLoading = undefined;
    throw error;
  });
  return fcoseLoading;
}

/**
 * The opgaven on a fixed circle in their official order, so the map looks the same every
 * time and a reader finds an opgave where it was. Each crossover goes to the free spot
 * nearest to the centre of the opgaven it joins. Force layouts were tried and rejected:
 * they drew a different map on every load and pushed crossovers away from their opgaven.
 */
export function layoutOpgavenMap(cy) {
  const opgaven = cy.nodes('[soort = "Opgave"]').sort((a, b) => a.data('nummer') - b.data('nummer'));
  const taken = [];
  opgaven.forEach((node, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / opgaven.length;
    node.position(onCircle(OPGAVE_CIRKEL, angle));
    taken.push(labelBox(node.position(), OPGAVE_LABEL));
  });
  // Crossovers joining many opgaven first: they have the fewest good spots.
  const crossovers = cy.nodes('[soort = "Crossover"]').sort((a, b) => b.degree() - a.degree() || a.id().localeCompare(b.id()));
  crossovers.forEach((crossover) => {
    const spot = freeSpotNear(centreOf(crossover.neighborhood('node[soort = "Opgave"]')), taken);
    crossover.position(spot);
    taken.push(labelBox(spot, CROSSOVER_LABEL));
  });
}

/** The room a node and its label below it take, relative to the node's centre. */
const OPGAVE_LABEL = { left: 90, right: 90, top: 28, bottom: 66 };
const CROSSOVER_LABEL = { left: 66, right: 66, top: 15, bottom: 62 };

function labelBox({ x, y }, room) {
  return { x1: x - room.left, x2: x + room.right, y1: y - room.top, y2: y + room.bottom };
}

function centreOf(nodes) {
  if (nodes.empty()) return { x: 0, y: 0 };
  const sum = nodes.reduce((total, node) => ({ x: total.x + node.position('x'), y: total.y + node.position('y') }), { x: 0, y: 0 });
  return { x: sum.x / nodes.length, y: sum.y / nodes.length };
}

/**
 * Searches a spiral around `wanted` for the best spot: a label that covers others costs
 * its overlapping area, moving away from where the crossover belongs costs 20 per pixel.
 * So a crossover stays near its opgaven and gives way only as far as its label needs.
 */
function freeSpotNear(wanted, taken) {
  let best = { spot: wanted, cost: Infinity };
  for (let ring = 0; ring <= 24; ring += 1) {
    const steps = ring === 0 ? 1 : 8 + ring * 2;
    for (let step = 0; step < steps; step += 1) {
      const angle = (2 * Math.PI * step) / steps;
      const spot = { x: wanted.x + ring * 12 * Math.cos(angle), y: wanted.y + ring * 12 * Math.sin(angle) };
      const box = labelBox(spot, CROSSOVER_LABEL);
      const cost = taken.reduce((sum, other) => sum + overlapArea(box, other), 0) + 20 * ring * 12;
      if (cost < best.cost) best = { spot, cost };
    }
  }
  return best.spot;
}

function overlapArea(a, b) {
  return Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
}

/**
 * An area in the centre with what comes together there on rings around it, one ring per
 * kind of thing (`data.ring`: highest in the middle). Each ring is as wide as its labels need.
 */
export function layoutSamenkomst(cy) {
  const rings = new Map();
  cy.nodes().forEach((node) => rings.set(node.data('ring'), [...(rings.get(node.data('ring')) ?? []), node]));
  const levels = [...rings.keys()].sort((a, b) => b - a);
  let radius = 0;
  levels.forEach((level, index) => {
    const nodes = rings.get(level).sort((a, b) => a.data('soort').localeCompare(b.data('soort')) || a.data('naam').localeCompare(b.data('naam'), 'nl'));
    if (index > 0) radius = Math.max(radius + 140, (nodes.length * 150) / (2 * Math.PI));
    // Each ring starts at another angle, so that rings do not line up in spokes.
    const start = -Math.PI / 2 + index * 0.6;
    nodes.forEach((node, i) => node.position(onCircle(radius, start + (2 * Math.PI * i) / nodes.length)));
  });
}

function onCircle(radius, angle) {
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Lays out nodes just added around `centre`: they start on a ring around it, then fCoSE
 * moves them clear of each other and of what was drawn before, which stays where the
 * reader saw it.
 */
export function layoutAround(cy, centre, added) {
  if (added.empty()) return Promise.resolve();
  const position = centre.position();
  const radius = Math.max(160, (added.length * 70) / (2 * Math.PI));
  added.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / added.length;
    node.position({ x: position.x + radius * Math.cos(angle), y: position.y + radius * Math.sin(angle) });
  });
  const fixedNodeConstraint = cy
    .nodes()
    .not(added)
    .map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  return runLayout(cy.elements(), {
    name: 'fcose',
    randomize: false,
    animate: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 120,
    fixedNodeConstraint,
  });
}
