import { recordingProperties } from '../graph/entity.js';
import { sourceProperties } from '../graph/sources.js';
import { relationTypeNames, type NodeLabel, type RelationType } from '../graph/model.js';
import { byDateWindow, byRoleKind, computed, connection, property, type FieldRead } from './fields.js';
import { into, out, type Direction, type RelationSpec } from './relation-spec.js';

/**
 * What each field of the graph's GraphQL types reads: the node types (one per kind of node) and
 * `Relatie`. A field is a connection (which relations it follows), a stored property, or a value a
 * hand-written resolver computes. A scalar field left out here shows the stored property of its own
 * name. Resolvers, the look-ahead and its Cypher are derived from this table, and it is checked
 * against the SDL when the service starts (check.ts).
 *
 * Adding a connection: the field in schema/, and one line here.
 */

const directions: Record<string, Direction> = { UIT: 'out', IN: 'in', BEIDE: 'both' };

/** `verbanden(typen:, richting:)`: the caller chooses the relation types and the direction. */
const chosenRelations = (args: Readonly<Record<string, unknown>>): RelationSpec => {
  const types = Array.isArray(args.typen) ? args.typen : [];
  return {
    types: types.filter((type): type is RelationType => (relationTypeNames as unknown[]).includes(type)),
    direction: directions[String(args.richting ?? 'BEIDE')] ?? 'both',
  };
};

/** What every node has, whatever its kind. */
const entityFields = {
  naam: computed(['naam']),
  soort: computed([]),
  bronnen: computed(sourceProperties),
  eigenschappen: computed('all'),
  varianten: computed(['varianten']),
  vastlegging: computed(recordingProperties),
  verbanden: connection(chosenRelations),
};

/** What every kind of actor has. */
const actorFields = {
  ...entityFields,
  trekkerVan: byRoleKind(out(['TREKKER_VAN'], ['Opgave'], 'nummer')),
  betrokkenBij: byRoleKind(out(['BETROKKEN_BIJ'])),
  lidVan: byRoleKind(out(['LID_VAN'], ['Actor'])),
  ondertekende: byRoleKind(out(['ONDERTEKENDE'])),
  afzenderVan: byRoleKind(out(['AFZENDER_VAN'], ['Document'], 'datum')),
};

const representedBy = byRoleKind(into(['VERTEGENWOORDIGT'], ['Persoon']));
const members = byRoleKind(into(['LID_VAN', 'ONDERDEEL_VAN'], ['Actor']));
const locatedIn = connection(out(['LIGT_IN']));
const opgavenPlayingHere = connection(into(['SPEELT_IN'], ['Opgave'], 'nummer'));
const milestones = connection(into(['MIJLPAAL_VAN'], ['Mijlpaal'], 'datum'));
const instrumentsFor = connection(into(['INSTRUMENT_VOOR'], ['Instrument']));
const involved = byRoleKind(into(['BETROKKEN_BIJ'], ['Actor']));
const crossoversAbout = connection(into(['BETREFT'], ['Crossover']));
const raisedInTalksWith = connection(out(['GENOEMD_IN_GESPREKSRONDE'], ['Provincie']));
const sharedBy = connection(into(['DEELT'], ['Provincie']));
const builtOn = connection(into(['BASIS_VOOR'], ['Instrument']));
const fundedBy = connection(into(['FINANCIERT'], ['Instrument']));
const listed = connection(out(['NOEMT'], undefined, 'positie'));
const listedIn = connection(into(['NOEMT']));
const bottlenecksAt = connection(into(['KNELPUNT_BIJ'], ['Knelpunt'], 'ouderdom'));

/**
 * The dated status statements of a node, oldest first; `voortgang` is derived from all of them, and
 * `vanaf:` and `tot:` keep those whose peildatum lies in the window.
 */
export const statusStatementsSpec = into(['STAND_VAN'], ['Stand'], 'datum');
const statusStatements = byDateWindow(statusStatementsSpec);
const commitmentsFor = connection(into(['TOEZEGGING_VOOR'], ['Toezegging'], 'datum'));
const targetsOf = connection(into(['DOEL_VAN'], ['Doel']));
const reportsAbout = connection(into(['RAPPORTAGE_OVER'], ['Rapportage']));
/** What has a progress: its dated status statements (history), and how it stands according to them. */
const progressFields = { standen: statusStatements, voortgang: computed([]) };
/**
 * What the dates of a node of `datedKinds` (graph/dates.ts) are read from: its main date and the variants.
 * `datums` reads them, and so does `gevondenDatum` on the edges of a list with a date window.
 */
export const dateProperties = ['datum', 'varianten'] as const;
const datedFields = { datums: computed(dateProperties) };

/** A knelpunt: what it concerns, who raised it, its cause and remedies, and its route along bodies. */
const bottleneckFields = {
  ...entityFields,
  soortKnelpunt: property('soort'),
  status: computed(['status']),
  gesignaleerdIn: computed(['bronDocument']),
  opgaven: connection(out(['KNELPUNT_BIJ'], ['Opgave'], 'nummer')),
  themas: connection(out(['KNELPUNT_BIJ'], ['Thema'])),
  crossovers: connection(out(['KNELPUNT_BIJ'], ['Crossover'])),
  regios: connection(out(['KNELPUNT_BIJ'], ['Regio', 'Provincie', 'Gemeente'])),
  instrumenten: connection(out(['KNELPUNT_BIJ'], ['Instrument'])),
  gesignaleerdDoor: connection(out(['GESIGNALEERD_DOOR'])),
  veroorzaaktDoor: connection(out(['VEROORZAAKT_DOOR'], ['Instrument'])),
  oplossingen: connection(out(['OPLOSSING_VIA'], ['Instrument'])),
  behandeldIn: connection(out(['BEHANDELD_IN'], ['Overleg'])),
  route: computed([]),
  statusversie: computed([]),
  standen: statusStatements,
  regionaleInitiatieven: connection(out(['KNELPUNT_BIJ'], ['RegionaalInitiatief'])),
};

/** A regional initiative a liaison follows: where, on what, its knelpunten, and statements kept as lists. */
const initiativeFields = {
  ...entityFields,
  gebieden: connection(out(['INITIATIEF_IN'])),
  provincies: computed([]),
  opgaven: connection(out(['INITIATIEF_VOOR'], ['Opgave'], 'nummer')),
  themas: connection(out(['INITIATIEF_VOOR'], ['Thema'])),
  crossovers: connection(out(['INITIATIEF_VOOR'], ['Crossover'])),
  knelpunten: bottlenecksAt,
  vragenAanRijk: computed(['vragenAanRijk']),
  gaatGoed: computed(['gaatGoed']),
  kanBeter: computed(['kanBeter']),
};
const initiativesIn = connection(into(['INITIATIEF_IN'], ['RegionaalInitiatief']));

/** Where knelpunten come in and go next: the connections of a body along the escalation route. */
const bodyRouteFields = {
  knelpunten: connection(into(['BEHANDELD_IN'], ['Knelpunt'], 'ouderdom')),
  stuurt: connection(out(['STUURT'], ['Opgave'], 'nummer')),
  escaleertNaar: connection(out(['ESCALEERT_NAAR'], ['Overleg'])),
  ontvangtEscalatieVan: connection(into(['ESCALEERT_NAAR'], ['Overleg'])),
};

export const readModel = {
  Opgave: {
    ...entityFields,
    trekkers: byRoleKind(into(['TREKKER_VAN'], ['Actor'])),
    betrokkenen: involved,
    besprokenDoor: connection(into(['BESPREEKT'], ['Overleg'])),
    themas: connection(into(['THEMA_VAN'], ['Thema'])),
    regios: connection(
      out(['SPEELT_IN']),
      'SPEELT_IN also reaches provinces and municipalities, which this RegioConnection shows as Regio',
    ),
    instrumenten: instrumentsFor,
    bouwtVoortOp: builtOn,
    crossovers: byRoleKind(into(['VERBINDT'], ['Crossover'])),
    crossoverPartners: computed([]),
    mijlpalen: milestones,
    noemt: listed,
    genoemdIn: listedIn,
    knelpunten: bottlenecksAt,
    stuurgroepen: connection(into(['STUURT'], ['Overleg'])),
    doelen: targetsOf,
    toezeggingen: commitmentsFor,
    regionaleInitiatieven: connection(into(['INITIATIEF_VOOR'], ['RegionaalInitiatief'])),
  },
  Thema: {
    ...entityFields,
    opgaven: connection(out(['THEMA_VAN'], ['Opgave'], 'nummer')),
    instrumenten: instrumentsFor,
    bouwtVoortOp: builtOn,
    onderdeelVan: connection(out(['ONDERDEEL_VAN'])),
    onderdelen: connection(into(['ONDERDEEL_VAN'], ['Thema'])),
    betrokkenen: involved,
    gedeeldDoor: sharedBy,
    genoemdInGespreksronde: raisedInTalksWith,
    crossovers: crossoversAbout,
    mijlpalen: milestones,
    noemt: listed,
    genoemdIn: listedIn,
    knelpunten: bottlenecksAt,
    doelen: targetsOf,
  },
  Ministerie: { ...actorFields, medewerkers: byRoleKind(into(['WERKT_BIJ'], ['Persoon'])) },
  Koepel: { ...actorFields, leden: members, vertegenwoordigers: representedBy },
  Provincie: {
    ...actorFields,
    regios: connection(into(['LIGT_IN'], ['Regio'])),
    inGespreksronde: connection(into(['GENOEMD_IN_GESPREKSRONDE'])),
    deelt: connection(out(['DEELT'])),
    gemeenten: connection(into(['LIGT_IN'], ['Actor'])),
    opgaven: opgavenPlayingHere,
    gefinancierdDoor: fundedBy,
    vertegenwoordigers: representedBy,
    knelpunten: bottlenecksAt,
    regionaleInitiatieven: initiativesIn,
  },
  Gemeente: { ...actorFields, ligtIn: locatedIn, opgaven: opgavenPlayingHere, gefinancierdDoor: fundedBy },
  Waterschap: { ...actorFields, ligtIn: locatedIn },
  Organisatie: { ...actorFields, ligtIn: locatedIn, gefinancierdDoor: fundedBy },
  Overleg: {
    ...actorFields,
    leden: members,
    voorzitters: byRoleKind(into(['VOORZITTER_VAN'], ['Persoon'])),
    onderdeelVan: connection(out(['ONDERDEEL_VAN'])),
    mijlpalen: milestones,
    bespreekt: connection(out(['BESPREEKT'], ['Opgave'], 'nummer')),
    genoemdIn: listedIn,
    ...bodyRouteFields,
    rapportages: connection(into(['RAPPORTAGE_AAN'], ['Rapportage'])),
    activiteiten: connection(into(['UITGEVOERD_DOOR'], ['Activiteit'])),
  },
  Persoon: {
    ...actorFields,
    werktBij: byRoleKind(out(['WERKT_BIJ'], ['Actor'])),
    vertegenwoordigt: byRoleKind(out(['VERTEGENWOORDIGT'], ['Actor'])),
    voorzitterVan: byRoleKind(out(['VOORZITTER_VAN'], ['Actor'])),
  },
  Groep: { ...actorFields, leden: byRoleKind(into(['LID_VAN'], ['Actor'])) },
  Regio: {
    ...entityFields,
    provincies: connection(out(['LIGT_IN'])),
    genoemdInGespreksronde: raisedInTalksWith,
    gedeeldDoor: sharedBy,
    onderdelen: connection(into(['LIGT_IN'])),
    opgaven: opgavenPlayingHere,
    instrumenten: instrumentsFor,
    gefinancierdDoor: fundedBy,
    crossovers: crossoversAbout,
    genoemdIn: listedIn,
    knelpunten: bottlenecksAt,
    regionaleInitiatieven: initiativesIn,
  },
  Instrument: {
    ...entityFields,
    ...datedFields,
    opgaven: connection(out(['INSTRUMENT_VOOR'], ['Opgave'], 'nummer')),
    themas: connection(out(['INSTRUMENT_VOOR'], ['Thema'])),
    regios: connection(out(['INSTRUMENT_VOOR'], ['Regio', 'Provincie', 'Gemeente'])),
    ondertekenaars: byRoleKind(into(['ONDERTEKENDE'], ['Actor'])),
    betrokkenen: involved,
    genoemdInGespreksronde: raisedInTalksWith,
    basisVoor: connection(out(['BASIS_VOOR'])),
    bouwtVoortOp: builtOn,
    financiert: connection(out(['FINANCIERT'])),
    gefinancierdDoor: fundedBy,
    mijlpalen: milestones,
    onderdeelVan: connection(out(['ONDERDEEL_VAN'])),
    onderdelen: connection(into(['ONDERDEEL_VAN'])),
    noemt: listed,
    genoemdIn: listedIn,
    knelpunten: connection(into(['KNELPUNT_BIJ', 'VEROORZAAKT_DOOR', 'OPLOSSING_VIA'], ['Knelpunt'], 'ouderdom')),
    ...progressFields,
    toezeggingen: commitmentsFor,
    doelen: targetsOf,
    bedragen: connection(into(['BEDRAG_VAN'], ['Bedrag'])),
    rapportages: reportsAbout,
  },
  Crossover: {
    ...entityFields,
    /** Its name, as `naam` shows it: a non-null field, so a node without one shows its id. */
    onderwerp: computed(['naam']),
    opgaven: byRoleKind(out(['VERBINDT'], ['Opgave'], 'nummer')),
    betreft: connection(out(['BETREFT'])),
    knelpunten: bottlenecksAt,
  },
  Document: {
    ...entityFields,
    aantalRegels: computed(['bestand']),
    documentsoort: property('soort'),
    sha256: computed([]),
    aantalPaginas: computed([]),
    regels: computed([]),
    passages: computed([]),
    aantalPassages: computed([]),
    vervangt: computed(['vervangt']),
    vervangenDoor: computed([]),
    afzenders: byRoleKind(into(['AFZENDER_VAN'], ['Actor'])),
    geadresseerden: byRoleKind(out(['GERICHT_AAN'], ['Actor'])),
    bespreekt: connection(into(['BESPROKEN_IN'])),
    verwijstNaar: connection(out(['VERWIJST_NAAR'], ['Document'], 'datum')),
    noemt: listed,
  },
  Mijlpaal: {
    ...entityFields,
    ...datedFields,
    van: connection(out(['MIJLPAAL_VAN'])),
    betrokkenen: involved,
    ...progressFields,
    toezeggingen: commitmentsFor,
  },
  Knelpunt: bottleneckFields,
  Stand: {
    ...entityFields,
    ...datedFields,
    status: computed(['status']),
    peildatum: property('datum'),
    van: connection(out(['STAND_VAN'])),
    knelpuntStatus: computed(['status', 'vorigeStatus']),
    vorigeStatus: computed(['vorigeStatus']),
  },
  Toezegging: {
    ...entityFields,
    ...datedFields,
    toegezegdDoor: connection(out(['TOEGEZEGD_DOOR'], ['Actor'])),
    voor: connection(out(['TOEZEGGING_VOOR'])),
    ...progressFields,
    rapportages: reportsAbout,
  },
  Doel: { ...entityFields, van: connection(out(['DOEL_VAN'])), ...progressFields },
  Rapportage: {
    ...entityFields,
    door: connection(out(['GERAPPORTEERD_DOOR'], ['Actor'])),
    aan: connection(out(['RAPPORTAGE_AAN'], ['Actor'])),
    over: connection(out(['RAPPORTAGE_OVER'])),
  },
  Activiteit: {
    ...entityFields,
    soortActiviteit: property('soort'),
    uitgevoerdDoor: connection(out(['UITGEVOERD_DOOR'], ['Actor'])),
  },
  Bedrag: {
    ...entityFields,
    soortBedrag: property('soort'),
    van: connection(out(['BEDRAG_VAN'], ['Instrument'])),
    betaaldDoor: connection(out(['BETAALD_DOOR'])),
  },
  RegionaalInitiatief: initiativeFields,
  /** A relation: its type and ends come with it; `rol` and `onderwerp` are stored properties. */
  Relatie: {
    type: computed([]),
    van: computed([]),
    naar: computed([]),
    eigenschappen: computed('all'),
    bronnen: computed(sourceProperties),
    vastlegging: computed(recordingProperties),
  },
} satisfies Record<NodeLabel | 'Relatie', Record<string, FieldRead>>;

export type ReadModel = Readonly<Record<string, Readonly<Record<string, FieldRead>>>>;

/** The GraphQL type that shows relations (`relatie` on an edge). */
export const relationTypeName = 'Relatie';
