import { inWrittenStandard, JsonLogger, WrittenStandard, writtenStandardOf } from '@app/platform';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { FRAMEWORK_ERRORS, HTTP_TITLES, problemInstance, urlForLog } from './framework-errors';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { securityHeaders } from './security-headers';

/**
 * Answers to errors that happen before a request reaches Fastify's hooks and Nest's exception filter: Node's HTTP
 * parser refusing the bytes (431, 400, 408), an `Expect` header Node does not handle (417), and Fastify's router
 * refusing a URL (400 bad escape, 414 parameter too long). Each is a problem document with the security headers and
 * a request id, logged like every other answer; none repeats the request.
 */

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's request id when it is sane, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

let headers: Record<string, string> | undefined;
const security = (): Record<string, string> => (headers ??= securityHeaders());

/** The handlers are created with the adapter, before the logger is known: configureApp registers it here. */
const loggers = new WeakMap<object, JsonLogger>();

export function useEarlyErrorLogger(fastify: FastifyInstance, logger: JsonLogger): void {
  loggers.set(fastify, logger);
}

function problem(
  code: string,
  requestId: string,
  url?: string,
  fallbackStatus = 400,
  standard: WrittenStandard = 'nb',
): { status: number; body: string } {
  const known = FRAMEWORK_ERRORS[code];
  // A code this table does not know (Fastify's async constraint failure, a future one): its status, general words.
  const { status, slug, title, detail } = known ?? {
    status: fallbackStatus,
    ...(fallbackStatus >= 500
      ? {
          slug: 'internal',
          title: 'Intern feil',
          detail: `Noe gikk galt hos oss. Oppgi referansen ${requestId} hvis du kontakter Sfk.`,
        }
      : { ...HTTP_TITLES[400], detail: 'Forespørselen kunne ikke behandles.' }),
  };
  const body = {
    type: problemType(slug),
    title: inWrittenStandard(title, standard),
    status,
    detail: inWrittenStandard(detail, standard),
    ...problemInstance(url),
    requestId,
  };
  return { status, body: JSON.stringify(body) };
}

function answerHeaders(
  requestId: string,
  body: string,
  standard: WrittenStandard = 'nb',
): Record<string, string> {
  return {
    ...security(),
    'content-language': standard,
    'x-request-id': requestId,
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(body)),
  };
}

/**
 * Fastify's `clientErrorHandler` (bound to the instance): Node's HTTP parser could not read a request. There is no
 * request object, so the answer is written to the socket, which is then closed, as Node and Fastify do.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: NodeJS.ErrnoException,
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code =
    error.code === 'HPE_HEADER_OVERFLOW' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? error.code
      : 'HTTP_PARSE_ERROR';
  const requestId = randomUUID();
  const { status, body } = problem(code, requestId);
  // As Node's own handler: never write into an answer already under way on this connection.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const head = Object.entries({ ...answerHeaders(requestId, body), connection: 'close' })
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n');
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n\r\n${body}`);
  }
  socket.destroy(error);
  loggers.get(this)?.event('info', 'request', { requestId, status, error: error.code ?? 'client error' });
}

/** Fastify's `frameworkErrors`: the router refused the URL (bad percent escape, parameter over maxParamLength). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const requestId = String(request.id);
  const url = error.code === 'FST_ERR_BAD_URL' ? undefined : request.url;
  const standard = writtenStandardOf(request.headers?.['accept-language']);
  const { status, body } = problem(error.code, requestId, url, error.statusCode ?? 500, standard);
  void reply
    .code(status)
    .headers(answerHeaders(requestId, body, standard))
    .send(body);
  loggers.get(request.server)?.event('info', 'request', {
    requestId,
    method: request.method,
    url: urlForLog(request.url),
    status,
  });
}

/** Node's 'checkExpectation' event: an `Expect` header other than 100-continue (Node would answer 417 bare). */
export function expectationHandler(logger: JsonLogger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const requestId = requestIdOf(req);
    const standard = writtenStandardOf(req.headers?.['accept-language']);
    const { status, body } = problem('EXPECTATION_FAILED', requestId, req.url, 400, standard);
    res.writeHead(status, answerHeaders(requestId, body, standard));
    res.end(body);
    logger.event('info', 'request', { requestId, method: req.method, url: urlForLog(req.url ?? ''), status });
  };
}
