import { badUserInput } from '../errors.js';
import type { DocumentResolvers, PassageResolvers, QueryResolvers } from '../generated/graphql.js';
import type { EntityRecord } from '../graph/entity.js';
import { encodeCursor, pageInfo, pageRequest } from '../graph/pagination.js';
import { buildPassageQuery, citingPassage, markFound, searchWords } from '../graph/passage-search.js';
import { citingSources, newestVersions, reviewItem, type VersionText } from '../ingestion/version-review.js';
import { pageOf } from '../ingestion/passages.js';
import type { PassageRecord } from '../repositories/text-repository.js';
import { requireId } from './shared.js';

/** The texts of the documents: their lines, passages and versions, and the search over their passages. */

const maxPassageHits = 50;
const maxLinesAtOnce = 500;

export const tekstQueries: Pick<QueryResolvers, 'zoekInTeksten' | 'teHerzienNaVervanging'> = {
  zoekInTeksten: async (_root, args, context) => {
    const words = searchWords(args.tekst);
    const first = args.first ?? 10;
    if (first > maxPassageHits) throw badUserInput('first', `moet tussen 1 en ${maxPassageHits} liggen, niet ${first}`);
    const page = pageRequest({ first, after: args.after });
    const documenten = args.documenten?.map((id) => requireId('documenten', id));
    const found = await context.repositories.texts.search(buildPassageQuery(words), documenten, page);
    const facts = await context.repositories.texts.citing(found.items.map((hit) => hit.passage.document));
    return {
      totalCount: found.total,
      pageInfo: pageInfo(page.offset, found.items.length, found.total),
      edges: found.items.map((hit, index) => ({
        cursor: encodeCursor(page.offset + index),
        node: hit.passage,
        score: hit.score,
        markering: markFound(hit.passage.tekst, words),
        knooppunten: citingPassage(facts.nodes, hit.passage),
        relaties: citingPassage(facts.relations, hit.passage),
      })),
    };
  },

  teHerzienNaVervanging: async (_root, args, context) => {
    const page = pageRequest(args);
    const document = args.document == null ? undefined : requireId('document', args.document);
    if (document !== undefined && (await context.loaders.entity.load(document))?.label !== 'Document')
      throw badUserInput('document', `${document} is geen document in de graaf`);
    const newest = newestVersions(await context.repositories.texts.replacements());
    if (document !== undefined)
      for (const replaced of [...newest.keys()]) if (replaced !== document) newest.delete(replaced);
    const sources =
      newest.size === 0
        ? []
        : citingSources(await context.repositories.texts.citing([...newest.keys()]), new Set(newest.keys()));
    // Only the newer versions this page needs are read, whole: a quote may stand anywhere in them.
    const onPage = sources.slice(page.offset, page.offset + page.limit);
    const versionIds = [...new Set(onPage.flatMap((source) => newest.get(source.bron.document) ?? []))];
    const [texts, documents] = await Promise.all([
      context.repositories.texts.texts(versionIds),
      context.loaders.entity.loadMany(versionIds),
    ]);
    const versions = new Map<string, VersionText>();
    versionIds.forEach((id, index) => {
      const text = texts.get(id);
      const entity = documents[index];
      if (text && entity && !(entity instanceof Error)) versions.set(id, { document: entity, ...text });
    });
    return {
      totalCount: sources.length,
      pageInfo: pageInfo(page.offset, onPage.length, sources.length),
      edges: onPage.map((source, index) => ({
        cursor: encodeCursor(page.offset + index),
        node: reviewItem(source, newest.get(source.bron.document) ?? [], versions),
      })),
    };
  },
};

const passageKinds = { alinea: 'ALINEA', lijstitem: 'LIJSTITEM', tabelrij: 'TABELRIJ', kop: 'KOP' } as const;

export const Passage: PassageResolvers = {
  document: async (passage: PassageRecord, _args, context) => {
    const document = await context.loaders.entity.load(passage.document);
    if (!document) throw new Error(`passage of ${passage.document}, which is not in the graph`);
    return document;
  },
  soort: (passage) => passageKinds[passage.soort as keyof typeof passageKinds] ?? 'ALINEA',
  pagina: (passage) => passage.pagina,
};

/** The fields of a document that read its text. */
export const documentTextFields: Pick<
  DocumentResolvers,
  'sha256' | 'aantalPaginas' | 'aantalPassages' | 'regels' | 'passages' | 'vervangt' | 'vervangenDoor'
> = {
  sha256: async (document, _args, context) => (await context.loaders.textSummary.load(document.id))?.sha256 ?? null,
  aantalPaginas: async (document, _args, context) =>
    (await context.loaders.textSummary.load(document.id))?.aantalPaginas ?? null,
  regels: async (document, args, context) => {
    const van = args.van ?? 1;
    if (van < 1) throw badUserInput('van', `moet minstens 1 zijn, niet ${van}`);
    const tot = args.tot ?? van + maxLinesAtOnce - 1;
    if (tot < van) throw badUserInput('tot', `mag niet voor van (${van}) liggen`);
    if (tot - van + 1 > maxLinesAtOnce) throw badUserInput('tot', `hoogstens ${maxLinesAtOnce} regels per keer`);
    const found = await context.repositories.texts.lines(document.id, van, tot);
    if (!found) return [];
    return found.regels.map((tekst, index) => ({
      nummer: van + index,
      pagina: pageOf(van + index, found.paginaBegin),
      tekst,
    }));
  },
  passages: async (document, args, context) => {
    const vanaf = args.vanaf ?? 1;
    if (vanaf < 1) throw badUserInput('vanaf', `moet minstens 1 zijn, niet ${vanaf}`);
    const { limit } = pageRequest({ first: args.first });
    return context.repositories.texts.passages(document.id, vanaf, limit);
  },
  aantalPassages: async (document, _args, context) =>
    (await context.loaders.textSummary.load(document.id))?.aantalPassages ?? null,
  vervangt: (document, _args, context) => {
    const id = stringOrNull(document.properties.vervangt);
    return id === null ? null : context.loaders.entity.load(id);
  },
  vervangenDoor: (document: EntityRecord, _args, context) => context.repositories.texts.replacementsOf(document.id),
};

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
