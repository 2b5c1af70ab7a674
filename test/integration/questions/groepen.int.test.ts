import { describe, expect, it } from 'vitest';
import {
  askTheService,
  BRON,
  type Bron,
  type Connection,
  type Eigenschap,
  expectQuoted,
  ids,
  type Ref,
  relatieOf,
  sorted,
  squash,
  type Variant,
  waarde,
} from '../../support/questions.js';

/*
 * Questions about groups: a collective party a text names (gemeenten, the decentrale overheden, "5 gemeenten", the
 * chairs of the koepels), asked over HTTP. Above each test: the document (numbered as in test/support/questions.ts) and
 * the line(s) in seeds/documenten/ that give the answer; each test checks that the quotes stand in those lines.
 */

const ask = askTheService();

interface Groep extends Ref {
  soort: string;
  aantal: number | null;
  eigenschappen: Eigenschap[];
  varianten: Variant[];
  leden: Connection;
  lidVan: Connection;
  betrokkenBij: Connection;
  ondertekende: Connection;
}

const EDGES = `totalCount edges { node { id naam } relatie { type rol rolSoort onderwerp eigenschappen { naam waarde } bronnen { ${BRON} } } }`;
const groepQuery = `query ($id: ID!) { actor(id: $id) { id naam soort eigenschappen { naam waarde }
    varianten { eigenschap waarde bron { ${BRON} } }
    lidVan(first: 100) { ${EDGES} } betrokkenBij(first: 100) { ${EDGES} } ondertekende(first: 100) { ${EDGES} }
    ... on Groep { aantal leden(first: 100) { ${EDGES} } } } }`;

const groep = async (id: string): Promise<Groep> => (await ask<{ actor: Groep }>(groepQuery, { id })).actor;

/** Checks that a source cites the lines of its document that hold its quote. */
function expectCited(bron: Bron, document: string, regelVan: number, regelTot = regelVan): void {
  expect(bron).toMatchObject({ document: { id: document }, regelVan, regelTot });
  expectQuoted(bron);
}

describe('groups a text names as a party', () => {
  // 003 r.1228: "De huidige verkenning wordt uitgevoerd door 5 gemeenten, het CBS, de politie, de belastingdienst, min.
  // JenV en min. BZK."
  it('five municipalities, unnamed, carry out the exploration of the City Deal Zicht op Ondermijning', async () => {
    const { instrument } = await ask<{ instrument: { betrokkenen: Connection<Ref & { soort: string }> } }>(
      `{ instrument(id: "instrument:city-deal-zicht-op-ondermijning") {
           betrokkenen(first: 100) { edges { node { id naam soort } relatie { rol bronnen { ${BRON} } } } } } }`,
    );
    const groepen = instrument.betrokkenen.edges.filter(({ node }) => node.soort === 'Groep');
    expect(groepen.map(({ node }) => node.id)).toEqual(['groep:gemeenten-city-deal-zicht-op-ondermijning']);
    const vijf = await groep('groep:gemeenten-city-deal-zicht-op-ondermijning');
    expect(vijf.aantal).toBe(5);
    expect(waarde(vijf.eigenschappen, 'aantalFormulering')).toBe('5 gemeenten');
    expect(waarde(vijf.eigenschappen, 'soortLeden')).toBe('Gemeente');
    expect(vijf.leden.totalCount).toBe(0);
    const relatie = relatieOf(vijf.betrokkenBij, 'instrument:city-deal-zicht-op-ondermijning');
    expect(relatie).toMatchObject({ rol: 'voert de verkenning uit', rolSoort: 'UITVOERDER' });
    expectCited(relatie.bronnen[0]!, 'document:ibp-programmastart', 1228);
    expect(relatie.bronnen[0]!.citaat).toContain('5 gemeenten');
  });

  // 003 r.184: "Rijk, gemeenten, provincies en waterschappen starten met een interbestuurlijk programma"; 002 r.23: "de
  // startafspraken tussen het kabinet, gemeenten, provincies en waterschappen"; 001 r.56–60: "Het Rijk, gemeenten,
  // provincies en waterschappen hebben daarom afgesproken om samen een aantal grote maatschappelijke opgaven aan te pakken"
  it('the parties of the IBP are the Rijk, the municipalities, the provinces and the water boards, by three documents', async () => {
    const { instrument } = await ask<{ instrument: { betrokkenen: Connection } }>(
      `{ instrument(id: "instrument:interbestuurlijk-programma") { betrokkenen(first: 100) { ${EDGES} } } }`,
    );
    const partijen = instrument.betrokkenen.edges.filter(({ relatie }) => relatie?.rol === 'partij bij het IBP');
    expect(sorted(partijen.map(({ node }) => node.id))).toEqual([
      'groep:gemeenten',
      'groep:provincies',
      'groep:waterschappen',
      'organisatie:rijk',
    ]);
    // Each quote names the party; the ledenbrief names the cabinet where the other two name the Rijk.
    const genoemd: Record<string, RegExp> = {
      'groep:gemeenten': /gemeenten/,
      'groep:provincies': /provincies/,
      'groep:waterschappen': /waterschappen/,
      'organisatie:rijk': /Rijk|kabinet/,
    };
    for (const { node, relatie } of partijen) {
      expect(relatie?.rolSoort).toBe('PARTNER');
      const bronnen = relatie?.bronnen ?? [];
      expect(bronnen.map((bron) => [bron.document.id, bron.regelVan, bron.regelTot])).toEqual([
        ['document:ibp-programmastart', 184, 184],
        ['document:vng-ledenbrief-2018-03-16', 23, 23],
        ['document:ipo-memo-2018-05-02', 56, 60],
      ]);
      for (const bron of bronnen) {
        expectQuoted(bron);
        expect(bron.citaat, node.id).toMatch(genoemd[node.id]!);
      }
    }
  });

  // 003 r.28: "de koepels van de decentrale overheden (gemeenten, provincies en waterschappen)"; r.868: "de drie
  // decentrale overheden"; r.713: "Het Rijk en de medeoverheden"
  it('the decentrale overheden are three: the municipalities, the provinces and the water boards, also called medeoverheden', async () => {
    const decentraal = await groep('groep:decentrale-overheden');
    expect(decentraal.aantal).toBe(3);
    expect(waarde(decentraal.eigenschappen, 'aantalFormulering')).toBe('de drie decentrale overheden');
    expect(sorted(ids(decentraal.leden))).toEqual(['groep:gemeenten', 'groep:provincies', 'groep:waterschappen']);
    for (const { relatie } of decentraal.leden.edges) {
      expect(relatie?.type).toBe('LID_VAN');
      expectCited(relatie!.bronnen[0]!, 'document:ibp-programmastart', 28);
    }
    const namen = decentraal.varianten.filter((variant) => variant.eigenschap === 'naam');
    expect(namen.map((variant) => [variant.waarde, variant.bron.regelVan])).toEqual([
      ['medeoverheden', 713],
      ['de drie decentrale overheden', 868],
    ]);
    for (const { waarde: naam, bron } of namen) expect(squash(bron.tekst)).toContain(naam);
  });

  // 003 r.97: "de Interbestuurlijke regietafel waaraan bewindspersonen en de voorzitters van de koepels plaatsnemen";
  // r.172–173: "De voorzitter van het Interprovinciaal Overleg J.W. Remkes", "De voorzitter van de Vereniging van
  // Nederlandse Gemeenten J.H.C. van Zanen", "De voorzitter van de Unie van Waterschappen J.H. Oosters"; 001 r.60–66:
  // "hebben het kabinet en de voorzitters van de Vereniging van Nederlandse Gemeenten, het Interprovinciaal Overleg en de
  // Unie van Waterschappen hiervoor het Interbestuurlijk Programma ondertekend"
  it('the chairs of the koepels are Remkes, Van Zanen and Oosters; they sit at the regietafel and, by the IPO memo, signed', async () => {
    const voorzitters = await groep('groep:koepelvoorzitters');
    expect(voorzitters.soort).toBe('Groep');
    expect(sorted(ids(voorzitters.leden))).toEqual(['persoon:oosters', 'persoon:remkes', 'persoon:van-zanen']);
    for (const { node, relatie } of voorzitters.leden.edges) {
      expect(relatie?.rolSoort).toBe('VOORZITTER');
      const bron = relatie!.bronnen[0]!;
      expect([172, 173]).toContain(bron.regelVan);
      expectQuoted(bron);
      expect(bron.citaat).toContain(node.naam);
    }
    const regietafel = relatieOf(voorzitters.lidVan, 'overleg:interbestuurlijke-regietafel');
    expectCited(regietafel.bronnen[0]!, 'document:ibp-programmastart', 97);
    const ondertekend = relatieOf(voorzitters.ondertekende, 'instrument:interbestuurlijk-programma');
    expect(waarde(ondertekend.eigenschappen, 'volgens')).toBe('IPO-memo');
    expect(waarde(ondertekend.eigenschappen, 'datum')).toBe('2018-02-14');
    expectCited(ondertekend.bronnen[0]!, 'document:ipo-memo-2018-05-02', 60, 66);
    expect(ondertekend.bronnen[0]!.citaat).toMatch(/de voorzitters van .* ondertekend$/);
  });

  // 003 r.787: "Elf Nederlandse steden zijn rechtstreeks betrokken bij de Partnerschappen van de EAS."
  it('eleven Dutch cities take part in the Partnerships of the Europese Agenda Stad; the text does not name them', async () => {
    const steden = await groep('groep:elf-steden-eas');
    expect(steden.aantal).toBe(11);
    expect(waarde(steden.eigenschappen, 'aantalFormulering')).toBe('Elf Nederlandse steden');
    expect(steden.leden.totalCount).toBe(0);
    const relatie = relatieOf(steden.betrokkenBij, 'overleg:partnerschappen-eas');
    expect(relatie).toMatchObject({ rol: 'rechtstreeks betrokken', rolSoort: 'PARTNER' });
    expectCited(relatie.bronnen[0]!, 'document:ibp-programmastart', 787);
  });

  // 003 r.787: "In de \"Taskforce EAS\" stemmen departementen, koepels en leden van Partnerschappen onder leiding van het
  // ministerie van BZK de Nederlandse inbreng en positie … af"
  it('in the Taskforce EAS sit departments, the koepels and members of the Partnerships, none of them named, led by BZK', async () => {
    const { actor } = await ask<{ actor: { leden: Connection } }>(
      `{ actor(id: "overleg:taskforce-eas") { ... on Overleg { leden(first: 100) { ${EDGES} } } } }`,
    );
    expect(sorted(ids(actor.leden))).toEqual([
      'groep:decentrale-koepels',
      'groep:departementen-taskforce-eas',
      'groep:leden-partnerschappen-eas',
    ]);
    for (const { relatie } of actor.leden.edges) {
      expect(relatie?.rolSoort).toBe('LID');
      expectCited(relatie!.bronnen[0]!, 'document:ibp-programmastart', 787);
      expect(relatie!.bronnen[0]!.citaat).toContain(relatie!.rol!);
    }
    const koepels = await groep('groep:decentrale-koepels');
    expect(sorted(ids(koepels.leden))).toEqual(['koepel:ipo', 'koepel:uvw', 'koepel:vng']);
    expect(relatieOf(koepels.leden, 'koepel:vng').bronnen[0]!.citaat).toContain(
      'de decentrale koepels, VNG, IPO en UvW',
    );
  });

  // 003 r.801: "Over de inrichting van deze governance met Nedersaksen, Noordrijn-Westfalen en Vlaanderen/België voeren
  // momenteel de Commissarissen van de Koning van respectievelijk Groningen, Limburg en Zeeland een verkenning uit op
  // verzoek van BZK"
  it('the Commissarissen van de Koning of Groningen, Limburg and Zeeland explore the cross-border governance, at the request of BZK', async () => {
    const { thema } = await ask<{ thema: { betrokkenen: Connection } }>(
      `{ thema(id: "thema:grensoverschrijdende-samenwerking") {
           betrokkenen(rolSoort: [UITVOERDER], first: 100) { ${EDGES} } } }`,
    );
    expect(sorted(ids(thema.betrokkenen))).toEqual([
      'groep:commissarissen-van-de-koning-grensregios',
      'koepel:ipo',
      'provincie:groningen',
      'provincie:limburg',
      'provincie:zeeland',
    ]);
    const relatie = relatieOf(thema.betrokkenen, 'groep:commissarissen-van-de-koning-grensregios');
    const bron = relatie.bronnen[0]!;
    expectCited(bron, 'document:ibp-programmastart', 801);
    for (const naam of ['Groningen', 'Limburg', 'Zeeland', 'Nedersaksen', 'Noordrijn-Westfalen', 'Vlaanderen/België'])
      expect(bron.citaat).toContain(naam);
  });

  // 003 r.1228: "5 gemeenten", "de volgende groep van circa 25 gemeenten", "bij inmiddels 238 gemeenten"; r.787: "Elf
  // Nederlandse steden"
  it('the groups of municipalities with a count are 5, 11, about 25 and 238, each count in the words of its text', async () => {
    const { actoren } = await ask<{
      actoren: Connection<Ref & { aantal: number | null; eigenschappen: Eigenschap[]; bronnen: Bron[] }>;
    }>(
      `{ actoren(soort: [Groep], first: 100) { totalCount edges { node { id naam
           ... on Groep { aantal eigenschappen { naam waarde } bronnen { ${BRON} } } } } } }`,
    );
    const vanGemeenten = actoren.edges
      .map(({ node }) => node)
      .filter((node) => waarde(node.eigenschappen, 'soortLeden') === 'Gemeente' && node.aantal !== null);
    const formuleringen = Object.fromEntries(
      vanGemeenten.map((node) => [node.aantal, waarde(node.eigenschappen, 'aantalFormulering')]),
    );
    expect(formuleringen).toEqual({
      5: '5 gemeenten',
      11: 'Elf Nederlandse steden',
      25: 'circa 25 gemeenten',
      238: 'inmiddels 238 gemeenten',
    });
    for (const node of vanGemeenten) {
      const formulering = waarde(node.eigenschappen, 'aantalFormulering') ?? '?';
      const bron = node.bronnen[0]!;
      expect(bron.citaat, node.id).toContain(formulering);
      expectQuoted(bron);
    }
  });

  // 004 r.3: "de VNG (gemeenten), IPO (provincies), UvW (waterschappen)"; 003 r.3–4: "Brief aan de leden T.a.v. het
  // college en de raad"; 002 r.5–6: the same address on the ledenbrief of 16 March
  it('the municipalities belong to the VNG and receive its ledenbrieven, addressed to college and council', async () => {
    const gemeenten = await groep('groep:gemeenten');
    const vng = relatieOf(gemeenten.lidVan, 'koepel:vng');
    expectCited(vng.bronnen[0]!, 'document:ibp-een-jaar', 3);
    expect(vng.bronnen[0]!.citaat).toContain('VNG (gemeenten)');
    expect(gemeenten.varianten.map((variant) => variant.waarde)).toContain('de leden (van de VNG)');
    const { brief, programmastart } = await ask<{
      brief: { geadresseerden: Connection };
      programmastart: { geadresseerden: Connection };
    }>(
      `{ brief: document(id: "document:vng-ledenbrief-2018-03-16") { geadresseerden { ${EDGES} } }
         programmastart: document(id: "document:ibp-programmastart") { geadresseerden { ${EDGES} } } }`,
    );
    expect(ids(brief.geadresseerden)).toEqual(['groep:gemeenten']);
    expect(ids(programmastart.geadresseerden)).toEqual(['groep:gemeenten']);
    expectCited(
      relatieOf(brief.geadresseerden, 'groep:gemeenten').bronnen[0]!,
      'document:vng-ledenbrief-2018-03-16',
      5,
      6,
    );
    expectCited(
      relatieOf(programmastart.geadresseerden, 'groep:gemeenten').bronnen[0]!,
      'document:ibp-programmastart',
      3,
      4,
    );
  });

  // 004 r.11: "Liaisons van het programma faciliteerden de IBP-opgaven"; r.40: "De liaisons blijven actief"
  it('the liaisons of the programme support the IBP opgaven, in 2018 and still in 2019', async () => {
    const liaisons = await groep('groep:liaisons-ibp');
    const relatie = relatieOf(liaisons.betrokkenBij, 'instrument:interbestuurlijk-programma');
    expect(relatie.rolSoort).toBe('ONDERSTEUNER');
    expect(relatie.bronnen.map((bron) => bron.regelVan)).toEqual([11, 40]);
    for (const bron of relatie.bronnen) {
      expect(bron.document.id).toBe('document:ibp-een-jaar');
      expectQuoted(bron);
      expect(bron.citaat.toLowerCase()).toContain('liaisons');
    }
  });
});
