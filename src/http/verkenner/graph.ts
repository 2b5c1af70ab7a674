// The drawing: one Cytoscape.js instance, its style (a colour per kind of node), the helpers
// that add API results to it without duplicates, and the layouts.

import type { Bewijs, Kandidaat, Relatie } from './api.js';
import { Soort } from './generated/operations.js';
import { enumLabel, standStyle } from './stand.js';

/**
 * The colour of each kind of node (soort) that has one of its own. The kinds themselves come from
 * the schema's `Soort` (through codegen): a kind added there is drawn and listed in the legend
 * without an edit here, in a colour from `spareColours`.
 */
const colours: Record<string, string> = {
  Opgave: '#1d4f91',
  Crossover: '#d9480f',
  Knelpunt: '#0b7285',
  Thema: '#4c9be8',
  Regio: '#2b8a3e',
  Provincie: '#5c940d',
  Gemeente: '#8fbf3f',
  Waterschap: '#1098ad',
  Instrument: '#7048e8',
  Ministerie: '#c92a2a',
  Koepel: '#e67700',
  Organisatie: '#f0a800',
  Overleg: '#ae3ec9',
  Persoon: '#868e96',
  Groep: '#a61e4d',
  Mijlpaal: '#e64980',
  Document: '#495057',
};
const spareColours = ['#0ca678', '#5f3dc4', '#d6336c', '#364fc7', '#087f5b', '#e8590c', '#66a80f'];

/** Every kind of node the schema knows, those with a colour of their own first, in that order. */
export const soorten: readonly string[] = [
  ...Object.keys(colours).filter((soort) => soort in Soort),
  ...Object.values(Soort)
    .filter((soort) => !(soort in colours))
    .sort(),
];

/** A kind's colour: its own, or a spare one that stays the same for that kind. */
export function colourOf(soort: string): string {
  const own = colours[soort];
  if (own) return own;
  let hash = 0;
  for (const character of soort) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return spareColours[hash % spareColours.length]!;
}

/** `SPEELT_IN` reads as "speelt in": the relation types are Dutch already. */
export const relatieLabel = enumLabel;

/** What the drawing keeps of a node: enough to draw and name it. */
export interface Knoop {
  id: string;
  naam: string;
  soort: string;
  nummer?: number | null;
  /** In an area view: the ring it is drawn on, the highest in the middle. */
  ring?: number;
}

const OPGAVE_CIRKEL = 330;

function style(): cytoscape.StylesheetJson {
  const perSoort = soorten.map((soort) => ({
    selector: `node[soort = "${soort}"]`,
    style: { 'background-color': colourOf(soort) },
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
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Below this on-screen size labels are skipped: unreadable anyway, and costly in big graphs.
        'min-zoomed-font-size': 6,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...perSoort,
    {
      selector: 'node[soort = "Opgave"]',
      style: {
        shape: 'round-rectangle',
        width: 46,
        height: 46,
        'font-size': 14,
        'font-weight': 'bold',
        'text-max-width': '170px',
      },
    },
    {
      selector: 'node[soort = "Crossover"]',
      style: { shape: 'diamond', width: 26, height: 26, 'text-max-width': '130px' },
    },
    { selector: 'node.middelpunt', style: { width: 54, height: 54, 'font-size': 15, 'font-weight': 'bold' } },
    // How a milestone or knelpunt stands: its border (stand.ts); the selection and a path still win.
    ...standStyle(),
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
    {
      selector: 'edge[type = "VERBINDT"]',
      style: { 'line-color': '#f08c5a', width: 2.5, 'target-arrow-shape': 'none' },
    },
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
    {
      selector: 'edge.samenkomst',
      style: { 'line-style': 'dotted', 'line-color': '#c3c9cf', 'target-arrow-shape': 'none', width: 1.5 },
    },
    { selector: '.verborgen', style: { display: 'none' } },
    // A label that would cover one of more weight (labels.ts), until its node is pointed at or chosen.
    { selector: 'node.zonder-label', style: { 'text-opacity': 0 } },
    {
      selector: 'node.zonder-label.aangewezen, node.zonder-label:selected',
      style: { 'text-opacity': 1, 'z-index': 30 },
    },
    { selector: 'edge:selected, edge.pad', style: { label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#111111' } },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#111111', 'target-arrow-color': '#111111', opacity: 1, 'z-index': 20 },
    },
    { selector: 'node.pad', style: { 'border-width': 5, 'border-color': '#e8590c' } },
    {
      selector: 'edge.pad',
      style: { 'line-color': '#e8590c', 'target-arrow-color': '#e8590c', width: 5, opacity: 1, 'z-index': 10 },
    },
    { selector: '.gedimd', style: { opacity: 0.18 } },
  ];
}

/** Creates the drawing in the given element. */
export function createGraph(container: HTMLElement): cytoscape.Core {
  return cytoscape({
    container,
    style: style(),
    minZoom: 0.05,
    maxZoom: 4,
    selectionType: 'single',
    boxSelectionEnabled: false,
  });
}

/** Adds a node unless it is there already; returns the node either way. */
export function addKnoop(cy: cytoscape.Core, knoop: Knoop, position?: cytoscape.Position): cytoscape.NodeSingular {
  const existing = cy.getElementById(knoop.id);
  if (existing.nonempty()) return existing as cytoscape.NodeSingular;
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
export function addRelatie(cy: cytoscape.Core, relatie: Relatie): cytoscape.EdgeCollection {
  if (cy.getElementById(relatie.van).empty() || cy.getElementById(relatie.naar).empty()) return cy.collection();
  const id = relatieId(relatie);
  const existing = cy.getElementById(id);
  if (existing.nonempty()) {
    const relaties = existing.data('relaties') as Relatie[];
    if (!relaties.some((known) => sameRelatie(known, relatie))) relaties.push(relatie);
    return existing;
  }
  return cy.add({
    group: 'edges',
    data: {
      id,
      source: relatie.van,
      target: relatie.naar,
      type: relatie.type,
      label: relatieLabel(relatie.type),
      relaties: [relatie],
    },
  });
}

/** The id of a relation's edge: its ends and its type. */
export function relatieId(relatie: Relatie): string {
  return `${relatie.van}>${relatie.type}>${relatie.naar}`;
}

function sameRelatie(a: Relatie, b: Relatie): boolean {
  const key = (relatie: Relatie) =>
    [relatie.rol, relatie.onderwerp, ...relatie.bronnen.map((bron) => `${bron.regelVan}:${bron.citaat}`)].join('|');
  return key(a) === key(b);
}

/** A candidate as drawn: its opgaven and score, with its evidence when that came along. */
export type GetekendeKandidaat = Kandidaat & { bewijs?: Bewijs };

/**
 * A candidate crossover: a dashed edge between two opgaven, as wide as its score is high.
 * Returns an empty collection when an opgave is not drawn.
 */
export function addKandidaat(cy: cytoscape.Core, kandidaat: GetekendeKandidaat): cytoscape.EdgeCollection {
  const [a, b] = kandidaat.opgaven.map((opgave) => opgave.id);
  if (!a || !b || cy.getElementById(a).empty() || cy.getElementById(b).empty()) return cy.collection();
  return cy.add({
    group: 'edges',
    classes: 'kandidaat',
    data: {
      id: `kandidaat:${a}+${b}`,
      source: a,
      target: b,
      score: kandidaat.score,
      label: `kandidaat ${formatScore(kandidaat.score)}`,
      kandidaat,
    },
  });
}

export function formatScore(score: number): string {
  return score.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * A spot just right of everything drawn, where a node added by itself covers nothing. Worked out
 * from the nodes' places and label room, not from what the screen shows (a selected node's border,
 * a line's label), so a link that replays the same steps puts the node at the same spot.
 */
export function rightOfDrawing(cy: cytoscape.Core): cytoscape.Position {
  const nodes = cy.nodes();
  if (nodes.empty()) return { x: 0, y: 0 };
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  nodes.forEach((node) => {
    const box = labelBox(node.position(), roomOf(node));
    right = Math.max(right, box.x2);
    top = Math.min(top, box.y1);
    bottom = Math.max(bottom, box.y2);
  });
  return { x: right + 120, y: (top + bottom) / 2 };
}

function viewportCentre(cy: cytoscape.Core): cytoscape.Position {
  const extent = cy.extent();
  return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
}

/**
 * The opgaven on a fixed circle in their official order, so the map looks the same every
 * time and a reader finds an opgave where it was. Each crossover goes to the free spot
 * nearest to the centre of the opgaven it joins. Force layouts were tried and rejected:
 * they drew a different map on every load and pushed crossovers away from their opgaven.
 */
export function layoutOpgavenMap(cy: cytoscape.Core): void {
  const opgaven = cy
    .nodes('[soort = "Opgave"]')
    .sort((a, b) => (a.data('nummer') as number) - (b.data('nummer') as number));
  const taken = boxGrid();
  opgaven.forEach((node, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / opgaven.length;
    node.position(onCircle(OPGAVE_CIRKEL, angle));
    taken.add(labelBox(node.position(), OPGAVE_LABEL));
  });
  // Crossovers joining many opgaven first: they have the fewest good spots.
  const crossovers = cy
    .nodes('[soort = "Crossover"]')
    .sort((a, b) => b.degree(false) - a.degree(false) || a.id().localeCompare(b.id()));
  crossovers.forEach((crossover) => {
    const spot = freeSpotNear(centreOf(crossover.neighborhood('node[soort = "Opgave"]')), taken);
    crossover.position(spot);
    taken.add(labelBox(spot, CROSSOVER_LABEL));
  });
}

/** The room a node and its label below it take, relative to the node's centre. */
interface Room {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const OPGAVE_LABEL: Room = { left: 90, right: 90, top: 28, bottom: 66 };
const CROSSOVER_LABEL: Room = { left: 66, right: 66, top: 15, bottom: 62 };
const KNOOP_LABEL: Room = { left: 66, right: 66, top: 15, bottom: 58 };

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** The last query of a box grid that found this box (see `near`). */
  seen?: number;
}

function roomOf(node: cytoscape.NodeSingular): Room {
  const soort = node.data('soort') as string;
  return soort === 'Opgave' ? OPGAVE_LABEL : soort === 'Crossover' ? CROSSOVER_LABEL : KNOOP_LABEL;
}

function labelBox({ x, y }: cytoscape.Position, room: Room): Box {
  return { x1: x - room.left, x2: x + room.right, y1: y - room.top, y2: y + room.bottom };
}

/**
 * Boxes filed by the grid cells they cover, so that the boxes a new one may overlap are found
 * without looking at all of them: two overlapping boxes always share a cell. With a few
 * thousand nodes drawn this turns seconds of placing into milliseconds.
 */
function boxGrid(size = 150) {
  const cells = new Map<number, Box[]>();
  let query = 0;
  const eachKey = (box: Box, visit: (key: number) => void) => {
    for (let i = Math.floor(box.x1 / size); i <= Math.floor(box.x2 / size); i += 1) {
      for (let j = Math.floor(box.y1 / size); j <= Math.floor(box.y2 / size); j += 1) visit(i * 1e6 + j);
    }
  };
  return {
    add(box: Box): void {
      eachKey(box, (key) => {
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
      });
    },
    /** The boxes that may overlap `box`, each once (a box in several cells is marked as seen). */
    near(box: Box): Box[] {
      query += 1;
      const found: Box[] = [];
      eachKey(box, (key) => {
        for (const other of cells.get(key) ?? []) {
          if (other.seen === query) continue;
          other.seen = query;
          found.push(other);
        }
      });
      return found;
    },
  };
}

function centreOf(nodes: cytoscape.NodeCollection): cytoscape.Position {
  if (nodes.empty()) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  nodes.forEach((node) => {
    x += node.position('x');
    y += node.position('y');
  });
  return { x: x / nodes.length, y: y / nodes.length };
}

/**
 * Searches a spiral around `wanted` for the best spot: a label that covers others costs
 * its overlapping area, moving away from where the crossover belongs costs 20 per pixel.
 * So a crossover stays near its opgaven and gives way only as far as its label needs.
 */
function freeSpotNear(wanted: cytoscape.Position, taken: ReturnType<typeof boxGrid>): cytoscape.Position {
  let best = { spot: wanted, cost: Infinity };
  // A ring's distance alone costs more than the best spot so far: no spot further out can win.
  for (let ring = 0; ring <= 24 && best.cost > 20 * ring * 12; ring += 1) {
    const steps = ring === 0 ? 1 : 8 + ring * 2;
    for (let step = 0; step < steps; step += 1) {
      const angle = (2 * Math.PI * step) / steps;
      const spot = { x: wanted.x + ring * 12 * Math.cos(angle), y: wanted.y + ring * 12 * Math.sin(angle) };
      const box = labelBox(spot, CROSSOVER_LABEL);
      let cost = 20 * ring * 12;
      for (const other of taken.near(box)) cost += overlapArea(box, other);
      if (cost < best.cost) best = { spot, cost };
    }
  }
  return best.spot;
}

function overlapArea(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1))
  );
}

/** Kinds side by side, then names in Dutch order: how rings and new neighbours are ordered. */
function bySoortAndNaam(a: cytoscape.NodeSingular, b: cytoscape.NodeSingular): number {
  return (
    (a.data('soort') as string).localeCompare(b.data('soort') as string) ||
    (a.data('naam') as string).localeCompare(b.data('naam') as string, 'nl')
  );
}

/**
 * An area in the centre with what comes together there on rings around it, one ring per
 * kind of thing (`data.ring`: highest in the middle). Each ring is as wide as its labels need.
 */
export function layoutSamenkomst(cy: cytoscape.Core): void {
  const rings = new Map<number, cytoscape.NodeSingular[]>();
  cy.nodes().forEach((node) => {
    const ring = node.data('ring') as number;
    rings.set(ring, [...(rings.get(ring) ?? []), node]);
  });
  const levels = [...rings.keys()].sort((a, b) => b - a);
  let radius = 0;
  levels.forEach((level, index) => {
    const nodes = (rings.get(level) ?? []).sort(bySoortAndNaam);
    if (index > 0) radius = Math.max(radius + 140, (nodes.length * 150) / (2 * Math.PI));
    // Each ring starts at another angle, so that rings do not line up in spokes.
    const start = -Math.PI / 2 + index * 0.6;
    nodes.forEach((node, i) => node.position(onCircle(radius, start + (2 * Math.PI * i) / nodes.length)));
  });
}

function onCircle(radius: number, angle: number): cytoscape.Position {
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Places nodes just added around `centre`, each in a direction of its own (spread evenly, kinds
 * side by side), on the nearest spot where it and its label cover no other node: the smallest
 * ring around the centre that has such a spot, as close to its direction as that ring allows.
 * So what was drawn before stays where the reader saw it, new nodes fill the gaps near the
 * centre, and their edges fan out. With the boxes in a grid this stays a matter of milliseconds
 * with thousands of nodes drawn; a force layout (fCoSE) took seconds here once a few hundred
 * nodes were drawn.
 */
export function placeAround(cy: cytoscape.Core, centre: cytoscape.NodeSingular, added: cytoscape.NodeCollection): void {
  const taken = boxGrid();
  cy.nodes()
    .not(added)
    .forEach((node) => taken.add(labelBox(node.position(), roomOf(node))));
  const isFree = (box: Box) => taken.near(box).every((other) => overlapArea(box, other) === 0);
  const origin = centre.position();
  const nodes = added.sort(bySoortAndNaam);
  // Placing only fills spots, so the smallest ring with a free spot never shrinks: each search
  // starts at the ring where the one before it succeeded.
  let innermost = Math.max(130, (nodes.length * 50) / (2 * Math.PI));
  const freeBox = (direction: number, room: Room): Box => {
    for (let radius = innermost; ; radius += 40) {
      innermost = radius;
      // Spots 40 px apart on this ring (at most 96, for speed far out), tried outward from the
      // node's own direction both ways.
      const step = Math.max(40 / radius, (2 * Math.PI) / 96);
      for (let turn = 0; turn <= Math.PI; turn += step) {
        for (const angle of turn === 0 ? [direction] : [direction + turn, direction - turn]) {
          const box = labelBox(
            { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) },
            room,
          );
          if (isFree(box)) return box;
        }
      }
    }
  };
  nodes.forEach((node, index) => {
    const room = roomOf(node);
    const box = freeBox(-Math.PI / 2 + (2 * Math.PI * index) / nodes.length, room);
    node.position({ x: box.x1 + room.left, y: box.y1 + room.top });
    taken.add(box);
  });
}
