// The crossover explorer: wires the controls, the drawing and the side panel together. Data comes
// only from the public GraphQL API (api.ts); the drawing and its helpers live in graph.ts, the two
// starting views in views.ts, the panel in panel.ts, what is shown and its URL in navigator.ts and
// url-state.ts, and the hooks for measuring in measure.ts.

import * as api from './api.js';
import { h, swatch } from './dom.js';
import { captionOf, type Caption } from './caption.js';
import { download, today } from './download.js';
import { toPng } from './png.js';
import { colourOf, createGraph } from './graph.js';
import { declutterLabels } from './labels.js';
import { createLegend } from './legend.js';
import { addSynthetic, afterNextFrame, measurePanZoom, nextRender, selectionDrawn } from './measure.js';
import { createNavigator, knoopDetails, rememberKnoop, type HistoryMode, type NavigateOptions } from './navigator.js';
import { createPanel } from './panel.js';
import { toSvg } from './svg.js';
import { showTable } from './table.js';
import { watchStand } from './stand.js';
import { highlightedPad, parseState, sameStep, type Step, type ViewState } from './url-state.js';
import { applyVisibility, toggled } from './visibility.js';
import type { GetekendeKandidaat } from './graph.js';

/** The page's element with this id, of the type the page gives it. */
function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}.`);
  return element as T;
}

const cy = createGraph($('graaf'));
/** Up to how many nodes shown a new selection rearranges the labels around it (see wireControls). */
const DECLUTTER_ON_SELECT_LIMIT = 1000;
const kandidaatBewijs = new Map<string, Promise<api.Bewijs | null>>();
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const panel = createPanel($('paneel-inhoud'), {
  nameOf: (id) => (cy.getElementById(id).data('naam') as string | undefined) ?? id,
  select: (id) => void attempt(() => choose(id)),
  visibleNodes: () =>
    cy
      .nodes(':visible')
      .sort((a, b) => (a.data('naam') as string).localeCompare(b.data('naam') as string, 'nl'))
      .toArray() as cytoscape.NodeSingular[],
  expand: (id) => void attempt(() => expandOmgeving(id)),
  isExpanded: (id) => navigator.state().steps.some((step) => step.kind === 'omgeving' && step.id === id),
  collapse: (id) => void attempt(() => collapseOmgeving(id)),
  hide: (id) => void attempt(() => hideKnoop(id)),
  setVan: (id) => setPadEnd('van', id),
  setNaar: (id) => setPadEnd('naar', id),
});

function setStatus(text: string): void {
  $('status').textContent = text;
}

const navigator = createNavigator(
  {
    cy,
    panel,
    setStatus,
    status: () => $('status').textContent ?? '',
    reducedMotion,
    showPadControls: (state) => {
      $('pad-van').textContent = state.van ? nameOf(state.van) : '–';
      $('pad-naar').textContent = state.naar ? nameOf(state.naar) : '–';
      $<HTMLButtonElement>('knop-pad').disabled = !(state.van && state.naar);
      $<HTMLButtonElement>('knop-pad-wissen').disabled = !highlightedPad(state);
    },
    showGebied: (gebied) => {
      $<HTMLSelectElement>('gebied').value = gebied ?? '';
    },
    showControls: (state, history) => {
      legend.show(state, cy);
      $<HTMLButtonElement>('knop-ongedaan').disabled = !history.undo;
      $<HTMLButtonElement>('knop-opnieuw').disabled = !history.redo;
      const verborgen = state.verborgen.length;
      $('verborgen-aantal').textContent =
        verborgen === 0
          ? 'Geen knooppunten verborgen.'
          : `${verborgen} ${verborgen === 1 ? 'knooppunt' : 'knooppunten'} verborgen.`;
      $<HTMLButtonElement>('knop-toon-verborgen').disabled = verborgen === 0;
    },
    showSelection: (element) => showSelection(element),
  },
  parseState(location.hash),
);

const legend = createLegend(
  $('legenda'),
  $('relatiefilter'),
  {
    standen: $('standfilter'),
    knelpuntStatussen: $('knelpuntstatusfilter'),
    knelpuntSoorten: $('knelpuntsoortfilter'),
  },
  {
    toggleSoort: (soort, shown) =>
      void attempt(() =>
        go((state) => ({ ...state, zonderSoorten: toggled(state.zonderSoorten, soort, !shown) }), 'replace'),
      ),
    toggleRelatie: (type, shown) =>
      void attempt(() =>
        go((state) => ({ ...state, zonderRelaties: toggled(state.zonderRelaties, type, !shown) }), 'replace'),
      ),
    toggleKandidaten: (kandidaten) => void attempt(() => go((state) => ({ ...state, kandidaten }), 'replace')),
    toggleStand: (filter, value, shown) =>
      void attempt(() => go((state) => ({ ...state, [filter]: toggled(state[filter], value, !shown) }), 'replace')),
  },
);

// How drawn milestones and knelpunten stand arrives after they are drawn: the filters and the
// legend's counts follow it.
watchStand(cy, () => {
  applyVisibility(cy, navigator.state());
  legend.show(navigator.state(), cy);
});

function nameOf(id: string): string {
  return (cy.getElementById(id).data('naam') as string | undefined) ?? id;
}

/**
 * Runs a user action; a failure is told in the status line instead of being lost in the
 * console. Resolves to whether the action succeeded.
 */
async function attempt(action: () => Promise<unknown> | void): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    setStatus(`Dat lukte niet: ${(error as Error).message}`);
    return false;
  }
}

/** A change the reader made: drawn, then a new entry in the history. */
function go(change: (state: ViewState) => ViewState, mode: HistoryMode = 'push', options: NavigateOptions = {}) {
  return navigator.navigate(change, mode, options);
}

/**
 * Adds a step unless it was taken already, selecting `selectie` (or keeping the selection). A new
 * step ends a highlighted path: the highlight belongs to the moment the path was asked for.
 */
function withStep(step: Step, selectie?: string | null) {
  return (state: ViewState): ViewState => {
    // A path asked for again is highlighted again, so it is taken again unless it is the last step.
    const last = state.steps.at(-1);
    const known =
      step.kind === 'pad'
        ? last !== undefined && sameStep(last, step)
        : state.steps.some((taken) => sameStep(taken, step));
    return {
      ...state,
      steps: known ? state.steps : [...state.steps, step],
      selectie: selectie === undefined ? state.selectie : selectie,
    };
  };
}

/** Selects an element of the drawing, or adds the node first when it is not drawn. */
function choose(id: string) {
  return cy.getElementById(id).nonempty()
    ? go((state) => ({ ...state, selectie: id }), 'replace')
    : go(withStep({ kind: 'knoop', id }, id));
}

function expandOmgeving(id: string) {
  setStatus(`De omgeving van ${nameOf(id)} wordt geladen…`);
  return go(withStep({ kind: 'omgeving', id }));
}

/** Takes a node's expansion away again, with what it alone brought; later steps stay. */
function collapseOmgeving(id: string) {
  return go((state) => ({
    ...state,
    steps: state.steps.filter((step) => !(step.kind === 'omgeving' && step.id === id)),
  }));
}

/** Leaves a node out of the picture; "Verborgen knooppunten tonen" or undo brings it back. */
function hideKnoop(id: string) {
  setStatus(`${nameOf(id)} is verborgen.`);
  return go((state) => ({
    ...state,
    verborgen: state.verborgen.includes(id) ? state.verborgen : [...state.verborgen, id],
  }));
}

function setPadEnd(end: 'van' | 'naar', id: string): void {
  navigator.update({ [end]: id });
  setStatus(end === 'van' ? 'Beginpunt van het pad gekozen.' : 'Eindpunt van het pad gekozen.');
}

async function showPad(): Promise<void> {
  const { van, naar } = navigator.state();
  if (!van || !naar) return;
  setStatus('Het kortste pad wordt gezocht…');
  await go(withStep({ kind: 'pad', van, naar }, null));
  const last = navigator.state().steps.at(-1);
  if (last?.kind !== 'pad' || last.van !== van || last.naar !== naar) {
    panel.showMessage(
      'Geen pad',
      'Binnen vier stappen is er geen pad tussen deze twee (relaties via documenten tellen niet mee).',
    );
  }
}

/** Takes the highlighted path away again: the step that drew it. */
function clearPad() {
  return go((state) => (highlightedPad(state) ? { ...state, steps: state.steps.slice(0, -1) } : state));
}

function showSelection(element: cytoscape.SingularElementArgument): void {
  if (element.isNode()) {
    if (element.hasClass('synthetisch'))
      return panel.showMessage(
        element.data('naam') as string,
        'Een synthetisch knooppunt, alleen om de snelheid te meten.',
      );
    return panel.showKnoop(element, knoopDetails(element.id()));
  }
  if (element.hasClass('kandidaat'))
    return panel.showKandidaat(element, bewijsOf(element.data('kandidaat') as GetekendeKandidaat));
  if (element.hasClass('samenkomst')) return panel.showSamenkomst(element);
  return panel.showRelatie(element);
}

/** A candidate's evidence: given with it in an area view, asked for once on the map. */
function bewijsOf(kandidaat: GetekendeKandidaat): Promise<api.Bewijs | null> {
  if (kandidaat.bewijs) return Promise.resolve(kandidaat.bewijs);
  const [a, b] = kandidaat.opgaven.map((opgave) => opgave.id);
  if (!a || !b) return Promise.resolve(null);
  const key = `${a}+${b}`;
  let loading = kandidaatBewijs.get(key);
  if (!loading) {
    loading = api.fetchKandidaatBewijs(a, b);
    // A failure is shown in the panel; the next click asks again.
    loading.catch(() => kandidaatBewijs.delete(key));
    kandidaatBewijs.set(key, loading);
  }
  return loading;
}

cy.on('select', (event) => showSelection(event.target as cytoscape.SingularElementArgument));
// A click on the background clears the selection; the panel then explains the page again.
cy.on('tap', (event) => {
  if (event.target === cy) panel.showWelcome();
});
cy.on('dbltap', 'node', (event) => void attempt(() => expandOmgeving((event.target as cytoscape.NodeSingular).id())));

async function searchKnopen(): Promise<void> {
  const tekst = $<HTMLInputElement>('zoektekst').value.trim();
  if (!tekst) return;
  setStatus(`Zoeken naar "${tekst}"…`);
  const hits = await api.search(tekst);
  hits.forEach(rememberKnoop);
  $('zoekresultaten').replaceChildren(...hits.map(searchHit));
  setStatus(
    hits.length === 0 ? `Niets gevonden voor "${tekst}".` : `${hits.length} treffers voor "${tekst}"; kies er een.`,
  );
}

/** Searches the documents' passages; the panel shows them, with the facts that cite each. */
function searchTeksten(): void {
  const tekst = $<HTMLInputElement>('tekstzoektekst').value.trim();
  if (!tekst) return;
  const found = api.searchTeksten(tekst);
  found.then(
    ({ totaal }) => setStatus(`${totaal} ${totaal === 1 ? 'passage' : 'passages'} in de teksten voor "${tekst}".`),
    () => undefined,
  );
  panel.showPassages(tekst, found);
}

function searchHit(knoop: { id: string; naam: string; soort: string }): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'zoekresultaat',
        'data-id': knoop.id,
        onClick: () => void attempt(() => choose(knoop.id)),
      },
      swatch(colourOf(knoop.soort)),
      knoop.naam,
      ' ',
      h('span', { className: 'soortlabel', text: knoop.soort }),
    ),
  );
}

let versie: Promise<string> | undefined;

/** The caption under an exported picture: the service's version is asked for once. */
async function caption(): Promise<Caption> {
  versie ??= api.fetchVersie();
  versie.catch(() => (versie = undefined));
  return captionOf(cy, navigator.state(), await versie, today(), location.href);
}

async function exportPng(): Promise<void> {
  download(await toPng(cy, await caption()), 'png');
  setStatus('De weergave is als PNG gedownload, met legenda en onderschrift.');
}

async function exportSvg(): Promise<void> {
  download(new Blob([toSvg(cy, { caption: await caption() })], { type: 'image/svg+xml' }), 'svg');
  setStatus('De tekening is als SVG gedownload, met legenda en onderschrift.');
}

async function fillGebieden(): Promise<void> {
  const { regios, provincies } = await api.fetchGebieden();
  const option = ({ id, naam }: api.Gebied) => h('option', { value: id }, naam);
  $('gebied').append(
    h('optgroup', { label: 'Provincies' }, provincies.map(option)),
    h('optgroup', { label: "Regio's" }, regios.map(option)),
  );
  $<HTMLSelectElement>('gebied').value = navigator.state().gebied ?? '';
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac), except while typing in a field. */
function onUndoKey(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.matches('input[type="search"], input[type="text"], textarea, select')) return;
  const key = event.key.toLowerCase();
  const action = key === 'z' && !event.shiftKey ? navigator.undo : key === 'y' || key === 'z' ? navigator.redo : null;
  if (!action) return;
  event.preventDefault();
  void attempt(action);
}

/** Arrow keys pan, + and - zoom, 0 fits: the drawing itself is usable without a mouse. */
function onGraphKey(event: KeyboardEvent): void {
  const step = 80;
  const moves: Record<string, cytoscape.Position> = {
    ArrowLeft: { x: step, y: 0 },
    ArrowRight: { x: -step, y: 0 },
    ArrowUp: { x: 0, y: step },
    ArrowDown: { x: 0, y: -step },
  };
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const move = moves[event.key];
  if (move) cy.panBy(move);
  else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
  else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
  else if (event.key === '0') cy.fit(undefined, 30);
  else if (event.key === 'Delete' || event.key === 'h') {
    const selected = cy.$('node:selected');
    if (selected.empty()) return;
    void attempt(() => hideKnoop(selected.id()));
  } else return;
  event.preventDefault();
}

function wireControls(): void {
  const view = (gebied: string | null) =>
    go((state) => ({ ...state, gebied, steps: [], selectie: null }), 'push', { redraw: true });
  $('knop-kaart').addEventListener('click', () => void attempt(() => view(null)));
  $('knop-tabel').addEventListener(
    'click',
    () => void attempt(() => showTable($<HTMLDialogElement>('tabel'), $('tabel-inhoud'), cy)),
  );
  $('knop-tabel-sluiten').addEventListener('click', () => $<HTMLDialogElement>('tabel').close());
  $('knop-ongedaan').addEventListener('click', () => void attempt(navigator.undo));
  $('knop-opnieuw').addEventListener('click', () => void attempt(navigator.redo));
  $('knop-toon-verborgen').addEventListener(
    'click',
    () => void attempt(() => go((state) => ({ ...state, verborgen: [] }))),
  );
  document.addEventListener('keydown', onUndoKey);
  $('gebied-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void attempt(() => view($<HTMLSelectElement>('gebied').value || null));
  });
  $('zoek-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void attempt(searchKnopen);
  });
  $('teksten-form').addEventListener('submit', (event) => {
    event.preventDefault();
    searchTeksten();
  });
  $('knop-pad').addEventListener('click', () => void attempt(showPad));
  $('knop-pad-wissen').addEventListener('click', () => void attempt(clearPad));
  $('knop-png').addEventListener('click', () => void attempt(exportPng));
  $('knop-svg').addEventListener('click', () => void attempt(exportSvg));
  $('graaf').addEventListener('keydown', onGraphKey);
  // Back, forward, and a changed address: the picture follows the URL.
  window.addEventListener(
    'popstate',
    () => void attempt(() => go(() => parseState(location.hash), 'replace', { record: false })),
  );
  // Labels of more weight (the selection and its neighbours) take their place once a frame. In a
  // picture of thousands of nodes that would cost a click a second; there the chosen node's label is
  // shown over the others (graph.ts), and the rest are sorted out when the picture next changes.
  let decluttering = false;
  cy.on('select unselect', () => {
    if (decluttering || cy.nodes(':visible').length > DECLUTTER_ON_SELECT_LIMIT) return;
    decluttering = true;
    requestAnimationFrame(() => {
      decluttering = false;
      declutterLabels(cy);
    });
  });
  cy.on('mouseover', 'node', (event) => (event.target as cytoscape.NodeSingular).addClass('aangewezen'));
  cy.on('mouseout', 'node', (event) => (event.target as cytoscape.NodeSingular).removeClass('aangewezen'));
  // The drawing keeps its part in sight when its room changes (a narrower window, say).
  new ResizeObserver(() => cy.resize()).observe($('graaf'));
}

/**
 * Loads the first view: what the URL describes, else the opgaven map. Resolves once its
 * candidate crossovers are drawn too (or could not be), to the times since navigation began:
 * `kaart` when the view was first drawn, `kandidaten` when the candidates were (null when they
 * failed or the view has none). Resolves to undefined when the view failed.
 */
async function start(): Promise<{ kaart: number; kandidaten: number | null } | undefined> {
  performance.mark('verkenner:start');
  wireControls();
  panel.showWelcome();
  let first: Awaited<ReturnType<typeof go>> | undefined;
  if (!(await attempt(async () => (first = await go((state) => state, 'replace', { record: false })))))
    return undefined;
  // The first render after the view is in; a view that ended with a camera move may have been drawn already.
  await Promise.race([nextRender(cy), afterNextFrame()]);
  performance.mark('verkenner:getekend');
  const kaart = Math.round(performance.now());
  // The area chooser is not needed for the first view, so it waits until that is drawn.
  void attempt(fillGebieden);
  const drawn = await first?.kandidaten;
  if (!drawn) return { kaart, kandidaten: null };
  await afterNextFrame();
  performance.mark('verkenner:kandidaten');
  return { kaart, kandidaten: Math.round(performance.now()) };
}

declare global {
  interface Window {
    /** Hooks for the browser tests and for measuring: test/support/verkenner-page.ts. */
    verkenner: unknown;
  }
}

window.verkenner = {
  cy,
  ready: start(),
  addSynthetic: (count: number) => addSynthetic(cy, count),
  measurePanZoom: (steps?: number) => measurePanZoom(cy, steps),
  expand: async (id: string) => {
    await expandOmgeving(id);
  },
  selectionDrawn: () => selectionDrawn(cy),
  nextFrame: afterNextFrame,
};
