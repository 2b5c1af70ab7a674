import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  type Connection,
  type Eigenschap,
  ids,
  type Ref,
  relatieOf,
  sorted,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about who leads each opgave (trekkers), asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('who leads (trekker) each opgave', () => {
  const trekkersQuery = `query ($id: ID!) { opgave(id: $id) {
      trekkers { totalCount edges { node { id afkorting } relatie { type rol bronnen { ${BRON} } } } } } }`;
  type Trekkers = { opgave: { trekkers: Connection<{ id: string; afkorting: string }> } };

  // 001 r.521–525: "Naar een vitaal platteland / Trekker / LNV en IPO"
  it('LNV and IPO lead vitaal platteland, each together with the other', async () => {
    const { opgave } = await ask<Trekkers>(trekkersQuery, { id: 'opgave:vitaal-platteland' });
    expect(sorted(ids(opgave.trekkers))).toEqual(['koepel:ipo', 'ministerie:lnv']);
    expect(relatieOf(opgave.trekkers, 'ministerie:lnv')).toMatchObject({
      type: 'TREKKER_VAN',
      rol: 'trekker (met IPO)',
    });
    expect(relatieOf(opgave.trekkers, 'koepel:ipo')).toMatchObject({ type: 'TREKKER_VAN', rol: 'trekker (met LNV)' });
    for (const { relatie } of opgave.trekkers.edges) {
      expect(relatie?.bronnen).toContainEqual(
        expect.objectContaining({ regelVan: 521, regelTot: 525, document: { id: 'document:ipo-memo-2018-05-02' } }),
      );
    }
  });

  // 001 r.427–433: "Samen aan de slag voor het klimaat / Trekker / EZK / (IenW voor adaptatie en circulair)"
  it('EZK leads klimaat, with IenW as trekker for adaptation and circular economy', async () => {
    const { opgave } = await ask<Trekkers>(trekkersQuery, { id: 'opgave:klimaat' });
    expect(sorted(ids(opgave.trekkers))).toEqual(['ministerie:ezk', 'ministerie:ienw']);
    expect(relatieOf(opgave.trekkers, 'ministerie:ezk').rol).toMatch(/^trekker/);
    expect(relatieOf(opgave.trekkers, 'ministerie:ienw').rol).toBe('trekker voor adaptatie en circulair');
    expect(relatieOf(opgave.trekkers, 'ministerie:ienw').bronnen[0]?.citaat).toBe('(IenW voor adaptatie en circulair)');
  });

  // 001 r.489–492: "Regionale economie als versneller / Trekker / IPO met EZK"
  it('IPO leads regionale economie together with EZK', async () => {
    const { opgave } = await ask<Trekkers>(trekkersQuery, { id: 'opgave:regionale-economie' });
    expect(sorted(ids(opgave.trekkers))).toEqual(['koepel:ipo', 'ministerie:ezk']);
    expect(relatieOf(opgave.trekkers, 'koepel:ipo').rol).toBe('trekker (met EZK)');
    expect(relatieOf(opgave.trekkers, 'ministerie:ezk').rol).toBe('trekker (met IPO)');
  });

  // 001 r.464–467 "Toekomstbestendig wonen / Trekker / BZK", r.553–557 "Goed openbaar bestuur … / Trekker / BZK",
  // r.593–597 "Passende financiële verhoudingen / Trekker / BZK"
  it('BZK leads wonen, goed openbaar bestuur and financiële verhoudingen', async () => {
    const { actor } = await ask<{ actor: { afkorting: string; trekkerVan: Connection } }>(
      '{ actor(id: "ministerie:bzk") { afkorting trekkerVan { totalCount edges { node { id naam } relatie { rol } } } } }',
    );
    expect(actor.afkorting).toBe('BZK');
    expect(sorted(ids(actor.trekkerVan))).toEqual([
      'opgave:financiele-verhoudingen',
      'opgave:goed-openbaar-bestuur',
      'opgave:wonen',
    ]);
    expect(actor.trekkerVan.edges.every(({ relatie }) => relatie?.rol === 'trekker')).toBe(true);
  });

  // 001 r.489–492 "Trekker IPO met EZK" and r.521–525 "Trekker LNV en IPO"
  it('the IPO (as koepel) co-leads exactly two opgaven: regionale economie and vitaal platteland', async () => {
    const { actor } = await ask<{ actor: { trekkerVan: Connection } }>(
      '{ actor(id: "koepel:ipo") { trekkerVan { edges { node { id naam } } } } }',
    );
    expect(sorted(ids(actor.trekkerVan))).toEqual(['opgave:regionale-economie', 'opgave:vitaal-platteland']);
  });

  // 001 r.628: "Er is nu, vanuit het IBP, geen trekkerschap belegd voor de thema’s uit hoofdstuk 10"; the memo's
  // annex (r.420–630) names trekkers only for the seven provincial themes, none for the three social opgaven
  it("no trekker is named for the three social opgaven and the overkoepelende thema's; for the latter the memo says none was assigned", async () => {
    const { opgaven } = await ask<{
      opgaven: Connection<Ref & { trekkers: { totalCount: number }; eigenschappen: Eigenschap[] }>;
    }>('{ opgaven { edges { node { id naam trekkers { totalCount } eigenschappen { naam waarde } } } } }');
    const zonder = opgaven.edges.filter(({ node }) => node.trekkers.totalCount === 0).map(({ node }) => node.id);
    expect(zonder).toEqual(['opgave:sociaal-domein', 'opgave:schulden', 'opgave:migratie', 'opgave:overkoepelend']);
    const overkoepelend = opgaven.edges.find(({ node }) => node.id === 'opgave:overkoepelend')?.node;
    expect(waarde(overkoepelend?.eigenschappen ?? [], 'trekker')).toBe('geen trekkerschap belegd (IPO-memo)');
  });

  // 001 r.437–440 "Bestuurlijk verantwoordelijk / Minister Economische Zaken en Klimaat (Wiebes)", r.471–473 "Minister
  // Binnenlandse Zaken (Ollongren)" (wonen), r.529–532 "Minister Landbouw Natuur en Visserij (Schouten)", r.561–563 and
  // r.601–602 "Minister Binnenlandse Zaken (Ollongren)" (goed openbaar bestuur, financiële verhoudingen)
  it.each([
    ['opgave:klimaat', 'persoon:wiebes'],
    ['opgave:wonen', 'persoon:ollongren'],
    ['opgave:vitaal-platteland', 'persoon:schouten'],
    ['opgave:goed-openbaar-bestuur', 'persoon:ollongren'],
    ['opgave:financiele-verhoudingen', 'persoon:ollongren'],
  ])('the minister bestuurlijk verantwoordelijk for %s is %s', async (opgave, minister) => {
    const data = await ask<{ opgave: { betrokkenen: Connection } }>(
      'query ($id: ID!) { opgave(id: $id) { betrokkenen(first: 50) { edges { node { id naam } relatie { rol } } } } }',
      { id: opgave },
    );
    const bestuurlijk = data.opgave.betrokkenen.edges.filter(
      ({ relatie }) => relatie?.rol === 'bestuurlijk verantwoordelijk',
    );
    expect(bestuurlijk.map(({ node }) => node.id)).toEqual([minister]);
  });

  // 001 r.442–444 "Ambtelijk / DG Sandor Gaastra" (klimaat); r.475–477 and r.565–567 "DG Chris Kuijpers" (wonen and goed
  // openbaar bestuur)
  it('DG Sandor Gaastra is the civil servant for klimaat, DG Chris Kuijpers for wonen and goed openbaar bestuur', async () => {
    const data = await ask<{ gaastra: { betrokkenBij: Connection }; kuijpers: { betrokkenBij: Connection } }>(
      `{ gaastra: actor(id: "persoon:sandor-gaastra") { betrokkenBij { edges { node { id naam } relatie { rol } } } }
         kuijpers: actor(id: "persoon:chris-kuijpers") { betrokkenBij { edges { node { id naam } relatie { rol } } } } }`,
    );
    expect(ids(data.gaastra.betrokkenBij)).toEqual(['opgave:klimaat']);
    expect(sorted(ids(data.kuijpers.betrokkenBij))).toEqual(['opgave:goed-openbaar-bestuur', 'opgave:wonen']);
    const rollen = [...data.gaastra.betrokkenBij.edges, ...data.kuijpers.betrokkenBij.edges].map(
      ({ relatie }) => relatie?.rol,
    );
    expect(rollen.every((rol) => rol === 'ambtelijk (DG)')).toBe(true);
  });

  // 001 r.534–537: "Ambtelijk / Johan Osinga (IPO) en Roel Feringa (LNV)"
  it('Johan Osinga (IPO) and Roel Feringa (LNV) are the civil servants for vitaal platteland', async () => {
    const data = await ask<{
      opgave: { betrokkenen: Connection };
      osinga: { werktBij: Connection };
      feringa: { werktBij: Connection };
    }>(
      `{ opgave(id: "opgave:vitaal-platteland") { betrokkenen(first: 50) { edges { node { id naam } relatie { rol } } } }
         osinga: actor(id: "persoon:johan-osinga") { ... on Persoon { werktBij { edges { node { id naam } } } } }
         feringa: actor(id: "persoon:roel-feringa") { ... on Persoon { werktBij { edges { node { id naam } } } } } }`,
    );
    const ambtelijk = data.opgave.betrokkenen.edges
      .filter(({ relatie }) => relatie?.rol === 'ambtelijk')
      .map(({ node }) => node.id);
    expect(sorted(ambtelijk)).toEqual(['persoon:johan-osinga', 'persoon:roel-feringa']);
    expect(ids(data.osinga.werktBij)).toEqual(['koepel:ipo']);
    expect(ids(data.feringa.werktBij)).toEqual(['ministerie:lnv']);
  });

  // 001 r.447–450 "Waar wordt IPO-inzet besproken? BAC Energie AAC Energie"; r.480–483 "BAC DROW AAC DROW";
  // r.540–543 "BAC VP AAC VP"
  it.each([
    ['opgave:klimaat', ['overleg:aac-energie', 'overleg:bac-energie']],
    ['opgave:wonen', ['overleg:aac-drow', 'overleg:bac-drow']],
    ['opgave:vitaal-platteland', ['overleg:aac-vp', 'overleg:bac-vp']],
  ])('the IPO discusses its input for %s in %j', async (opgave, gremia) => {
    const data = await ask<{ opgave: { besprokenDoor: Connection; betrokkenen: Connection } }>(
      `query ($id: ID!) { opgave(id: $id) { besprokenDoor(first: 50) { edges { node { id naam } relatie { type rol } } }
         betrokkenen(first: 50) { edges { node { id } } } } }`,
      { id: opgave },
    );
    const besproken = data.opgave.besprokenDoor.edges.filter(
      ({ relatie }) => relatie?.type === 'BESPREEKT' && relatie.rol === 'hier wordt de IPO-inzet besproken',
    );
    expect(sorted(besproken.map(({ node }) => node.id))).toEqual(gremia);
    // Discussing the IPO's input is not taking part: these bodies are no longer among the opgave's betrokkenen.
    for (const gremium of gremia) expect(ids(data.opgave.betrokkenen)).not.toContain(gremium);
  });
});
