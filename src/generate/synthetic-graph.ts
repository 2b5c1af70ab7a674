import {
  endpointAllows,
  idPrefix,
  nodeLabels,
  relationTypeNames,
  relationTypes,
  type NodeLabel,
  type RelationType,
} from '../graph/model.js';
import { dateSpan } from '../graph/dates.js';
import type { NodeRow, RelationRow } from '../repositories/seed-repository.js';
import { syntheticOrigin } from '../repositories/synthetic-repository.js';
import { Random } from './random.js';
import * as names from './synthetic-names.js';
import {
  planSyntheticGraph,
  relationTemplates,
  type SyntheticGraphOptions,
  type SyntheticPlan,
} from './synthetic-plan.js';

export type SyntheticRow = { kind: 'node'; row: NodeRow } | { kind: 'relation'; row: RelationRow };

/**
 * The synthetic graph for the given size and seed, row by row: every node first, then every
 * relation, so a loader can stream a million relations without holding them. The same options
 * give the same rows in the same order. Ids read `regio:synthetisch-123`; every node and
 * relation cites one or two of the generated documents and has `herkomst: 'synthetisch'`.
 */
export function* syntheticGraph(options: SyntheticGraphOptions): Generator<SyntheticRow> {
  const builder = new GraphBuilder(planSyntheticGraph(options), new Random(options.seed));
  for (const row of builder.nodes()) yield { kind: 'node', row };
  for (const row of builder.relations()) yield { kind: 'relation', row };
}

type KindWeights = ReadonlyArray<readonly [NodeLabel, number]>;

const actorsWithStaff: KindWeights = [
  ['Ministerie', 3],
  ['Koepel', 1],
  ['Provincie', 2],
  ['Gemeente', 4],
  ['Waterschap', 1],
  ['Organisatie', 3],
  ['Overleg', 0.5],
];

/** Who raises knelpunten: governments and their associations most, as in the documents. */
const signallers: KindWeights = [
  ['Ministerie', 4],
  ['Koepel', 2],
  ['Provincie', 1],
  ['Gemeente', 1],
  ['Overleg', 1],
];

/** Who makes commitments, reports and pays: the Rijk's ministries and the koepels, as in the documents. */
const promisers: KindWeights = [
  ['Ministerie', 3],
  ['Koepel', 2],
  ['Overleg', 1],
];

/**
 * Holds the node index (kinds as consecutive ranges of one numbering) and the relations made so
 * far. `nodes()` runs before `relations()`, which quotes the names it recorded.
 */
class GraphBuilder {
  private readonly ranges = new Map<NodeLabel, { start: number; count: number }>();
  private readonly labels: NodeLabel[] = [];
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  /**
   * The pairs of opgaven (by number within their kind) that the synthetic documents name
   * crossovers for. A third of all pairs, as in the seeds, so that crossover discovery still
   * has undeclared pairs to find; with thousands of crossovers over random pairs it would not.
   */
  private declaredPairs: Array<readonly [number, number]> = [];
  /** `(type, from, to)` as one number, so that a million relations are checked for duplicates cheaply. */
  private readonly made = new Set<number>();

  constructor(
    private readonly plan: SyntheticPlan,
    private readonly random: Random,
  ) {
    for (const label of nodeLabels) {
      const count = plan.nodes[label];
      this.ranges.set(label, { start: this.ids.length, count });
      for (let local = 1; local <= count; local++) {
        this.labels.push(label);
        this.ids.push(`${idPrefix(label)}:synthetisch-${local}`);
      }
    }
    for (const template of relationTemplates) {
      const definition = relationTypes[template.type];
      const allowed =
        template.from.every(([label]) => endpointAllows(definition.from, label)) &&
        template.to.every(([label]) => endpointAllows(definition.to, label));
      if (!allowed) throw new Error(`relation template ${template.type} joins kinds the model does not allow`);
    }
  }

  *nodes(): Generator<NodeRow> {
    for (let index = 0; index < this.ids.length; index++) {
      const label = this.labels[index]!;
      const local = index - this.range(label).start;
      const { naam, properties } = this.describeNode(label, local);
      this.names[index] = naam;
      const span = typeof properties.datum === 'string' ? dateSpan(properties.datum) : undefined;
      yield {
        label,
        properties: {
          ...properties,
          id: this.ids[index]!,
          naam,
          beschrijving: names.description(label, this.random),
          ...this.sources(naam),
          ...(span && { datumVan: span.van, datumTot: span.tot }),
          herkomst: syntheticOrigin,
        },
      };
    }
  }

  /** First each node's defining relations (a region lies in a province, ...), then the filler up to the budget. */
  *relations(): Generator<RelationRow> {
    this.declaredPairs = this.chooseDeclaredPairs();
    for (const label of nodeLabels) {
      const { start, count } = this.range(label);
      for (let index = start; index < start + count; index++)
        yield* this.definingRelations(label, index, index - start);
    }
    const templates = relationTemplates.map((template) => [template, template.weight] as const);
    const budget = this.plan.totalRelations - this.made.size;
    // Duplicates are drawn again; the cap only matters for tiny graphs with very many relations per node.
    for (let attempts = 0; this.made.size < this.plan.totalRelations && attempts < budget * 20; attempts++) {
      const template = this.random.weighted(templates);
      yield* this.relation(template.type, this.pick(template.from, false), this.pick(template.to, true));
    }
  }

  private describeNode(label: NodeLabel, local: number): { naam: string; properties: Record<string, unknown> } {
    const synthetic = (naam: string) => `${naam} (synthetisch)`;
    if (label === 'Opgave') {
      const opgave = names.opgaven[local % names.opgaven.length]!;
      return { naam: synthetic(opgave.naam), properties: { nummer: local + 1, categorie: opgave.categorie } };
    }
    if (label === 'Ministerie') {
      const [naam, afkorting] = names.ministeries[local % names.ministeries.length]!;
      return { naam: synthetic(`Ministerie van ${naam}`), properties: { afkorting } };
    }
    if (label === 'Koepel') {
      const [naam, afkorting] = names.koepels[local % names.koepels.length]!;
      return { naam: synthetic(naam), properties: { afkorting } };
    }
    if (label === 'Provincie') {
      return { naam: synthetic(names.provincies[local % 12]!), properties: { cbsCode: `PV${20 + (local % 12)}` } };
    }
    if (label === 'Instrument' && local === 0) {
      return {
        naam: synthetic('Interbestuurlijk Programma'),
        properties: { afkorting: 'IBP', soort: 'akkoord', datum: '2018-02-14' },
      };
    }
    if (label === 'Mijlpaal') {
      const { naam } = names.generatedNode(label, this.random);
      return { naam, properties: names.milestoneDate(this.random) };
    }
    if (label === 'Document') {
      const { naam } = local === 0 ? { naam: synthetic('Programmastart') } : names.generatedNode(label, this.random);
      const { datum } = names.milestoneDate(this.random);
      return {
        naam,
        properties: {
          datum: dateSpan(datum)!.van,
          soort: local === 0 ? 'programma' : 'brief',
          afzender: names.placeName(this.random),
          kenmerk: `SYN-${String(local + 1).padStart(6, '0')}`,
          // There is no such file: sources that cite it show their quote, but no lines around it.
          bestand: `synthetisch-${local + 1}.txt`,
        },
      };
    }
    return names.generatedNode(label, this.random);
  }

  /** What every node of a kind has in the seeded graph too, so that no node stands alone. */
  private *definingRelations(label: NodeLabel, index: number, local: number): Generator<RelationRow> {
    const ibp = this.range('Instrument').start;
    const koepel = (afkorting: string) =>
      this.range('Koepel').start + names.koepels.findIndex(([, a]) => a === afkorting);
    switch (label) {
      case 'Opgave':
        for (let i = this.random.between(1, 2); i > 0; i--)
          yield* this.relation('TREKKER_VAN', this.pickIn('Ministerie', true), index);
        if (this.random.chance(0.5)) yield* this.relation('TREKKER_VAN', this.pickIn('Koepel', false), index);
        yield* this.relation('ONDERDEEL_VAN', index, ibp);
        return;
      case 'Thema':
        yield* this.relation('THEMA_VAN', index, this.pickIn('Opgave', false));
        if (local > 0 && this.random.chance(0.3))
          yield* this.relation('ONDERDEEL_VAN', index, this.earlier(label, local));
        return;
      case 'Ministerie':
      case 'Koepel':
        yield* this.relation('ONDERTEKENDE', index, ibp);
        return;
      case 'Provincie':
        yield* this.relation('LID_VAN', index, koepel('IPO'));
        return;
      case 'Gemeente':
        yield* this.relation('LIGT_IN', index, this.pickIn('Provincie', false));
        yield* this.relation('LID_VAN', index, koepel('VNG'));
        return;
      case 'Waterschap':
        for (let i = this.random.between(1, 2); i > 0; i--)
          yield* this.relation('LIGT_IN', index, this.pickIn('Provincie', false));
        yield* this.relation('LID_VAN', index, koepel('UvW'));
        return;
      case 'Organisatie':
        yield* this.relation(
          'LIGT_IN',
          index,
          this.random.chance(0.5) ? this.pickIn('Provincie', false) : this.pickIn('Regio', true),
        );
        return;
      case 'Overleg':
        if (local > 0 && this.random.chance(0.6))
          yield* this.relation('ONDERDEEL_VAN', index, this.earlier(label, local));
        else yield* this.relation('BETROKKEN_BIJ', index, this.pickIn('Opgave', false));
        return;
      case 'Persoon':
        yield* this.relation('WERKT_BIJ', index, this.pick(actorsWithStaff, true));
        return;
      case 'Regio':
        yield* this.relation('LIGT_IN', index, this.pickIn('Provincie', false));
        if (local > 0 && this.random.chance(0.2)) yield* this.relation('LIGT_IN', index, this.earlier(label, local));
        return;
      case 'Instrument':
        if (local === 0) return;
        yield* this.relation(
          'INSTRUMENT_VOOR',
          index,
          this.pick(
            [
              ['Opgave', 1],
              ['Thema', 2],
              ['Regio', 3],
              ['Gemeente', 1],
              ['Provincie', 1],
            ],
            true,
          ),
        );
        // Programmes are part of larger ones, and most of all of the IBP agreement (the earliest instrument).
        if (this.random.chance(0.3)) yield* this.relation('ONDERDEEL_VAN', index, this.earlier(label, local));
        return;
      case 'Mijlpaal':
        yield* this.relation(
          'MIJLPAAL_VAN',
          index,
          this.pick(
            [
              ['Opgave', 0.5],
              ['Thema', 2],
              ['Instrument', 4],
              ['Overleg', 2],
            ],
            true,
          ),
        );
        return;
      case 'Document':
        yield* this.relation('AFZENDER_VAN', this.pick(actorsWithStaff, true), index);
        if (local > 0 && this.random.chance(0.5))
          yield* this.relation('VERWIJST_NAAR', index, this.earlier(label, local));
        return;
      case 'Groep':
        // A group the text names with some of its members, as the seeds' groups of municipalities.
        for (let i = this.random.between(2, 4); i > 0; i--)
          yield* this.relation('LID_VAN', this.pickIn('Gemeente', false), index);
        return;
      case 'Crossover': {
        // Two opgaven of a declared pair, sometimes a third that forms declared pairs with both.
        const opgave = this.range('Opgave').start;
        const [a, b] = this.declaredPairs[this.random.skewed(this.declaredPairs.length)]!;
        yield* this.relation('VERBINDT', index, opgave + a);
        yield* this.relation('VERBINDT', index, opgave + b);
        const thirds = this.declaredThirds(a, b);
        if (thirds.length > 0 && this.random.chance(0.3))
          yield* this.relation('VERBINDT', index, opgave + this.random.pick(thirds));
        yield* this.relation(
          'BETREFT',
          index,
          this.pick(
            [
              ['Regio', 3],
              ['Thema', 2],
              ['Instrument', 2],
              ['Provincie', 0.5],
              ['Gemeente', 1.5],
            ],
            true,
          ),
        );
        return;
      }
      case 'Knelpunt':
        yield* this.relation('KNELPUNT_BIJ', index, this.pickIn('Opgave', false));
        yield* this.relation(
          'KNELPUNT_BIJ',
          index,
          this.pick(
            [
              ['Thema', 2],
              ['Regio', 2],
              ['Instrument', 1],
              ['Crossover', 0.5],
              ['Gemeente', 1],
            ],
            true,
          ),
        );
        if (this.random.chance(0.6)) yield* this.relation('GESIGNALEERD_DOOR', index, this.pick(signallers, true));
        if (this.random.chance(0.2)) yield* this.relation('VEROORZAAKT_DOOR', index, this.pickIn('Instrument', true));
        if (this.random.chance(0.5)) yield* this.relation('OPLOSSING_VIA', index, this.pickIn('Instrument', true));
        if (this.random.chance(0.3)) yield* this.relation('BEHANDELD_IN', index, this.pickIn('Overleg', true));
        return;
      case 'Stand':
        yield* this.relation('STAND_VAN', index, this.pickIn('Mijlpaal', true));
        return;
      case 'Toezegging':
        yield* this.relation('TOEGEZEGD_DOOR', index, this.pick(promisers, true));
        yield* this.relation('TOEZEGGING_VOOR', index, this.pickIn('Opgave', false));
        return;
      case 'Doel':
        yield* this.relation('DOEL_VAN', index, this.pickIn('Opgave', false));
        return;
      case 'Rapportage':
        yield* this.relation('RAPPORTAGE_AAN', index, this.pickIn('Overleg', true));
        yield* this.relation('RAPPORTAGE_OVER', index, this.pickIn('Opgave', false));
        if (this.random.chance(0.5)) yield* this.relation('GERAPPORTEERD_DOOR', index, this.pick(promisers, true));
        return;
      case 'Activiteit':
        yield* this.relation('UITGEVOERD_DOOR', index, this.pickIn('Overleg', true));
        return;
      case 'Bedrag':
        yield* this.relation('BEDRAG_VAN', index, this.pickIn('Instrument', true));
        if (this.random.chance(0.3)) yield* this.relation('BETAALD_DOOR', index, this.pick(promisers, true));
        return;
      case 'RegionaalInitiatief':
        yield* this.relation('INITIATIEF_IN', index, this.pickIn('Regio', true));
        yield* this.relation('INITIATIEF_VOOR', index, this.pickIn('Opgave', false));
        return;
    }
  }

  /**
   * Yields the relation unless it would repeat one (same ends and type) or join a node to
   * itself. The kinds at both ends are checked against the model, which makes a wrong rule
   * in this file fail loudly instead of producing a graph the service does not expect.
   */
  private *relation(type: RelationType, from: number, to: number): Generator<RelationRow> {
    if (from === to) return;
    const key = (relationTypeNames.indexOf(type) * this.ids.length + from) * this.ids.length + to;
    if (this.made.has(key)) return;
    const definition = relationTypes[type];
    if (!endpointAllows(definition.from, this.labels[from]!) || !endpointAllows(definition.to, this.labels[to]!)) {
      throw new Error(`synthetic ${type} from ${this.ids[from]} to ${this.ids[to]} is not allowed by the model`);
    }
    this.made.add(key);
    const [van, naar] = [this.ids[from]!, this.ids[to]!];
    yield {
      type,
      van,
      naar,
      properties: {
        ...names.relationProperties[type]?.(this.random),
        ...this.sources(`${this.names[from]} ${names.relationPhrases[type]} ${this.names[to]}`),
        sleutel: `${van}>${type}>${naar}`,
        herkomst: syntheticOrigin,
      },
    };
  }

  /** One or two sources, mostly the first documents (as the programme text is cited most in the seeds). */
  private sources(citaat: string): Record<string, unknown[]> {
    const documents = this.range('Document');
    const count = this.random.chance(0.2) ? 2 : 1;
    const properties = {
      bronDocument: [] as string[],
      bronRegelVan: [] as number[],
      bronRegelTot: [] as number[],
      bronCitaat: [] as string[],
    };
    for (let i = 0; i < count; i++) {
      const line = this.random.between(1, 2_000);
      properties.bronDocument.push(this.ids[documents.start + this.random.skewed(documents.count)]!);
      properties.bronRegelVan.push(line);
      properties.bronRegelTot.push(line + this.random.below(4));
      properties.bronCitaat.push(citaat);
    }
    return properties;
  }

  private chooseDeclaredPairs(): Array<readonly [number, number]> {
    const opgaven = this.range('Opgave').count;
    const pairs: Array<readonly [number, number]> = [];
    for (let a = 0; a < opgaven; a++) for (let b = a + 1; b < opgaven; b++) pairs.push([a, b]);
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = this.random.below(i + 1);
      [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
    }
    return pairs.slice(0, Math.ceil(pairs.length / 3));
  }

  /** Opgaven that form a declared pair with both `a` and `b`. */
  private declaredThirds(a: number, b: number): number[] {
    const declared = (x: number, y: number) =>
      this.declaredPairs.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
    const opgaven = this.range('Opgave').count;
    return Array.from({ length: opgaven }, (_, c) => c).filter(
      (c) => c !== a && c !== b && declared(a, c) && declared(b, c),
    );
  }

  private range(label: NodeLabel): { start: number; count: number } {
    return this.ranges.get(label)!;
  }

  /** A node of this kind: with `hub`, mostly the first ones (heavy head), else any one. */
  private pickIn(label: NodeLabel, hub: boolean): number {
    const { start, count } = this.range(label);
    return start + (hub && this.random.chance(0.7) ? this.random.skewed(count) : this.random.below(count));
  }

  private pick(kinds: KindWeights, hub: boolean): number {
    return this.pickIn(this.random.weighted(kinds), hub);
  }

  /** A node of the same kind made before this one, mostly the first: parts hang from a few big wholes. */
  private earlier(label: NodeLabel, local: number): number {
    return this.range(label).start + this.random.skewed(local);
  }
}
