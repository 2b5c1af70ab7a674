import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  type Bron,
  type Connection,
  linesOf,
  type Ref,
  relatieOf,
  squash,
  type Variant,
} from '../../support/questions.js';

/*
 * Questions about provenance: quotes and source lines, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('provenance: quotes and source lines', () => {
  // 001 r.427–433 "Samen aan de slag voor het klimaat / Trekker / EZK / (IenW voor adaptatie en circulair)", r.464–467,
  // r.489–492, r.521–525, r.553–557, r.593–597: every trekker is stated in the memo's annex table, under "Trekker"
  it('every trekker relation quotes the memo’s "Trekker" cell with the trekker’s abbreviation, and Bron.tekst is those very lines', async () => {
    const { opgaven, documenten } = await ask<{
      opgaven: Connection<{ id: string; trekkers: Connection<{ id: string; afkorting: string }> }>;
      documenten: Connection<{ id: string; bestand: string }>;
    }>(
      `{ opgaven { edges { node { id trekkers { edges { node { id afkorting } relatie { bronnen { ${BRON} } } } } } } }
         documenten { edges { node { id bestand } } } }`,
    );
    const bestandVan = new Map(documenten.edges.map(({ node }) => [node.id, node.bestand]));
    let aantal = 0;
    for (const { node: opgave } of opgaven.edges) {
      for (const { node: trekker, relatie } of opgave.trekkers.edges) {
        const memo = relatie?.bronnen.filter((bron) => bron.document.id === 'document:ipo-memo-2018-05-02') ?? [];
        expect(memo.length, `${trekker.id} → ${opgave.id}`).toBeGreaterThan(0);
        for (const bron of memo) {
          expect(bron.citaat).toContain(trekker.afkorting);
          const lines = await linesOf(bestandVan.get(bron.document.id) ?? '');
          expect(bron.tekst).toBe(lines.slice(bron.regelVan - 1, bron.regelTot).join('\n'));
          // the cell sits under the table's "Trekker" heading (at most four lines above the quote)
          expect(lines.slice(Math.max(0, bron.regelVan - 5), bron.regelTot).join(' ')).toContain('Trekker');
          expect(squash(bron.tekst)).toContain(squash(bron.citaat));
          aantal += 1;
        }
      }
    }
    expect(aantal).toBe(9);
  });

  // MODEL.md, "Bron": the quote occurs literally in the cited lines once whitespace is collapsed; checked here for
  // every source and every variant of the ten opgaven (e.g. 003 r.242 "Fysiek 1. Samen aan de slag voor het klimaat")
  it('every source and variant of the ten opgaven quotes text that stands in the cited lines of its document', async () => {
    const { opgaven, documenten } = await ask<{
      opgaven: Connection<{ id: string; bronnen: Bron[]; varianten: Variant[] }>;
      documenten: Connection<{ id: string; bestand: string }>;
    }>(
      `{ opgaven { edges { node { id bronnen { ${BRON} } varianten { eigenschap waarde bron { ${BRON} } } } } }
         documenten { edges { node { id bestand } } } }`,
    );
    const bestandVan = new Map(documenten.edges.map(({ node }) => [node.id, node.bestand]));
    for (const { node } of opgaven.edges) {
      const bronnen = [...node.bronnen, ...node.varianten.map((variant) => variant.bron)];
      expect(bronnen.length, node.id).toBeGreaterThan(0);
      for (const bron of bronnen) {
        const lines = await linesOf(bestandVan.get(bron.document.id) ?? '');
        expect(bron.regelVan).toBeGreaterThanOrEqual(1);
        expect(bron.regelTot).toBeGreaterThanOrEqual(bron.regelVan);
        expect(bron.regelTot).toBeLessThanOrEqual(lines.length);
        const cited = squash(lines.slice(bron.regelVan - 1, bron.regelTot).join(' '));
        expect(cited, `${node.id} ${bron.document.id} r.${bron.regelVan}`).toContain(squash(bron.citaat));
      }
    }
  });

  // 003 r.920: "veenbodemdaling raakt naast de IBP-opgave 'samen aan de slag voor het klimaat' ook aan de opgaven 'naar
  // een vitaal platteland' en 'toekomstbestendig wonen'"
  it('the quote behind bodemdaling names each of the three opgaven it joins', async () => {
    const { crossover } = await ask<{ crossover: { opgaven: Connection<Ref> } }>(
      `{ crossover(id: "crossover:bodemdaling") { opgaven { edges { node { id naam } relatie { bronnen { ${BRON} } } } } } }`,
    );
    for (const { node, relatie } of crossover.opgaven.edges) {
      const citaat = relatie?.bronnen[0]?.citaat ?? '';
      expect(citaat.toLowerCase(), node.id).toContain(node.naam.toLowerCase());
      expect(squash(relatie?.bronnen[0]?.tekst ?? '')).toContain(squash(citaat));
    }
  });

  // 001 r.280 "Dan gaat het bijvoorbeeld om Zuidoost Drenthe waar tegelijkertijd vragen spelen …"; r.321 "Zuidoost Drenthe
  // (energie, wonen, economie, krimp)"; r.102–103 "Overkoepelende thema’s belicht … plus krimp" says why krimp is the
  // overkoepelende thema's
  it('every opgave said to play in Zuidoost Drenthe is backed by a memo quote that names Zuidoost Drenthe', async () => {
    const { regio } = await ask<{ regio: { opgaven: Connection } }>(
      `{ regio(id: "regio:zuidoost-drenthe") { opgaven { edges { node { id naam } relatie { type bronnen { ${BRON} } } } } } }`,
    );
    expect(regio.opgaven.edges).toHaveLength(5);
    for (const { node, relatie } of regio.opgaven.edges) {
      expect(relatie?.type).toBe('SPEELT_IN');
      expect(
        relatie?.bronnen.some((bron) => bron.citaat.includes('Zuidoost Drenthe')),
        node.id,
      ).toBe(true);
      for (const bron of relatie?.bronnen ?? []) {
        expect(bron.document.id).toBe('document:ipo-memo-2018-05-02');
        expect(squash(bron.tekst)).toContain(squash(bron.citaat));
      }
    }
    const krimp = relatieOf(regio.opgaven, 'opgave:overkoepelend').bronnen.find((bron) => bron.regelVan === 102);
    expect(krimp?.citaat).toMatch(/^Overkoepelende thema’s belicht .* plus krimp$/);
  });

  // 003 r.171–180: each line of the signing page names the office and the person, e.g. "De minister-president M. Rutte"
  it('each signature from the signing page quotes the office that the relation’s role states', async () => {
    const { instrument } = await ask<{ instrument: { ondertekenaars: Connection<Ref & { soort: string }> } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") {
           ondertekenaars(first: 50) { edges { node { id naam soort } relatie { rol bronnen { ${BRON} } } } } } }`,
    );
    const personen = instrument.ondertekenaars.edges.filter(({ node }) => node.soort === 'Persoon');
    expect(personen).toHaveLength(17);
    for (const { node, relatie } of personen) {
      const bron = relatie?.bronnen[0];
      expect(bron?.citaat.toLowerCase(), node.id).toContain((relatie?.rol ?? '?').toLowerCase());
      expect(squash(bron?.tekst ?? '')).toContain(squash(bron?.citaat ?? '-'));
    }
  });
});
