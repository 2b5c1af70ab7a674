import { describe, expect, it } from 'vitest';
import { askTheService, BRON_REGELS, citedLines, sorted, type Bron } from '../../support/questions.js';

/*
 * Questions about the kind of role an actor has (`Relatie.rolSoort`, beside the free-text `rol`), asked over HTTP. Above
 * each test: the document (numbered as in test/support/questions.ts) and the line(s) in seeds/documenten/ that give the
 * answer; the sources of the relations the test names cite exactly those lines.
 */

const ask = askTheService();

interface RolEdge {
  node: { id: string };
  relatie: { rol: string | null; rolSoort: string | null; bronnen: Bron[] } | null;
}
type Edges = { edges: RolEdge[] };

const RELATIE = `edges { node { id } relatie { rol rolSoort bronnen { ${BRON_REGELS} } } }`;

/** The lines the relation to `id` cites (see `citedLines`). */
const linesTo = (connection: Edges, id: string): string[] =>
  citedLines(connection.edges.find(({ node }) => node.id === id)?.relatie?.bronnen ?? []);

/** For each id, the lines its relation cites. */
const linesOf = (connection: Edges, ids: readonly string[]): Record<string, string[]> =>
  Object.fromEntries(ids.map((id) => [id, linesTo(connection, id)]));

/** The ids of the edges whose relation has this role kind, sorted. */
const withKind = (connection: Edges, kind: string): string[] =>
  sorted(connection.edges.filter(({ relatie }) => relatie?.rolSoort === kind).map(({ node }) => node.id));

/** Who is involved in the opgave, with the relations' roles. */
async function involvedIn(opgave: string): Promise<Edges> {
  const { opgave: answer } = await ask<{ opgave: { betrokkenen: Edges } }>(
    `query ($id: ID!) { opgave(id: $id) { betrokkenen(first: 100) { ${RELATIE} } } }`,
    { id: opgave },
  );
  return answer.betrokkenen;
}

describe('who takes part at the administrative level, and who at the civil-service level', () => {
  // 001 r.471–473: "Bestuurlijk verantwoordelijk Minister Binnenlandse Zaken (Ollongren)"; r.475–477: "Ambtelijk DG
  // Chris Kuijpers"
  it('for Toekomstbestendig wonen the IPO memo names Ollongren at the administrative level and DG Kuijpers at the civil-service level', async () => {
    const betrokkenen = await involvedIn('opgave:wonen');
    expect(withKind(betrokkenen, 'BESTUURLIJK')).toEqual(['persoon:ollongren']);
    expect(withKind(betrokkenen, 'AMBTELIJK')).toEqual(['persoon:chris-kuijpers']);
    const kuijpers = betrokkenen.edges.find(({ node }) => node.id === 'persoon:chris-kuijpers');
    expect(kuijpers?.relatie?.rol).toBe('ambtelijk (DG)');
    expect(linesOf(betrokkenen, ['persoon:ollongren', 'persoon:chris-kuijpers'])).toEqual({
      'persoon:ollongren': ['001 r.471–473'],
      'persoon:chris-kuijpers': ['001 r.475–477'],
    });
  });

  // 001 r.496–499: "Bestuurlijk verantwoordelijk Lid BAC Regionale Economie, verankering EZK PM"; r.501–504:
  // "Ambtelijk Regina Bouius (IPO) en Erik Eijkelberg (EZK)"
  it('for Regionale economie the administrative responsibility lies with a member of the BAC, the civil-service contacts are Bouius and Eijkelberg', async () => {
    const betrokkenen = await involvedIn('opgave:regionale-economie');
    expect(withKind(betrokkenen, 'BESTUURLIJK')).toEqual(['overleg:bac-re']);
    expect(withKind(betrokkenen, 'AMBTELIJK')).toEqual(['persoon:erik-eijkelberg', 'persoon:regina-bouius']);
    expect(linesOf(betrokkenen, ['overleg:bac-re', 'persoon:erik-eijkelberg', 'persoon:regina-bouius'])).toEqual({
      'overleg:bac-re': ['001 r.496–499'],
      'persoon:erik-eijkelberg': ['001 r.501–504'],
      'persoon:regina-bouius': ['001 r.501–504'],
    });
  });

  // 001 r.531–532: "Minister Landbouw Natuur en Visserij (Schouten) – zij sluit in mei aan bij BAC"; r.534–537:
  // "Ambtelijk Johan Osinga (IPO) en Roel Feringa (LNV)"
  it('for Vitaal platteland minister Schouten is responsible at the administrative level, Osinga and Feringa at the civil-service level', async () => {
    const betrokkenen = await involvedIn('opgave:vitaal-platteland');
    expect(withKind(betrokkenen, 'BESTUURLIJK')).toEqual(['persoon:schouten']);
    expect(withKind(betrokkenen, 'AMBTELIJK')).toEqual(['persoon:johan-osinga', 'persoon:roel-feringa']);
    expect(linesOf(betrokkenen, ['persoon:schouten', 'persoon:johan-osinga', 'persoon:roel-feringa'])).toEqual({
      'persoon:schouten': ['001 r.531–532'],
      'persoon:johan-osinga': ['001 r.534–537'],
      'persoon:roel-feringa': ['001 r.534–537'],
    });
  });

  // 001 r.437–440: "Bestuurlijk verantwoordelijk Minister Economische Zaken en Klimaat (Wiebes)"; r.442–444:
  // "Ambtelijk DG Sandor Gaastra"; 003 r.837: "Tevens is de minister van BZK verantwoordelijk voor de ruimtelijke
  // ordening van NL en daarmee voor een zorgvuldige ruimtelijke inpassing van de klimaatopgaven." and "De
  // staatssecretaris van Financiën is betrokken als medefondsbeheerder."
  it('for the climate Wiebes and, for the spatial fitting, the minister of BZK answer administratively; Financiën co-manages the fund', async () => {
    const betrokkenen = await involvedIn('opgave:klimaat');
    expect(withKind(betrokkenen, 'BESTUURLIJK')).toEqual(['ministerie:bzk', 'persoon:wiebes']);
    expect(withKind(betrokkenen, 'AMBTELIJK')).toEqual(['persoon:sandor-gaastra']);
    expect(withKind(betrokkenen, 'FONDSBEHEERDER')).toEqual(['ministerie:financien']);
    expect(
      linesOf(betrokkenen, ['persoon:wiebes', 'persoon:sandor-gaastra', 'ministerie:bzk', 'ministerie:financien']),
    ).toEqual({
      'persoon:wiebes': ['001 r.437–440'],
      'persoon:sandor-gaastra': ['001 r.442–444'],
      'ministerie:bzk': ['003 r.837'],
      'ministerie:financien': ['003 r.837'],
    });
  });

  // 003 r.97: "de Interbestuurlijke regietafel waaraan bewindspersonen en de voorzitters van de koepels plaatsnemen";
  // 003 r.294: "De minister van BZK is voorzitter van de interbestuurlijke regietafel."; 003 r.171: "De minister van
  // Binnenlandse Zaken en Koninkrijksrelaties K.H. Ollongren"
  it('at the interbestuurlijke regietafel the koepels through their chairs and the bewindspersonen sit at the administrative level, chaired by the minister of BZK', async () => {
    const { actor: overleg } = await ask<{ actor: { leden: Edges; voorzitters: Edges } }>(
      `{ actor(id: "overleg:interbestuurlijke-regietafel") { ... on Overleg {
          leden(first: 100) { ${RELATIE} } voorzitters(first: 100) { ${RELATIE} } } } }`,
    );
    expect(withKind(overleg.leden, 'BESTUURLIJK')).toEqual([
      'groep:bewindspersonen-regietafel',
      'groep:koepelvoorzitters',
      'koepel:ipo',
      'koepel:uvw',
      'koepel:vng',
    ]);
    expect(withKind(overleg.voorzitters, 'VOORZITTER')).toEqual(['persoon:ollongren']);
    for (const id of withKind(overleg.leden, 'BESTUURLIJK'))
      expect(linesTo(overleg.leden, id), id).toEqual(['003 r.97']);
    expect(linesTo(overleg.voorzitters, 'persoon:ollongren')).toEqual(['003 r.294', '003 r.171']);
  });
});

describe('who drew it up, who carries it out, who works with whom', () => {
  // 003 r.1190: "De overheidspartners -(regio)burgemeesters, Openbaar Ministerie, politie, Belastingdienst, LIEC en de
  // ministeries van JenV, BZK en Financiën- hebben gezamenlijk een Toekomstagenda Ondermijning opgesteld"; r.1186: "de
  // Stuurgroep aanpak ondermijning die de Toekomstagenda Ondermijning uitwerkt"
  it('the Toekomstagenda Ondermijning was drawn up by eight government partners and is worked out by the Stuurgroep', async () => {
    const { instrument } = await ask<{ instrument: { betrokkenen: Edges } }>(
      `{ instrument(id: "instrument:toekomstagenda-ondermijning") { betrokkenen(first: 100) { ${RELATIE} } } }`,
    );
    expect(withKind(instrument.betrokkenen, 'OPSTELLER')).toEqual([
      'groep:regioburgemeesters',
      'ministerie:bzk',
      'ministerie:financien',
      'ministerie:jenv',
      'organisatie:belastingdienst',
      'organisatie:liec',
      'organisatie:openbaar-ministerie',
      'organisatie:politie',
    ]);
    expect(withKind(instrument.betrokkenen, 'UITVOERDER')).toEqual(['overleg:stuurgroep-aanpak-ondermijning']);
    for (const id of withKind(instrument.betrokkenen, 'OPSTELLER'))
      expect(linesTo(instrument.betrokkenen, id), id).toEqual(['003 r.1190']);
    expect(linesTo(instrument.betrokkenen, 'overleg:stuurgroep-aanpak-ondermijning')).toEqual(['003 r.1186']);
  });

  // 003 r.1228: "De huidige verkenning wordt uitgevoerd door 5 gemeenten, het CBS, de politie, de belastingdienst, min.
  // JenV en min. BZK."
  it('the exploration of the City Deal Zicht op ondermijning is carried out by five municipalities, the CBS, the police, the tax office and two ministries', async () => {
    const { instrument } = await ask<{ instrument: { betrokkenen: Edges } }>(
      `{ instrument(id: "instrument:city-deal-zicht-op-ondermijning") { betrokkenen(first: 100) { ${RELATIE} } } }`,
    );
    expect(withKind(instrument.betrokkenen, 'UITVOERDER')).toEqual([
      'groep:gemeenten-city-deal-zicht-op-ondermijning',
      'ministerie:bzk',
      'ministerie:jenv',
      'organisatie:belastingdienst',
      'organisatie:cbs',
      'organisatie:politie',
    ]);
    const rollen = instrument.betrokkenen.edges.map(({ relatie }) => relatie?.rol);
    expect(new Set(rollen)).toEqual(new Set(['voert de verkenning uit']));
    for (const id of withKind(instrument.betrokkenen, 'UITVOERDER'))
      expect(linesTo(instrument.betrokkenen, id), id).toEqual(['003 r.1228']);
  });

  // 003 r.626: "Daarom is het een aanpak met de meest betrokken departementen (SZW, J&V, FIN, VWS, EZK, OCW, BZK) met de
  // VNG, gemeenten en grote overheidsorganisaties (waaronder de Belastingdienst, de Sociale Verzekeringsbank (SVB), het
  // Uitvoeringsinstituut werknemersverzekeringen (UWV), Dienst Uitvoering Onderwijs (DUO), het Centraal Justitieel
  // Incassobureau (CJIB) en het CAK)"
  it('the broad debt approach has as partners seven departments, the VNG, the municipalities and six large government organisations', async () => {
    const { instrument } = await ask<{ instrument: { betrokkenen: Edges } }>(
      `{ instrument(id: "instrument:brede-schuldenaanpak") { betrokkenen(first: 100) { ${RELATIE} } } }`,
    );
    const partners = withKind(instrument.betrokkenen, 'PARTNER');
    expect(partners.filter((id) => id.startsWith('ministerie:'))).toEqual([
      'ministerie:bzk',
      'ministerie:ezk',
      'ministerie:financien',
      'ministerie:jenv',
      'ministerie:ocw',
      'ministerie:szw',
      'ministerie:vws',
    ]);
    expect(partners.filter((id) => !id.startsWith('ministerie:'))).toEqual([
      'groep:gemeenten',
      'koepel:vng',
      'organisatie:belastingdienst',
      'organisatie:cak',
      'organisatie:cjib',
      'organisatie:duo',
      'organisatie:svb',
      'organisatie:uwv',
    ]);
    for (const id of partners) expect(linesTo(instrument.betrokkenen, id), id).toEqual(['003 r.626']);
  });
});

describe('in which capacity they signed, received or hold office', () => {
  // 003 r.169–180: the signing page: the minister-president, nine ministers and four state secretaries, and the chairs of
  // IPO, VNG and UvW; 001 r.60–66: "het kabinet en de voorzitters van de Vereniging van Nederlandse Gemeenten, het
  // Interprovinciaal Overleg en de Unie van Waterschappen" signed, the koepels through their chairs; 004 r.3: "BZK (Rijk)"
  it('the programme was signed by fourteen members of the cabinet and the three chairs, also as a group, the koepels in their own name, BZK for the Rijk', async () => {
    const { instrument } = await ask<{ instrument: { ondertekenaars: Edges } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") { ondertekenaars(first: 100) { ${RELATIE} } } }`,
    );
    const bewindspersonen = withKind(instrument.ondertekenaars, 'BEWINDSPERSOON');
    expect(bewindspersonen).toHaveLength(14);
    expect(bewindspersonen).toEqual(expect.arrayContaining(['persoon:rutte', 'persoon:snel', 'persoon:slob']));
    for (const { node, relatie } of instrument.ondertekenaars.edges) {
      if (bewindspersonen.includes(node.id)) expect(relatie?.rol).toMatch(/^(minister|staatssecretaris)/);
    }
    expect(withKind(instrument.ondertekenaars, 'VOORZITTER')).toEqual([
      'groep:koepelvoorzitters',
      'persoon:oosters',
      'persoon:remkes',
      'persoon:van-zanen',
    ]);
    expect(withKind(instrument.ondertekenaars, 'ONDERTEKENAAR')).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng']);
    expect(withKind(instrument.ondertekenaars, 'VERTEGENWOORDIGER')).toEqual(['ministerie:bzk']);
    // Each member of the cabinet and each chair is cited at their own line of the signing page, r.171–180.
    for (const id of [...bewindspersonen, 'persoon:oosters', 'persoon:remkes', 'persoon:van-zanen']) {
      const [line, ...more] = linesTo(instrument.ondertekenaars, id);
      expect(more, id).toEqual([]);
      expect(Number(/^003 r\.(\d+)$/.exec(line ?? '')?.[1]), id).toBeGreaterThanOrEqual(171);
      expect(Number(/^003 r\.(\d+)$/.exec(line ?? '')?.[1]), id).toBeLessThanOrEqual(180);
    }
    expect(linesOf(instrument.ondertekenaars, ['persoon:rutte', 'persoon:slob', 'groep:koepelvoorzitters'])).toEqual({
      'persoon:rutte': ['003 r.171'],
      'persoon:slob': ['003 r.180'],
      'groep:koepelvoorzitters': ['001 r.60–66'],
    });
    for (const id of ['koepel:ipo', 'koepel:uvw', 'koepel:vng'])
      expect(linesTo(instrument.ondertekenaars, id), id).toEqual(['001 r.62–66', '004 r.3']);
    expect(linesTo(instrument.ondertekenaars, 'ministerie:bzk')).toEqual(['004 r.3']);
  });

  // 001 r.22–24: "CC : Henry Meijdam, Johan Osinga, Hester Menninga, Mariëlle de Ruijsscher" (the first three on r.22,
  // the last name runs on to r.24); r.14–16: "Aan : de leden van het IPO-bestuur" (r.14) and "alle Colleges van
  // Gedeputeerde Staten" (r.14–16)
  it('the IPO memo went in copy to four people; its addressees have no role kind', async () => {
    const { document } = await ask<{ document: { geadresseerden: Edges } }>(
      `{ document(id: "document:ipo-memo-2018-05-02") { geadresseerden(first: 100) { ${RELATIE} } } }`,
    );
    expect(withKind(document.geadresseerden, 'KOPIEHOUDER')).toEqual([
      'persoon:henry-meijdam',
      'persoon:hester-menninga',
      'persoon:johan-osinga',
      'persoon:marielle-de-ruijsscher',
    ]);
    const zonder = document.geadresseerden.edges.filter(({ relatie }) => relatie?.rolSoort === null);
    expect(sorted(zonder.map(({ node }) => node.id))).toEqual(['groep:colleges-van-gs', 'overleg:ipo-bestuur']);
    expect(
      linesOf(document.geadresseerden, [
        'persoon:henry-meijdam',
        'persoon:johan-osinga',
        'persoon:hester-menninga',
        'persoon:marielle-de-ruijsscher',
        'overleg:ipo-bestuur',
        'groep:colleges-van-gs',
      ]),
    ).toEqual({
      'persoon:henry-meijdam': ['001 r.22'],
      'persoon:johan-osinga': ['001 r.22'],
      'persoon:hester-menninga': ['001 r.22'],
      'persoon:marielle-de-ruijsscher': ['001 r.22–24'],
      'overleg:ipo-bestuur': ['001 r.14'],
      'groep:colleges-van-gs': ['001 r.14–16'],
    });
  });

  // 003 r.178–179: "De minister van Justitie en Veiligheid F.B.J. Grapperhaus", "De staatssecretaris van Justitie en
  // Veiligheid M.G.J. Harbers"; 003 r.130–135: "Vereniging van Nederlandse Gemeenten Jantine Kriens Algemeen directeur"
  it('at Justitie en Veiligheid a minister and a state secretary hold office; the VNG’s general director works at the civil-service level', async () => {
    const { ministerie, persoon } = await ask<{ ministerie: { medewerkers: Edges }; persoon: { werktBij: Edges } }>(
      `{ ministerie: actor(id: "ministerie:jenv") { ... on Ministerie { medewerkers(first: 100) { ${RELATIE} } } }
         persoon: actor(id: "persoon:jantine-kriens") { ... on Persoon { werktBij(first: 100) { ${RELATIE} } } } }`,
    );
    expect(withKind(ministerie.medewerkers, 'BEWINDSPERSOON')).toEqual(['persoon:grapperhaus', 'persoon:harbers']);
    expect(persoon.werktBij.edges.map(({ node, relatie }) => [node.id, relatie?.rol, relatie?.rolSoort])).toEqual([
      ['koepel:vng', 'algemeen directeur', 'AMBTELIJK'],
    ]);
    expect(linesOf(ministerie.medewerkers, ['persoon:grapperhaus', 'persoon:harbers'])).toEqual({
      'persoon:grapperhaus': ['003 r.178'],
      'persoon:harbers': ['003 r.179'],
    });
    expect(linesTo(persoon.werktBij, 'koepel:vng')).toEqual(['003 r.130–135']);
  });
});
