import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { withDatabase } from '../neo4j/with-database.js';
import { ApiKeyRepository } from '../repositories/api-key-repository.js';
import { newApiKey } from '../auth/authenticate.js';
import { isRole, roles } from '../auth/caller.js';
import { ArgumentError, runCommand } from './run-command.js';

const usage = `Usage:
  npm run token -- sleutel --rol <${roles.join('|')}> --naam "<who it is for>"
      makes an API key, stores its hash in the database and prints the key (once)
  npm run token -- intrekken --id <key id>
      revokes an API key
  npm run token -- jwt --rol <${roles.join('|')}> --sub <user id> [--geldig 8h]
      signs a JWT with AUTH_JWT_SECRET (for testing; production JWTs come from your identity provider)`;

/** `npm run token`: makes API keys and JWTs for each role. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      rol: { type: 'string' },
      naam: { type: 'string' },
      sub: { type: 'string' },
      geldig: { type: 'string' },
      id: { type: 'string' },
    },
  });
  const config = loadConfig();
  const command = positionals[0];
  if (command === 'jwt') {
    if (!config.auth.jwtSecret) throw new Error('Set AUTH_JWT_SECRET (at least 32 characters) to sign JWTs.');
    if (!isRole(values.rol) || !values.sub) throw new ArgumentError('missing or unknown arguments');
    const token = await new SignJWT({ rol: values.rol })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(values.sub)
      .setIssuer(config.auth.jwtIssuer)
      .setAudience(config.auth.jwtAudience)
      .setIssuedAt()
      .setExpirationTime(values.geldig ?? '8h')
      .sign(new TextEncoder().encode(config.auth.jwtSecret));
    process.stdout.write(`${token}\n`);
    return;
  }
  if (command !== 'sleutel' && command !== 'intrekken') throw new ArgumentError('missing or unknown arguments');
  if (command === 'sleutel' && (!isRole(values.rol) || !values.naam))
    throw new ArgumentError('missing or unknown arguments');
  if (command === 'intrekken' && !values.id) throw new ArgumentError('missing or unknown arguments');

  const logger = createLogger('warn');
  await withDatabase(config, logger, async (database) => {
    const keys = new ApiKeyRepository(database);
    if (command === 'intrekken') {
      process.stdout.write((await keys.revoke(values.id!)) ? `revoked ${values.id}\n` : `no active key ${values.id}\n`);
      return;
    }
    const { key, hash } = newApiKey();
    const id = randomUUID();
    await keys.create({ id, naam: values.naam!, rol: values.rol as (typeof roles)[number], hash });
    process.stdout.write(
      `key id: ${id}\nrole:   ${values.rol}\nkey:    ${key}\n(shown once; only its hash is stored)\n`,
    );
  });
}

runCommand(main, `${usage}\n`);
