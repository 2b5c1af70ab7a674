// Brings the drawing to a state (url-state.ts) and keeps the URL in step with it. Every change a
// reader makes goes through here, as does a reload, a link and the back and forward buttons: the
// view is drawn when it differs, the steps it has in common with what is drawn stay, later ones
// are taken away (each step keeps the elements it added) and the new ones are taken in order.

import * as api from './api.js';
import { addKnoop, addRelatie, placeAround, relatieId, rightOfDrawing, type Knoop } from './graph.js';
import type { Panel } from './panel.js';
import { declutterLabels } from './labels.js';
import { formatState, highlightedPad, sameStep, type Step, type ViewState } from './url-state.js';
import { drawOpgavenMap, drawSamenkomst } from './views.js';
import { applyVisibility } from './visibility.js';

export interface NavigatorContext {
  cy: cytoscape.Core;
  panel: Panel;
  setStatus(text: string): void;
  /** The status line's text, so that a later message is not overwritten by an earlier one. */
  status(): string;
  reducedMotion: boolean;
  /** Shows the chosen ends of a path and whether the path buttons may be used. */
  showPadControls(state: ViewState): void;
  /** Shows which area is chosen. */
  showGebied(gebied: string | null): void;
  /** Shows the state's filters, and whether there is a change to undo or redo. */
  showControls(state: ViewState, history: { undo: boolean; redo: boolean }): void;
  /** Shows the selected element in the panel again: what is drawn around it changed. */
  showSelection(element: cytoscape.SingularElementArgument): void;
}

/** How the URL follows a change: a new entry in the history, the same entry rewritten, or as it is. */
export type HistoryMode = 'push' | 'replace';

export interface NavigateOptions {
  /** Draws the view anew even when it is the same. */
  redraw?: boolean;
  /** Whether the change can be undone (default): not so for back, forward and undo itself. */
  record?: boolean;
}

/** How many changes can be undone. */
const UNDO_LIMIT = 100;

/** What a state draws and shows, apart from the selection and the ends of a path: what undo steps through. */
function pictureOf(state: ViewState): string {
  return formatState({ ...state, selectie: null, van: null, naar: null });
}

/** A step as taken: what it added (taken away again when the reader goes back), and for a path its elements. */
interface TakenStep {
  step: Step;
  added: cytoscape.Collection;
  onPad?: cytoscape.Collection;
  pad?: api.Pad;
}

/** What a navigation did that its caller may wait for. */
export interface Navigated {
  /** When it drew the opgaven map: resolves to whether its candidate crossovers were drawn too. */
  kandidaten: Promise<boolean> | null;
}

const knoopDetailsCache = new Map<string, Promise<api.KnoopDetails | null>>();
const omgevingCache = new Map<string, Promise<api.Omgeving | null>>();
const padCache = new Map<string, Promise<api.Pad | null>>();
/** Names and kinds met in search results and drawings, so adding such a node asks nothing. */
const knownKnopen = new Map<string, Knoop>();

/** Asks once per key; a failure is forgotten, so the next time asks again. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}

/** A node's own facts (description, sources, properties), asked once. */
export function knoopDetails(id: string): Promise<api.KnoopDetails | null> {
  return cached(knoopDetailsCache, id, () => api.fetchKnoop(id));
}

export function rememberKnoop(knoop: Knoop): void {
  knownKnopen.set(knoop.id, knoop);
}

export type Navigator = ReturnType<typeof createNavigator>;

export function createNavigator(context: NavigatorContext, initial: ViewState) {
  const { cy, panel } = context;
  let state = initial;
  /** The view drawn (undefined before the first) and the steps taken on it. */
  let drawnGebied: string | null | undefined;
  let taken: TakenStep[] = [];
  /** Set while a navigation selects, so the selection listener leaves the URL alone. */
  let navigating = false;
  /** The selected element's id, and whether a path is highlighted: kept, not looked up among thousands. */
  let selectedId: string | null = null;
  let highlightShown = false;
  let queue: Promise<unknown> = Promise.resolve();
  const undone: ViewState[] = [];
  const redone: ViewState[] = [];
  let urlWrite: 'pending' | 'idle' = 'idle';

  function writeUrl(mode: HistoryMode): void {
    const fragment = formatState(state);
    if (fragment === location.hash) return;
    const url = fragment === '' ? `${location.pathname}${location.search}` : fragment;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** The selection changed on the drawing: the URL says so, without a new history entry. */
  function selectionChanged(event: cytoscape.EventObject): void {
    const target = event.target as cytoscape.SingularElementArgument;
    if (event.type === 'select') selectedId = target.id();
    else if (selectedId === target.id()) selectedId = null;
    if (navigating) return;
    state = { ...state, selectie: selectedId };
    // Selecting another element unselects the first: one rewrite for both.
    if (urlWrite === 'pending') return;
    urlWrite = 'pending';
    queueMicrotask(() => {
      urlWrite = 'idle';
      writeUrl('replace');
    });
  }
  cy.on('select unselect', selectionChanged);

  /** Draws the area (or the map), replacing the drawing; false when the area does not exist. */
  async function drawView(gebied: string | null): Promise<{ ok: boolean; kandidaten: Promise<boolean> | null }> {
    if (gebied === null) {
      context.setStatus('De opgavenkaart wordt geladen…');
      const { summary, kandidaten } = await drawOpgavenMap(cy);
      const waiting = `${summary}; de kandidaat-crossovers worden berekend…`;
      context.setStatus(waiting);
      // Only a status line nobody has replaced since is completed.
      const complete = (text: string) => {
        if (context.status() === waiting) context.setStatus(text);
      };
      return {
        ok: true,
        kandidaten: kandidaten.then(
          (aantal) => {
            if (aantal === null) return false;
            applyVisibility(cy, state);
            complete(`${summary} en ${aantal} kandidaat-crossovers.`);
            return true;
          },
          (error: unknown) => {
            complete(`${summary}. De kandidaat-crossovers konden niet worden berekend: ${(error as Error).message}`);
            return false;
          },
        ),
      };
    }
    context.setStatus('Het gebied wordt geladen…');
    const summary = await drawSamenkomst(cy, gebied);
    if (summary === null) return { ok: false, kandidaten: null };
    context.setStatus(summary);
    return { ok: true, kandidaten: null };
  }

  async function knoopOf(id: string): Promise<Knoop | null> {
    const drawn = cy.getElementById(id);
    if (drawn.nonempty()) return drawn.data() as Knoop;
    const known = knownKnopen.get(id);
    if (known) return known;
    const details = await knoopDetails(id);
    return details && { id: details.id, naam: details.naam, soort: details.soort };
  }

  /** Adds a node by itself, just right of the drawing where it covers nothing. */
  async function takeKnoop(id: string): Promise<{ added: cytoscape.Collection; message: string } | null> {
    const knoop = await knoopOf(id);
    if (!knoop) return null;
    if (cy.getElementById(id).nonempty()) return { added: cy.collection(), message: '' };
    return {
      added: cy.collection().union(addKnoop(cy, knoop, rightOfDrawing(cy))),
      message: `${knoop.naam} is geselecteerd. Dubbelklik of kies "Omgeving uitbreiden" voor zijn buren.`,
    };
  }

  /** Takes one step; null when it cannot be taken (its node or path does not exist). */
  async function take(step: Step): Promise<{ taken: TakenStep; message: string } | null> {
    if (step.kind === 'knoop') {
      const result = await takeKnoop(step.id);
      return result && { taken: { step, added: result.added }, message: result.message };
    }
    if (step.kind === 'omgeving') {
      let added = cy.collection();
      if (cy.getElementById(step.id).empty()) {
        const centre = await takeKnoop(step.id);
        if (!centre) return null;
        added = added.union(centre.added);
      }
      const centre = cy.getElementById(step.id) as cytoscape.NodeSingular;
      const omgeving = await cached(omgevingCache, step.id, () => api.fetchOmgeving(step.id));
      if (!omgeving) return null;
      let nodes = cy.collection();
      cy.batch(() => {
        for (const knoop of omgeving.knopen) {
          if (cy.getElementById(knoop.id).empty()) nodes = nodes.union(addKnoop(cy, knoop, { ...centre.position() }));
        }
        for (const { relatie } of omgeving.verbindingen) added = added.union(addNew(relatie));
      });
      placeAround(cy, centre, nodes.nodes());
      const afgekapt = omgeving.afgekapt ? ' De omgeving was groter: niet alles is getoond.' : '';
      return {
        taken: { step, added: added.union(nodes) },
        message: `${nodes.length} knooppunten toegevoegd rond ${centre.data('naam')}.${afgekapt}`,
      };
    }
    const pad = await cached(padCache, `${step.van}>${step.naar}`, () => api.fetchPad(step.van, step.naar));
    if (!pad) return null;
    let added = cy.collection();
    let onPad = cy.collection();
    let previous: cytoscape.NodeSingular | null = null;
    for (const knoop of pad.knopen) {
      const isNew = cy.getElementById(knoop.id).empty();
      const position = previous
        ? { x: previous.position().x + 160, y: previous.position().y + 90 }
        : rightOfDrawing(cy);
      previous = addKnoop(cy, knoop, position);
      onPad = onPad.union(previous);
      if (isNew) added = added.union(previous);
    }
    for (const { relatie } of pad.stappen) {
      added = added.union(addNew(relatie));
      onPad = onPad.union(cy.getElementById(relatieId(relatie)));
    }
    const stappen = `${pad.lengte} ${pad.lengte === 1 ? 'stap' : 'stappen'}`;
    return {
      taken: { step, added, onPad, pad },
      message: `Pad van ${stappen} gevonden; de stappen en hun bronnen staan in het paneel.`,
    };
  }

  /** Adds a relation's edge; returns it only when it was not drawn before. */
  function addNew(relatie: api.Relatie): cytoscape.Collection {
    const isNew = cy.getElementById(relatieId(relatie)).empty();
    const edge = addRelatie(cy, relatie);
    return isNew ? cy.collection().union(edge) : cy.collection();
  }

  function animateTo(fitOrCentre: cytoscape.AnimationOptions): Promise<unknown> {
    return cy
      .animation({ ...fitOrCentre, duration: context.reducedMotion ? 0 : 350 })
      .play()
      .promise();
  }

  /** The viewport with the node itself in the middle (`center` would centre node and label together). */
  function centredOn(node: cytoscape.NodeSingular): cytoscape.AnimationOptions {
    const zoom = Math.max(cy.zoom(), 1);
    const { x, y } = node.position();
    return { zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } };
  }

  async function apply(target: ViewState, options: NavigateOptions): Promise<Navigated> {
    navigating = true;
    try {
      return await bringTo(target, options);
    } finally {
      navigating = false;
    }
  }

  async function bringTo(target: ViewState, { redraw = false }: NavigateOptions): Promise<Navigated> {
    const before = selectedId;
    const highlightedBefore = highlightShown;
    const shownBefore = pictureOf(state);
    let kandidaten: Promise<boolean> | null = null;
    const fresh = redraw || drawnGebied === undefined || drawnGebied !== target.gebied;
    const messages: string[] = [];
    if (fresh) {
      const view = await drawView(target.gebied);
      if (!view.ok) {
        messages.push('Dat gebied staat niet in de graaf.');
        // A link to an area that is gone still opens the verkenner: on the map.
        if (drawnGebied !== undefined) {
          context.setStatus(messages[0]!);
          return { kandidaten: null };
        }
        target = { ...target, gebied: null, steps: [] };
        const map = await drawView(null);
        kandidaten = map.kandidaten;
      } else {
        kandidaten = view.kandidaten;
      }
      drawnGebied = target.gebied;
      taken = [];
      cy.fit(undefined, 30);
    }

    // The steps in common stay; the others are taken away, the latest first.
    let common = 0;
    while (
      common < taken.length &&
      common < target.steps.length &&
      sameStep(taken[common]!.step, target.steps[common]!)
    )
      common += 1;
    for (const old of taken.splice(common).reverse()) cy.remove(old.added);

    let lastNew: TakenStep | undefined;
    for (const step of target.steps.slice(common)) {
      const result = await take(step);
      if (!result) {
        messages.push(step.kind === 'pad' ? 'Geen pad gevonden.' : 'Dit knooppunt staat niet (meer) in de graaf.');
        continue;
      }
      taken.push(result.taken);
      lastNew = result.taken;
      if (result.message) messages.push(result.message);
    }
    const steps = taken.map((step) => step.step);
    let selectie = target.selectie;
    if (selectie !== null && cy.getElementById(selectie).empty()) {
      // A node chosen in a link but not drawn is added by itself; anything else is gone.
      const result = target.steps.length === steps.length ? await take({ kind: 'knoop', id: selectie }) : null;
      if (result) {
        taken.push(result.taken);
        steps.push(result.taken.step);
      } else {
        selectie = null;
      }
    }
    state = { ...target, steps, selectie };

    if (highlightShown) cy.elements().removeClass('pad gedimd');
    const highlighted = highlightedPad(state) && taken.at(-1);
    highlightShown = Boolean(highlighted?.onPad);
    if (highlighted?.onPad) {
      cy.elements().not(highlighted.onPad).addClass('gedimd');
      highlighted.onPad.addClass('pad');
    }
    applyVisibility(cy, state);
    // A selection left out of the picture is no selection.
    if (selectie !== null && cy.getElementById(selectie).hasClass('verborgen')) {
      selectie = null;
      state = { ...state, selectie };
    }
    context.showPadControls(state);
    context.showGebied(state.gebied);
    const message = messages.at(-1);
    if (message) context.setStatus(message);

    const selected = selectie === null ? cy.collection() : cy.getElementById(selectie);
    // What is selected on screen now: a selected element taken away with a step is no longer.
    const shown = selectedId !== null && cy.getElementById(selectedId).selected() ? selectedId : null;
    const selectionChanged = selectie !== shown || selectie !== before;
    if (selectionChanged || fresh) {
      cy.elements().unselect();
      selected.select();
    }
    if (selected.empty() && (selectionChanged || fresh || highlightShown || highlightedBefore)) {
      if (highlighted?.pad) panel.showPad(highlighted.pad);
      else panel.showWelcome();
    } else if (selected.nonempty() && !selectionChanged && !fresh && pictureOf(state) !== shownBefore) {
      context.showSelection(selected);
    }
    declutterLabels(cy);

    if (lastNew && highlighted?.onPad) await animateTo({ fit: { eles: highlighted.onPad, padding: 60 } });
    else if (lastNew?.step.kind === 'omgeving')
      await animateTo({ fit: { eles: cy.getElementById(lastNew.step.id).closedNeighborhood(), padding: 40 } });
    else if (selected.nonempty() && (selectionChanged || lastNew))
      await animateTo(
        selected.isNode()
          ? centredOn(selected as cytoscape.NodeSingular)
          : { fit: { eles: (selected as cytoscape.EdgeSingular).connectedNodes(), padding: 80 } },
      );
    return { kandidaten };
  }

  function navigate(
    change: (current: ViewState) => ViewState,
    mode: HistoryMode,
    options: NavigateOptions = {},
  ): Promise<Navigated> {
    const done = queue.then(async () => {
      const address = location.href;
      const before = state;
      const navigated = await apply(change(state), options);
      if (options.record !== false && pictureOf(before) !== pictureOf(state)) {
        undone.push(before);
        if (undone.length > UNDO_LIMIT) undone.shift();
        redone.length = 0;
      }
      // Back or forward meanwhile: the URL is newer than this change, and a navigation to it is queued.
      if (location.href === address) writeUrl(mode);
      showControls();
      return navigated;
    });
    queue = done.catch(() => undefined);
    return done;
  }

  function showControls(): void {
    context.showControls(state, { undo: undone.length > 0, redo: redone.length > 0 });
  }

  /** Goes to the last state of `from`, keeping the one shown in `to`: undo, or redo. */
  function travel(from: ViewState[], to: ViewState[]): Promise<Navigated> {
    return navigate(
      (current) => {
        const target = from.pop();
        if (!target) return current;
        to.push(current);
        return target;
      },
      'push',
      { record: false },
    );
  }

  return {
    /** The state shown now. */
    state: (): ViewState => state,
    /**
     * Brings the drawing to the state `change` makes of the one shown, after any navigation still
     * under way, and writes the URL; `redraw` draws the view anew even when it is the same.
     */
    navigate,
    /** Takes back the last change to the picture (a view, a step, a filter, a hidden node). */
    undo: () => travel(undone, redone),
    /** Makes the last change undone again. */
    redo: () => travel(redone, undone),
    /** Changes the ends of a path, which need no drawing; the URL is rewritten. */
    update(change: Partial<Pick<ViewState, 'van' | 'naar'>>): void {
      state = { ...state, ...change };
      context.showPadControls(state);
      writeUrl('replace');
    },
  };
}
