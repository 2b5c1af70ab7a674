import { createHash, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { applyMigrations } from '../../src/neo4j/migrations.js';
import type { Author, Outcome } from '../../src/recording/recorder.js';
import { Recorder } from '../../src/recording/recorder.js';
import { RecordingRepository } from '../../src/repositories/recording-repository.js';
import { connectTestDatabase } from '../support/database.js';

const database = connectTestDatabase();
const recorder = new Recorder(new RecordingRepository(database));
const author: Author = { kind: 'known', id: 'test-recorder', role: 'liaison', via: 'jwt' };
afterAll(() => database.close());

const count = async (cypher: string) => (await database.read<{ n: number }>('count', cypher, {}))[0]?.n;

describe('a mutation as one transaction', () => {
  it('leaves nothing behind when it fails after it has written, not even its audit entry', async () => {
    const attempt = recorder.record('test', author, { invoer: {} }, async ({ store, now }) => {
      await store.createNode('Regio', {
        id: 'regio:half-geschreven',
        naam: 'Half geschreven',
        herkomst: 'api',
        vastgelegdOp: now,
        versie: 1,
      });
      await store.createRelation('opgave:klimaat', 'SPEELT_IN', 'regio:half-geschreven', {
        sleutel: 'x',
        herkomst: 'api',
      });
      throw new Error('failure after the writes');
    });
    await expect(attempt).rejects.toThrow('failure after the writes');
    expect(await count("MATCH (n {id: 'regio:half-geschreven'}) RETURN count(n) AS n")).toBe(0);
    expect(await count("MATCH (w:Wijziging {door: 'test-recorder'}) RETURN count(w) AS n")).toBe(0);
  });

  it('releases the locks it took, so the next change to the same nodes goes through', async () => {
    const locked = recorder.record('test', author, { invoer: {} }, async ({ store }) => {
      await store.lockNodes(['opgave:klimaat']);
      throw new Error('refused');
    });
    await expect(locked).rejects.toThrow('refused');
    const found = await new RecordingRepository(database).inTransaction('read after', async (store) =>
      store.lockNodes(['opgave:klimaat']),
    );
    expect([...found.keys()]).toEqual(['opgave:klimaat']);
    expect(found.get('opgave:klimaat')?.properties).not.toHaveProperty('_lock');
  });
});

describe('read-your-writes', () => {
  it('hands the bookmark of every write to the reads that follow, so a cluster reader waits for it', async () => {
    const before = await database.bookmarks();
    await database.writeTransaction('bookmark test', (tx) => tx.run('CREATE (:BladwijzerTest)', {}));
    const after = await database.bookmarks();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    // executeQuery reads use the same bookmark manager, so they carry `after`.
    await database.read('read after write', 'RETURN 1 AS one', {});
    expect(await database.bookmarks()).toEqual(after);
    await database.write('clean up', 'MATCH (n:BladwijzerTest) DELETE n', {});
  });
});

describe('idempotency keys', () => {
  /** A change that writes nothing but its audit entry. */
  const auditOnly = async (): Promise<Outcome> => ({
    soort: 'BEWERKT',
    onderwerp: 'opgave:klimaat',
    knooppunten: ['opgave:klimaat'],
    voor: null,
    na: null,
  });
  const cleanUp = (door: string) => database.write('clean up', 'MATCH (w:Wijziging {door: $door}) DELETE w', { door });

  it('are separate for a name given on the command line and a JWT subject spelt alike', async () => {
    const door = `test-gedeeld-${randomUUID()}`;
    const key = 'zelfde-sleutel-1';
    try {
      const byCommand = await recorder.record(
        'test',
        { kind: 'known', id: door, role: 'beheerder', via: 'opdrachtregel' },
        { invoer: { van: 'opdrachtregel' }, idempotentieSleutel: key },
        auditOnly,
      );
      const byToken = await recorder.record(
        'test',
        { kind: 'known', id: door, role: 'liaison', via: 'jwt' },
        { invoer: { van: 'token' }, idempotentieSleutel: key },
        auditOnly,
      );
      expect([byCommand.replayed, byToken.replayed]).toEqual([false, false]);
      expect(byToken.change.id).not.toBe(byCommand.change.id);
      expect(await count(`MATCH (w:Wijziging {door: '${door}'}) RETURN count(w) AS n`)).toBe(2);
    } finally {
      await cleanUp(door);
    }
  });

  it('stored before they were namespaced still replay once the migrations have run', async () => {
    const door = `test-oud-${randomUUID()}`;
    const key = 'oude-sleutel-1';
    const invoer = { oud: true };
    // An audit entry as recorded before: the key was `door|key`.
    await database.write(
      'an old audit entry',
      `CREATE (:Wijziging {id: $id, soort: 'BEWERKT', mutatie: 'test', door: $door, rol: 'liaison', via: 'jwt',
              op: '2026-11-01T00:00:00.000Z', onderwerp: 'opgave:klimaat', knooppunten: ['opgave:klimaat'],
              idempotentie: $door + '|' + $key, invoerHash: $invoerHash})`,
      {
        id: randomUUID(),
        door,
        key,
        invoerHash: createHash('sha256')
          .update(JSON.stringify(['test', invoer]))
          .digest('hex'),
      },
    );
    try {
      await applyMigrations(database, createLogger('silent'));
      const again = await recorder.record(
        'test',
        { kind: 'known', id: door, role: 'liaison', via: 'jwt' },
        { invoer, idempotentieSleutel: key },
        auditOnly,
      );
      expect(again.replayed).toBe(true);
      expect(await count(`MATCH (w:Wijziging {door: '${door}'}) RETURN count(w) AS n`)).toBe(1);
    } finally {
      await cleanUp(door);
    }
  });
});
