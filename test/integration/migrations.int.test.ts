import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import { connectTestDatabase } from '../support/database.js';

const database = connectTestDatabase();
const logger = createLogger('silent');
const marker = `test-${randomUUID()}`;

afterAll(async () => {
  await database.write('cleanup', 'MATCH (n:Entiteit) WHERE n.id STARTS WITH $marker DETACH DELETE n', { marker });
  await database.close();
});

const schemaSnapshot = async () => ({
  constraints: await database.read(
    'constraints',
    'SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name',
    {},
  ),
  indexes: await database.read(
    'indexes',
    'SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name',
    {},
  ),
});

describe('schema migrations', () => {
  it('create the id constraint, the indexes and the Dutch full-text index, all online', async () => {
    const { constraints, indexes } = await schemaSnapshot();
    expect(constraints).toContainEqual({ name: 'entiteit_id', type: 'UNIQUENESS' });
    expect(indexes).toContainEqual({ name: 'zoekindex', type: 'FULLTEXT', state: 'ONLINE' });
    expect(indexes).toContainEqual({ name: 'entiteit_naam', type: 'RANGE', state: 'ONLINE' });
    const [fulltext] = await database.read<{ analyzer: string }>(
      'fulltext analyzer',
      "SHOW INDEXES YIELD name, options WHERE name = 'zoekindex' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer",
      {},
    );
    expect(fulltext?.analyzer).toBe('dutch');
  });

  it('can run again without changing anything', async () => {
    const before = await schemaSnapshot();
    await applyMigrations(database, logger);
    expect(await schemaSnapshot()).toEqual(before);
  });

  it('refuse a second node with an id that is already taken', async () => {
    const id = `${marker}-duplicate`;
    await database.write('create', 'CREATE (:Entiteit {id: $id})', { id });
    await expect(database.write('create again', 'CREATE (:Entiteit {id: $id})', { id })).rejects.toThrow(
      /ConstraintValidationFailed/,
    );
  });

  it('make the full-text index find Dutch word forms (woningen finds woning)', async () => {
    await database.write('create', 'CREATE (:Entiteit {id: $id, naam: $naam})', {
      id: `${marker}-woning`,
      naam: 'Betaalbare woning voor starters',
    });
    const hits = await database.read<{ id: string }>(
      'search',
      "CALL db.index.fulltext.queryNodes('zoekindex', $text) YIELD node WHERE node.id STARTS WITH $marker RETURN node.id AS id",
      { text: 'woningen', marker },
    );
    expect(hits).toEqual([{ id: `${marker}-woning` }]);
  });
});
