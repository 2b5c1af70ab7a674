import type { QueryRunner } from '../neo4j/database.js';
import { DatabaseInfoRepository } from './database-info-repository.js';
import { EntityRepository } from './entity-repository.js';
import { SearchRepository } from './search-repository.js';

/** Every repository, bound to one query runner (per request, so round trips are counted). */
export interface Repositories {
  databaseInfo: DatabaseInfoRepository;
  entities: EntityRepository;
  search: SearchRepository;
}

export function createRepositories(database: QueryRunner, databaseName: string): Repositories {
  return {
    databaseInfo: new DatabaseInfoRepository(database, databaseName),
    entities: new EntityRepository(database),
    search: new SearchRepository(database),
  };
}
