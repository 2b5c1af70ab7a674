import type { CandidateCache } from '../graph/candidate-cache.js';
import type { GraphVersionSource, PlanningRunner, QueryRunner } from '../neo4j/database.js';
import { AuditRepository } from './audit-repository.js';
import { BottleneckRepository } from './bottleneck-repository.js';
import { CrossoverRepository } from './crossover-repository.js';
import { CypherRepository, type CypherSettings } from './cypher-repository.js';
import { DatabaseInfoRepository } from './database-info-repository.js';
import { DiscoveryRepository } from './discovery-repository.js';
import { EntityRepository } from './entity-repository.js';
import { InitiativeRepository } from './initiative-repository.js';
import { ProgressRepository } from './progress-repository.js';
import { RecordingRepository } from './recording-repository.js';
import { SearchRepository } from './search-repository.js';
import { TextRepository } from './text-repository.js';

/** Every repository, bound to one query runner (per request, so round trips are counted). */
export interface Repositories {
  databaseInfo: DatabaseInfoRepository;
  entities: EntityRepository;
  search: SearchRepository;
  crossovers: CrossoverRepository;
  discovery: DiscoveryRepository;
  cypher: CypherRepository;
  recording: RecordingRepository;
  audit: AuditRepository;
  bottlenecks: BottleneckRepository;
  progress: ProgressRepository;
  initiatives: InitiativeRepository;
  texts: TextRepository;
}

export interface RepositorySettings {
  databaseName: string;
  traversalTimeoutMs: number;
  /** Limits of the analysts' Cypher; the defaults of cypher-repository.ts when left out. */
  cypher?: CypherSettings;
  /** Candidate crossovers already computed, shared by every request; left out, each request computes its own. */
  candidateCache?: CandidateCache;
}

export function createRepositories(
  database: QueryRunner & PlanningRunner & GraphVersionSource,
  settings: RepositorySettings,
): Repositories {
  return {
    databaseInfo: new DatabaseInfoRepository(database, settings.databaseName),
    entities: new EntityRepository(database),
    search: new SearchRepository(database),
    crossovers: new CrossoverRepository(database),
    discovery: new DiscoveryRepository(database, settings.traversalTimeoutMs, settings.candidateCache),
    cypher: new CypherRepository(database, settings.cypher),
    recording: new RecordingRepository(database),
    audit: new AuditRepository(database),
    bottlenecks: new BottleneckRepository(database),
    progress: new ProgressRepository(database),
    initiatives: new InitiativeRepository(database),
    texts: new TextRepository(database),
  };
}
