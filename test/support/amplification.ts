/**
 * The probe's D4 query: 30 aliases of `omgeving(stappen: 3, maxKnopen: 500)`, each with its
 * nodes, relations and their sources' text. About 4.5 KB; before lists were priced at their
 * bounds it passed the cost limit and answered 13.9 MB to an anonymous caller.
 */
export function amplificationQuery(): string {
  const ids = [
    'opgave:klimaat',
    'opgave:wonen',
    'opgave:migratie',
    'opgave:vitaal-platteland',
    'opgave:overkoepelend',
    'ministerie:bzk',
    'koepel:vng',
    'koepel:ipo',
    'instrument:interbestuurlijk-programma',
    'document:ibp-programmastart',
  ];
  const aliases = Array.from({ length: 30 }, (_, i) => {
    const first = i % 2 ? 'BESPROKEN_IN' : 'BETROKKEN_BIJ';
    return (
      ` a${i}: omgeving(id: "${ids[i % 10]}", stappen: 3, maxKnopen: 500, relaties: [${first}, INSTRUMENT_VOOR, SPEELT_IN, THEMA_VAN, MIJLPAAL_VAN, ONDERDEEL_VAN, LID_VAN]) {` +
      ' afgekapt knopen { id naam soort afstand entiteit { id naam bronnen { citaat tekst } } }' +
      ' verbindingen { id bron doel type relatie { type bronnen { citaat tekst } } } }'
    );
  });
  return `{${aliases.join('')}}`;
}
