import cookie from '@fastify/cookie';
import underPressure from '@fastify/under-pressure';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { AppError } from './errors/app-error.js';
import { handleFrameworkError, registerErrorHandler } from './errors/error-handler.js';
import { registerApiDocs } from './http/api-docs.js';
import type { ApiInstance, RouteContext } from './http/api-instance.js';
import { createCsrfGuard } from './http/csrf.js';
import { registerJsonBodyParser } from './http/json-body.js';
import { generateRequestId } from './http/request-id.js';
import { CompletedRequestLog } from './http/request-log.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerWebApp } from './http/web-app.js';
import { zodSerializerCompiler, zodValidatorCompiler } from './http/zod-schemas.js';
import { registerAcceptedRiskRoutes } from './modules/accepted-risks/accepted-risks.routes.js';
import { registerAccountRoutes } from './modules/account/account.routes.js';
import { registerAnswerRoutes } from './modules/answers/answers.routes.js';
import { registerAssignmentRoutes } from './modules/assignments/assignments.routes.js';
import { registerAuditRoutes } from './modules/audit/audit.routes.js';
import { registerAuthRoutes } from './modules/auth/auth.routes.js';
import { createSessionResolver } from './modules/auth/authenticate.js';
import { type PasswordHasher, createArgon2Hasher } from './modules/auth/password-hasher.js';
import { type ContentSource, createContentSource } from './modules/content/content-catalog.js';
import { registerContentRoutes } from './modules/content/content.routes.js';
import { registerCityRoutes } from './modules/cities/cities.routes.js';
import { registerFindingRoutes } from './modules/findings/findings.routes.js';
import { registerHealthRoutes } from './modules/health/health.routes.js';
import { registerInvitationRoutes } from './modules/invitations/invitations.routes.js';
import { registerMemberRoutes } from './modules/members/members.routes.js';
import { registerCommentRoutes } from './modules/consultations/comments.routes.js';
import { registerConsultationRoutes } from './modules/consultations/consultations.routes.js';
import { registerSensitiveAnswerRoutes } from './modules/consultations/sensitive-answers.routes.js';
import { registerLanguageRoutes } from './modules/language/language.routes.js';
import { registerPublicConsultationRoutes } from './public/public-consultation.routes.js';
import { registerStrategyRoutes } from './modules/strategies/strategies.routes.js';
import { registerDocumentRoutes } from './modules/documents/documents.routes.js';
import { registerAuditCsvRoutes } from './modules/exports/audit-csv.routes.js';
import { createExportJobRunner } from './modules/exports/export-job-runner.js';
import { registerExportRoutes } from './modules/exports/exports.routes.js';
import { registerImportRoutes } from './modules/imports/imports.routes.js';
import { registerNarrativeRoutes } from './modules/narrative/narrative.routes.js';
import { registerVersionRoutes } from './modules/versions/versions.routes.js';
import { type DocumentWorkers, createDocumentWorkers } from './workers/document-workers.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppDeps {
  db: Db;
  /** Defaults to argon2id at OWASP cost; tests pass a cheap one. */
  passwords?: PasswordHasher;
  /** Replaces the default pino logger options (tests pass `false` or a silent level). */
  logger?: FastifyServerOptions['logger'];
  /** Sheds load with 503 when the event loop stalls; off in tests. */
  underPressure?: boolean;
  /** The guide content; defaults to loading content/strategy on first use. */
  content?: ContentSource;
  /** Worker threads that build and render documents; default one thread, started on first use. */
  documentWorkers?: DocumentWorkers;
}

function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[hidden]',
    },
  };
}

/**
 * Builds the whole HTTP application without listening, so tests drive it with `inject()` and
 * main.ts decides where it listens. The database is passed in; nothing here opens one.
 */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: generateRequestId,
    logController: new CompletedRequestLog(),
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: handleFrameworkError,
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
  registerErrorHandler(app);
  registerJsonBodyParser(app);
  app.decorateRequest('actor', null);
  app.decorateRequest('cityActor', null);
  app.decorateRequest('cityStanding', null);
  registerSecurityHeaders(app);
  await app.register(cookie, { secret: config.sessionSecret });
  if (deps.underPressure) {
    await app.register(underPressure, {
      maxEventLoopDelay: 1000,
      retryAfter: 5,
      pressureHandler: (_request, reply) => {
        reply.send(new AppError('not_ready', 'Concord is busy. Try again in a few seconds.'));
      },
    });
  }
  await registerApiDocs(app, config.publicUrl);

  const ctx: RouteContext = {
    config,
    db: deps.db,
    passwords: deps.passwords ?? createArgon2Hasher(),
  };
  const content = deps.content ?? createContentSource();
  const documentWorkers = deps.documentWorkers ?? createDocumentWorkers();
  const exportJobs = createExportJobRunner({ db: deps.db, workers: documentWorkers, log: app.log });
  // Running exports finish (and are recorded) before the workers and the database go away.
  app.addHook('onClose', async () => {
    await exportJobs.close();
    await documentWorkers.close();
  });
  const api = app.withTypeProvider() as unknown as ApiInstance;
  registerHealthRoutes(api, ctx);

  await app.register(
    async (scope) => {
      const v1 = scope.withTypeProvider() as unknown as ApiInstance;
      v1.addHook('onRequest', createCsrfGuard(config.publicUrl));
      v1.addHook('onRequest', createSessionResolver(ctx));
      registerAuthRoutes(v1, ctx);
      registerAccountRoutes(v1, ctx);
      registerCityRoutes(v1, ctx);
      registerMemberRoutes(v1, ctx);
      registerInvitationRoutes(v1, ctx);
      registerContentRoutes(v1, content);
      registerStrategyRoutes(v1, ctx, content);
      registerAnswerRoutes(v1, ctx, content);
      registerAssignmentRoutes(v1, ctx, content);
      registerFindingRoutes(v1, ctx, content);
      registerAcceptedRiskRoutes(v1, ctx, content);
      registerAuditRoutes(v1, ctx);
      registerLanguageRoutes(v1, ctx, content);
      registerSensitiveAnswerRoutes(v1, ctx, content);
      registerConsultationRoutes(v1, ctx, content);
      registerCommentRoutes(v1, ctx, content);
      registerNarrativeRoutes(v1, ctx);
      registerDocumentRoutes(v1, ctx, { content, workers: documentWorkers });
      registerExportRoutes(v1, ctx, { content, jobs: exportJobs });
      registerVersionRoutes(v1, ctx, content);
      registerImportRoutes(v1, ctx, content);
      registerAuditCsvRoutes(v1, ctx);
    },
    { prefix: '/api/v1' },
  );

  await registerPublicConsultationRoutes(app, ctx, content);
  await registerWebApp(app, config.webDistDir);
  return app;
}
