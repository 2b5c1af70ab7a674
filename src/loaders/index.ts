import DataLoader from 'dataloader';
import type { EntityRecord } from '../graph/entity.js';
import { escalationRoute, type RouteStep } from '../graph/escalation-route.js';
import type { PageRequest } from '../graph/pagination.js';
import { emptyPlan, hasConnections, type TreePlan } from '../read-model/plan.js';
import { pageKey, type RelationSpec } from '../read-model/relation-spec.js';
import type { EntityTree } from '../repositories/connection-tree.js';
import type { BottleneckStatusRecord } from '../repositories/bottleneck-repository.js';
import type { CrossoverPartnerRecord } from '../repositories/crossover-repository.js';
import type { RelatedPage } from '../repositories/entity-repository.js';
import type { Repositories } from '../repositories/index.js';
import type { TextSummary } from '../repositories/text-repository.js';

export interface RelatedKey extends PageRequest {
  id: string;
  spec: RelationSpec;
}

export interface Loaders {
  /** Nodes by id; `null` for ids that do not exist. */
  entity: DataLoader<string, EntityRecord | null>;
  /** A page of related nodes per (node, relation spec, page): one query for all of a tick. */
  related: DataLoader<RelatedKey, RelatedPage, string>;
  /**
   * A node with every connection a query's look-ahead plans below it, in one round trip. The pages
   * hang on the nodes returned (`pages`), where the connection resolvers below find them: not in
   * the loaders, since their nodes may hold only the properties this part of the query reads.
   */
  entityWithConnections(id: string, plan: TreePlan): Promise<EntityRecord | null>;
  /** The same for the nodes of a root list, in one round trip for the page: by id, those that still exist. */
  entitiesWithConnections(ids: readonly string[], plan: TreePlan): Promise<Map<string, EntityRecord>>;
  /** The crossover partners of opgaven, by opgave id. */
  crossoverPartners: DataLoader<string, CrossoverPartnerRecord[]>;
  /** The route of knelpunten along bodies, by knelpunt id; empty where the documents name no body. */
  bottleneckRoutes: DataLoader<string, RouteStep[]>;
  /** The current status and status version of knelpunten, by knelpunt id; `null` for an id of no knelpunt. */
  bottleneckStatuses: DataLoader<string, BottleneckStatusRecord | null>;
  /** The provinces of regional initiatives, by initiative id. */
  initiativeProvinces: DataLoader<string, EntityRecord[]>;
  /** Hash, line and page counts of a document's text, by document id; `null` for a document without text. */
  textSummary: DataLoader<string, TextSummary | null>;
  /** The text of cited lines, by `document|van|tot`: one round trip for every range of a tick. */
  citedLines: DataLoader<string, string>;
}

const emptyPage: RelatedPage = { total: 0, items: [] };

/**
 * Per-request DataLoaders: every relation a query touches is fetched for all parent nodes
 * of a level at once, so a query's round trips grow with its depth, not with its results.
 */
export function createLoaders(repositories: Repositories): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) => {
    const found = await repositories.entities.findByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  const related = new DataLoader<RelatedKey, RelatedPage, string>(
    async (keys) => {
      const groups = new Map<string, RelatedKey[]>();
      for (const key of keys) {
        const group = groupKey(key);
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      // Every spec and page asked for in this tick, in one round trip.
      const batches = [...groups.values()].map((group) => {
        const [first] = group as [RelatedKey];
        return { first, ids: [...new Set(group.map((key) => key.id))] };
      });
      const found = await repositories.entities.related(
        batches.map(({ first, ids }) => ({ ids, spec: first.spec, page: first })),
      );
      const pages = new Map<string, RelatedPage>();
      batches.forEach(({ first, ids }, index) => {
        for (const id of ids) pages.set(`${groupKey(first)}#${id}`, found[index]?.get(id) ?? emptyPage);
      });
      // Nodes reached through a relation need no second query when asked for by id.
      for (const page of pages.values()) for (const item of page.items) entity.prime(item.node.id, item.node);
      return keys.map((key) => pages.get(cacheKey(key)) ?? emptyPage);
    },
    { cacheKeyFn: cacheKey },
  );

  const entitiesWithConnections = async (
    ids: readonly string[],
    plan: TreePlan,
  ): Promise<Map<string, EntityRecord>> => {
    const trees = await repositories.entities.findWithConnections(ids, plan);
    const found = new Map<string, EntityRecord>();
    for (const [id, tree] of trees) {
      entity.prime(id, tree.node);
      found.set(id, withPages(tree, plan));
    }
    return found;
  };

  const entityWithConnections = async (id: string, plan: TreePlan): Promise<EntityRecord | null> =>
    hasConnections(plan) ? ((await entitiesWithConnections([id], plan)).get(id) ?? null) : entity.load(id);

  const crossoverPartners = new DataLoader<string, CrossoverPartnerRecord[]>(async (ids) => {
    const found = await repositories.crossovers.partnersOf(ids);
    return ids.map((id) => found.get(id) ?? []);
  });

  const bottleneckRoutes = new DataLoader<string, RouteStep[]>(async (ids) => {
    const found = await repositories.bottlenecks.routeParts(ids);
    return ids.map((id) => {
      const parts = found.get(id);
      return parts ? escalationRoute(parts.starts, parts.escalations) : [];
    });
  });

  const bottleneckStatuses = new DataLoader<string, BottleneckStatusRecord | null>(async (ids) => {
    const found = await repositories.bottlenecks.statuses(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  const initiativeProvinces = new DataLoader<string, EntityRecord[]>(async (ids) => {
    const found = await repositories.initiatives.provinces(ids);
    return ids.map((id) => found.get(id) ?? []);
  });

  const textSummary = new DataLoader<string, TextSummary | null>(async (ids) => {
    const found = await repositories.texts.summaries(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  const citedLines = new DataLoader<string, string>((keys) =>
    repositories.texts.lineRanges(
      keys.map((key) => {
        const [document, van, tot] = key.split('|');
        return { document: document!, van: Number(van), tot: Number(tot) };
      }),
    ),
  );

  return {
    entity,
    related,
    entityWithConnections,
    entitiesWithConnections,
    crossoverPartners,
    bottleneckRoutes,
    bottleneckStatuses,
    initiativeProvinces,
    textSummary,
    citedLines,
  };
}

/** A copy of the tree's node with its pages, and theirs, attached. */
function withPages(tree: EntityTree, plan: TreePlan): EntityRecord {
  const pages = new Map<string, RelatedPage>();
  plan.connections.forEach((connection, index) => {
    const found = tree.connections[index];
    if (!found) return;
    const below = connection.nodes ?? emptyPlan;
    pages.set(pageKey(connection.spec, connection.page), {
      total: found.total,
      items: found.items.map((item) => ({
        node: withPages(item, below),
        relation: item.relation,
        ...(item.matchedDate !== undefined && { matchedDate: item.matchedDate }),
      })),
    });
  });
  return { ...tree.node, pages };
}

function groupKey(key: RelatedKey): string {
  return pageKey(key.spec, key);
}

function cacheKey(key: RelatedKey): string {
  return `${groupKey(key)}#${key.id}`;
}
