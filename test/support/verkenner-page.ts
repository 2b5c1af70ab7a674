import type { Core } from 'cytoscape';

/** The hooks the explorer page offers tests and measurements (src/http/verkenner/verkenner.ts). */
export interface VerkennerHooks {
  cy: Core;
  /**
   * Resolves once the opgaven map and then its candidate crossovers are drawn, to the times since
   * navigation began (ms): the map's first draw, and the candidates' (null when they failed).
   * Undefined when the map itself failed.
   */
  ready: Promise<{ kaart: number; kandidaten: number | null } | undefined>;
  addSynthetic(count: number): Promise<Record<string, number>>;
  measurePanZoom(steps?: number): Promise<Record<string, { mediaan: number; max: number }>>;
  /** Adds a node's neighbours as "Omgeving uitbreiden" does; resolves when they are laid out. */
  expand(id: string): Promise<void>;
  /** Resolves once the browser has drawn a frame after the call. */
  nextFrame(): Promise<void>;
  /** Resolves to performance.now() once the next selection has been drawn. */
  selectionDrawn(): Promise<number>;
}

declare global {
  /** In the page, `globalThis` is its window. */
  var verkenner: VerkennerHooks;
}
