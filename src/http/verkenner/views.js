// The two views the explorer starts from: the opgaven map, and an area with what comes
// together there. Each fetches its data first, so the old drawing stays while it loads,
// then replaces the drawing and returns a one-line summary for the status line.

import * as api from './api.js';
import { addKandidaat, addKnoop, addRelatie, layoutOpgavenMap, layoutSamenkomst } from './graph.js';

/** Counts the views drawn, so an answer that arrives after the reader moved on is dropped. */
let viewsDrawn = 0;

/**
 * The ten opgaven and the crossovers the documents name, drawn as soon as they arrive. The
 * candidate crossovers come from the slowest query (a traversal of every opgave's neighbours),
 * so they are asked for only then, leaving the database to the map first: `kandidaten`
 * resolves to their number once they are drawn too, or to null when another view came first.
 * Nothing's place depends on them, so nothing moves when they arrive.
 */
export async function drawOpgavenMap(cy) {
  const view = ++viewsDrawn;
  const kaart = await api.fetchOpgavenMap();
  performance.mark('verkenner:gegevens');
  const kandidaten = api.fetchKandidaten();
  cy.elements().remove();
  cy.batch(() => {
    kaart.opgaven.forEach((opgave) => addKnoop(cy, opgave));
    for (const crossover of kaart.crossovers) {
      addKnoop(cy, { id: crossover.id, naam: crossover.naam, soort: crossover.soort });
      crossover.opgaven.edges.forEach((edge) => edge.relatie && addRelatie(cy, edge.relatie));
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
export async function drawSamenkomst(cy, gebiedId) {
  viewsDrawn += 1;
  const samenkomst = await api.fetchSamenkomst(gebiedId);
  if (!samenkomst) return null;
  cy.elements().remove();
  cy.batch(() => {
    const centre = addKnoop(cy, { ...samenkomst.gebied, ring: 5 }).addClass('middelpunt');
    [...samenkomst.ligtIn, ...samenkomst.deelgebieden].forEach((gebied) => addKnoop(cy, { ...gebied, ring: 4 }));
    samenkomst.opgaven.forEach(({ opgave }) => addKnoop(cy, { ...opgave, ring: 3 }));
    samenkomst.crossovers.forEach(({ id, naam, soort }) => addKnoop(cy, { id, naam, soort, ring: 3 }));
    [...samenkomst.instrumenten, ...samenkomst.actoren].forEach((knoop) => addKnoop(cy, { ...knoop, ring: 2 }));
    samenkomst.opgaven.forEach(({ relaties }) => relaties.forEach((relatie) => addRelatie(cy, relatie)));
    samenkomst.crossovers.forEach((crossover) =>
      crossover.opgaven.edges.forEach((edge) => edge.relatie && addRelatie(cy, edge.relatie)),
    );
    samenkomst.kandidaten.forEach((kandidaat) => addKandidaat(cy, kandidaat));
    cy.nodes()
      .not(centre)
      .forEach((node) => node.connectedEdges().empty() && addSamenkomstEdge(cy, centre, node));
  });
  layoutSamenkomst(cy);
  const { opgaven, crossovers, instrumenten, actoren } = samenkomst;
  return (
    `${samenkomst.gebied.naam}: ${count(opgaven, 'opgave', 'opgaven')}, ${count(crossovers, 'crossover', 'crossovers')}, ` +
    `${count(instrumenten, 'instrument', 'instrumenten')} en ${count(actoren, 'actor', 'actoren')}.`
  );
}

/**
 * Links what the area gathers but no drawn relation reaches (instruments, actors) to the
 * area: a grouping, not a fact, so the panel says so and offers the node's real relations.
 */
function addSamenkomstEdge(cy, centre, node) {
  cy.add({
    group: 'edges',
    classes: 'samenkomst',
    data: { id: `samenkomst:${centre.id()}>${node.id()}`, source: centre.id(), target: node.id() },
  });
}

function count(list, one, many) {
  return `${list.length} ${list.length === 1 ? one : many}`;
}
