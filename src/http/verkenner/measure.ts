// Hooks to measure how the explorer copes with a big graph. The seeded graph has a few
// hundred nodes; these add synthetic ones in the browser itself, so what is measured is the
// drawing alone, not the service or the network.

import { soorten } from './graph.js';

let fcoseLoading: Promise<unknown> | undefined;

/**
 * Loads fCoSE and the two libraries under it (320 kB of script together) on first use: only
 * `addSynthetic` needs a force layout, the explorer's own views place their nodes themselves.
 * Each UMD build finds the one before it as a global; fCoSE registers itself with Cytoscape.
 */
function loadFcose(): Promise<unknown> {
  fcoseLoading ??= Promise.all(
    ['layout-base', 'cose-base', 'cytoscape-fcose'].map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const script = document.createElement('script');
          script.src = `/verkenner/lib/${name}.js`;
          // Downloaded side by side, run in this order.
          script.async = false;
          script.onload = () => resolve();
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

/** Runs fCoSE and resolves when it has stopped. */
async function runFcose(elements: cytoscape.Collection, options: Record<string, unknown>): Promise<unknown> {
  await loadFcose();
  // fCoSE's options are its own; Cytoscape's types know only the built-in layouts.
  const layout = elements.layout({ name: 'fcose', ...options } as unknown as cytoscape.LayoutOptions);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  return stopped;
}

/** Resolves after Cytoscape has next drawn the canvas. */
export function nextRender(cy: cytoscape.Core): Promise<void> {
  return new Promise((resolve) => cy.one('render', () => resolve()));
}

/** Resolves once the browser has drawn a frame after this call (Cytoscape draws in animation frames). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Resolves to performance.now() once the next selection has been drawn: a click's felt latency. */
export function selectionDrawn(cy: cytoscape.Core): Promise<number> {
  return new Promise((resolve) =>
    cy.one('select', () => {
      void afterNextFrame().then(() => resolve(performance.now()));
    }),
  );
}

/** A small seeded generator: the same synthetic graph every run, so measurements compare. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Adds `count` synthetic nodes and about 1.5 times as many edges (a random tree plus
 * cross-links), lays them out with fCoSE and draws them. Resolves to the timings in ms.
 */
export async function addSynthetic(cy: cytoscape.Core, count: number): Promise<Record<string, number>> {
  const random = seededRandom(42);
  const elements: cytoscape.ElementDefinition[] = [];
  const edge = (id: string, source: number, target: number) =>
    elements.push({
      group: 'edges',
      classes: 'synthetisch',
      data: {
        id,
        source: `synthetisch:${source}`,
        target: `synthetisch:${target}`,
        label: 'synthetisch',
        relaties: [],
      },
    });
  for (let i = 0; i < count; i += 1) {
    const naam = `Synthetisch ${i}`;
    elements.push({
      group: 'nodes',
      classes: 'synthetisch',
      data: { id: `synthetisch:${i}`, naam, label: naam, soort: soorten[i % soorten.length] },
    });
    if (i > 0) edge(`synthetisch-boom:${i}`, i, Math.floor(random() * i));
  }
  for (let i = 0; i < count / 2; i += 1)
    edge(`synthetisch-dwars:${i}`, Math.floor(random() * count), Math.floor(random() * count));

  const started = performance.now();
  const added = cy.add(elements);
  const addedAt = performance.now();
  await runFcose(added, { quality: 'draft', randomize: true, animate: false, nodeDimensionsIncludeLabels: false });
  const laidOutAt = performance.now();
  cy.fit(undefined, 30);
  await nextRender(cy);
  const drawnAt = performance.now();
  return {
    knopen: added.nodes().length,
    verbindingen: added.edges().length,
    toevoegenMs: Math.round(addedAt - started),
    layoutMs: Math.round(laidOutAt - addedAt),
    tekenenMs: Math.round(drawnAt - laidOutAt),
  };
}

/**
 * Pans and zooms step by step and times each step until the next frame is on screen: the felt
 * frame time. (Not Cytoscape's render event: a step that changes nothing on screen, such as a
 * zoom already at its limit, sends none, and the measurement would wait forever.)
 */
export async function measurePanZoom(
  cy: cytoscape.Core,
  steps = 20,
): Promise<Record<string, { mediaan: number; max: number }>> {
  const time = async (change: () => void) => {
    const started = performance.now();
    change();
    await afterNextFrame();
    return performance.now() - started;
  };
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const pan: number[] = [];
  const zoom: number[] = [];
  for (let i = 0; i < steps; i += 1) {
    pan.push(await time(() => cy.panBy(i % 2 === 0 ? { x: 40, y: 25 } : { x: -40, y: -25 })));
    zoom.push(
      await time(() => cy.zoom({ level: cy.zoom() * (i % 2 === 0 ? 1.2 : 1 / 1.2), renderedPosition: centre })),
    );
  }
  return { panMs: summarise(pan), zoomMs: summarise(zoom) };
}

function summarise(durations: number[]): { mediaan: number; max: number } {
  const sorted = [...durations].sort((a, b) => a - b);
  return { mediaan: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), max: Math.round(sorted.at(-1) ?? 0) };
}
