// The crossover explorer: wires the controls, the drawing and the side panel together.
// Data comes only from the public GraphQL API (api.js); the drawing and its helpers live in
// graph.js, the two starting views in views.js, the panel in panel.js, and the hooks for
// measuring in measure.js.

import * as api from './api.js';
import { SOORTEN, addKnoop, addRelatie, createGraph, placeAround } from './graph.js';
import { addSynthetic, afterNextFrame, measurePanZoom, nextRender, selectionDrawn } from './measure.js';
import { createPanel, h } from './panel.js';
import { toSvg } from './svg.js';
import { drawOpgavenMap, drawSamenkomst } from './views.js';

const $ = (id) => document.getElementById(id);
const cy = createGraph($('graaf'));
const padEnds = { van: null, naar: null };
const knoopDetails = new Map();
const kandidaatBewijs = new Map();
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const panel = createPanel($('paneel-inhoud'), {
  nameOf: (id) => cy.getElementById(id).data('naam') ?? id,
  select: (id) => selectElement(cy.getElementById(id)),
  visibleNodes: () =>
    cy
      .nodes(':visible')
      .sort((a, b) => a.data('naam').localeCompare(b.data('naam'), 'nl'))
      .toArray(),
  expand: (id) => attempt(() => expandOmgeving(id)),
  setVan: (id) => setPadEnd('van', id),
  setNaar: (id) => setPadEnd('naar', id),
});

function setStatus(text) {
  $('status').textContent = text;
}

/**
 * Runs a user action; a failure is told in the status line instead of being lost in the
 * console. Resolves to whether the action succeeded.
 */
async function attempt(action) {
  try {
    await action();
    return true;
  } catch (error) {
    setStatus(`Dat lukte niet: ${error.message}`);
    return false;
  }
}

function animateTo(fitOrCentre) {
  return cy
    .animation({ ...fitOrCentre }, { duration: reducedMotion ? 0 : 350 })
    .play()
    .promise();
}

/** Selects one element and shows it; selection drives the panel (see the listeners below). */
function selectElement(element, { centre = true } = {}) {
  if (element.empty()) return Promise.resolve();
  cy.elements().unselect();
  element.select();
  if (!centre) return Promise.resolve();
  return animateTo(element.isNode() ? centredOn(element) : { fit: { eles: element.connectedNodes(), padding: 80 } });
}

/** The viewport with the node itself in the middle (`center` would centre node and label together). */
function centredOn(node) {
  const zoom = Math.max(cy.zoom(), 1);
  const { x, y } = node.position();
  return { zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } };
}

function showSelection(element) {
  if (element.isNode()) {
    if (element.hasClass('synthetisch'))
      return panel.showMessage(element.data('naam'), 'Een synthetisch knooppunt, alleen om de snelheid te meten.');
    if (!knoopDetails.has(element.id())) knoopDetails.set(element.id(), api.fetchKnoop(element.id()));
    return panel.showKnoop(element, knoopDetails.get(element.id()));
  }
  if (element.hasClass('kandidaat')) return panel.showKandidaat(element, bewijsOf(element.data('kandidaat')));
  if (element.hasClass('samenkomst')) return panel.showSamenkomst(element);
  return panel.showRelatie(element);
}

/** A candidate's evidence: given with it in an area view, asked for once on the map. */
function bewijsOf(kandidaat) {
  if (kandidaat.bewijs) return Promise.resolve(kandidaat.bewijs);
  const [a, b] = kandidaat.opgaven.map((opgave) => opgave.id);
  const key = `${a}+${b}`;
  if (!kandidaatBewijs.has(key)) {
    const loading = api.fetchKandidaatBewijs(a, b);
    // A failure is shown in the panel; the next click asks again.
    loading.catch(() => kandidaatBewijs.delete(key));
    kandidaatBewijs.set(key, loading);
  }
  return kandidaatBewijs.get(key);
}

cy.on('select', (event) => showSelection(event.target));
// A click on the background clears the selection; the panel then explains the page again.
cy.on('tap', (event) => {
  if (event.target === cy) panel.showWelcome();
});
cy.on('dbltap', 'node', (event) => attempt(() => expandOmgeving(event.target.id())));

/** Shows a freshly drawn view: no path highlighted, everything in sight, the panel's introduction. */
function presentView(summary) {
  clearPad();
  applyKandidatenChoice();
  cy.fit(undefined, 30);
  panel.showWelcome();
  setStatus(summary);
}

/**
 * Draws the opgaven map and resolves once it is drawn, to `{ kandidaten }`: a promise that
 * resolves to whether the candidate crossovers, which come later, were drawn as well.
 */
async function showOpgavenMap() {
  setStatus('De opgavenkaart wordt geladen…');
  const { summary, kandidaten } = await drawOpgavenMap(cy);
  const waiting = `${summary}; de kandidaat-crossovers worden berekend…`;
  presentView(waiting);
  $('gebied').value = '';
  // Only a status line nobody has replaced since is completed.
  const complete = (text) => $('status').textContent === waiting && setStatus(text);
  return {
    kandidaten: kandidaten.then(
      (aantal) => {
        if (aantal === null) return false;
        applyKandidatenChoice();
        complete(`${summary} en ${aantal} kandidaat-crossovers.`);
        return true;
      },
      (error) => {
        complete(`${summary}. De kandidaat-crossovers konden niet worden berekend: ${error.message}`);
        return false;
      },
    ),
  };
}

async function showSamenkomst(gebiedId) {
  setStatus('Het gebied wordt geladen…');
  const summary = await drawSamenkomst(cy, gebiedId);
  if (summary) presentView(summary);
  else setStatus('Dat gebied staat niet in de graaf.');
}

function applyKandidatenChoice() {
  cy.edges('.kandidaat').toggleClass('verborgen', !$('toon-kandidaten').checked);
}

async function searchKnopen() {
  const tekst = $('zoektekst').value.trim();
  if (!tekst) return;
  setStatus(`Zoeken naar "${tekst}"…`);
  const hits = await api.search(tekst);
  $('zoekresultaten').replaceChildren(...hits.map(searchHit));
  setStatus(
    hits.length === 0 ? `Niets gevonden voor "${tekst}".` : `${hits.length} treffers voor "${tekst}"; kies er een.`,
  );
}

function searchHit(knoop) {
  const swatch = h('span', { className: 'kleur', 'aria-hidden': 'true' });
  swatch.style.backgroundColor = SOORTEN[knoop.soort]?.kleur ?? '#888888';
  const soort = h('span', { className: 'soortlabel', text: SOORTEN[knoop.soort]?.naam ?? knoop.soort });
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', 'data-testid': 'zoekresultaat', 'data-id': knoop.id, onClick: () => focusKnoop(knoop) },
      swatch,
      knoop.naam,
      ' ',
      soort,
    ),
  );
}

/**
 * Shows a node: adds it when it is not drawn yet (just right of the drawing, where it
 * covers nothing), then selects and centres it.
 */
function focusKnoop(knoop) {
  const drawing = cy.elements().boundingBox();
  const free = cy.elements().empty() ? undefined : { x: drawing.x2 + 120, y: (drawing.y1 + drawing.y2) / 2 };
  const node = addKnoop(cy, knoop, free);
  setStatus(`${knoop.naam} is geselecteerd. Dubbelklik of kies "Omgeving uitbreiden" voor zijn buren.`);
  return selectElement(node);
}

async function expandOmgeving(id) {
  const centre = cy.getElementById(id);
  setStatus(`De omgeving van ${centre.data('naam')} wordt geladen…`);
  const omgeving = await api.fetchOmgeving(id);
  if (!omgeving) return setStatus('Dit knooppunt staat niet (meer) in de graaf.');
  let added = cy.collection();
  cy.batch(() => {
    for (const knoop of omgeving.knopen) {
      if (cy.getElementById(knoop.id).empty()) added = added.union(addKnoop(cy, knoop, { ...centre.position() }));
    }
    omgeving.verbindingen.forEach(({ relatie }) => addRelatie(cy, relatie));
  });
  placeAround(cy, centre, added);
  const afgekapt = omgeving.afgekapt ? ' De omgeving was groter: niet alles is getoond.' : '';
  setStatus(`${added.length} knooppunten toegevoegd rond ${centre.data('naam')}.${afgekapt}`);
  await animateTo({ fit: { eles: centre.closedNeighborhood(), padding: 40 } });
}

function setPadEnd(end, id) {
  padEnds[end] = id;
  $(`pad-${end}`).textContent = cy.getElementById(id).data('naam') ?? id;
  $('knop-pad').disabled = !(padEnds.van && padEnds.naar);
  setStatus(end === 'van' ? 'Beginpunt van het pad gekozen.' : 'Eindpunt van het pad gekozen.');
}

/** Draws the shortest path (adding what is missing) and dims everything else. */
async function showPad() {
  setStatus('Het kortste pad wordt gezocht…');
  const pad = await api.fetchPad(padEnds.van, padEnds.naar);
  clearPad();
  if (!pad) {
    panel.showMessage(
      'Geen pad',
      'Binnen vier stappen is er geen pad tussen deze twee (relaties via documenten tellen niet mee).',
    );
    return setStatus('Geen pad gevonden.');
  }
  const onPad = cy.collection();
  let previous = null;
  for (const knoop of pad.knopen) {
    const position = previous ? { x: previous.position().x + 160, y: previous.position().y + 90 } : undefined;
    previous = addKnoop(cy, knoop, position);
    onPad.merge(previous);
  }
  pad.stappen.forEach(({ relatie }) => onPad.merge(addRelatie(cy, relatie)));
  cy.elements().unselect();
  cy.elements().not(onPad).addClass('gedimd');
  onPad.addClass('pad');
  $('knop-pad-wissen').disabled = false;
  panel.showPad(pad);
  setStatus(
    `Pad van ${pad.lengte} ${pad.lengte === 1 ? 'stap' : 'stappen'} gevonden; de stappen en hun bronnen staan in het paneel.`,
  );
  await animateTo({ fit: { eles: onPad, padding: 60 } });
}

function clearPad() {
  cy.elements().removeClass('pad gedimd');
  $('knop-pad-wissen').disabled = true;
}

function exportPng() {
  download(cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }), 'png');
}

function exportSvg() {
  download(new Blob([toSvg(cy)], { type: 'image/svg+xml' }), 'svg');
}

function download(blob, extension) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: `ibp-verkenner-${new Date().toISOString().slice(0, 10)}.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  setStatus(`De weergave is als ${extension.toUpperCase()} gedownload.`);
}

async function fillGebieden() {
  const { regios, provincies } = await api.fetchGebieden();
  const option = ({ id, naam }) => h('option', { value: id }, naam);
  $('gebied').append(
    h('optgroup', { label: 'Provincies' }, provincies.map(option)),
    h('optgroup', { label: "Regio's" }, regios.map(option)),
  );
}

/** Arrow keys pan, + and - zoom, 0 fits: the drawing itself is usable without a mouse. */
function onGraphKey(event) {
  const step = 80;
  const moves = {
    ArrowLeft: { x: step, y: 0 },
    ArrowRight: { x: -step, y: 0 },
    ArrowUp: { x: 0, y: step },
    ArrowDown: { x: 0, y: -step },
  };
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  if (moves[event.key]) cy.panBy(moves[event.key]);
  else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
  else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
  else if (event.key === '0') cy.fit(undefined, 30);
  else return;
  event.preventDefault();
}

function wireControls() {
  $('knop-kaart').addEventListener('click', () => attempt(showOpgavenMap));
  $('toon-kandidaten').addEventListener('change', applyKandidatenChoice);
  $('gebied-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const gebied = $('gebied').value;
    attempt(() => (gebied ? showSamenkomst(gebied) : showOpgavenMap()));
  });
  $('zoek-form').addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(searchKnopen);
  });
  $('knop-pad').addEventListener('click', () => attempt(showPad));
  $('knop-pad-wissen').addEventListener('click', clearPad);
  $('knop-png').addEventListener('click', () => attempt(exportPng));
  $('knop-svg').addEventListener('click', () => attempt(exportSvg));
  $('graaf').addEventListener('keydown', onGraphKey);
}

/**
 * Loads the first view. Resolves once its candidate crossovers are drawn too (or could not be),
 * to the times since navigation began: `kaart` when the map was first drawn, `kandidaten` when
 * the candidates were (null when they failed). Resolves to undefined when the map failed.
 */
async function start() {
  performance.mark('verkenner:start');
  wireControls();
  panel.showWelcome();
  let map;
  if (!(await attempt(async () => (map = await showOpgavenMap())))) return undefined;
  await nextRender(cy);
  performance.mark('verkenner:getekend');
  const kaart = Math.round(performance.now());
  // The area chooser is not needed for the first view, so it waits until that is drawn.
  attempt(fillGebieden);
  const drawn = await map.kandidaten;
  if (!drawn) return { kaart, kandidaten: null };
  await afterNextFrame();
  performance.mark('verkenner:kandidaten');
  return { kaart, kandidaten: Math.round(performance.now()) };
}

// Hooks for the browser tests and for measuring: the drawing, and a way to load it heavily.
window.verkenner = {
  cy,
  ready: start(),
  addSynthetic: (count) => addSynthetic(cy, count),
  measurePanZoom: (steps) => measurePanZoom(cy, steps),
  expand: (id) => expandOmgeving(id),
  selectionDrawn: () => selectionDrawn(cy),
  nextFrame: afterNextFrame,
};
