import { describe, expect, it } from 'vitest';
import {
  askTheService,
  type Bron,
  BRON_MET_OOK,
  type BronDeel,
  type Connection,
  linesOf,
  type Ref,
  squash,
} from '../../support/questions.js';

/*
 * Questions about the quality of quotes (seeds/MODEL.md, "Meer regels per bron" and "Citaten die meer relaties
 * delen"), asked over HTTP: a relation's source carries the words that make it true, and where a heading or a table
 * row carries them, the source cites that range as well (`ook`). Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer. Every range is checked against
 * those lines: its `tekst` is the cited lines, and its quote stands in them.
 */

const ask = askTheService();

/** Checks a source and each of its further ranges against the lines of its document's file. */
async function expectAtTheirLines(bron: Bron, bestanden: ReadonlyMap<string, string>, where: string): Promise<void> {
  const lines = await linesOf(bestanden.get(bron.document.id) ?? '');
  for (const range of [bron, ...(bron.ook ?? [])] as Array<Bron | BronDeel>) {
    expect(range.tekst, `${where} r.${range.regelVan}`).toBe(
      lines.slice(range.regelVan - 1, range.regelTot).join('\n'),
    );
    expect(squash(range.tekst), `${where} r.${range.regelVan}`).toContain(squash(range.citaat));
  }
}

const DOCUMENTEN = 'documenten { edges { node { id bestand } } }';
const bestandenOf = (documenten: Connection<{ id: string; bestand: string }>) =>
  new Map(documenten.edges.map(({ node }) => [node.id, node.bestand]));

type Documenten = { documenten: Connection<{ id: string; bestand: string }> };

describe('quotes carry the words that make a relation true', () => {
  // 003 r.514 "5. Merkbaar beter in het sociaal domein"; r.528 "We willen de komende vier jaar merkbaar verschil maken op
  // een twaalftal iconische 'programmatische' thema's:"; r.530–544 the twelve items, "1. *Mensen die te maken hebben met
  // eenzaamheid*" … "12. *Kansen creëren voor minder zelfredzame jongeren.*"
  it('each of the twelve social themes quotes its own item, and cites the lead-in and the chapter heading that make it a theme of the social domain', async () => {
    const { opgave, documenten } = await ask<{ opgave: { themas: Connection<Ref> } } & Documenten>(
      `{ opgave(id: "opgave:sociaal-domein") { themas(first: 50) { edges { node { id naam } relatie { bronnen { ${BRON_MET_OOK} } } } } }
         ${DOCUMENTEN} }`,
    );
    const bestanden = bestandenOf(documenten);
    expect(opgave.themas.edges).toHaveLength(12);
    const items = new Set<number>();
    for (const { node, relatie } of opgave.themas.edges) {
      expect(relatie?.bronnen, node.id).toHaveLength(1);
      const [bron] = relatie!.bronnen;
      expect(bron!.regelVan, node.id).toBeGreaterThanOrEqual(530);
      expect(bron!.regelTot, node.id).toBeLessThanOrEqual(544);
      expect(bron!.citaat, node.id).toMatch(/^\d{1,2}\. \*/);
      items.add(bron!.regelVan);
      expect(bron!.ook, node.id).toEqual([
        expect.objectContaining({
          regelVan: 528,
          regelTot: 528,
          citaat: expect.stringContaining('twaalftal iconische'),
        }),
        expect.objectContaining({ regelVan: 514, regelTot: 514, citaat: '5. Merkbaar beter in het sociaal domein' }),
      ]);
      await expectAtTheirLines(bron!, bestanden, node.id);
    }
    expect(items.size).toBe(12);
  });

  // 001 r.297–299 "In een ronde langs alle provincies zijn meer voorbeelden besproken"; r.319 "In Drenthe worden onder meer
  // kansen gezien", r.331 "Voor Flevoland wordt een relatie gelegd", r.343 "In Gelderland worden kansen gezien", …,
  // r.359–361 "veel aandacht vanuit het Rijk voor Groningen", r.371 "Chemelot (Limburg)"
  it('the memo discusses each of the twelve provinces in a sentence that names it, under the lead-in about the round past all provinces', async () => {
    const { document, documenten } = await ask<
      { document: { bespreekt: Connection<Ref & { soort: string }> } } & Documenten
    >(
      `{ document(id: "document:ipo-memo-2018-05-02") { bespreekt(first: 100) { edges { node { id naam soort } relatie { bronnen { ${BRON_MET_OOK} } } } } }
         ${DOCUMENTEN} }`,
    );
    const bestanden = bestandenOf(documenten);
    const provincies = document.bespreekt.edges.filter(({ node }) => node.soort === 'Provincie');
    expect(provincies).toHaveLength(12);
    const withoutHyphens = (text: string) => squash(text.replace(/-/g, ' '));
    for (const { node, relatie } of provincies) {
      const [bron] = relatie?.bronnen ?? [];
      expect(bron?.document.id, node.id).toBe('document:ipo-memo-2018-05-02');
      // the memo writes "Noord Brabant" where the graph says "Noord-Brabant"
      expect(withoutHyphens(bron!.citaat), node.id).toContain(withoutHyphens(node.naam));
      expect(bron!.ook, node.id).toEqual([
        expect.objectContaining({
          regelVan: 297,
          regelTot: 299,
          citaat: 'In een ronde langs alle provincies zijn meer voorbeelden besproken',
        }),
      ]);
      await expectAtTheirLines(bron!, bestanden, node.id);
    }
  });

  // 003 r.169 "Ondertekening"; r.171–180 one line per signature, e.g. r.171 "De minister-president M. Rutte"
  it('every signature on the signing page cites the heading "Ondertekening" above it', async () => {
    const { instrument, documenten } = await ask<
      { instrument: { ondertekenaars: Connection<Ref & { soort: string }> } } & Documenten
    >(
      `{ instrument(id: "instrument:interbestuurlijk-programma") {
           ondertekenaars(first: 50) { edges { node { id naam soort } relatie { bronnen { ${BRON_MET_OOK} } } } } }
         ${DOCUMENTEN} }`,
    );
    const bestanden = bestandenOf(documenten);
    const personen = instrument.ondertekenaars.edges.filter(({ node }) => node.soort === 'Persoon');
    expect(personen).toHaveLength(17);
    for (const { node, relatie } of personen) {
      const bron = relatie?.bronnen.find((candidate) => candidate.document.id === 'document:ibp-programmastart');
      expect(bron?.citaat, node.id).toContain(node.naam);
      expect(bron?.ook, node.id).toEqual([
        { citaat: 'Ondertekening', tekst: 'Ondertekening', regelVan: 169, regelTot: 169 },
      ]);
      await expectAtTheirLines(bron!, bestanden, node.id);
    }
  });

  // 001 r.427 "Samen aan de slag voor het klimaat" … r.447–450 "Waar wordt IPO-inzet besproken? BAC Energie AAC Energie";
  // r.464 "Toekomstbestendig wonen" … r.480–483; r.489 … r.506–509; r.521 … r.540–543; r.553 … r.570–573
  it('where the memo’s table says the IPO input is discussed, the row of the opgave is cited with the cell', async () => {
    const { opgaven, documenten } = await ask<
      { opgaven: Connection<Ref & { besprokenDoor: Connection<Ref> }> } & Documenten
    >(
      `{ opgaven { edges { node { id naam besprokenDoor { edges { node { id naam } relatie { type bronnen { ${BRON_MET_OOK} } } } } } } }
         ${DOCUMENTEN} }`,
    );
    const bestanden = bestandenOf(documenten);
    let aantal = 0;
    for (const { node: opgave } of opgaven.edges) {
      for (const { node: overleg, relatie } of opgave.besprokenDoor.edges) {
        const where = `${overleg.id} → ${opgave.id}`;
        expect(relatie?.type, where).toBe('BESPREEKT');
        const [bron] = relatie?.bronnen ?? [];
        expect(bron?.citaat, where).toMatch(/^Waar wordt IPO-inzet besproken\? /);
        // the cell names neither the opgave nor where the row starts: the row's heading, above it, does
        expect(bron?.citaat.toLowerCase(), where).not.toContain(opgave.naam.toLowerCase());
        const row = bron?.ook?.find((range) => range.citaat === opgave.naam);
        expect(row, where).toBeDefined();
        expect(row!.regelTot, where).toBeLessThan(bron!.regelVan);
        await expectAtTheirLines(bron!, bestanden, where);
        aantal += 1;
      }
    }
    expect(aantal).toBe(9);
  });
});
