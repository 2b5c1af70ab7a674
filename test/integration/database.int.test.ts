import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/neo4j/errors.js';
import { connectTestDatabase } from '../support/database.js';
import { busyMachineBound, timed } from '../support/timing.js';

const database = connectTestDatabase();
afterAll(() => database.close());

/** Four hundred million rows: seconds of work for Neo4j, whatever the machine. */
const slowQuery = 'UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b RETURN count(*) AS n';

describe('the database layer', () => {
  it('stops a query that runs past its timeout, with a TIMEOUT error, soon after the timeout', async () => {
    const baseline = await timed(() => database.read('baseline', 'RETURN 1 AS n', {}));
    const started = Date.now();
    const attempt = database.read('deliberately slow', slowQuery, {}, { timeoutMs: 300 });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    await expect(attempt).rejects.toMatchObject({ kind: 'TIMEOUT' });
    // Neither the seconds the query needs nor the connection's own timeout of 30 s.
    expect(Date.now() - started).toBeLessThan(busyMachineBound(3_000, baseline.ms));
  });

  it('refuses a write in a read query (routing READ is also read access mode)', async () => {
    await expect(database.read('write in read', "CREATE (:Entiteit {id: 'test:mag-niet'})", {})).rejects.toMatchObject({
      kind: 'CLIENT',
    });
    expect(await database.read('check', "MATCH (n:Entiteit {id: 'test:mag-niet'}) RETURN n", {})).toEqual([]);
  });

  it('converts Neo4j values to plain JSON values', async () => {
    const [row] = await database.read<Record<string, unknown>>(
      'values',
      "RETURN 42 AS getal, date('2018-02-14') AS datum, [1, 2] AS lijst, {a: 'b'} AS kaart, null AS niets",
      {},
    );
    expect(row).toEqual({ getal: 42, datum: '2018-02-14', lijst: [1, 2], kaart: { a: 'b' }, niets: null });
  });
});
