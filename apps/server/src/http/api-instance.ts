import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { PasswordHasher } from '../modules/auth/password-hasher.js';
import type { SignedInActor } from '../modules/auth/session.service.js';
import type { CityStanding } from '../modules/cities/city-access.js';
import type { ZodTypeProvider } from './zod-schemas.js';

/** A Fastify instance whose route schemas are zod schemas (typed bodies, params, replies). */
export type ApiInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules need from the outside world, passed in rather than imported. */
export interface RouteContext {
  config: Config;
  db: Db;
  passwords: PasswordHasher;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, resolved from the session cookie; null when signed out. */
    actor: SignedInActor | null;
    /** The actor's role in the route's city, read with the session; null off city routes. */
    cityStanding: CityStanding | null;
  }
}
