// How the drawn things stand: the status of milestones, commitments, goals and instruments (from
// their dated status statements, `voortgang`), whether those statements contradict each other, and
// each knelpunt's status and kind. Asked for after the nodes are drawn (no view waits for it), once
// per node, and kept on the node's data, where the style colours its border and the filter reads it.

import * as api from './api.js';
import type { KnelpuntSoort, KnelpuntStatus, VoortgangStatus } from './generated/operations.js';

/** What a drawn node keeps of how it stands (in `node.data()`); a kind without a status has none of it. */
export interface StandData {
  /** The status of the latest statements; absent for an instrument no text gives a status. */
  stand?: string;
  peildatum?: string | null;
  /** Statements contradict each other: `voortgang.tegenstrijdig`. */
  tegenstrijdig?: boolean;
  knelpuntStatus?: string;
  /** The knelpunt's kind, `NIET_GENOEMD` when no text names it. */
  knelpuntSoort?: string;
}

/** The filter's value for "statements contradict each other", beside the statuses. */
export const TEGENSTRIJDIG = 'TEGENSTRIJDIG';
/** The filter's value for a knelpunt whose kind no text names. */
export const NIET_GENOEMD = 'NIET_GENOEMD';

/** The border of each status, in the schema's order: from planned to dropped, unknown last. */
export const standKleuren: Record<VoortgangStatus, string> = {
  GEPLAND: '#1971c2',
  BEREIKT: '#2f9e44',
  DEELS: '#f59f00',
  UITGESTELD: '#9c36b5',
  VERVALLEN: '#495057',
  ONBEKEND: '#ced4da',
};
export const TEGENSTRIJDIG_KLEUR = '#e03131';

export const knelpuntStatusKleuren: Record<KnelpuntStatus, string> = {
  GESIGNALEERD: '#c2255c',
  IN_BEHANDELING: '#f59f00',
  DEELS_OPGELOST: '#82c91e',
  OPGELOST: '#2f9e44',
  ONBEKEND: '#ced4da',
};

/** The values of each filter, in the order the legend lists them. */
export const standWaarden: readonly string[] = [...Object.keys(standKleuren), TEGENSTRIJDIG];
export const knelpuntStatusWaarden: readonly string[] = Object.keys(knelpuntStatusKleuren);
/** The kinds of knelpunt in the schema's order (the record makes the compiler check that all are there). */
const knelpuntSoorten: Record<KnelpuntSoort, true> = {
  WET_EN_REGELGEVING: true,
  FISCAAL: true,
  FINANCIEEL: true,
  SAMENWERKING: true,
  CAPACITEIT: true,
  INFORMATIE: true,
  UITVOERING: true,
};
export const knelpuntSoortWaarden: readonly string[] = [...Object.keys(knelpuntSoorten), NIET_GENOEMD];

/**
 * `IN_BEHANDELING` reads as "in behandeling", `SPEELT_IN` as "speelt in": the enum values are Dutch already.
 * The verkenner's one way to show an enum value (it imports nothing of the service, which has its own for
 * stored words: graph/enum-words.ts, readableWord).
 */
export function enumLabel(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** A status or kind as the legend, caption and panel show it; the filter of contradictions by its phrase. */
export function standLabel(value: string): string {
  return value === TEGENSTRIJDIG ? 'tegenstrijdige uitspraken' : enumLabel(value);
}

/** The kinds of node that have a status: those with `voortgang`, and knelpunten. */
const kindsWithStatus = new Set(['Mijlpaal', 'Toezegging', 'Doel', 'Instrument', 'Knelpunt']);

/** How many nodes the API is asked about at once: the most `nodes` takes. */
const CHUNK = 100;

/**
 * Asks how every node of a kind with a status stands once it is drawn, in one request per 100
 * nodes for all added in the same turn, and puts the answer on the node; `loaded` is called after
 * each answer so that the filter and the legend can follow. An answer is kept, so a node drawn
 * again (undo, back, another view) has it at once. A failed request is asked again when the node
 * is drawn again.
 */
export function watchStand(cy: cytoscape.Core, loaded: () => void): void {
  const known = new Map<string, StandData>();
  const asked = new Set<string>();
  let pending: string[] = [];

  cy.on('add', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    if (!kindsWithStatus.has(node.data('soort') as string) || node.hasClass('synthetisch')) return;
    const stand = known.get(node.id());
    if (stand) node.data(stand);
    else if (!asked.has(node.id())) {
      asked.add(node.id());
      pending.push(node.id());
      if (pending.length === 1) setTimeout(() => void flush(), 0);
    }
  });

  async function flush(): Promise<void> {
    const ids = pending;
    pending = [];
    const chunks: string[][] = [];
    for (let start = 0; start < ids.length; start += CHUNK) chunks.push(ids.slice(start, start + CHUNK));
    await Promise.all(
      chunks.map(async (chunk) => {
        let answer: Map<string, StandData>;
        try {
          answer = await fetchStand(chunk);
        } catch {
          for (const id of chunk) asked.delete(id);
          return;
        }
        cy.batch(() => {
          for (const [id, stand] of answer) {
            known.set(id, stand);
            cy.getElementById(id).data(stand);
          }
        });
        loaded();
      }),
    );
  }
}

async function fetchStand(ids: string[]): Promise<Map<string, StandData>> {
  const stands = new Map<string, StandData>();
  for (const node of await api.fetchStand(ids)) {
    if (!node || !('id' in node)) continue;
    if ('voortgang' in node) {
      // An instrument no text gives a status is no milestone with an unknown one: it gets no border.
      const { status, peildatum, tegenstrijdig, aantalUitspraken } = node.voortgang;
      const withoutStatus = aantalUitspraken === 0 && node.__typename === 'Instrument';
      stands.set(node.id, withoutStatus ? {} : { stand: status, peildatum, tegenstrijdig });
    } else if ('status' in node) {
      stands.set(node.id, { knelpuntStatus: node.status, knelpuntSoort: node.soortKnelpunt ?? NIET_GENOEMD });
    }
  }
  return stands;
}

/** Whether the state's status filters leave this node out. */
export function leftOutByStand(
  node: cytoscape.NodeSingular,
  filters: {
    zonderStanden: readonly string[];
    zonderKnelpuntStatussen: readonly string[];
    zonderKnelpuntSoorten: readonly string[];
  },
): boolean {
  const data = node.data() as StandData;
  return (
    (data.stand !== undefined && filters.zonderStanden.includes(data.stand)) ||
    (data.tegenstrijdig === true && filters.zonderStanden.includes(TEGENSTRIJDIG)) ||
    (data.knelpuntStatus !== undefined && filters.zonderKnelpuntStatussen.includes(data.knelpuntStatus)) ||
    (data.knelpuntSoort !== undefined && filters.zonderKnelpuntSoorten.includes(data.knelpuntSoort))
  );
}

/** The style of a status: a thick border in its colour; contradicting statements a dashed red one. */
export function standStyle(): cytoscape.StylesheetJson {
  return [
    ...Object.entries(standKleuren).map(([status, kleur]) => ({
      selector: `node[stand = "${status}"]`,
      style: { 'border-width': 4, 'border-color': kleur },
    })),
    ...Object.entries(knelpuntStatusKleuren).map(([status, kleur]) => ({
      selector: `node[knelpuntStatus = "${status}"]`,
      style: { 'border-width': 4, 'border-color': kleur },
    })),
    {
      selector: 'node[?tegenstrijdig]',
      style: { 'border-width': 4, 'border-color': TEGENSTRIJDIG_KLEUR, 'border-style': 'dashed' },
    },
  ];
}
