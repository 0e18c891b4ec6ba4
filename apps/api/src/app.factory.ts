import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, JsonLogger, loadConfigOrExit, requestContext } from '@app/platform';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppModule } from './app.module';
import { cacheControlFor } from './common/cache-control';
import { securityHeaders } from './common/security-headers';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Fastify as the API's HTTP server. `trustProxy` is TRUST_PROXY: X-Forwarded-For is believed only from the
 * configured proxies, so `request.ip` (clientAddress) is the TCP peer unless that peer is one of them.
 */
export function createAdapter(config: AppConfig = loadConfigOrExit()): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    bodyLimit: 1024 * 1024,
    // A request id on every response and log line; a caller's own id is kept when it is sane.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
}

/** Everything a running API needs on top of the module: used by main, the tests and the OpenAPI generator. */
export async function configureApp(app: NestFastifyApplication, logger: JsonLogger): Promise<OpenAPIObject> {
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  const security = securityHeaders();
  // Attachments: one file per request, at most 10 MB (checked again by the service).
  await fastify.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10 } });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(security);
    void reply.header('x-request-id', request.id);
    requestContext.run({ requestId: String(request.id) }, done);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('cache-control', cacheControlFor(request, reply.statusCode));
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.event(reply.statusCode >= 500 ? 'error' : 'info', 'request', {
      requestId: request.id,
      method: request.method,
      url: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
    done();
  });
  const document = createOpenApiDocument(app);
  // API_DOCS: the docs page and the JSON document are served together or not at all.
  if (app.get<AppConfig>(APP_CONFIG).apiDocs === 'public') {
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  }
  return document;
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
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

export async function createApiApp(): Promise<{ app: NestFastifyApplication; logger: JsonLogger }> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger('api', config.logLevel);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(config), {
    logger,
    bufferLogs: true,
  });
  await configureApp(app, logger);
  return { app, logger };
}
