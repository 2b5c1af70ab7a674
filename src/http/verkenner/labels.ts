// Labels that never cover each other. Every label is given a place below its node; where two
// would overlap, the one of less weight is faded out (class `zonder-label`), as a map leaves out
// the names of smaller places. What is selected, on a highlighted path or next to the selection
// weighs most, then opgaven, crossovers and knelpunten, then nodes with more lines. A faded label
// comes back when its node is pointed at or selected. Labels grow with the zoom as the drawing
// does, so whether two overlap does not depend on the zoom: this runs when the drawing or the
// selection changes, not when the reader zooms.

const kindWeight: Record<string, number> = { Opgave: 3, Crossover: 2, Knelpunt: 1 };

/** Fades out every label that would cover one of more weight; shows the others. */
export function declutterLabels(cy: cytoscape.Core): void {
  const selected = cy.$(':selected');
  const first = selected.union(cy.elements('.pad')).nodes();
  const next = selected.neighborhood().nodes();
  const weight = (node: cytoscape.NodeSingular) =>
    (first.has(node) ? 1000 : next.has(node) ? 100 : 0) +
    (node.hasClass('middelpunt') ? 50 : 0) +
    (kindWeight[node.data('soort') as string] ?? 0) * 10 +
    Math.min(node.degree(false), 9);
  const nodes = cy
    .nodes(':visible')
    .toArray()
    .map((node) => ({ node, weight: weight(node) }))
    .sort((a, b) => b.weight - a.weight || a.node.id().localeCompare(b.node.id()));
  const shown = labelGrid();
  cy.batch(() => {
    for (const { node } of nodes) {
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const free = box.w === 0 || !shown.overlaps(box);
      if (free && box.w > 0) shown.add(box);
      // Only a change restyles the node: with thousands drawn, restyling all of them is what costs.
      if (node.hasClass('zonder-label') === free) node.toggleClass('zonder-label', !free);
    }
  });
}

type Box = cytoscape.BoundingBox12;

/** Label boxes filed by the grid cells they cover: two overlapping boxes always share a cell. */
function labelGrid(size = 120) {
  const cells = new Map<string, Box[]>();
  const keys = (box: Box) => {
    const found: string[] = [];
    for (let i = Math.floor(box.x1 / size); i <= Math.floor(box.x2 / size); i += 1)
      for (let j = Math.floor(box.y1 / size); j <= Math.floor(box.y2 / size); j += 1) found.push(`${i},${j}`);
    return found;
  };
  // A label's white outline may touch another's: 1 px of slack on each side.
  const overlap = (a: Box, b: Box) =>
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
  return {
    add(box: Box): void {
      for (const key of keys(box)) {
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
      }
    },
    overlaps(box: Box): boolean {
      return keys(box).some((key) => (cells.get(key) ?? []).some((other) => overlap(box, other)));
    },
  };
}
