import type { QueryRunner } from '../neo4j/database.js';

export interface DatabaseInfo {
  naam: string;
  versie: string;
  editie: string;
}

/** Which Neo4j the service runs on, as Neo4j itself reports it. */
export class DatabaseInfoRepository {
  constructor(
    private readonly database: QueryRunner,
    private readonly databaseName: string,
  ) {}

  async describe(): Promise<DatabaseInfo> {
    const [row] = await this.database.read<{ versie: string; editie: string }>(
      'database info',
      `CALL dbms.components() YIELD name, versions, edition
       WHERE name = 'Neo4j Kernel'
       RETURN versions[0] AS versie, edition AS editie`,
      {},
    );
    return { naam: this.databaseName, versie: row?.versie ?? 'unknown', editie: row?.editie ?? 'unknown' };
  }
}
