// The table of what is in the picture: every node shown and every relation between them, with
// their sources, sortable by any column and downloadable as CSV (csv.ts). The columns are declared
// once and give both the table on screen and the file.

import * as api from './api.js';
import type { Bron, Relatie } from './api.js';
import { toCsv } from './csv.js';
import { download } from './download.js';
import { fill, h, type Child } from './dom.js';
import { formatScore, relatieLabel } from './graph.js';
import { standLabel, type StandData } from './stand.js';

interface KnoopRij {
  id: string;
  naam: string;
  soort: string;
  /** How it stands (a milestone's status, a knelpunt's), empty for a kind without one. */
  stand: string;
  soortKnelpunt: string;
  bronnen: Bron[];
}

interface RelatieRij {
  van: string;
  vanId: string;
  relatie: string;
  naar: string;
  naarId: string;
  rol: string;
  onderwerp: string;
  bronnen: Bron[];
}

interface Column<Row> {
  kop: string;
  /** The cell as text: what the CSV holds and what the table sorts on. */
  tekst(row: Row): string;
  /** The cell on screen, when it shows more than its text. */
  cel?(row: Row): Child;
}

const bronnenKolom = <Row extends { bronnen: Bron[] }>(): Column<Row> => ({
  kop: 'Bronnen',
  tekst: (row) => row.bronnen.map(bronTekst).join(' | '),
  cel: (row) =>
    h(
      'ul',
      { className: 'bronnen' },
      row.bronnen.map((bron) => h('li', { text: bronTekst(bron) })),
    ),
});

const knoopKolommen: Column<KnoopRij>[] = [
  { kop: 'Naam', tekst: (row) => row.naam },
  { kop: 'Soort', tekst: (row) => row.soort },
  { kop: 'Id', tekst: (row) => row.id },
  { kop: 'Stand', tekst: (row) => row.stand },
  { kop: 'Soort knelpunt', tekst: (row) => row.soortKnelpunt },
  { kop: 'Aantal bronnen', tekst: (row) => String(row.bronnen.length) },
  bronnenKolom(),
];

const relatieKolommen: Column<RelatieRij>[] = [
  { kop: 'Van', tekst: (row) => row.van },
  { kop: 'Relatie', tekst: (row) => row.relatie },
  { kop: 'Naar', tekst: (row) => row.naar },
  { kop: 'Rol', tekst: (row) => row.rol },
  { kop: 'Onderwerp', tekst: (row) => row.onderwerp },
  bronnenKolom(),
  { kop: 'Van (id)', tekst: (row) => row.vanId },
  { kop: 'Naar (id)', tekst: (row) => row.naarId },
];

/** How a node stands, in words: its status with the date it holds on, and whether statements contradict. */
function standTekst(data: StandData): string {
  if (data.knelpuntStatus) return standLabel(data.knelpuntStatus);
  if (!data.stand) return '';
  return (
    standLabel(data.stand) +
    (data.peildatum ? ` (per ${data.peildatum})` : '') +
    (data.tegenstrijdig ? '; tegenstrijdige uitspraken' : '')
  );
}

/** A source in one line: the quote, then the document, its date and the lines it stands on. */
function bronTekst(bron: Bron): string {
  const regels =
    bron.regelVan === bron.regelTot ? `regel ${bron.regelVan}` : `regels ${bron.regelVan}–${bron.regelTot}`;
  const datum = bron.document.datum ? `, ${bron.document.datum}` : '';
  return `“${bron.citaat}” (${bron.document.naam}${datum}, ${regels})`;
}

/**
 * The rows of what is shown: nodes in the drawing's order, and each relation of each line shown
 * (a line drawn once for two documents' relations gives two rows). A candidate crossover is a row
 * with its score; the dotted lines of an area view group, they are no facts, and are left out.
 */
async function rowsInView(cy: cytoscape.Core): Promise<{ knopen: KnoopRij[]; relaties: RelatieRij[] }> {
  const nodes = cy.nodes(':visible').toArray();
  const bronnen = await api.fetchBronnen(
    nodes.map((node) => node.id()).filter((id) => !cy.getElementById(id).hasClass('synthetisch')),
  );
  const knopen = nodes.map((node) => ({
    id: node.id(),
    naam: node.data('naam') as string,
    soort: node.data('soort') as string,
    stand: standTekst(node.data() as StandData),
    soortKnelpunt: (node.data() as StandData).knelpuntSoort
      ? standLabel((node.data() as StandData).knelpuntSoort!)
      : '',
    bronnen: bronnen.get(node.id()) ?? [],
  }));
  const relaties: RelatieRij[] = [];
  for (const edge of cy.edges(':visible').toArray()) {
    if (edge.hasClass('samenkomst')) continue;
    const ends = {
      van: edge.source().data('naam') as string,
      vanId: edge.source().id(),
      naar: edge.target().data('naam') as string,
      naarId: edge.target().id(),
    };
    if (edge.hasClass('kandidaat')) {
      const score = formatScore(edge.data('score') as number);
      relaties.push({ ...ends, relatie: 'kandidaat-crossover', rol: '', onderwerp: `score ${score}`, bronnen: [] });
      continue;
    }
    const list = (edge.data('relaties') as Relatie[] | undefined) ?? [];
    if (list.length === 0)
      relaties.push({ ...ends, relatie: edge.data('label') as string, rol: '', onderwerp: '', bronnen: [] });
    for (const relatie of list) {
      relaties.push({
        ...ends,
        relatie: relatieLabel(relatie.type),
        rol: relatie.rol ?? '',
        onderwerp: relatie.onderwerp ?? '',
        bronnen: relatie.bronnen,
      });
    }
  }
  return { knopen, relaties };
}

/** Opens the table of what is in the picture in `dialog`; the CSV buttons download what it shows, as sorted. */
export async function showTable(dialog: HTMLDialogElement, body: HTMLElement, cy: cytoscape.Core): Promise<void> {
  fill(body, h('p', { 'aria-busy': 'true', text: 'De bronnen worden geladen…' }));
  if (!dialog.open) dialog.showModal();
  const { knopen, relaties } = await rowsInView(cy);
  fill(
    body,
    sortableTable('knooppunten', `Knooppunten (${knopen.length})`, knoopKolommen, knopen),
    sortableTable('relaties', `Relaties (${relaties.length})`, relatieKolommen, relaties),
  );
}

function sortableTable<Row>(name: string, title: string, columns: Column<Row>[], rows: Row[]): HTMLElement {
  let sorted = rows;
  const tbody = h('tbody');
  const render = () =>
    fill(
      tbody,
      sorted.map((row) =>
        h(
          'tr',
          {},
          columns.map((column) => h('td', {}, column.cel?.(row) ?? column.tekst(row))),
        ),
      ),
    );
  const headers = columns.map((column) => {
    const th = h('th', { scope: 'col', 'aria-sort': 'none' });
    const button = h('button', { type: 'button', className: 'link', 'data-testid': `sorteer-${name}` }, column.kop);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of th.parentElement?.children ?? []) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
      const direction = ascending ? 1 : -1;
      sorted = [...rows].sort((a, b) => direction * collator.compare(column.tekst(a), column.tekst(b)));
      render();
    });
    th.append(button);
    return th;
  });
  render();
  const csv = h(
    'button',
    {
      type: 'button',
      'data-testid': `csv-${name}`,
      onClick: () =>
        download(
          toCsv(
            columns.map((column) => column.kop),
            sorted.map((row) => columns.map((column) => column.tekst(row))),
          ),
          'csv',
          name,
        ),
    },
    'CSV downloaden',
  );
  return h(
    'section',
    { className: 'tabeldeel' },
    h('div', { className: 'rij' }, h('h3', { text: title }), csv),
    h(
      'div',
      { className: 'tabelvlak' },
      h('table', { 'data-testid': `tabel-${name}` }, h('thead', {}, h('tr', {}, headers)), tbody),
    ),
  );
}
