import { describe, expect, it } from 'vitest';
import { askTheService, type Connection, ids, type Ref } from '../../support/questions.js';

/*
 * Questions about search and lookup by id, asked over HTTP. Above each test: the document (numbered as in
 * test/support/questions.ts) and the line(s) in seeds/documenten/ that give the answer.
 */

const ask = askTheService();

describe('search and lookup by id', () => {
  type Zoek = { zoek: Connection<Ref & { soort: string }> };
  const zoekQuery = `query ($tekst: String!, $soorten: [Soort!], $first: Int) {
      zoek(tekst: $tekst, soorten: $soorten, first: $first) { totalCount edges { node { id naam soort } score } } }`;

  // 001 r.292: "Of Chemelot waar de energietransitie heel direct ingrijpt"
  it('a typo ("Chemlot") still finds Chemelot first', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Chemlot' });
    expect(zoek.edges[0]?.node.id).toBe('regio:chemelot');
  });

  // 001 r.124: "mevrouw Gräper-Van Koolwijk (Groningen)"
  it('a missing umlaut ("Graper") finds Gräper-Van Koolwijk', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Graper' });
    expect(zoek.edges[0]?.node).toMatchObject({ id: 'persoon:graper-van-koolwijk', naam: 'Gräper-Van Koolwijk' });
  });

  // 003 r.334: "1. Samen aan de slag voor het klimaat"
  it('the start of a word ("klim") finds the klimaat opgave', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'klim', first: 100 });
    expect(ids(zoek)).toContain('opgave:klimaat');
  });

  // 001 r.325: "ondermijning in vakantieparken"; 003 r.429: "de aanpak van vakantieparken"
  it('the singular ("vakantiepark") finds the theme Vakantieparken first', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'vakantiepark' });
    expect(zoek.edges[0]?.node.id).toBe('thema:vakantieparken');
  });

  // 003 r.709: "9. Passende financiële verhoudingen"
  it('typing without the diaeresis ("financiele verhoudingen") finds the opgave Passende financiële verhoudingen first', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'financiele verhoudingen' });
    expect(zoek.edges[0]?.node).toMatchObject({
      id: 'opgave:financiele-verhoudingen',
      naam: 'Passende financiële verhoudingen',
    });
  });

  // 001 r.333: "de Markerwadden als voorbeeld"
  it('a typo ("Markerwaden") finds the Markerwadden', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Markerwaden' });
    expect(zoek.edges[0]?.node.id).toBe('regio:markerwadden');
  });

  // 001 r.351: "Food Valley rond de universiteit in Wageningen"
  it('searching "Wageningen" among municipalities only finds the municipality Wageningen', async () => {
    const { zoek } = await ask<Zoek>(zoekQuery, { tekst: 'Wageningen', soorten: ['Gemeente'] });
    expect(zoek.totalCount).toBe(1);
    expect(zoek.edges.map(({ node }) => [node.id, node.soort])).toEqual([['gemeente:wageningen', 'Gemeente']]);
  });

  // one node of each kind, all named in the documents: e.g. 003 r.334 klimaat, r.253 inburgering, r.175 LNV, r.173 Unie van
  // Waterschappen, r.176 Wiebes, r.763 REKs; 001 r.369–371 Limburg, r.351 Wageningen, r.288 WUR, r.543 "BAC VP", r.345
  // Food Valley; 001 r.60 (signing); 004 r.1; 003 r.920 bodemdaling
  it('node(id) and nodes(ids) resolve every kind of node to its type, in the order asked', async () => {
    const gevraagd: Array<[string, string]> = [
      ['opgave:klimaat', 'Opgave'],
      ['thema:inburgering', 'Thema'],
      ['ministerie:lnv', 'Ministerie'],
      ['koepel:uvw', 'Koepel'],
      ['provincie:limburg', 'Provincie'],
      ['gemeente:wageningen', 'Gemeente'],
      ['organisatie:wur', 'Organisatie'],
      ['overleg:bac-vp', 'Overleg'],
      ['persoon:wiebes', 'Persoon'],
      ['regio:food-valley', 'Regio'],
      ['instrument:reks', 'Instrument'],
      ['mijlpaal:ondertekening-ibp', 'Mijlpaal'],
      ['document:ibp-een-jaar', 'Document'],
      ['crossover:bodemdaling', 'Crossover'],
    ];
    const data = await ask<{
      nodes: Array<{ __typename: string; id: string; soort: string } | null>;
      node: { __typename: string; naam: string };
    }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entiteit { soort } }
         node(id: "persoon:wiebes") { __typename ... on Entiteit { naam } } }`,
      { ids: gevraagd.map(([id]) => id) },
    );
    expect(data.nodes.map((node) => [node?.id, node?.__typename])).toEqual(gevraagd);
    expect(data.nodes.every((node) => node?.soort === node?.__typename)).toBe(true);
    expect(data.node).toEqual({ __typename: 'Persoon', naam: 'E.D. Wiebes' });
  });

  // no document names an opgave "bestaat-niet", a region "Atlantis" or a person "niemand" (MODEL.md: what the texts do
  // not say is not in the graph); 003 r.1008 names Chemelot and r.243 "2. Toekomstbestendig wonen"
  it('unknown ids give null, for node() and for every typed lookup, and nodes() keeps a null in its place', async () => {
    const data = await ask<Record<string, unknown>>(
      `{ node(id: "opgave:bestaat-niet") { id } opgave(id: "opgave:bestaat-niet") { id } thema(id: "thema:niets") { id }
         actor(id: "persoon:niemand") { id } regio(id: "regio:atlantis") { id } instrument(id: "instrument:geen") { id }
         crossover(id: "crossover:geen") { id } mijlpaal(id: "mijlpaal:nooit") { id } document(id: "document:geen") { id }
         nodes(ids: ["regio:chemelot", "regio:atlantis", "opgave:wonen"]) { id } }`,
    );
    expect(data).toEqual({
      node: null,
      opgave: null,
      thema: null,
      actor: null,
      regio: null,
      instrument: null,
      crossover: null,
      mijlpaal: null,
      document: null,
      nodes: [{ id: 'regio:chemelot' }, null, { id: 'opgave:wonen' }],
    });
  });

  // 001 r.369–371: "Chemelot (Limburg)" — Chemelot is a region, not an opgave
  it('asking opgave(id) for the id of a region gives null rather than the region', async () => {
    const data = await ask<{ opgave: unknown; regio: { naam: string } }>(
      '{ opgave(id: "regio:chemelot") { id } regio(id: "regio:chemelot") { naam } }',
    );
    expect(data.opgave).toBeNull();
    expect(data.regio.naam).toBe('Chemelot');
  });

  // 003: "Regionale Klimaat en Energie-strategieën (REKS)"
  it('searching REKS or IBP puts the thing with that abbreviation first', async () => {
    const data = await ask<{
      reks: { edges: Array<{ node: { id: string } }> };
      ibp: { edges: Array<{ node: { id: string } }> };
    }>(
      '{ reks: zoek(tekst: "REKS", first: 1) { edges { node { id } } } ibp: zoek(tekst: "IBP", first: 1) { edges { node { id } } } }',
    );
    expect(data.reks.edges[0]?.node.id).toBe('instrument:reks');
    expect(data.ibp.edges[0]?.node.id).toBe('instrument:interbestuurlijk-programma');
  });
});
