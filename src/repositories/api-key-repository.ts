import type { QueryRunner } from '../neo4j/database.js';

export interface StoredApiKey {
  id: string;
  naam: string;
  /** The role as stored; whoever signs a caller in checks that it is one (auth/authenticate.ts). */
  rol: string;
}

/**
 * API keys live in the graph as `ApiSleutel` nodes holding only the SHA-256 of the key
 * (the key itself is shown once, when it is made). They are not `Entiteit`s: not part of the
 * knowledge graph and not searchable; `npm run export` writes them (hashes only) so an import keeps the keys.
 */
export class ApiKeyRepository {
  constructor(private readonly database: QueryRunner) {}

  async findActiveByHash(hash: string): Promise<StoredApiKey | undefined> {
    const [row] = await this.database.read<StoredApiKey>(
      'api key by hash',
      `MATCH (k:ApiSleutel {hash: $hash}) WHERE k.ingetrokken IS NULL
       RETURN k.id AS id, k.naam AS naam, k.rol AS rol`,
      { hash },
    );
    return row;
  }

  async create(key: StoredApiKey & { hash: string }): Promise<void> {
    await this.database.write(
      'create api key',
      `CREATE (:ApiSleutel {id: $id, naam: $naam, rol: $rol, hash: $hash, aangemaakt: datetime()})`,
      { ...key },
    );
  }

  async revoke(id: string): Promise<boolean> {
    const rows = await this.database.write(
      'revoke api key',
      `MATCH (k:ApiSleutel {id: $id}) WHERE k.ingetrokken IS NULL SET k.ingetrokken = datetime() RETURN k.id AS id`,
      { id },
    );
    return rows.length > 0;
  }
}
