// The two views the explorer starts from: the opgaven map, and an area with what comes
// together there. Each fetches its data first, so the old drawing stays while it loads,
// then replaces the drawing and returns a one-line summary for the status line.

import * as api from './api.js';
import { addKandidaat, addKnoop, addRelatie, layoutOpgavenMap, layoutSamenkomst } from './graph.js';

/** Counts the views drawn, so an answer that arrives after the reader moved on is dropped. */
let viewsDrawn = 0;

export interface DrawnOpgavenMap {
  summary: string;
  /** Resolves to the number of candidate crossovers once they are drawn; null when another view came first. */
  kandidaten: Promise<number | null>;
}

/**
 * The ten opgaven and the crossovers the documents name, drawn as soon as they arrive. The
 * candidate crossovers come from the slowest query (a traversal of every opgave's neighbours),
 * so they are asked for only then, leaving the database to the map first. Nothing's place
 * depends on them, so nothing moves when they arrive.
 */
export async function drawOpgavenMap(cy: cytoscape.Core): Promise<DrawnOpgavenMap> {
  const view = ++viewsDrawn;
  const kaart = await api.fetchOpgavenMap();
  performance.mark('verkenner:gegevens');
  const kandidaten = api.fetchKandidaten();
  cy.elements().remove();
  cy.batch(() => {
    for (const opgave of kaart.opgaven) addKnoop(cy, opgave);
    for (const crossover of kaart.crossovers) {
      addKnoop(cy, { id: crossover.id, naam: crossover.naam, soort: crossover.soort });
      for (const edge of crossover.opgaven.edges) if (edge.relatie) addRelatie(cy, edge.relatie);
    }
  });
  layoutOpgavenMap(cy);
  return {
    summary: `${kaart.opgaven.length} opgaven, ${kaart.crossovers.length} crossovers`,
    kandidaten: kandidaten.then((list) => {
      if (view !== viewsDrawn) return null;
      cy.batch(() => list.forEach((kandidaat) => addKandidaat(cy, kandidaat)));
      return list.length;
    }),
  };
}

/**
 * The area in the centre; on rings outward its sub-areas, then its opgaven and crossovers,
 * then its instruments and actors. Resolves to `null` when the area does not exist.
 */
export async function drawSamenkomst(cy: cytoscape.Core, gebiedId: string): Promise<string | null> {
  viewsDrawn += 1;
  const samenkomst = await api.fetchSamenkomst(gebiedId);
  if (!samenkomst) return null;
  cy.elements().remove();
  cy.batch(() => {
    const centre = addKnoop(cy, { ...samenkomst.gebied, ring: 5 }).addClass('middelpunt');
    const gebieden = [...samenkomst.ligtIn, ...samenkomst.deelgebieden];
    for (const gebied of gebieden) addKnoop(cy, { ...gebied, ring: 4 });
    for (const { opgave } of samenkomst.opgaven) addKnoop(cy, { ...opgave, ring: 3 });
    for (const { id, naam, soort } of samenkomst.crossovers) addKnoop(cy, { id, naam, soort, ring: 3 });
    for (const knoop of [...samenkomst.instrumenten, ...samenkomst.actoren]) addKnoop(cy, { ...knoop, ring: 2 });
    for (const { relaties } of samenkomst.opgaven) for (const relatie of relaties) addRelatie(cy, relatie);
    for (const crossover of samenkomst.crossovers) {
      for (const edge of crossover.opgaven.edges) if (edge.relatie) addRelatie(cy, edge.relatie);
    }
    for (const kandidaat of samenkomst.kandidaten) addKandidaat(cy, kandidaat);
    // Every area that lies in this one, or this one in, is tied to it; anything else that no drawn
    // relation reaches is too. (Not with Cytoscape's forEach: it stops at a callback returning false.)
    for (const gebied of gebieden) addSamenkomstEdge(cy, centre, cy.getElementById(gebied.id));
    for (const node of cy.nodes().toArray()) {
      if (node.connectedEdges().empty()) addSamenkomstEdge(cy, centre, node);
    }
  });
  layoutSamenkomst(cy);
  const { opgaven, crossovers, instrumenten, actoren } = samenkomst;
  return (
    `${samenkomst.gebied.naam}: ${count(opgaven, 'opgave', 'opgaven')}, ${count(crossovers, 'crossover', 'crossovers')}, ` +
    `${count(instrumenten, 'instrument', 'instrumenten')} en ${count(actoren, 'actor', 'actoren')}.`
  );
}

/**
 * Links what the area gathers to the area: a grouping, not a fact, so the panel says so and
 * offers the node's real relations.
 */
function addSamenkomstEdge(
  cy: cytoscape.Core,
  centre: cytoscape.NodeSingular,
  node: cytoscape.SingularElementArgument,
): void {
  const id = `samenkomst:${centre.id()}>${node.id()}`;
  if (node.same(centre) || cy.getElementById(id).nonempty()) return;
  cy.add({ group: 'edges', classes: 'samenkomst', data: { id, source: centre.id(), target: node.id() } });
}

function count(list: readonly unknown[], one: string, many: string): string {
  return `${list.length} ${list.length === 1 ? one : many}`;
}
