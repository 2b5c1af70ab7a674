import {
  amountKinds,
  bottleneckKinds,
  bottleneckStatuses,
  progressStatuses,
  type NodeLabel,
  type RelationType,
} from '../graph/model.js';
import type { Random } from './random.js';

/**
 * Word lists for the synthetic graph: Dutch-looking names, so that the explorer shows
 * something readable and the full-text index has real words to work on. Places are invented;
 * the few kinds that mirror a real body (opgaven, ministries, koepels, provinces) keep their
 * real names with "(synthetisch)" added, so they never pass for the seeded ones.
 */

export const opgaven: ReadonlyArray<{ naam: string; categorie: 'fysiek' | 'sociaal' | 'overkoepelend' }> = [
  { naam: 'Samen aan de slag voor het klimaat', categorie: 'fysiek' },
  { naam: 'Toekomstbestendig wonen', categorie: 'fysiek' },
  { naam: 'Regionale economie als versneller', categorie: 'fysiek' },
  { naam: 'Naar een vitaal platteland', categorie: 'fysiek' },
  { naam: 'Merkbaar beter in het sociaal domein', categorie: 'sociaal' },
  { naam: 'Problematische schulden voorkomen en oplossen', categorie: 'sociaal' },
  { naam: 'Nederland en migrant voorbereid', categorie: 'sociaal' },
  { naam: 'Goed openbaar bestuur in een veranderende samenleving', categorie: 'overkoepelend' },
  { naam: 'Passende financiële verhoudingen', categorie: 'overkoepelend' },
  { naam: "Overkoepelende thema's", categorie: 'overkoepelend' },
];

export const ministeries: ReadonlyArray<readonly [string, string]> = [
  ['Binnenlandse Zaken en Koninkrijksrelaties', 'BZK'],
  ['Economische Zaken en Klimaat', 'EZK'],
  ['Infrastructuur en Waterstaat', 'IenW'],
  ['Landbouw, Natuur en Voedselkwaliteit', 'LNV'],
  ['Volksgezondheid, Welzijn en Sport', 'VWS'],
  ['Sociale Zaken en Werkgelegenheid', 'SZW'],
  ['Onderwijs, Cultuur en Wetenschap', 'OCW'],
  ['Justitie en Veiligheid', 'JenV'],
  ['Financiën', 'FIN'],
  ['Buitenlandse Zaken', 'BZ'],
];

/** VNG first: it is the koepel most municipalities (and so most relations) hang from. */
export const koepels: ReadonlyArray<readonly [string, string]> = [
  ['Vereniging van Nederlandse Gemeenten', 'VNG'],
  ['Interprovinciaal Overleg', 'IPO'],
  ['Unie van Waterschappen', 'UvW'],
];

/** The twelve provinces in CBS order, so the i-th has code PV(20 + i). */
export const provincies = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const;

const placeStarts = [
  'Aal',
  'Bor',
  'Ede',
  'Gel',
  'Harl',
  'Lee',
  'Mep',
  'Rij',
  'Sne',
  'Tie',
  'Wer',
  'Zwo',
  'Den',
  'Hel',
  'Ber',
  'Vlie',
  'Doe',
  'Hoorn',
  'Ooster',
  'Wester',
  'Noorder',
  'Zuider',
  'Mid',
  'Breu',
  'Culem',
  'Dron',
  'Eem',
  'Gouw',
  'Hass',
  'Kol',
  'Lich',
  'Maas',
  'Nij',
  'Oud',
  'Putt',
  'Rhe',
  'Stav',
  'Ter',
  'Valk',
  'Wage',
  'Ypen',
  'Zand',
];
const placeEnds = [
  'dam',
  'wijk',
  'veen',
  'horst',
  'broek',
  'hoven',
  'kerk',
  'zand',
  'berg',
  'meer',
  'hout',
  'burg',
  'sloot',
  'lo',
  'rade',
  'waard',
  'dijk',
  'haven',
  'beek',
  'ingen',
  'um',
  'rum',
  'ens',
  'oord',
];
const placeAdditions = ['', '', '', '', ' aan Zee', ' aan de Maas', '-Noord', '-Zuid', ' en Omstreken'];

const topics = [
  'energietransitie',
  'klimaatadaptatie',
  'circulaire economie',
  'woningbouw',
  'bodemdaling',
  'mobiliteit',
  'natuurherstel',
  'stikstof',
  'waterkwaliteit',
  'arbeidsmarkt',
  'vitale kernen',
  'schuldhulpverlening',
  'inburgering',
  'jeugdzorg',
  'digitale overheid',
  'leefbaarheid',
  'krimp',
  'verduurzaming',
  'warmtetransitie',
  'kringlooplandbouw',
  'gezondheid',
  'veiligheid',
  'ondermijning',
  'binnensteden',
  'bereikbaarheid',
  'innovatie',
  'onderwijs',
  'cultureel erfgoed',
];
const themeAspects = [
  'in de gebouwde omgeving',
  'in het landelijk gebied',
  'in de stad',
  'en gezondheid',
  'en werk',
  'in de regio',
  'voor jongeren',
  'voor ouderen',
  'en financiering',
  'en data',
  'in de keten',
];
const instrumentKinds = [
  'Regio Deal',
  'Programma',
  'Fonds',
  'Akkoord',
  'Strategie',
  'Agenda',
  'Pilot',
  'Gebiedsplan',
  'Convenant',
  'Impulsregeling',
  'Woondeal',
  'Green Deal',
];
const regionKinds = [
  'Regio',
  'Gebied',
  'Metropoolregio',
  'Energieregio',
  'Woningmarktregio',
  'Arbeidsmarktregio',
  'Veenweidegebied',
];
const organisationKinds = [
  'Omgevingsdienst',
  'GGD',
  'Veiligheidsregio',
  'Ontwikkelingsmaatschappij',
  'Kennisnetwerk',
  'Uitvoeringsorganisatie',
  'Planbureau',
  'Stichting',
  'Netbeheerder',
  'Woningcorporatie',
];
const bodyKinds = ['Stuurgroep', 'Regietafel', 'Bestuurlijk overleg', 'Werkgroep', 'Klankbordgroep', 'Kopgroep'];
const milestoneActions = [
  'Vaststelling',
  'Ondertekening',
  'Evaluatie',
  'Start',
  'Oplevering',
  'Besluit over',
  'Tussenrapportage',
];
const documentKinds = ['Voortgangsrapportage', 'Kamerbrief', 'Ledenbrief', 'Memo', 'Advies', 'Jaarverslag'];
const firstNames = [
  'Anne',
  'Bram',
  'Carla',
  'Daan',
  'Els',
  'Fleur',
  'Gert',
  'Hanna',
  'Iris',
  'Jeroen',
  'Karin',
  'Lars',
  'Marieke',
  'Niels',
  'Olga',
  'Pieter',
  'Roos',
  'Sander',
  'Tineke',
  'Wouter',
  'Yara',
  'Zeynep',
];
const infixes = ['', '', '', 'de ', 'van ', 'van der ', 'van den ', 'ter '];
const lastNames = [
  'Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brink',
  'Linden',
  'Berg',
  'Dijk',
  'Kok',
  'Wal',
  'Horst',
  'Haar',
];
export const roles = [
  'wethouder',
  'gedeputeerde',
  'dijkgraaf',
  'burgemeester',
  'directeur',
  'programmamanager',
  'beleidsadviseur',
  'secretaris',
  'projectleider',
  'bestuurder',
];

const bottleneckWords = ['belemmerende regels', 'tekort aan geld', 'gebrek aan capaciteit', 'late informatie'];

const kindWords: Record<NodeLabel, string> = {
  Opgave: 'opgave',
  Thema: 'thema',
  Ministerie: 'ministerie',
  Koepel: 'koepel',
  Provincie: 'provincie',
  Gemeente: 'gemeente',
  Waterschap: 'waterschap',
  Organisatie: 'organisatie',
  Overleg: 'overleg',
  Persoon: 'persoon',
  Groep: 'groep',
  Regio: 'regio',
  Instrument: 'instrument',
  Mijlpaal: 'mijlpaal',
  Document: 'document',
  Crossover: 'crossover',
  Knelpunt: 'knelpunt',
  Stand: 'stand',
  Toezegging: 'toezegging',
  Doel: 'doel',
  Rapportage: 'rapportage',
  Activiteit: 'activiteit',
  Bedrag: 'bedrag',
  RegionaalInitiatief: 'regionaal initiatief',
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function placeName(random: Random): string {
  return `${random.pick(placeStarts)}${random.pick(placeEnds)}${random.pick(placeAdditions)}`;
}

export function topic(random: Random): string {
  return random.pick(topics);
}

export function description(label: NodeLabel, random: Random): string {
  return `Synthetisch ${kindWords[label]} rond ${topic(random)}, voor benchmarks en het testen van de verkenner.`;
}

/** A name and the kind-specific properties of one generated node of a kind without a fixed list. */
export function generatedNode(label: NodeLabel, random: Random): { naam: string; properties: Record<string, unknown> } {
  switch (label) {
    case 'Knelpunt':
      return {
        naam: `${capitalise(random.pick(bottleneckWords))} bij ${topic(random)} in ${placeName(random)}`,
        properties: { soort: random.pick(bottleneckKinds), status: random.pick(bottleneckStatuses) },
      };
    case 'Stand': {
      const status = random.pick(progressStatuses);
      return {
        naam: `${capitalise(topic(random))}: ${status}`,
        properties: { status, datum: `${random.between(2018, 2025)}` },
      };
    }
    case 'Bedrag':
      return {
        naam: `Bedrag voor ${topic(random)}`,
        properties: { waarde: random.between(1, 2000) * 1_000_000, eenheid: 'euro', soort: random.pick(amountKinds) },
      };
    case 'Thema':
      return { naam: `${capitalise(topic(random))} ${random.pick(themeAspects)}`, properties: {} };
    case 'Gemeente':
      return { naam: placeName(random), properties: { soort: 'gemeente' } };
    case 'Waterschap':
      return { naam: `Waterschap ${placeName(random)}`, properties: {} };
    case 'Organisatie': {
      const soort = random.pick(organisationKinds);
      return { naam: `${soort} ${placeName(random)}`, properties: { soort: soort.toLowerCase() } };
    }
    case 'Overleg': {
      const soort = random.pick(bodyKinds);
      return { naam: `${soort} ${topic(random)} ${placeName(random)}`, properties: { soort: soort.toLowerCase() } };
    }
    case 'Persoon':
      return {
        naam: `${random.pick(firstNames)} ${random.pick(infixes)}${random.pick(lastNames)}`,
        properties: { rol: random.pick(roles) },
      };
    case 'Regio': {
      const soort = random.pick(regionKinds);
      return { naam: `${soort} ${placeName(random)}`, properties: { soort: soort.toLowerCase() } };
    }
    case 'Instrument': {
      const soort = random.pick(instrumentKinds);
      return {
        naam: `${soort} ${topic(random)} ${placeName(random)}`,
        properties: { soort: soort.toLowerCase(), jaar: random.between(2016, 2030) },
      };
    }
    case 'Mijlpaal':
      return { naam: `${random.pick(milestoneActions)} ${topic(random)} ${placeName(random)}`, properties: {} };
    case 'Document':
      return { naam: `${random.pick(documentKinds)} ${topic(random)}`, properties: {} };
    case 'Crossover':
      return { naam: `${capitalise(topic(random))} en ${topic(random)} in ${placeName(random)}`, properties: {} };
    case 'Groep': {
      const aantal = random.between(3, 40);
      return {
        naam: `${aantal} gemeenten rond ${placeName(random)}`,
        properties: { aantal, aantalFormulering: `${aantal} gemeenten`, soortLeden: 'Gemeente' },
      };
    }
    default:
      return { naam: `${capitalise(kindWords[label])} ${placeName(random)}`, properties: {} };
  }
}

const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const quarters = ['eerste', 'tweede', 'derde', 'vierde'];

/**
 * A milestone's date as precise as a text would give it (a day, a month, a quarter or a
 * year, see graph/dates.ts) and its wording (`wanneer`).
 */
export function milestoneDate(random: Random): { datum: string; wanneer: string } {
  const year = random.between(2018, 2030);
  const month = random.between(1, 12);
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  const precision = random.weighted([
    ['dag', 4],
    ['maand', 3],
    ['kwartaal', 1.5],
    ['jaar', 1.5],
  ] as const);
  if (precision === 'dag') {
    const day = random.between(1, 28);
    return {
      datum: `${year}-${twoDigits(month)}-${twoDigits(day)}`,
      wanneer: `op ${day} ${months[month - 1]} ${year}`,
    };
  }
  if (precision === 'maand')
    return { datum: `${year}-${twoDigits(month)}`, wanneer: `in ${months[month - 1]} ${year}` };
  if (precision === 'kwartaal') {
    const quarter = random.between(1, 4);
    return { datum: `${year}-Q${quarter}`, wanneer: `in het ${quarters[quarter - 1]} kwartaal van ${year}` };
  }
  return { datum: String(year), wanneer: `in ${year}` };
}

/** How a source quote words each relation: `<van> is betrokken bij <naar>`. */
export const relationPhrases: Record<RelationType, string> = {
  TREKKER_VAN: 'is trekker van',
  BETROKKEN_BIJ: 'is betrokken bij',
  ONDERTEKENDE: 'ondertekende',
  LID_VAN: 'is lid van',
  VOORZITTER_VAN: 'is voorzitter van',
  VERTEGENWOORDIGT: 'vertegenwoordigt',
  WERKT_BIJ: 'werkt bij',
  LIGT_IN: 'ligt in',
  GENOEMD_IN_GESPREKSRONDE: 'is genoemd in de gespreksronde met',
  DEELT: 'deelt',
  BESPREEKT: 'bespreekt',
  SPEELT_IN: 'speelt in',
  INSTRUMENT_VOOR: 'is een instrument voor',
  BASIS_VOOR: 'is een basis voor',
  FINANCIERT: 'financiert',
  THEMA_VAN: 'is een thema van',
  VERBINDT: 'verbindt',
  BETREFT: 'betreft',
  MIJLPAAL_VAN: 'is een mijlpaal van',
  BESPROKEN_IN: 'wordt besproken in',
  AFZENDER_VAN: 'is afzender van',
  GERICHT_AAN: 'is gericht aan',
  VERWIJST_NAAR: 'verwijst naar',
  NOEMT: 'noemt in een lijst',
  ONDERDEEL_VAN: 'is onderdeel van',
  KNELPUNT_BIJ: 'is een knelpunt bij',
  GESIGNALEERD_DOOR: 'is gesignaleerd door',
  VEROORZAAKT_DOOR: 'wordt veroorzaakt door',
  OPLOSSING_VIA: 'vindt een oplossing via',
  BEHANDELD_IN: 'wordt behandeld in',
  STUURT: 'stuurt',
  ESCALEERT_NAAR: 'escaleert naar',
  STAND_VAN: 'is de stand van',
  TOEGEZEGD_DOOR: 'is toegezegd door',
  TOEZEGGING_VOOR: 'is een toezegging voor',
  DOEL_VAN: 'is een doel van',
  GERAPPORTEERD_DOOR: 'wordt gerapporteerd door',
  RAPPORTAGE_AAN: 'gaat naar',
  RAPPORTAGE_OVER: 'gaat over',
  UITGEVOERD_DOOR: 'wordt uitgevoerd door',
  BEDRAG_VAN: 'is een bedrag van',
  BETAALD_DOOR: 'wordt betaald door',
  INITIATIEF_IN: 'is een initiatief in',
  INITIATIEF_VOOR: 'is een initiatief voor',
};

/** The properties the seeds give relations of each type (`rol`, `onderwerp`, `grond`), drawn. */
export const relationProperties: Partial<Record<RelationType, (random: Random) => Record<string, unknown>>> = {
  TREKKER_VAN: (random) => ({ rol: random.pick(['eerste trekker', 'medetrekker']) }),
  BETROKKEN_BIJ: (random) => ({
    rol: random.pick(['deelnemer', 'uitvoerder', 'financier', 'adviseur', 'opdrachtgever']),
  }),
  WERKT_BIJ: (random) => ({ rol: random.pick(roles) }),
  VERTEGENWOORDIGT: (random) => ({
    rol: random.pick(['namens het bestuur', 'als portefeuillehouder', 'als woordvoerder']),
  }),
  LID_VAN: (random) => ({ rol: random.pick(['lid', 'plaatsvervangend lid']) }),
  ONDERTEKENDE: (random) => ({ datum: milestoneDate(random).datum }),
  SPEELT_IN: (random) => ({ onderwerp: topic(random) }),
  BESPROKEN_IN: (random) => ({ onderwerp: topic(random) }),
  VERWIJST_NAAR: (random) => ({ onderwerp: topic(random) }),
  LIGT_IN: (random) => ({ grond: random.pick(['bestuurlijke indeling', 'ligging', 'samenwerkingsverband']) }),
  GENOEMD_IN_GESPREKSRONDE: (random) => ({ onderwerp: topic(random) }),
  DEELT: (random) => ({ onderwerp: topic(random) }),
  BASIS_VOOR: (random) => ({
    grond: random.pick(['bouwt voort op', 'op grond van', 'sluit aan bij', 'naar aanleiding van']),
  }),
  AFZENDER_VAN: (random) => ({ rol: random.pick(['afzender', 'opsteller']) }),
  GERICHT_AAN: (random) => ({ rol: random.pick(['geadresseerde', 'in kopie']) }),
  NOEMT: (random) => ({ lijst: `${topic(random)} (synthetisch)`, positie: random.between(1, 8) }),
};
