import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, JsonLogger, loadConfigOrExit, requestContext } from '@app/platform';
import type { FastifyBodyParser } from 'fastify';
import { AppModule } from './app.module';
import {
  clientErrorHandler,
  expectationHandler,
  frameworkErrors,
  requestIdOf,
  useEarlyErrorLogger,
} from './common/early-errors';
import {
  BODY_LIMIT_BYTES,
  MAX_URL_LENGTH,
  recordRoute,
  UrlTooLongError,
  urlForLog,
} from './common/framework-errors';
import { exceededJsonLimit, JsonLimits } from './common/json-limits';
import { cacheControlFor } from './common/cache-control';
import { securityHeaders } from './common/security-headers';
import { serveWebApp } from './web/web-app';
import { applyVocabulary } from './common/openapi-vocabulary';
import { documentImpliedProblems } from './common/api-problems';

/**
 * Fastify as the API's HTTP server. `trustProxy` is TRUST_PROXY: X-Forwarded-For is believed only from the
 * configured proxies, so `request.ip` (clientAddress) is the TCP peer unless that peer is one of them.
 */
export function createAdapter(config: AppConfig = loadConfigOrExit()): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    bodyLimit: BODY_LIMIT_BYTES,
    // A request id on every response and log line; a caller's own id is kept when it is sane.
    genReqId: requestIdOf,
    // Errors before routing (Node's HTTP parser, Fastify's router) answer as problem documents too.
    clientErrorHandler,
    frameworkErrors,
  });
}

/** Everything a running API needs on top of the module: used by main, the tests and the OpenAPI generator. */
export async function configureApp(app: NestFastifyApplication, logger: JsonLogger): Promise<OpenAPIObject> {
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  const security = securityHeaders();
  useEarlyErrorLogger(fastify, logger);
  // Nest registers its routes at init, after this: each API route is recorded to answer a wrong method with 405.
  // The web app's catch-all GET (web/web-app.ts) is not an API address, so it never turns a 404 into a 405.
  fastify.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') || route.url === '/api') recordRoute(fastify, route.method, route.url);
  });
  fastify.server.on('checkExpectation', expectationHandler(logger));
  const config = app.get<AppConfig>(APP_CONFIG);
  useLimitedJsonParser(app, config);
  // The browser session's cookie (auth/browser-session.ts); its value is random, so it is not signed.
  await fastify.register(cookie);
  // Attachments: one file per request, at most 10 MB (checked again by the service).
  await fastify.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10 } });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(security);
    void reply.header('x-request-id', request.id);
    if (request.url.length > MAX_URL_LENGTH) return done(new UrlTooLongError());
    requestContext.run({ requestId: String(request.id) }, done);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    // The web app's files set their own (web/web-app.ts); everything under /api is decided here.
    const webApp = !request.url.startsWith('/api') && reply.hasHeader('cache-control');
    if (!webApp) void reply.header('cache-control', cacheControlFor(request, reply.statusCode));
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.event(reply.statusCode >= 500 ? 'error' : 'info', 'request', {
      requestId: request.id,
      method: request.method,
      url: urlForLog(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
    done();
  });
  await serveWebApp(fastify, config.webRoot);
  const document = createOpenApiDocument(app);
  // API_DOCS: the docs page and the JSON document are served together or not at all.
  if (config.apiDocs === 'public') {
    SwaggerModule.setup('api/docs', app, document, {
      jsonDocumentUrl: 'api/docs/openapi.json',
      // The bearer token entered under Authorize survives a reload of the page.
      swaggerOptions: { persistAuthorization: true },
    });
  }
  return document;
}

/**
 * The one JSON body parser (application/json; other types are 415, including text/plain and form-encoded bodies,
 * which no route takes): the raw bytes are checked against the depth and item limits in one iterative pass, then parsed by
 * Fastify's own parser (secure-json-parse, refusing __proto__ and constructor.prototype). A body over a limit is
 * refused before anything walks it recursively (JSON.parse, class-transformer, class-validator).
 */
function useLimitedJsonParser(app: NestFastifyApplication, config: AppConfig): void {
  const limits: JsonLimits = {
    maxDepth: config.requestLimits.jsonMaxDepth,
    maxItems: config.requestLimits.jsonMaxItems,
  };
  // Fastify's parser takes a string or a Buffer (secure-json-parse reads both), as Nest's own JSON parser relies on.
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error') as unknown as (
    request: unknown,
    body: Buffer,
    done: Parameters<FastifyBodyParser<Buffer>>[2],
  ) => void;
  // Fastify also reads text/plain by default: such a body reached validation as a string ("Feltet må fylles ut").
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMIT_BYTES }, (request, body, done) => {
    const breach = exceededJsonLimit(body, limits);
    if (breach) return done(breach, undefined);
    parse(request, body, done);
  });
}

export function createOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tilskudd API')
    .setDescription(
      'Grant management for the Norwegian scheme against human trafficking and prostitution (Sfk). ' +
        'Errors are RFC 9457 application/problem+json. Money is whole øre.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth(
      'tilskudd_session',
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          'The web application: a browser session (POST /api/session), accepted wherever a bearer token is. ' +
          'Requests that change something must send the X-CSRF-Token header (csrfToken of the session). ' +
          'In production the cookie is __Host-tilskudd_session.',
      },
      'session',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  return applyVocabulary(documentImpliedProblems(document));
}

export async function createApiApp(): Promise<{ app: NestFastifyApplication; logger: JsonLogger }> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger('api', config.logLevel);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(config), {
    logger,
    bufferLogs: true,
    // A failed start reaches main, which names the component (PostgreSQL at DATABASE_URL …) before exiting.
    abortOnError: false,
  });
  await configureApp(app, logger);
  return { app, logger };
}
