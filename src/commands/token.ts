import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { withDatabase } from '../neo4j/with-database.js';
import { ApiKeyRepository } from '../repositories/api-key-repository.js';
import { TokenRevocationRepository } from '../repositories/token-revocation-repository.js';
import { newApiKey } from '../auth/authenticate.js';
import { isRole, roles } from '../auth/caller.js';
import { ArgumentError, parseCommandLine, runCommand } from './run-command.js';

const usage = `Gebruik:
  npm run token -- sleutel --rol <${roles.join('|')}> --naam "<voor wie>"
      maakt een API-sleutel, bewaart de hash ervan in de database en toont de sleutel (eenmalig)
  npm run token -- intrekken --id <sleutel-id>
      trekt een API-sleutel in
  npm run token -- jwt --rol <${roles.join('|')}> --sub <gebruikers-id> [--geldig 8h]
      ondertekent een JWT met AUTH_JWT_SECRET (om te testen; echte JWT's komen van je identiteitsdienst)
  npm run token -- jwt-intrekken --jti <token-id> [--reden "<waarom>"]
      trekt één JWT in op zijn jti, voor elke replica (ze delen de database)
  npm run token -- jwt-intrekken --voor <2026-12-05T12:00:00Z> [--sub <gebruikers-id>] [--reden "<waarom>"]
      trekt elke JWT in die vóór dat moment is uitgegeven, van één gebruiker of, zonder --sub, van iedereen`;

const missingArguments = 'argumenten ontbreken of zijn onbekend';

/** `npm run token`: makes API keys and JWTs for each role. */
async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: {
      rol: { type: 'string' },
      naam: { type: 'string' },
      sub: { type: 'string' },
      geldig: { type: 'string' },
      id: { type: 'string' },
      jti: { type: 'string' },
      voor: { type: 'string' },
      reden: { type: 'string' },
    },
  });
  const config = loadConfig();
  const command = positionals[0];
  if (command === 'jwt') {
    if (!config.auth.jwtSecret) throw new Error("Zet AUTH_JWT_SECRET (minstens 32 tekens) om JWT's te ondertekenen.");
    if (!isRole(values.rol) || !values.sub) throw new ArgumentError(missingArguments);
    const token = await new SignJWT({ rol: values.rol })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(values.sub)
      .setIssuer(config.auth.jwtIssuer)
      .setAudience(config.auth.jwtAudience)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(values.geldig ?? '8h')
      .sign(new TextEncoder().encode(config.auth.jwtSecret));
    process.stdout.write(`${token}\n`);
    return;
  }
  if (command === 'jwt-intrekken') {
    await revokeJwts(config, values);
    return;
  }
  if (command !== 'sleutel' && command !== 'intrekken') throw new ArgumentError(missingArguments);
  if (command === 'sleutel' && (!isRole(values.rol) || !values.naam)) throw new ArgumentError(missingArguments);
  if (command === 'intrekken' && !values.id) throw new ArgumentError(missingArguments);

  const logger = createLogger('warn');
  await withDatabase(config, logger, async (database) => {
    const keys = new ApiKeyRepository(database);
    if (command === 'intrekken') {
      process.stdout.write(
        (await keys.revoke(values.id!)) ? `ingetrokken: ${values.id}\n` : `geen actieve sleutel ${values.id}\n`,
      );
      return;
    }
    const { key, hash } = newApiKey();
    const id = randomUUID();
    await keys.create({ id, naam: values.naam!, rol: values.rol as (typeof roles)[number], hash });
    process.stdout.write(
      `sleutel-id: ${id}\nrol:        ${values.rol}\nsleutel:    ${key}\n(eenmalig getoond; alleen de hash wordt bewaard)\n`,
    );
  });
}

/** Stores a revocation of one JWT (`--jti`) or of those issued before `--voor`. */
async function revokeJwts(
  config: ReturnType<typeof loadConfig>,
  values: { jti?: string; voor?: string; sub?: string; reden?: string },
): Promise<void> {
  const before = values.voor === undefined ? undefined : Date.parse(values.voor);
  if ((values.jti === undefined) === (before === undefined) || Number.isNaN(before)) {
    throw new ArgumentError('geef --jti of --voor (een moment zoals 2026-12-05T12:00:00Z), niet allebei');
  }
  const reason = values.reden ?? '';
  await withDatabase(config, createLogger('warn'), async (database) => {
    const revocations = new TokenRevocationRepository(database);
    if (values.jti !== undefined) {
      await revocations.revokeId(values.jti, reason);
      process.stdout.write(`het JWT met jti ${values.jti} is ingetrokken\n`);
    } else {
      await revocations.revokeIssuedBefore(Math.floor(before! / 1000), values.sub, reason);
      const whose = values.sub === undefined ? 'elk JWT' : `elk JWT van ${values.sub}`;
      process.stdout.write(`${whose} uitgegeven voor ${new Date(before!).toISOString()} is ingetrokken\n`);
    }
  });
}

runCommand(main, `${usage}\n`);
