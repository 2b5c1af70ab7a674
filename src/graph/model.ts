/**
 * The knowledge graph's model: which kinds of node and relation exist, what they mean and
 * which kinds a relation may join. Seeds are validated against it, the Cypher builders take
 * labels and relation types only from it (never from input), and the model tables in
 * docs/knowledge-graph.md mirror it.
 */

export const actorLabels = [
  'Ministerie',
  'Koepel',
  'Provincie',
  'Gemeente',
  'Waterschap',
  'Organisatie',
  'Overleg',
  'Persoon',
  'Groep',
] as const;

/**
 * The kinds of progress (voortgang) and money: dated status statements, commitments, measurable
 * targets, reporting moments, the programme team's work and typed amounts (seeds/MODEL.md, Voortgang).
 */
export const progressLabels = ['Stand', 'Toezegging', 'Doel', 'Rapportage', 'Activiteit', 'Bedrag'] as const;

export const nodeLabels = [
  'Opgave',
  'Thema',
  ...actorLabels,
  'Regio',
  'Instrument',
  'Mijlpaal',
  'Document',
  'Crossover',
  'Knelpunt',
  ...progressLabels,
  'RegionaalInitiatief',
] as const;

export type ActorLabel = (typeof actorLabels)[number];
export type NodeLabel = (typeof nodeLabels)[number];

/** Every node has the label `Entiteit`; actors also `Actor`. */
export const entityLabel = 'Entiteit';
export const actorLabel = 'Actor';

export function isActorLabel(label: string): label is ActorLabel {
  return (actorLabels as readonly string[]).includes(label);
}

/** The form of every id: a kind's prefix, a colon and kebab-case, as in `opgave:klimaat`. */
export const idPattern = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

/** The id prefix of each kind: `opgave:klimaat`, `provincie:gelderland`, ... */
export function idPrefix(label: NodeLabel): string {
  return label.toLowerCase();
}

type Endpoint = NodeLabel | 'Actor' | 'Entiteit';

export interface RelationDefinition {
  meaning: string;
  from: readonly Endpoint[];
  to: readonly Endpoint[];
  example: string;
  /** Only liaisons record it (no text states one, so no seed holds one); its example is illustrative. */
  recordedOnly?: true;
}

/**
 * The relation kinds of knelpunten (bottlenecks) and of the route a knelpunt takes between bodies;
 * seeds/MODEL.md, section Knelpunten, says which texts each rests on.
 */
const bottleneckRelationTypes = {
  KNELPUNT_BIJ: {
    meaning: 'the bottleneck concerns (arises in) this opgave, theme, crossover, area or instrument',
    from: ['Knelpunt'],
    to: ['Opgave', 'Thema', 'Crossover', 'Regio', 'Provincie', 'Gemeente', 'Instrument', 'RegionaalInitiatief'],
    example: 'knelpunt:tekorten-jeugdzorg → opgave:sociaal-domein',
  },
  GESIGNALEERD_DOOR: {
    meaning: 'the text says this actor, or this report or communication, raised the bottleneck',
    from: ['Knelpunt'],
    to: ['Actor', 'Instrument'],
    example: 'knelpunt:tekorten-sociaal-domein → overleg:vng-alv',
  },
  VEROORZAAKT_DOOR: {
    meaning: 'the bottleneck is caused by this law, rule or arrangement, as the text states it',
    from: ['Knelpunt'],
    to: ['Instrument'],
    example: 'knelpunt:aansluitplicht-gas → instrument:aansluitplicht-gas',
  },
  OPLOSSING_VIA: {
    meaning: 'the text names this instrument as the remedy for the bottleneck, or as the way to one',
    from: ['Knelpunt'],
    to: ['Instrument'],
    example: 'knelpunt:aansluitplicht-gas → instrument:wetsvoorstel-aansluitplicht-gas',
  },
  BEHANDELD_IN: {
    meaning:
      'the text says this body discusses, handles or works on the bottleneck; a liaison who puts it on the agenda gives `vanaf`, the date from which it is there',
    from: ['Knelpunt'],
    to: ['Overleg'],
    example: 'knelpunt:dubbelingen-governance-ondermijning → overleg:stuurgroep-aanpak-ondermijning',
  },
  STUURT: {
    meaning: 'the body is the interbestuurlijke stuurgroep of this opgave (or the body the text names in its place)',
    from: ['Overleg'],
    to: ['Opgave'],
    example: 'overleg:hoogambtelijke-taskforce-migratie → opgave:migratie',
  },
  ESCALEERT_NAAR: {
    meaning:
      'what this body puts on the agenda of the next one: where a matter goes next, as the programme text describes it',
    from: ['Overleg'],
    to: ['Overleg'],
    example: 'overleg:stuurgroep-ibp-plus → overleg:interbestuurlijke-regietafel',
  },
} as const satisfies Record<string, RelationDefinition>;

/** The relation kinds of progress, commitments, targets, reports, the team's work and amounts. */
const progressRelationTypes = {
  STAND_VAN: {
    meaning:
      'a dated status statement (`status`, `datum` as of when) a text makes about this milestone, agreement, commitment or target, or a liaison records about a knelpunt (a move of its status, with `reden`)',
    from: ['Stand'],
    to: ['Mijlpaal', 'Instrument', 'Toezegging', 'Doel', 'Knelpunt'],
    example: 'stand:bestuursakkoord-klimaatadaptatie-2019-02 → mijlpaal:bestuursakkoord-klimaatadaptatie',
  },
  TOEGEZEGD_DOOR: {
    meaning: 'who made the commitment (promised it), as the text says',
    from: ['Toezegging'],
    to: ['Actor'],
    example: 'toezegging:fonds-tekorten-sociaal-domein → organisatie:rijk',
  },
  TOEZEGGING_VOOR: {
    meaning: 'what the commitment concerns: an opgave, theme, instrument, milestone or knelpunt',
    from: ['Toezegging'],
    to: ['Opgave', 'Thema', 'Instrument', 'Mijlpaal', 'Knelpunt'],
    example: 'toezegging:rob-onderzoek-buig → instrument:buig',
  },
  DOEL_VAN: {
    meaning: 'a measurable target (indicator, value, unit, base and target year) of this opgave, theme or instrument',
    from: ['Doel'],
    to: ['Opgave', 'Thema', 'Instrument'],
    example: 'doel:co2-reductie-49-procent-2030 → opgave:klimaat',
  },
  GERAPPORTEERD_DOOR: {
    meaning: 'who reports (writes, sends or gives) the report or reporting moment',
    from: ['Rapportage'],
    to: ['Actor'],
    example: 'rapportage:verslag-grensoverschrijdende-samenwerking → ministerie:bzk',
  },
  RAPPORTAGE_AAN: {
    meaning: 'to whom (or in which body) the report goes',
    from: ['Rapportage'],
    to: ['Actor'],
    example: 'rapportage:verslag-grensoverschrijdende-samenwerking → organisatie:tweede-kamer',
  },
  RAPPORTAGE_OVER: {
    meaning: 'what the report or reporting moment is about',
    from: ['Rapportage'],
    to: ['Opgave', 'Thema', 'Instrument', 'Mijlpaal', 'Toezegging', 'Doel', 'Knelpunt', 'Activiteit'],
    example: 'rapportage:voortgang-afspraken-bo-klimaat → instrument:klimaatakkoord',
  },
  UITGEVOERD_DOOR: {
    meaning: 'who carries out the activity',
    from: ['Activiteit'],
    to: ['Actor'],
    example: 'activiteit:knelpunten-signaleren → overleg:ibp-programmateam',
  },
  BEDRAG_VAN: {
    meaning:
      'the amount belongs to this fund, budget, agreement or calculation (a size, contribution, growth or accres)',
    from: ['Bedrag'],
    to: ['Instrument'],
    example: 'bedrag:tabel-3-accres-gemeentefonds-2018 → instrument:gemeentefonds',
  },
  BETAALD_DOOR: {
    meaning: 'who (or which fund) pays the amount or bears the share, as the text says',
    from: ['Bedrag'],
    to: ['Actor', 'Instrument'],
    example: 'bedrag:fonds-tekorten-bijdrage-kabinet → organisatie:kabinet',
  },
} as const satisfies Record<string, RelationDefinition>;

/** The relation kinds of a regional initiative that liaisons follow (seeds/MODEL.md, Regionale initiatieven). */
const initiativeRelationTypes = {
  INITIATIEF_IN: {
    meaning: 'the regional initiative plays in this area: a region, province or municipality',
    from: ['RegionaalInitiatief'],
    to: ['Regio', 'Provincie', 'Gemeente'],
    example: 'regionaalinitiatief:energieke-veenkolonien → provincie:drenthe',
    recordedOnly: true,
  },
  INITIATIEF_VOOR: {
    meaning:
      'the regional initiative works on this opgave, theme or crossover; `genoemdAls` keeps the words the region uses for it',
    from: ['RegionaalInitiatief'],
    to: ['Opgave', 'Thema', 'Crossover'],
    example: 'regionaalinitiatief:energieke-veenkolonien → opgave:klimaat',
    recordedOnly: true,
  },
} as const satisfies Record<string, RelationDefinition>;

export const relationTypes = {
  TREKKER_VAN: {
    meaning: 'leads (is trekker of) an opgave; `rol` says how',
    from: ['Actor'],
    to: ['Opgave'],
    example: 'ministerie:lnv → opgave:vitaal-platteland',
  },
  BETROKKEN_BIJ: {
    meaning: 'takes part in an opgave, theme, instrument, body or milestone; `rol` says how',
    from: ['Actor'],
    to: ['Opgave', 'Thema', 'Instrument', 'Overleg', 'Mijlpaal', 'Crossover'],
    example: 'persoon:sandor-gaastra → opgave:klimaat',
  },
  ONDERTEKENDE: {
    meaning: 'signed a document or agreement',
    from: ['Actor'],
    to: ['Instrument', 'Document'],
    example: 'persoon:rutte → instrument:interbestuurlijk-programma',
  },
  LID_VAN: {
    meaning: 'is a member of a body or association, or one of a group the text names together',
    from: ['Actor'],
    to: ['Overleg', 'Koepel', 'Groep'],
    example: 'persoon:pauli → overleg:ipo-bestuurlijke-kopgroep',
  },
  VOORZITTER_VAN: {
    meaning: 'chairs a body',
    from: ['Persoon'],
    to: ['Overleg'],
    example: 'persoon:ollongren → overleg:interbestuurlijke-regietafel',
  },
  VERTEGENWOORDIGT: {
    meaning: 'speaks for an organisation',
    from: ['Persoon'],
    to: ['Actor'],
    example: 'persoon:van-zanen → koepel:vng',
  },
  WERKT_BIJ: {
    meaning: 'works for (holds office at) an organisation',
    from: ['Persoon'],
    to: ['Actor'],
    example: 'persoon:wiebes → ministerie:ezk',
  },
  LIGT_IN: {
    meaning: 'lies (partly) within a province or larger region, as a text states it (`grond`); nothing else',
    from: ['Regio', 'Gemeente', 'Waterschap', 'Organisatie'],
    to: ['Provincie', 'Regio'],
    example: 'regio:chemelot → provincie:limburg',
  },
  GENOEMD_IN_GESPREKSRONDE: {
    meaning: "was raised in the IPO's round of talks with this province (IPO memo); says nothing about where it lies",
    from: ['Regio', 'Gemeente', 'Instrument', 'Thema'],
    to: ['Provincie'],
    example: 'regio:veluwe → provincie:gelderland',
  },
  DEELT: {
    meaning:
      'the province holds this area or subject in common with another province (`met`): the text says they share it or see its chances together',
    from: ['Provincie'],
    to: ['Regio', 'Thema'],
    example: 'provincie:utrecht → regio:food-valley',
  },
  BESPREEKT: {
    meaning: "the body is where the IPO's input for this opgave is discussed",
    from: ['Overleg'],
    to: ['Opgave'],
    example: 'overleg:bac-energie → opgave:klimaat',
  },
  SPEELT_IN: {
    meaning:
      'the opgave plays in (is worked on in) that area, as a text says (`onderwerp`); not an area a text only uses as an example, nor a partner',
    from: ['Opgave'],
    to: ['Regio', 'Provincie', 'Gemeente'],
    example: 'opgave:klimaat → regio:eems-dollard',
  },
  INSTRUMENT_VOOR: {
    meaning:
      'the instrument is deployed, used, set up or adjusted for the opgave, theme, area or other instrument, as a text says; not what the work builds on (BASIS_VOOR) nor money it gives (FINANCIERT)',
    from: ['Instrument'],
    to: ['Opgave', 'Thema', 'Regio', 'Provincie', 'Gemeente', 'Instrument'],
    example: 'instrument:tel-mee-met-taal → thema:laaggeletterdheid',
  },
  BASIS_VOOR: {
    meaning:
      'the agreement, law, report, earlier programme or the experience with it is a basis for the opgave, theme or instrument: a text says the work builds on it, follows from it, rests on it or aligns with it (`grond`)',
    from: ['Instrument'],
    to: ['Opgave', 'Thema', 'Instrument'],
    example: 'instrument:wet-hof → thema:emu-normering',
  },
  FINANCIERT: {
    meaning:
      'the fund, envelope or budget provides money to it, as a text says (`bijdrage` where the text gives an amount)',
    from: ['Instrument'],
    to: ['Instrument', 'Regio', 'Provincie', 'Gemeente', 'Organisatie'],
    example: 'instrument:regionale-envelop → regio:brainport',
  },
  THEMA_VAN: {
    meaning: 'a direct sub-theme of an opgave; a theme under a broader theme is ONDERDEEL_VAN that theme',
    from: ['Thema'],
    to: ['Opgave'],
    example: 'thema:inburgering → opgave:migratie',
  },
  VERBINDT: {
    meaning:
      'the crossover joins this opgave (two or more); `rol` kern or verbonden: a star links the kern to each other one, not those to each other',
    from: ['Crossover'],
    to: ['Opgave'],
    example: 'crossover:inburgering → opgave:sociaal-domein',
  },
  BETREFT: {
    meaning: 'the crossover is about this area, theme or instrument, as the text of the crossover says',
    from: ['Crossover'],
    to: ['Regio', 'Thema', 'Instrument', 'Provincie', 'Gemeente'],
    example: 'crossover:samenhang-in-gebieden → regio:zuidoost-drenthe',
  },
  MIJLPAAL_VAN: {
    meaning: 'a milestone of an opgave, theme, instrument or body',
    from: ['Mijlpaal'],
    to: ['Opgave', 'Thema', 'Instrument', 'Overleg'],
    example: 'mijlpaal:nationale-woonagenda-2018 → opgave:wonen',
  },
  BESPROKEN_IN: {
    meaning: 'the document discusses this node substantially',
    from: ['Entiteit'],
    to: ['Document'],
    example: 'opgave:overkoepelend → document:ipo-memo-2018-05-02',
  },
  AFZENDER_VAN: {
    meaning: 'sent (authored) the document',
    from: ['Actor'],
    to: ['Document'],
    example: 'koepel:vng → document:vng-ledenbrief-2018-03-16',
  },
  GERICHT_AAN: {
    meaning: 'the document is addressed to this actor',
    from: ['Document'],
    to: ['Actor'],
    example: 'document:ipo-memo-2018-05-02 → overleg:ipo-bestuur',
  },
  VERWIJST_NAAR: {
    meaning: 'the document refers to another document',
    from: ['Document'],
    to: ['Document'],
    example: 'document:vng-ledenbrief-2018-03-16 → document:ibp-programmastart',
  },
  NOEMT: {
    meaning:
      'the node lists this item in a list a text gives under it (a heading, agreement, programme or table): `lijst` names the list, `positie` is the place in it (1 first), `genoemdAls` the words the list uses; says nothing beyond being listed there',
    from: ['Document', 'Opgave', 'Thema', 'Instrument'],
    to: ['Opgave', 'Thema', 'Instrument', 'Regio', 'Overleg'],
    example: 'document:ibp-programmastart → opgave:schulden',
  },
  ONDERDEEL_VAN: {
    meaning:
      'is part of a larger whole: a theme of a broader theme, an instrument or theme of a programme or agreement, a body of a body or koepel, an opgave of the IBP',
    from: ['Thema', 'Instrument', 'Overleg', 'Opgave'],
    to: ['Thema', 'Instrument', 'Overleg', 'Koepel'],
    example: 'thema:sector-mobiliteit → thema:klimaatmitigatie',
  },
  ...bottleneckRelationTypes,
  ...progressRelationTypes,
  ...initiativeRelationTypes,
} as const satisfies Record<string, RelationDefinition>;

/**
 * The controlled vocabulary of roles on relations (`eigenschappen.rolSoort`), beside the free-text
 * `rol` that keeps the words of the text. Each kind with its meaning; seeds/MODEL.md maps every
 * free-text role to its kind, and the SDL enum `RolSoort` holds the same values in upper case.
 */
export const roleKindMeanings = {
  trekker: 'leads an opgave or a piece of work (trekker, takes the lead)',
  regisseur: 'directs or coordinates a process, agreement or programme (regie, coördinatie)',
  voorzitter: 'chairs or leads a body or delegation, or acts for an organisation as its chair',
  lid: 'is a member of a body or delegation',
  bestuurlijk: 'takes part or is responsible at the administrative (political) level',
  ambtelijk: 'takes part or is responsible at the civil-service level (officials, directors)',
  bewindspersoon: 'holds office as minister or state secretary',
  vertegenwoordiger: 'acts on behalf of a larger whole (such as the Rijk)',
  opsteller: 'drew up, wrote, developed or proposed a document, plan, map or agreement',
  uitvoerder: 'carries out the work: a study, exploration, activity or preparation',
  ondersteuner: 'supports the work of others',
  partner: 'works on it jointly with others, as one of the parties',
  adviseur: 'supplies the analysis, forecast or advice the work rests on',
  toetser: 'reviews the results of the work',
  financier: 'makes money available',
  fondsbeheerder: 'manages (or co-manages) a fund',
  ondertekenaar: 'signs a letter or agreement in its own name',
  geadresseerde: 'receives a document or report',
  kopiehouder: 'receives a copy (cc)',
  kern: 'the opgave a crossover statement speaks from',
  verbonden: 'an opgave a crossover statement links to',
} as const;

export type RoleKind = keyof typeof roleKindMeanings;
export const roleKinds = Object.keys(roleKindMeanings) as RoleKind[];

export function isRoleKind(value: unknown): value is RoleKind {
  return typeof value === 'string' && Object.hasOwn(roleKindMeanings, value);
}

/**
 * The controlled vocabularies of a knelpunt's properties, each word with its meaning: `soort` (what
 * kind of bottleneck), `schaal` (at what scale it plays, where a text gives one) and `status`. The SDL
 * enums `KnelpuntSoort`, `Schaal` and `KnelpuntStatus` hold the same words in upper case, hyphens as
 * underscores; the seed check refuses any other value.
 */
export const bottleneckKindMeanings = {
  'wet-en-regelgeving': 'a law or rule stands in the way (including rules that must be adapted)',
  fiscaal: 'a tax rule stands in the way',
  financieel: 'money: a shortfall, costs, a budget or missing financial agreements',
  samenwerking: 'the way governments work together: compartmentalised work, overlapping governance',
  capaciteit: 'too few people, places or supply to do the work',
  informatie: 'information comes too late, is missing or does not fit',
  uitvoering: 'getting the work done on the ground (building, realising, executing)',
} as const;

export const scaleMeanings = {
  landelijk: 'nationwide',
  regionaal: 'in regions or areas',
  lokaal: 'in (some) municipalities',
} as const;

export const bottleneckStatusMeanings = {
  gesignaleerd: 'a text names the bottleneck; none says work on it has started or been agreed',
  'in-behandeling': 'a text says the parties work, or agreed to work, on it (an inventory, research, talks, a measure)',
  'deels-opgelost': 'a text says a partial solution has been reached',
  opgelost: 'a text says it has been solved',
  onbekend: 'no text says anything about its state',
} as const;

export type BottleneckKind = keyof typeof bottleneckKindMeanings;
export type Scale = keyof typeof scaleMeanings;
export type BottleneckStatus = keyof typeof bottleneckStatusMeanings;
export const bottleneckKinds = Object.keys(bottleneckKindMeanings) as BottleneckKind[];
export const scales = Object.keys(scaleMeanings) as Scale[];
export const bottleneckStatuses = Object.keys(bottleneckStatusMeanings) as BottleneckStatus[];
/** The status of a knelpunt that has none stored. */
export const defaultBottleneckStatus: BottleneckStatus = 'onbekend';

/**
 * The status a progress statement (`Stand`) gives a milestone, agreement, commitment or target. The SDL
 * enum `VoortgangStatus` holds the same words in upper case.
 */
export const progressStatusMeanings = {
  gepland: 'a text says it is planned, intended or foreseen and not yet done',
  bereikt: 'a text says it has been done, reached or agreed',
  deels: 'a text says part of it has been done or reached',
  uitgesteld: 'a text says it has been postponed or will come later than planned',
  vervallen: 'a text says it has been dropped',
  onbekend: 'no text says how it stands',
} as const;

/** What an amount is (`Bedrag.soort`); the SDL enum `BedragSoort` holds the same words in upper case. */
export const amountKindMeanings = {
  omvang: 'the size of a fund or budget',
  bijdrage: 'what one party contributes',
  groei: 'the growth of a fund over a period',
  accres: "a fund's yearly growth under the normeringsystematiek",
  'accres-cumulatief': 'the accres summed from the first year of the table up to this year',
  grondslag: 'the base a yearly accres is calculated on',
  uitgaven: 'spending of the Rijk counted by the normeringsystematiek',
  correctie: 'a correction on that spending',
  ontwikkeling: 'the yearly change, in per cent',
  aandeel: 'the share of the costs a party bears, in per cent',
} as const;

export type ProgressStatus = keyof typeof progressStatusMeanings;
export type AmountKind = keyof typeof amountKindMeanings;
export const progressStatuses = Object.keys(progressStatusMeanings) as ProgressStatus[];
export const amountKinds = Object.keys(amountKindMeanings) as AmountKind[];

export type RelationType = keyof typeof relationTypes;
export const relationTypeNames = Object.keys(relationTypes) as RelationType[];

/** Whether a node of this label may stand at an end of a relation that allows `endpoints`. */
export function endpointAllows(endpoints: readonly Endpoint[], label: NodeLabel): boolean {
  return endpoints.some(
    (endpoint) => endpoint === label || endpoint === 'Entiteit' || (endpoint === 'Actor' && isActorLabel(label)),
  );
}
