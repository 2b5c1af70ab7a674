import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput } from '../../src/errors.js';
import { operationLog } from '../../src/http/operation-log.js';
import { capturingLogger } from '../support/logs.js';

/** The errors the operation log writes when a request meets `errors`. */
async function loggedFor(errors: GraphQLError[]) {
  const log = capturingLogger();
  const listener = await operationLog(log.logger, 1_000).requestDidStart!({
    contextValue: { requestId: 'req-1' },
  } as never);
  await listener!.didEncounterErrors!({ errors, operationName: 'Q' } as never);
  await new Promise((resolve) => setImmediate(resolve));
  return log.lines.filter((line) => line.level === 'error');
}

describe('the operation log', () => {
  it('logs a fault before execution with its detail and the request id', async () => {
    const fault = new GraphQLError('cost estimate failed', { originalError: new TypeError('boom') });
    expect(await loggedFor([fault])).toEqual([
      expect.objectContaining({
        msg: 'request failed before execution',
        requestId: 'req-1',
        operationName: 'Q',
        err: expect.objectContaining({ message: 'boom' }),
      }),
    ]);
  });

  it('logs a fault in a resolver with its path', async () => {
    const fault = new GraphQLError('x', { path: ['opgave', 'naam'], originalError: new Error('vanished') });
    expect(await loggedFor([fault])).toEqual([
      expect.objectContaining({ msg: 'resolver failed', path: ['opgave', 'naam'], requestId: 'req-1' }),
    ]);
  });

  it("does not log a caller's mistake as an error", async () => {
    const forgotten = new GraphQLError('Variable "$id" of required type "ID!" was not provided.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await loggedFor([forgotten, badUserInput('id', 'is geen id')])).toEqual([]);
  });
});
