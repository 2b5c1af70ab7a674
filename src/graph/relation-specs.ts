import type { NodeLabel, RelationType } from './model.js';

export type Direction = 'out' | 'in' | 'both';
export type SortOrder = 'naam' | 'nummer' | 'datum';
export type LabelFilter = NodeLabel | 'Actor';

/**
 * A way to follow relations from a node: which types, which direction, which kinds of node
 * at the other end, in which order. Every connection field of the API is one of these.
 */
export interface RelationSpec {
  types: readonly RelationType[];
  direction: Direction;
  targets?: readonly LabelFilter[];
  order?: SortOrder;
}

/** A stable text form, used as part of DataLoader keys. */
export function specKey(spec: RelationSpec): string {
  return [spec.direction, spec.types.join('|') || '*', spec.targets?.join('|') ?? '*', spec.order ?? 'naam'].join('/');
}

/** A stable text form of a spec and a page of it. */
export function pageKey(spec: RelationSpec, page: { offset: number; limit: number }): string {
  return `${specKey(spec)}#${page.offset}#${page.limit}`;
}

const out = (types: RelationType[], targets?: LabelFilter[], order?: SortOrder): RelationSpec => ({
  types,
  direction: 'out',
  targets,
  order,
});
const into = (types: RelationType[], targets?: LabelFilter[], order?: SortOrder): RelationSpec => ({
  types,
  direction: 'in',
  targets,
  order,
});

/** The connection fields of the API, by GraphQL type and field. */
export const relations = {
  opgave: {
    trekkers: into(['TREKKER_VAN'], ['Actor']),
    betrokkenen: into(['BETROKKEN_BIJ'], ['Actor']),
    themas: into(['THEMA_VAN'], ['Thema']),
    regios: out(['SPEELT_IN']),
    instrumenten: into(['INSTRUMENT_VOOR'], ['Instrument']),
    crossovers: into(['VERBINDT'], ['Crossover']),
    mijlpalen: into(['MIJLPAAL_VAN'], ['Mijlpaal'], 'datum'),
  },
  thema: {
    opgaven: out(['THEMA_VAN'], ['Opgave'], 'nummer'),
    instrumenten: into(['INSTRUMENT_VOOR'], ['Instrument']),
    betrokkenen: into(['BETROKKEN_BIJ'], ['Actor']),
    crossovers: into(['BETREFT'], ['Crossover']),
  },
  actor: {
    trekkerVan: out(['TREKKER_VAN'], ['Opgave'], 'nummer'),
    betrokkenBij: out(['BETROKKEN_BIJ']),
    lidVan: out(['LID_VAN'], ['Actor']),
    ondertekende: out(['ONDERTEKENDE']),
    afzenderVan: out(['AFZENDER_VAN'], ['Document'], 'datum'),
    medewerkers: into(['WERKT_BIJ'], ['Persoon']),
    leden: into(['LID_VAN', 'ONDERDEEL_VAN'], ['Actor']),
    vertegenwoordigers: into(['VERTEGENWOORDIGT'], ['Persoon']),
    regios: into(['LIGT_IN'], ['Regio']),
    gemeenten: into(['LIGT_IN'], ['Actor']),
    opgaven: into(['SPEELT_IN'], ['Opgave'], 'nummer'),
    ligtIn: out(['LIGT_IN']),
    voorzitters: into(['VOORZITTER_VAN'], ['Persoon']),
    onderdeelVan: out(['ONDERDEEL_VAN']),
    mijlpalen: into(['MIJLPAAL_VAN'], ['Mijlpaal'], 'datum'),
    werktBij: out(['WERKT_BIJ'], ['Actor']),
    vertegenwoordigt: out(['VERTEGENWOORDIGT'], ['Actor']),
    voorzitterVan: out(['VOORZITTER_VAN'], ['Actor']),
  },
  regio: {
    provincies: out(['LIGT_IN']),
    onderdelen: into(['LIGT_IN']),
    opgaven: into(['SPEELT_IN'], ['Opgave'], 'nummer'),
    instrumenten: into(['INSTRUMENT_VOOR'], ['Instrument']),
    crossovers: into(['BETREFT'], ['Crossover']),
  },
  instrument: {
    opgaven: out(['INSTRUMENT_VOOR'], ['Opgave'], 'nummer'),
    themas: out(['INSTRUMENT_VOOR'], ['Thema']),
    regios: out(['INSTRUMENT_VOOR'], ['Regio', 'Provincie', 'Gemeente']),
    ondertekenaars: into(['ONDERTEKENDE'], ['Actor']),
    betrokkenen: into(['BETROKKEN_BIJ'], ['Actor']),
    mijlpalen: into(['MIJLPAAL_VAN'], ['Mijlpaal'], 'datum'),
    onderdeelVan: out(['ONDERDEEL_VAN']),
    onderdelen: into(['ONDERDEEL_VAN']),
  },
  crossover: {
    opgaven: out(['VERBINDT'], ['Opgave'], 'nummer'),
    betreft: out(['BETREFT']),
  },
  document: {
    afzenders: into(['AFZENDER_VAN'], ['Actor']),
    geadresseerden: out(['GERICHT_AAN'], ['Actor']),
    bespreekt: into(['BESPROKEN_IN']),
    verwijstNaar: out(['VERWIJST_NAAR'], ['Document'], 'datum'),
  },
  mijlpaal: {
    van: out(['MIJLPAAL_VAN']),
    betrokkenen: into(['BETROKKEN_BIJ'], ['Actor']),
  },
} satisfies Record<string, Record<string, RelationSpec>>;
